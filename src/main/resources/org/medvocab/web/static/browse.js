// medvocab browser: autocomplete on the search box (fed by /vocab/lookup) and lazy branches of the tree.
// Everything works without this script: the search form submits to /search, tree branches link to /tree?focus=.
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }

  // The server root relative to this page (the server writes it, so that links work under a proxy's sub-path).
  var root = document.documentElement.getAttribute("data-root") || "/";

  // A server path ("/vocab/x") as a link that works under the page's prefix; other links as they are.
  function link(path) {
    return path.charAt(0) === "/" ? root + path.slice(1) : path;
  }

  function conceptHref(iri) {
    return link("/resource?iri=" + encodeURIComponent(iri));
  }

  function autocomplete(input, list) {
    var timer = null, active = -1, seq = 0;

    function items() { return Array.prototype.slice.call(list.querySelectorAll("li")); }

    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function select(i) {
      var all = items();
      all.forEach(function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0 && all[i]) input.setAttribute("aria-activedescendant", all[i].id);
    }

    function show(results) {
      list.textContent = "";
      results.forEach(function (r, i) {
        var li = el("li", { role: "option", id: "sugg-" + i, "aria-selected": "false" });
        var a = el("a", { href: r.url ? link(r.url) : conceptHref(r.iri), tabindex: "-1" }, r.prefLabel || r.matched);
        if (r.matched && r.prefLabel && r.matched.toLowerCase() !== r.prefLabel.toLowerCase()) {
          a.appendChild(el("span", { "class": "alt" }, " (" + r.matched + ")"));
        }
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
      active = -1;
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      var mine = ++seq;
      fetch(link("/vocab/lookup?limit=8&q=" + encodeURIComponent(q)), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (j) {
          if (mine === seq) show(j.results);
        })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (e) {
      var all = items();
      if (list.hidden || !all.length) return;
      if (e.key === "ArrowDown") { select((active + 1) % all.length); e.preventDefault(); }
      else if (e.key === "ArrowUp") { select((active - 1 + all.length) % all.length); e.preventDefault(); }
      else if (e.key === "Enter" && active >= 0) { window.location.href = all[active].querySelector("a").href; e.preventDefault(); }
      else if (e.key === "Escape") { close(); }
    });
    document.addEventListener("click", function (e) {
      if (e.target !== input && !list.contains(e.target)) close();
    });
  }

  function lazyTree() {
    document.querySelectorAll("details[data-children]").forEach(function (d) {
      d.addEventListener("toggle", function () {
        if (!d.open || d.dataset.loaded) return;
        d.dataset.loaded = "1";
        fetch(link(d.dataset.children), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (children) {
            var ul = d.querySelector("ul");
            ul.textContent = "";
            children.forEach(function (c) {
              var li = el("li");
              li.appendChild(el("a", { href: c.url ? link(c.url) : conceptHref(c.iri) }, c.label));
              ul.appendChild(li);
            });
          })
          .catch(function () { delete d.dataset.loaded; });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("q");
    var list = document.getElementById("suggestions");
    if (input && list) autocomplete(input, list);
    lazyTree();
  });
})();
