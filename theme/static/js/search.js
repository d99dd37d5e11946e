/* Search at /meklet/ with Pagefind's JavaScript API (pagefind.js, written by the publish build) and Latvian stems.
   The query is stemmed by stemmer.js (the same algorithm the build used for the index, so "bērniem", "bērnu" and
   "berni" all look for "bern"); the results list shows each result's type (ziņa / partneris / pakalpojums / lapa),
   the date of news items and a passage of the page's text with the query's words marked; the count follows CLDR's
   Latvian plural rules (Intl.PluralRules): "Atrasts 21 rezultāts", "Atrasti 11 rezultāti".
   An external file, no inline script or style (CSP); text is put in with textContent only.
   /meklet/?q=teksts searches for "teksts" at once. */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var SENTINEL = "\u2042";  // starts the stems block the build adds to the indexed text (publish/search_stems.py)
  var TEXT = {
    label: "Meklēt šajā vietnē",
    button: "Meklēt",
    more: "Rādīt vairāk rezultātu",
    searching: "Meklē…",
    none: "Nekas netika atrasts vaicājumam “{q}”.",
    count: {
      one: "Atrasts {n} rezultāts vaicājumam “{q}”.",
      other: "Atrasti {n} rezultāti vaicājumam “{q}”."
    }
  };
  var PLURAL = new Intl.PluralRules("lv");

  function countMessage(n, query) {
    if (n === 0) {
      return TEXT.none.replace("{q}", query);
    }
    var form = PLURAL.select(n) === "one" ? TEXT.count.one : TEXT.count.other;  // "zero" (10, 11, 20 ...) as "other"
    return form.replace("{n}", String(n)).replace("{q}", query);
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function visibleText(content) {
    var at = content.indexOf(SENTINEL);
    return (at >= 0 ? content.slice(0, at) : content).replace(/\s+/g, " ").trim();
  }

  /* A passage of about 30 words around the first word whose stem the query has, with those words in <mark>. */
  function excerpt(text, queryStems) {
    var words = text.split(" ");
    var wanted = {};
    queryStems.forEach(function (s) { wanted[s] = true; });
    function matches(word) {
      var stems = window.KurzemeStemmer.stems(word);
      return stems.some(function (s) {
        return wanted[s] || queryStems.some(function (q) { return q.length >= 3 && s.indexOf(q) === 0; });
      });
    }
    var first = 0;
    for (var i = 0; i < words.length; i++) {
      if (matches(words[i])) {
        first = i;
        break;
      }
    }
    var start = Math.max(0, first - 8);
    var paragraph = element("p", "search-result__excerpt");
    if (start > 0) {
      paragraph.appendChild(document.createTextNode("… "));
    }
    words.slice(start, start + 30).forEach(function (word, index) {
      if (index > 0) {
        paragraph.appendChild(document.createTextNode(" "));
      }
      paragraph.appendChild(matches(word) ? element("mark", "", word) : document.createTextNode(word));
    });
    if (start + 30 < words.length) {
      paragraph.appendChild(document.createTextNode(" …"));
    }
    return paragraph;
  }

  function resultItem(data, queryStems) {
    var item = element("li", "search-result");
    var link = element("a", "search-result__link", data.meta.title || data.url);
    link.href = data.url;
    var heading = element("h2", "search-result__title");
    heading.appendChild(link);
    item.appendChild(heading);
    var facts = [data.meta.type, data.meta.date].filter(Boolean).join(" · ");
    if (facts) {
      item.appendChild(element("p", "search-result__meta", facts));
    }
    item.appendChild(excerpt(visibleText(data.content || ""), queryStems));
    return item;
  }

  function start() {
    var box = document.getElementById("meklesana");
    if (!box) {
      return;
    }
    var form = element("form", "search__form");
    form.setAttribute("role", "search");
    form.action = "";
    var label = element("label", "search__label", TEXT.label);
    label.htmlFor = "meklesanas-vaicajums";
    var input = element("input", "search__input");
    input.type = "search";
    input.name = "q";
    input.id = "meklesanas-vaicajums";
    input.placeholder = box.getAttribute("data-search-placeholder") || "";
    input.autocomplete = "off";
    var button = element("button", "search__button", TEXT.button);
    button.type = "submit";
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(button);
    var status = element("p", "search__status");
    status.setAttribute("role", "status");
    var list = element("ol", "search__results");
    var more = element("button", "search__more", TEXT.more);
    more.type = "button";
    more.hidden = true;
    box.appendChild(form);
    box.appendChild(status);
    box.appendChild(list);
    box.appendChild(more);

    var bundle = box.getAttribute("data-pagefind");
    var pagefind = null;
    var current = 0;
    var results = [];
    var shown = 0;
    var queryStems = [];

    function unavailable() {
      status.textContent = box.getAttribute("data-search-unavailable");
    }

    function showMore() {
      var batch = results.slice(shown, shown + PAGE_SIZE);
      var search = current;
      return Promise.all(batch.map(function (r) { return r.data(); })).then(function (items) {
        if (search !== current) {
          return;
        }
        items.forEach(function (data) { list.appendChild(resultItem(data, queryStems)); });
        shown += batch.length;
        more.hidden = shown >= results.length;
      });
    }

    function search(query) {
      var search = ++current;
      list.textContent = "";
      more.hidden = true;
      results = [];
      shown = 0;
      queryStems = window.KurzemeStemmer.stems(query);
      if (!queryStems.length) {
        status.textContent = "";
        return Promise.resolve();
      }
      status.textContent = TEXT.searching;
      return pagefind.search(queryStems.join(" ")).then(function (found) {
        if (search !== current || !found) {
          return null;
        }
        results = found.results;
        status.textContent = countMessage(results.length, query.trim());
        return showMore();
      });
    }

    var typing = null;
    input.addEventListener("input", function () {
      window.clearTimeout(typing);
      typing = window.setTimeout(function () { search(input.value); }, 200);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      search(input.value);
    });
    more.addEventListener("click", function () { showMore(); });

    import(bundle).then(function (module) {
      pagefind = module;
      return pagefind.options({ excerptLength: 30 });
    }).then(function () {
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) {
        input.value = query;
        search(query);
      }
    }).catch(unavailable);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
