/* The preview's own script, added by `make serve` only (never in a build): reloads the page after every rebuild
   (and after the preview restarted itself), and lets the writer close the problems dialog.
   An external file: the Content-Security-Policy allows no inline script. */
(function () {
  "use strict";

  var dialog = document.getElementById("kv-preview-problems");
  if (dialog) {
    var opener = document.activeElement;
    var dismiss = function () {
      dialog.hidden = true;
      if (opener && opener !== document.body && opener.focus) {
        opener.focus();
      }
    };
    dialog.querySelector("[data-preview-close]").addEventListener("click", dismiss);
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        dismiss();
      }
    });
    dialog.focus();
  }

  var connect = function (lost) {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + window.location.host + "/_preview/reload");
    socket.addEventListener("open", function () {
      document.documentElement.setAttribute("data-preview-live", ""); /* listening: tests wait for this */
      if (lost) {
        window.location.reload(); /* the preview restarted: show what it built */
      }
    });
    socket.addEventListener("message", function (event) {
      if (event.data === "reload") {
        window.location.reload();
      }
    });
    socket.addEventListener("close", function () {
      window.setTimeout(function () { connect(true); }, 300);
    });
  };
  connect(false);
}());
