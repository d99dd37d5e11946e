/* The light Latvian stemmer of plugins/kurzeme_visiem/content/lv/stemmer.py, for the search query.
   The same steps in the same order; tests/unit/content/lv/test_stemmer_js.py runs both on one word list with
   node and requires identical stems. Exposes window.KurzemeStemmer = {fold, stem, stems} (and module.exports). */
(function (root) {
  "use strict";

  var FOLD = {
    "ā": "a", "č": "c", "ē": "e", "ģ": "g", "ī": "i", "ķ": "k", "ļ": "l", "ņ": "n", "ō": "o", "ŗ": "r",
    "š": "s", "ū": "u", "ž": "z"
  };
  var ENDINGS = [
    "ajiem", "ajam", "ajai", "ajos", "ajas", "aja", "ais", "ajie",
    "iem", "ies", "ties", "ams", "ai", "ei", "am", "em", "im", "us", "as", "es", "os", "is", "ie",
    "a", "e", "i", "o", "u", "s",
    "ot", "et", "it", "at"
  ].sort(function (a, b) { return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0); });
  var MIN_STEM = 3;
  var VOWELS = "aeiouy";
  var ALTERNATION_END = { s: "t", z: "d", c: "k" };
  var MAX_ROUNDS = 16;
  var ALPHA = /^\p{L}+$/u;
  var WORD = /[\p{L}\p{N}]+/gu;
  var COMBINING = /\p{Mn}/gu;

  function fold(word) {
    var lowered = word.toLowerCase().normalize("NFC").replace(/[āčēģīķļņōŗšūž]/g, function (c) { return FOLD[c]; });
    if (/^[\x00-\x7f]*$/.test(lowered)) {
      return lowered;
    }
    return lowered.normalize("NFD").replace(COMBINING, "");
  }

  function hasVowel(text) {
    for (var i = 0; i < text.length; i++) {
      if (VOWELS.indexOf(text[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  function stripOnce(word) {
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i];
      if (word.length > ending.length && word.slice(-ending.length) === ending) {
        var stem = word.slice(0, -ending.length);
        if (stem.length >= MIN_STEM && hasVowel(stem)) {
          return stem;
        }
      }
    }
    return word;
  }

  function undoAlternation(stem) {
    if (stem.length > MIN_STEM) {
      stem = stem.replace(/([pbmvf])j$/, "$1");
    }
    var last = stem.slice(-1);
    if (Object.prototype.hasOwnProperty.call(ALTERNATION_END, last) && stem.length > MIN_STEM &&
        "sztd".indexOf(stem.slice(-2, -1)) < 0) {
      return stem.slice(0, -1) + ALTERNATION_END[last];
    }
    return stem;
  }

  function stem(word) {
    var current = fold(word.trim());
    if (!ALPHA.test(current)) {
      return current;
    }
    for (var round = 0; round < MAX_ROUNDS; round++) {
      var stripped = stripOnce(current);
      if (stripped === current) {
        break;
      }
      current = undoAlternation(stripped);
    }
    return current;
  }

  function stems(text) {
    return (text.normalize("NFC").match(WORD) || []).map(stem);
  }

  var api = { fold: fold, stem: stem, stems: stems };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.KurzemeStemmer = api;
  }
})(this);
