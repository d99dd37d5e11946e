/* Display preferences: text size (A-, A, A+) and high contrast, remembered across pages in localStorage.
   Loaded in <head> so the choice applies before the page is drawn. The page reads fully without it: the
   controls (components/display_preferences.html) stay hidden when this script does not run. */
(function () {
  "use strict";
  var STORAGE_KEY = "kurzeme-visiem.display";
  var SIZES = ["small", "normal", "large"];
  var root = document.documentElement;
  root.setAttribute("data-js", ""); /* the controls are drawn with the page: no shift when they appear */

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "{}");
      return {
        size: SIZES.indexOf(saved.size) >= 0 ? saved.size : "normal",
        contrast: saved.contrast === "high" ? "high" : "normal"
      };
    } catch (error) {
      return { size: "normal", contrast: "normal" };
    }
  }

  function save(preferences) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
    } catch (error) {
      /* storage refused (private mode): the choice holds for this page only */
    }
  }

  function apply(preferences) {
    if (preferences.size === "normal") {
      root.removeAttribute("data-text-size");
    } else {
      root.setAttribute("data-text-size", preferences.size);
    }
    if (preferences.contrast === "high") {
      root.setAttribute("data-contrast", "high");
    } else {
      root.removeAttribute("data-contrast");
    }
  }

  function connect(preferences) {
    var panel = document.getElementById("display-preferences");
    if (!panel) {
      return;
    }
    var sizeButtons = panel.querySelectorAll("[data-text-size]");
    var contrastButton = panel.querySelector("[data-contrast-toggle]");

    function show() {
      for (var i = 0; i < sizeButtons.length; i += 1) {
        var pressed = sizeButtons[i].getAttribute("data-text-size") === preferences.size;
        sizeButtons[i].setAttribute("aria-pressed", pressed ? "true" : "false");
      }
      if (contrastButton) {
        contrastButton.setAttribute("aria-pressed", preferences.contrast === "high" ? "true" : "false");
      }
    }

    panel.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button || !panel.contains(button)) {
        return;
      }
      if (button.hasAttribute("data-text-size")) {
        preferences.size = button.getAttribute("data-text-size");
      } else if (button.hasAttribute("data-contrast-toggle")) {
        preferences.contrast = preferences.contrast === "high" ? "normal" : "high";
      }
      save(preferences);
      apply(preferences);
      show();
    });
    show();
    panel.hidden = false;
  }

  var preferences = load();
  apply(preferences);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { connect(preferences); });
  } else {
    connect(preferences);
  }
}());
