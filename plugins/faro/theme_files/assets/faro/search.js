/* Faro search: loads this language's index the first time a reader searches.
 *
 * Everything is loaded with <script> tags relative to the page, because
 * browsers block fetch() and workers for file:// pages, and the site must
 * work offline from a downloaded copy. Nothing comes from another host.
 */
(function () {
  "use strict";

  var form = document.getElementById("faro-search");
  if (!form) return;
  var input = document.getElementById("faro-search-input");
  var status = document.getElementById("faro-search-status");
  var list = document.getElementById("faro-search-results");
  var root = form.getAttribute("data-root");
  var lang = (document.documentElement.getAttribute("lang") || "en").split("-")[0];
  var ready = null;
  var index = null;
  var documents = [];
  var timer = null;
  var shown = "";  // the query whose results are on screen

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  function buildIndex() {
    var data = window.faroSearchIndex || { docs: [] };
    documents = data.docs;
    index = window.lunr(function () {
      if (lang !== "en" && window.lunr[lang]) this.use(window.lunr[lang]);
      this.ref("id");
      this.field("title", { boost: 10 });
      this.field("text");
      documents.forEach(function (doc, id) {
        this.add({ id: String(id), title: doc.title, text: doc.text });
      }, this);
    });
  }

  function ensureIndex() {
    if (ready) return ready;
    var base = root + "search/";
    var chain = loadScript(base + "lunr.js");
    if (lang !== "en") {
      // A language without a lunr stemmer still gets search, only without stemming.
      chain = chain
        .then(function () { return loadScript(base + "lunr.stemmer.support.js"); })
        .then(function () { return loadScript(base + "lunr." + lang + ".js"); })
        .catch(function () {});
    }
    ready = chain.then(function () { return loadScript(base + "index.js"); }).then(buildIndex);
    return ready;
  }

  function terms(query) {
    return query.toLowerCase().split(/[\s\-.,;:!?¿¡()"'«»]+/).filter(Boolean);
  }

  function run(query) {
    var words = terms(query);
    if (!words.length) return [];
    return index.query(function (q) {
      words.forEach(function (word) {
        // The stemmed form finds inflections; the prefix form finds words being typed.
        q.term(word, { boost: 10 });
        q.term(word, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING });
      });
    });
  }

  function snippet(text, words) {
    var lower = text.toLowerCase();
    var at = -1;
    words.some(function (word) { at = lower.indexOf(word); return at >= 0; });
    var start = Math.max(0, at - 60);
    var piece = text.slice(start, start + 180);
    return (start > 0 ? "… " : "") + piece + (start + 180 < text.length ? " …" : "");
  }

  function announce(count) {
    var key = count === 0 ? "data-no-results" : count === 1 ? "data-one-result" : "data-many-results";
    status.textContent = form.getAttribute(key).replace("{count}", String(count));
  }

  function render(query) {
    // The same results again would replace the links under a reader's focus.
    if (query === shown) return;
    shown = query;
    var words = terms(query);
    var hits = run(query);
    list.textContent = "";
    hits.slice(0, 20).forEach(function (hit) {
      var doc = documents[Number(hit.ref)];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + doc.url;
      link.textContent = doc.title;
      var text = document.createElement("p");
      text.textContent = snippet(doc.text, words);
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    });
    announce(hits.length);
  }

  function search() {
    var query = input.value.trim();
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      shown = "";
      return;
    }
    if (!index) status.textContent = form.getAttribute("data-loading");
    ensureIndex().then(function () { render(query); }, function () {
      status.textContent = form.getAttribute("data-unavailable");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);  // Enter searches now; the search still pending from typing is dropped
    search();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  input.addEventListener("focus", function () { ensureIndex().catch(function () {}); }, { once: true });
})();
