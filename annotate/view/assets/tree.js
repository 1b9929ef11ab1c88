/* vicorpus view: each sentence's dependency tree, drawn as SVG when its "tree" button is pressed.

   The rows come from the <script type="application/json" class="tree-data"> after the sentence:
   [form, lemma, upos, head (1-based, 0 for the root, null when unknown), deprel] per word.
   Layout, so that long sentences stay legible (the tree scrolls sideways, nothing overlaps):
   - each word gets a column as wide as the widest of its form, UPOS and lemma;
   - columns move right until every arc, between its legs, is wider than its DEPREL label;
   - an arc's level (height) is one above every arc it encloses, and above any arc of that
     level whose span it overlaps, so labels of one level sit in disjoint spans;
   - arcs meet a word at distinct points: the higher the arc, the nearer the word's centre;
   - the root's line comes down from above every arc to the centre of its word.
   Text goes into the SVG with textContent only, never as markup. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var FAMILY = '"DejaVu Sans", "Noto Sans", system-ui, sans-serif';
  var FONT_FORM = "bold 13px " + FAMILY;
  var FONT_SMALL = "11px " + FAMILY;
  var FONT_LEMMA = "italic 11px " + FAMILY;
  var PAD = 12, GAP = 16, LABEL_GAP = 12, STEP = 24, TOP = 22;
  var ctx = document.createElement("canvas").getContext("2d");

  function textWidth(text, font) {
    ctx.font = font;
    return ctx.measureText(text).width;
  }

  function node(name, attrs, text) {
    var el = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function layout(rows) {
    var n = rows.length;
    var widths = rows.map(function (r) {
      return Math.max(textWidth(r[0], FONT_FORM), textWidth(r[2], FONT_SMALL),
                      textWidth(r[1], FONT_LEMMA)) + GAP;
    });
    var arcs = [];
    var sides = rows.map(function () { return { left: [], right: [] }; });
    rows.forEach(function (r, i) {
      var head = r[3];
      if (typeof head !== "number" || head < 1 || head > n || head - 1 === i) return;
      var a = { dep: i, head: head - 1, lo: Math.min(i, head - 1), hi: Math.max(i, head - 1),
                label: r[4], width: textWidth(r[4], FONT_SMALL) };
      arcs.push(a);
      sides[a.lo].right.push(a);
      sides[a.hi].left.push(a);
    });
    var xs = [PAD + widths[0] / 2];
    for (var j = 1; j < n; j++) {
      var x = xs[j - 1] + (widths[j - 1] + widths[j]) / 2;
      sides[j].left.forEach(function (a) {
        var legs = offset(widths[a.lo], sides[a.lo].right.length) * sides[a.lo].right.length +
                   offset(widths[j], sides[j].left.length) * sides[j].left.length;
        x = Math.max(x, xs[a.lo] + legs + a.width + LABEL_GAP);
      });
      xs.push(x);
    }
    var byLength = arcs.slice().sort(function (a, b) { return (a.hi - a.lo) - (b.hi - b.lo) || a.lo - b.lo; });
    var levels = [];
    byLength.forEach(function (a) {
      var level = 1;
      byLength.forEach(function (b) {
        if (b.level && b !== a && a.lo <= b.lo && b.hi <= a.hi) level = Math.max(level, b.level + 1);
      });
      while ((levels[level] || []).some(function (b) { return b.lo < a.hi && a.lo < b.hi; })) level++;
      a.level = level;
      (levels[level] = levels[level] || []).push(a);
    });
    return { rows: rows, widths: widths, xs: xs, arcs: arcs, sides: sides,
             height: Math.max(levels.length - 1, 0) };
  }

  /* The distance between the legs of `count` arcs meeting one side of a word `width` wide. */
  function offset(width, count) {
    return Math.min(6, (width / 2 - 3) / (count + 1));
  }

  /* x of each arc's two ends: arcs to the left of a word meet it left of its centre, arcs to
     the right meet it right of it, the outer (higher) ones nearest the centre. */
  function attach(plan) {
    plan.sides.forEach(function (side, i) {
      [["left", -1], ["right", 1]].forEach(function (pair) {
        var list = side[pair[0]].slice().sort(function (a, b) { return a.level - b.level; });
        var step = offset(plan.widths[i], list.length);
        list.forEach(function (a, k) {
          var x = plan.xs[i] + pair[1] * (list.length - k) * step;
          if (pair[0] === "right") a.x1 = x; else a.x2 = x;
        });
      });
    });
  }

  function arrow(x, base) {
    return node("path", { "class": "arrow",
                          d: "M" + (x - 4) + " " + (base - 6) + "L" + (x + 4) + " " + (base - 6) + "L" + x + " " + (base + 1) + "Z" });
  }

  function draw(rows, label) {
    var plan = layout(rows);
    attach(plan);
    var base = TOP + plan.height * STEP + 8;
    var last = rows.length - 1;
    var width = last < 0 ? 2 * PAD : plan.xs[last] + plan.widths[last] / 2 + PAD;
    var height = base + 56;
    var svg = node("svg", { width: Math.ceil(width), height: height, role: "img",
                            viewBox: "0 0 " + Math.ceil(width) + " " + height, "aria-label": label });
    plan.arcs.forEach(function (a) {
      var top = base - a.level * STEP;
      var r = Math.min(6, (a.x2 - a.x1) / 2);
      var g = node("g", { "class": "dep" });
      g.appendChild(node("title", {}, a.label + ": " + rows[a.head][0] + " → " + rows[a.dep][0]));
      g.appendChild(node("path", { "class": "arc", "data-dep": a.dep + 1, "data-head": a.head + 1,
        d: "M" + a.x1 + " " + base + "V" + (top + r) + "Q" + a.x1 + " " + top + " " + (a.x1 + r) + " " + top +
           "H" + (a.x2 - r) + "Q" + a.x2 + " " + top + " " + a.x2 + " " + (top + r) + "V" + base }));
      var tip = a.dep === a.lo ? a.x1 : a.x2;
      g.appendChild(arrow(tip, base));
      g.appendChild(node("text", { "class": "deprel", x: (a.x1 + a.x2) / 2, y: top + 4,
        "text-anchor": "middle" }, a.label));
      svg.appendChild(g);
    });
    rows.forEach(function (r, i) {
      var x = plan.xs[i];
      var g = node("g", { "class": "word", "data-id": i + 1 });
      if (r[3] === 0) {
        g.appendChild(node("line", { "class": "root", x1: x, x2: x, y1: TOP - 4, y2: base - 6 }));
        g.appendChild(arrow(x, base));
        g.appendChild(node("text", { "class": "deprel", x: x, y: TOP - 8, "text-anchor": "middle" }, r[4]));
      }
      g.appendChild(node("text", { "class": "form", x: x, y: base + 18, "text-anchor": "middle" }, r[0]));
      g.appendChild(node("text", { "class": "upos", x: x, y: base + 34, "text-anchor": "middle" }, r[2]));
      g.appendChild(node("text", { "class": "lemma", x: x, y: base + 49, "text-anchor": "middle" }, r[1]));
      svg.appendChild(g);
    });
    return svg;
  }

  function setOpen(section, open) {
    var button = section.querySelector(".tree-toggle");
    var box = section.querySelector(".tree");
    if (open && !box.firstChild) {
      var rows = JSON.parse(section.querySelector("script.tree-data").textContent);
      box.appendChild(draw(rows, "dependency tree of " + section.dataset.sentId));
    }
    box.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".tree-toggle");
    if (button) setOpen(button.closest(".sent"), button.getAttribute("aria-expanded") !== "true");
  });
  var all = document.getElementById("all-trees");
  if (all) {
    all.addEventListener("click", function () {
      var open = all.getAttribute("aria-pressed") !== "true";
      document.querySelectorAll(".sent").forEach(function (s) { setOpen(s, open); });
      all.setAttribute("aria-pressed", String(open));
      all.textContent = open ? "Hide all trees" : "Show all trees";
    });
  }
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.classList.contains("sent")) setOpen(target, true);
  }
})();
