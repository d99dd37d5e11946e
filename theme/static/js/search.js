/* Search at /meklet/: starts Pagefind's UI (pagefind-ui.js, written by the publish build) in #meklesana.
   An external file, no inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
   /meklet/?q=teksts searches for "teksts" at once. */
(function () {
  "use strict";

  function start() {
    var box = document.getElementById("meklesana");
    if (!box) {
      return;
    }
    if (typeof window.PagefindUI !== "function") {
      var note = document.createElement("p");
      note.textContent = box.getAttribute("data-search-unavailable");
      box.appendChild(note);
      return;
    }
    var ui = new window.PagefindUI({
      element: "#meklesana",
      showImages: false,
      showSubResults: true,
      resetStyles: false,
      translations: { placeholder: box.getAttribute("data-search-placeholder") }
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      ui.triggerSearch(query);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
