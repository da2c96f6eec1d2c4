// The index's search box and filters. Over http(s) the words are looked up in
// Pagefind's index (pagefind/); opened from the file system, where browsers refuse to
// load it, in search-data.js (each post-mortem's text). Nothing is fetched from
// anywhere else.
(function () {
  "use strict";
  var list = document.getElementById("results");
  if (!list) return;
  var cards = Array.prototype.slice.call(list.querySelectorAll("li[data-file]"));
  var input = document.getElementById("search");
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var count = document.getElementById("count");
  var noMatch = document.getElementById("no-match");
  var form = document.getElementById("finder");
  var ranks = null; // file name -> rank of the last search; null: no words typed
  var pagefind = null;
  var searched = 0;

  function values(card, name) {
    var raw = card.getAttribute("data-" + name) || "";
    return raw.charAt(0) === "[" ? JSON.parse(raw) : [raw];
  }

  function show() {
    var wanted = selects.map(function (s) { return [s.getAttribute("data-filter"), s.value]; });
    var shown = cards.filter(function (card) {
      if (ranks !== null && !(card.getAttribute("data-file") in ranks)) return false;
      return wanted.every(function (w) { return !w[1] || values(card, w[0]).indexOf(w[1]) >= 0; });
    });
    if (ranks !== null) {
      shown.sort(function (a, b) { return ranks[a.getAttribute("data-file")] - ranks[b.getAttribute("data-file")]; });
    }
    cards.forEach(function (card) { card.hidden = true; });
    shown.forEach(function (card) { card.hidden = false; list.appendChild(card); });
    var filtered = ranks !== null || wanted.some(function (w) { return w[1]; });
    var waiting = ranks !== null && pending.length > 0;
    count.textContent = !filtered
      ? cards.length + (cards.length === 1 ? " post-mortem" : " post-mortems")
      : waiting
        ? matched + " of " + cards.length + " post-mortems match; the best " + shown.length + " are shown"
        : shown.length + " of " + cards.length + " post-mortems";
    moreButton.hidden = !waiting;
    noMatch.hidden = shown.length > 0 || cards.length === 0;
    document.body.setAttribute("data-search-state", "ready");
  }

  function localRanks(words) {
    var texts = window.pmdeskSearchText || {};
    var found = {};
    var rank = 0;
    cards.forEach(function (card) {
      var file = card.getAttribute("data-file");
      var text = texts[file] || "";
      if (words.every(function (word) { return text.indexOf(word) >= 0; })) found[file] = rank++;
    });
    return found;
  }

  // Each match's page address comes with its own request: the best PAGE at a time.
  var PAGE = 50;
  var pending = [];
  var matched = 0;
  var moreButton = document.getElementById("more");

  function more(mine) {
    var next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    document.body.setAttribute("data-search-state", "searching");
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      if (mine !== searched) return;
      var rank = Object.keys(ranks).length;
      pages.forEach(function (page) { ranks[fileOf(page.url)] = rank++; });
      show();
    });
  }

  function fileOf(url) {
    var path = url.split("#")[0].split("?")[0];
    return decodeURIComponent(path.substring(path.lastIndexOf("/") + 1));
  }

  function search() {
    var query = input.value.trim();
    var mine = ++searched;
    pending = [];
    if (!query) { ranks = null; show(); return; }
    document.body.setAttribute("data-search-state", "searching");
    if (!pagefind) {
      ranks = localRanks(query.toLowerCase().split(/\s+/));
      show();
      return;
    }
    // Pagefind filters as well, so that the best matches it sends are those shown.
    var filters = {};
    selects.forEach(function (s) { if (s.value) filters[s.getAttribute("data-filter")] = s.value; });
    pagefind.search(query, { filters: filters }).then(function (found) {
      if (mine !== searched) return;
      pending = found.results;
      ranks = {};
      matched = found.results.length;
      return more(mine);
    }).then(null, function () {
      if (mine !== searched) return;
      ranks = localRanks(query.toLowerCase().split(/\s+/));
      show();
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    // A search still under way is for words no longer in the box: drop its answer, or it
    // would show old results as "ready" until the new search starts.
    searched++;
    document.body.setAttribute("data-search-state", "searching");
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
  // With words typed, Pagefind is asked again with the filters; else the list is filtered.
  selects.forEach(function (s) {
    s.addEventListener("change", function () { if (pagefind && input.value.trim()) search(); else show(); });
  });
  moreButton.addEventListener("click", function () { more(searched); });

  var web = location.protocol === "http:" || location.protocol === "https:";
  if (web) {
    document.body.setAttribute("data-search-state", "loading");
    // The index comes in parts (see pmdesk.exporters.site); the first part's
    // Pagefind searches the others too.
    var parts = JSON.parse(list.getAttribute("data-search-parts") || "[]");
    var loading = parts.length
      ? import("./pagefind/" + parts[0] + "/pagefind.js").then(function (module) {
          return module.init().then(function () {
            return Promise.all(parts.slice(1).map(function (part) {
              return module.mergeIndex(new URL("pagefind/" + part + "/", location.href).href);
            }));
          }).then(function () { pagefind = module; });
        })
      : Promise.resolve();
    loading.catch(function () { pagefind = null; }).then(function () {
      document.body.setAttribute("data-search-engine", pagefind ? "pagefind" : "local");
      if (input.value.trim()) search(); else show();
    });
  } else {
    document.body.setAttribute("data-search-engine", "local");
    show();
  }
})();
