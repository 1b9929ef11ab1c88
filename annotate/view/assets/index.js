/* vicorpus view, index page: sort the documents table by any column, search the text.

   The search data (search.js, loaded before this file) is VICORPUS_SEARCH: one entry per
   document, [href, title, [[sentence anchor, sentence text], ...]]. A query matches a sentence
   that contains it, ignoring case; the table keeps the documents with a match and the list under
   the box shows the first matching sentences, each linking to the sentence on its page.
   Results are built with textContent, never as markup. */
(function () {
  "use strict";
  var MAX_SHOWN = 200;
  var table = document.getElementById("docs");
  var body = table.tBodies[0];

  function sortKey(row, column, type) {
    var cell = row.cells[column];
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    return type === "number" ? parseFloat(raw) || 0 : raw.trim().toLocaleLowerCase("vi");
  }

  table.tHead.querySelectorAll("th").forEach(function (th, column) {
    var button = th.querySelector("button");
    button.addEventListener("click", function () {
      var type = button.getAttribute("data-type");
      var order = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      table.tHead.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", order);
      var sign = order === "ascending" ? 1 : -1;
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = sortKey(a, column, type), y = sortKey(b, column, type);
        if (type === "number") return sign * (x - y);
        return sign * x.localeCompare(y, "vi");
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  var input = document.getElementById("q");
  var hits = document.getElementById("hits");
  var results = document.getElementById("results");
  var docs = typeof VICORPUS_SEARCH === "undefined" ? [] : VICORPUS_SEARCH;
  var lowered = docs.map(function (d) {
    return d[2].map(function (s) { return s[1].toLocaleLowerCase("vi"); });
  });

  function snippet(text, at, length) {
    var li = document.createElement("li");
    var start = Math.max(0, at - 60), end = Math.min(text.length, at + length + 60);
    li.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + length);
    li.appendChild(mark);
    li.appendChild(document.createTextNode(text.slice(at + length, end) + (end < text.length ? "…" : "")));
    return li;
  }

  function search() {
    var query = input.value.normalize("NFC").trim().toLocaleLowerCase("vi");
    results.textContent = "";
    if (!query) {
      hits.textContent = "";
      Array.prototype.forEach.call(body.rows, function (row) { row.hidden = false; });
      return;
    }
    var matched = {}, count = 0, shown = 0;
    docs.forEach(function (doc, d) {
      lowered[d].forEach(function (text, s) {
        var at = text.indexOf(query);
        if (at < 0) return;
        count++;
        matched[doc[0]] = true;
        if (shown++ >= MAX_SHOWN) return;
        var sentence = doc[2][s];
        var li = snippet(sentence[1], at, query.length);
        var link = document.createElement("a");
        link.href = doc[0] + "#" + sentence[0];
        link.textContent = doc[1];
        li.insertBefore(document.createTextNode(": "), li.firstChild);
        li.insertBefore(link, li.firstChild);
        results.appendChild(li);
      });
    });
    var nDocs = Object.keys(matched).length;
    hits.textContent = count + (count === 1 ? " sentence" : " sentences") + " in " + nDocs +
      (nDocs === 1 ? " document" : " documents") + (count > MAX_SHOWN ? " (first " + MAX_SHOWN + " shown)" : "");
    Array.prototype.forEach.call(body.rows, function (row) {
      row.hidden = !matched[row.getAttribute("data-href")];
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
})();
