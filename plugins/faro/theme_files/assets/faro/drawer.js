/* Faro's navigation drawer for narrow screens (WCAG 2.1.1, 2.1.2, 2.4.3).
   The header's "Menu" link points at the navigation; here it becomes a real
   button: Enter or Space opens the drawer and moves focus into it, Tab stays
   inside, Escape (or the overlay, or the button) closes it and focus returns. */
(function () {
  "use strict";
  var link = document.querySelector("[data-faro-menu]");
  var nav = document.getElementById("faro-nav");
  if (!link || !nav) return;
  var drawer = nav.closest(".md-sidebar") || nav;
  var button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.innerHTML = link.innerHTML;
  button.setAttribute("aria-controls", "faro-nav");
  button.setAttribute("aria-expanded", "false");
  link.replaceWith(button);
  var overlay = document.querySelector(".md-overlay");
  var root = document.documentElement;

  function focusable() {
    return Array.prototype.filter.call(
      nav.querySelectorAll("a[href], button, input, [tabindex]:not([tabindex='-1'])"),
      function (el) { return el.offsetParent !== null; });
  }
  function open() {
    root.classList.add("faro-drawer-open");
    button.setAttribute("aria-expanded", "true");
    var first = nav.querySelector("[aria-current='page']") || focusable()[0];
    if (first) first.focus();
  }
  function close(returnFocus) {
    root.classList.remove("faro-drawer-open");
    button.setAttribute("aria-expanded", "false");
    if (returnFocus) button.focus();
  }
  button.addEventListener("click", function () {
    if (root.classList.contains("faro-drawer-open")) close(true); else open();
  });
  if (overlay) overlay.addEventListener("click", function () { close(true); });
  document.addEventListener("keydown", function (event) {
    if (!root.classList.contains("faro-drawer-open")) return;
    if (event.key === "Escape") { event.preventDefault(); close(true); return; }
    if (event.key !== "Tab") return;
    var items = focusable();
    if (!items.length) return;
    var first = items[0], last = items[items.length - 1];
    if (event.shiftKey && (document.activeElement === first || !drawer.contains(document.activeElement))) {
      event.preventDefault(); last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !drawer.contains(document.activeElement))) {
      event.preventDefault(); first.focus();
    }
  });
  window.matchMedia("(min-width: 76.25em)").addEventListener("change", function (query) {
    if (query.matches) close(false);
  });
}());

/* On narrow screens the search form folds behind a labelled button in the
   header bar, so it no longer pushes the page down; Enter or Space opens it
   over the page and focuses the field, Escape closes it and returns focus,
   and so does moving focus out of it. On wide screens the results close when
   focus leaves the search, so they never cover what has focus (2.4.11).
   Without JavaScript the form stays open. */
(function () {
  "use strict";
  var form = document.getElementById("faro-search");
  if (!form) return;
  var submit = form.querySelector("button[type='submit']");
  var input = document.getElementById("faro-search-input");
  var toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "faro-search-toggle";
  toggle.innerHTML = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">'
    + '<path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"/></svg>';
  var text = document.createElement("span");
  text.textContent = submit ? submit.textContent : "Search";
  toggle.appendChild(text);
  toggle.setAttribute("aria-controls", "faro-search");
  toggle.setAttribute("aria-expanded", "false");
  form.parentNode.insertBefore(toggle, form);
  document.documentElement.classList.add("faro-search-folds");

  function folded() { return getComputedStyle(toggle).display !== "none"; }
  function set(open) {
    form.classList.toggle("faro-search--open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }
  toggle.addEventListener("click", function () {
    var open = !form.classList.contains("faro-search--open");
    set(open);
    if (open && input) input.focus();
  });
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    if (form.classList.contains("faro-search--open") && folded()) {
      event.preventDefault(); set(false); toggle.focus();
    } else {
      form.classList.add("faro-search--away");
    }
  });
  function away() {
    if (folded() && form.classList.contains("faro-search--open")) set(false);
    form.classList.add("faro-search--away");
  }
  function back() { form.classList.remove("faro-search--away"); }
  form.addEventListener("focusin", back);
  if (input) input.addEventListener("input", back);
  form.addEventListener("submit", back);
  // Focus moved elsewhere by the keyboard; a click elsewhere (on no control) is seen below.
  form.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (next && !form.contains(next) && next !== toggle) away();
  });
  document.addEventListener("pointerdown", function (event) {
    if (!form.contains(event.target) && !toggle.contains(event.target)) away();
  });
}());
