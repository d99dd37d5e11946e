/* Starts Decap CMS with our Latvian locale and file formats, and shows the content check's refusals.

   A save the content check rejects comes back from /admin/api/v1 as 422 {error, problems}; Decap shows a toast
   that disappears after a few seconds, so the problems (path:line: what is wrong) are also listed in a panel
   that stays until it is closed or the next save succeeds. */
(function () {
  "use strict";
  var CMS = window.DecapCms || window.CMS;
  var formats = window.KURZEME_FORMATS;
  CMS.registerLocale("lv", window.KURZEME_LOCALE_LV);
  CMS.registerCustomFormat("pelican-md", "md", formats.pelican);
  CMS.registerCustomFormat("glossary", "yaml", formats.glossary);

  /* An emptied optional field of a partner or service is left out of the file ("not set"), as the contract
     wants: Decap itself would write `address: ''`, which the content check refuses. Spaces around a one-line
     text are dropped, as the content check reads it anyway (Markdown texts, with their line breaks, are kept). */
  var PRUNED = { partners: true, services: true };

  function isEmpty(value) {
    return value === undefined || value === null || value === "" ||
      (value && typeof value.toJS === "function" && value.size === 0);
  }

  function prune(value) {
    if (value && typeof value.toJS === "function" && typeof value.map === "function") {
      return value.map(prune).filter(function (item) { return !isEmpty(item); });
    }
    if (typeof value === "string" && value.indexOf("\n") === -1) return value.trim();
    return value;
  }

  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var entry = event.entry;
      return PRUNED[entry.get("collection")] ? prune(entry.get("data")) : undefined;
    },
  });

  var API = "/admin/api/v1";
  var WRITES = { persistEntry: 1, persistMedia: 1, deleteFile: 1, deleteFiles: 1 };

  function panel() {
    var existing = document.getElementById("save-problems");
    if (existing) return existing;
    var section = document.createElement("section");
    section.id = "save-problems";
    section.className = "save-problems";
    section.setAttribute("role", "alert");
    section.setAttribute("aria-labelledby", "save-problems-title");
    section.hidden = true;
    var title = document.createElement("h2");
    title.id = "save-problems-title";
    title.textContent = "Saturs nav saglabāts: pārbaude atrada kļūdas";
    var hint = document.createElement("p");
    hint.textContent = "Izlabojiet tās un saglabājiet vēlreiz. Fails mapē content/ nav mainīts.";
    var list = document.createElement("ul");
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Aizvērt";
    close.addEventListener("click", function () { section.hidden = true; });
    section.append(title, hint, list, close);
    document.body.prepend(section);
    return section;
  }

  function show(problems) {
    var section = panel();
    var list = section.querySelector("ul");
    list.replaceChildren.apply(list, problems.map(function (text) {
      var item = document.createElement("li");
      var code = document.createElement("code");
      code.textContent = text;
      item.append(code);
      return item;
    }));
    section.hidden = false;
  }

  function hide() {
    var section = document.getElementById("save-problems");
    if (section) section.hidden = true;
  }

  var originalFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : input && input.url;
    var action = null;
    if (url && url.indexOf(API) !== -1 && init && typeof init.body === "string") {
      try { action = JSON.parse(init.body).action; } catch (e) { action = null; }
    }
    var answer = originalFetch(input, init);
    if (!WRITES[action]) return answer;
    return answer.then(function (response) {
      if (response.ok) {
        hide();
      } else {
        response.clone().json().then(function (body) {
          show(body.problems || [body.error || "Nezināma kļūda"]);
        }, function () { show(["Serveris atbildēja ar kļūdu " + response.status]); });
      }
      return response;
    });
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { CMS.init(); });
  else CMS.init();
})();
