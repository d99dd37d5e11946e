/* File formats of the editor (registered with CMS.registerCustomFormat by editor.js; unit-tested under node).

   "pelican-md": news and pages, `Key: value` lines, an empty line, then Markdown — the rules of Python-Markdown's
   `meta` extension that Pelican reads with (plugins/kurzeme_visiem/markdown_header.py is the same in Python).
   The original text travels with the entry (field `raw`); on save every header line whose value was not changed,
   every line the editor does not know (other keys, the `---` fence, continuation lines) and an unchanged body are
   written back byte for byte. Only changed fields are rewritten, as `Key: value` with the key as it was written.

   "glossary": content/glossary.yaml (`ABBR: expansion` lines) as a list of {abbr, expansion} the editor can show.
   The write backend keeps the original line of every unchanged abbreviation (tools/editor/yaml_keep.py). */
(function (root) {
  "use strict";

  var META_LINE = /^[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
  var CONTINUATION = /^[ ]{4,}(.*)$/;
  var FENCE_START = /^-{3}(\s.*)?$/;
  var FENCE_END = /^(-{3}|\.{3})(\s.*)?$/;

  // field name (lower case, as Pelican stores it) → how it is written in a new file; list fields are comma-separated
  var FIELDS = [
    ["title", "Title"], ["date", "Date"], ["slug", "Slug"], ["summary", "Summary"], ["partners", "Partners"],
    ["services", "Services"], ["tags", "Tags"], ["image", "Image"], ["image_alt", "Image_alt"],
    ["image_caption", "Image_caption"], ["image_credit", "Image_credit"],
    ["author", "Author"], ["author_role", "Author_role"], ["author_email", "Author_email"],
    ["status", "Status"], ["modified", "Modified"], ["source", "Source"],
    ["lang", "Lang"], ["translation_of", "Translation_of"], ["url", "Url"], ["save_as", "Save_as"],
  ];
  var LIST_FIELDS = { partners: true, services: true };

  function splitLines(text) {
    // lines with their own line ending, so that joining them gives the text back exactly
    var lines = text.match(/[^\n]*\n|[^\n]+$/g);
    return lines || [];
  }

  function stripEnding(line) {
    return line.replace(/\r?\n$/, "");
  }

  function splitList(value) {
    return (value || "").split(",").map(function (item) { return item.trim(); }).filter(Boolean);
  }

  /* The header of a Markdown text: [{key, written, value, lines: [raw lines]}], the raw header end, the body. */
  function parseHeader(text) {
    var lines = splitLines(text);
    var items = [];
    var index = 0;
    var bodyStart = 0;
    var last = null;
    var first = lines.length ? stripEnding(lines[0]).replace(/^\ufeff/, "") : "";
    if (lines.length && FENCE_START.test(first)) {
      items.push({ key: null, lines: [lines[0]] });
      index = 1;
    }
    bodyStart = lines.length;
    for (; index < lines.length; index++) {
      var line = stripEnding(lines[index]);
      if (index === 0) line = line.replace(/^\ufeff/, "");
      if (line.trim() === "" || (index > 0 && FENCE_END.test(line))) {
        items.push({ key: null, lines: [lines[index]], end: true });
        bodyStart = index + 1;
        break;
      }
      var meta = META_LINE.exec(line);
      if (meta) {
        last = { key: meta[1].toLowerCase(), written: meta[1], value: meta[2].trim(), lines: [lines[index]] };
        items.push(last);
        continue;
      }
      var more = CONTINUATION.exec(line);
      if (more && last) {
        last.value = (last.value + " " + more[1].trim()).trim();
        last.lines.push(lines[index]);
        continue;
      }
      bodyStart = index;
      break;
    }
    return { items: items, body: lines.slice(bodyStart).join("") };
  }

  function fieldValue(key, value) {
    return LIST_FIELDS[key] ? splitList(value) : value;
  }

  function pelicanFromFile(text) {
    var parsed = parseHeader(text);
    var data = { raw: text, body: parsed.body };
    parsed.items.forEach(function (item) {
      if (item.key && !(item.key in data)) data[item.key] = fieldValue(item.key, item.value);
    });
    FIELDS.forEach(function (field) {
      if (!(field[0] in data) || data[field[0]] === "") delete data[field[0]];
    });
    return data;
  }

  function asText(key, value) {
    if (value === undefined || value === null) return "";
    if (Array.isArray(value)) return value.map(function (v) { return String(v).trim(); }).filter(Boolean).join(", ");
    if (value && typeof value.toJS === "function") return asText(key, value.toJS());
    return String(value).replace(/\s*[\r\n]+\s*/g, " ").trim();
  }

  function sameValue(key, original, value) {
    return asText(key, fieldValue(key, original)) === asText(key, value);
  }

  function pelicanToFile(data) {
    var raw = typeof data.raw === "string" ? data.raw : "";
    var parsed = parseHeader(raw);
    var newline = /^[^\n]*\r\n/.test(raw) ? "\r\n" : "\n";  // as the file's first line ends
    var seen = {};
    var out = [];
    var headerEnd = null;
    parsed.items.forEach(function (item) {
      if (item.end) { headerEnd = item; return; }
      var known = item.key && FIELDS.some(function (f) { return f[0] === item.key; });
      if (!known || seen[item.key]) { out.push(item.lines.join("")); return; }
      seen[item.key] = true;
      if (sameValue(item.key, item.value, data[item.key])) { out.push(item.lines.join("")); return; }
      var ending = /\r?\n$/.exec(item.lines[item.lines.length - 1]);
      out.push(item.written + ": " + asText(item.key, data[item.key]) + (ending ? ending[0] : newline));
    });
    FIELDS.forEach(function (field) {
      var text = asText(field[0], data[field[0]]);
      if (!seen[field[0]] && text !== "") out.push(field[1] + ": " + text + newline);
    });
    if (out.length && !/\n$/.test(out[out.length - 1])) out[out.length - 1] += newline;
    var body = typeof data.body === "string" ? data.body : "";
    if (raw && body === parsed.body) return out.join("") + (headerEnd ? headerEnd.lines.join("") : "") + body;
    if (body !== "" && !/\n$/.test(body)) body += newline;
    return out.join("") + (headerEnd ? headerEnd.lines.join("") : newline) + body;
  }

  /* content/glossary.yaml: one `ABBR: expansion` per line (comments and blank lines skipped). */
  function unquote(value) {
    var v = value.trim();
    if (v.length >= 2 && v[0] === '"' && v[v.length - 1] === '"') {
      try { return JSON.parse(v); } catch (e) { return v.slice(1, -1); }
    }
    if (v.length >= 2 && v[0] === "'" && v[v.length - 1] === "'") return v.slice(1, -1).replace(/''/g, "'");
    return v.replace(/\s+#.*$/, "");
  }

  function glossaryFromFile(text) {
    var terms = [];
    splitLines(text).forEach(function (line) {
      var match = /^([^#\s][^:]*):\s+(.*?)\s*$/.exec(stripEnding(line));
      if (match) terms.push({ abbr: unquote(match[1]), expansion: unquote(match[2]) });
    });
    return { terms: terms };
  }

  var PLAIN = /^[A-Za-zĀ-žÀ-ÿ0-9“”„(][^:#\n]*$/;

  function yamlScalar(value) {
    var text = String(value).trim();
    return PLAIN.test(text) && !/\s$/.test(text) && !/^(true|false|yes|no|on|off|null|~)$/i.test(text)
      ? text : JSON.stringify(text);
  }

  function glossaryToFile(data) {
    var terms = data.terms && typeof data.terms.toJS === "function" ? data.terms.toJS() : data.terms || [];
    return terms.filter(function (t) { return t && t.abbr; }).map(function (t) {
      return yamlScalar(t.abbr) + ": " + yamlScalar(t.expansion || "") + "\n";
    }).join("");
  }

  var formats = {
    pelican: { fromFile: pelicanFromFile, toFile: pelicanToFile },
    glossary: { fromFile: glossaryFromFile, toFile: glossaryToFile },
    parseHeader: parseHeader,
  };
  if (typeof module === "object" && module.exports) module.exports = formats;
  else root.KURZEME_FORMATS = formats;
})(typeof window !== "undefined" ? window : this);
