/* Search at /meklet/: starts Pagefind's UI (its own strings have no Latvian, so they are given here) (pagefind-ui.js, written by the publish build) in #meklesana.
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
      translations: {
        placeholder: box.getAttribute("data-search-placeholder"),
        clear_search: "Notīrīt",
        load_more: "Rādīt vairāk rezultātu",
        search_label: "Meklēt šajā vietnē",
        filters_label: "Filtri",
        zero_results: "Nekas netika atrasts vaicājumam [SEARCH_TERM]",
        many_results: "Atrasti [COUNT] rezultāti vaicājumam [SEARCH_TERM]",
        one_result: "Atrasts [COUNT] rezultāts vaicājumam [SEARCH_TERM]",
        alt_search: "Nekas netika atrasts vaicājumam [SEARCH_TERM]. Rāda rezultātus vaicājumam [DIFFERENT_TERM]",
        search_suggestion: "Nekas netika atrasts vaicājumam [SEARCH_TERM]. Mēģiniet kādu no šiem:",
        searching: "Meklē [SEARCH_TERM]..."
      }
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
