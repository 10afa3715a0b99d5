// Faro's own browser checks, for what axe-core does not measure: they change the
// page the way a reader's settings do (narrow window, text spacing, larger text,
// the Tab key) and look at the layout that results. Loaded in every page before
// its own scripts; each function returns plain data for faro.audit.checks.
(() => {
  if (window.__faro) return;

  const CLIP = new Set(["hidden", "clip"]);
  const SCROLL = new Set(["auto", "scroll"]);
  const SLACK = 2; // px of rounding a browser may leave between a box and its text
  const HTML_CHARS = 160;
  // WCAG 2.2, Understanding 1.4.12: the four spacings a reader may set.
  const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

  const cssEscape = (value) => (window.CSS && CSS.escape ? CSS.escape(value) : value);

  function selector(el) {
    if (!(el instanceof Element)) return "";
    const parts = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      if (node.id && document.querySelectorAll("#" + cssEscape(node.id)).length === 1) {
        parts.unshift("#" + cssEscape(node.id));
        break;
      }
      let part = node.localName;
      const parent = node.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === node.localName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
      }
      parts.unshift(part);
    }
    return parts.join(" > ");
  }

  function snippet(el) {
    const html = el.outerHTML || "";
    const open = html.slice(0, html.indexOf(">") + 1) || html;
    const text = (el.textContent || "").replace(/\s+/g, " ").trim();
    const shown = text ? `${open}${text.slice(0, 60)}${text.length > 60 ? "…" : ""}` : open;
    return shown.length <= HTML_CHARS ? shown : shown.slice(0, HTML_CHARS - 1) + "…";
  }

  function rendered(el) {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility !== "hidden" && style.visibility !== "collapse";
  }

  // A visually hidden element (screen-reader text) is clipped on purpose.
  function visuallyHidden(el, style) {
    return el.clientWidth <= SLACK || el.clientHeight <= SLACK
      || (style.clip && style.clip !== "auto") || (style.clipPath && style.clipPath !== "none");
  }

  function textRects(el, limit = 40) {
    const rects = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node && rects.length < limit; node = walker.nextNode()) {
      if (!node.data.trim() || !node.parentElement || !rendered(node.parentElement)) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width && rect.height) rects.push(rect);
    }
    return rects;
  }

  const outside = (rect, box) => rect.bottom > box.bottom + SLACK || rect.right > box.right + SLACK
    || rect.top < box.top - SLACK || rect.left < box.left - SLACK;
  const intersects = (a, b) => a.left < b.right - SLACK && b.left < a.right - SLACK
    && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;

  // Text cut off by a box that hides its overflow, or spilling out of a box of
  // fixed size onto the element after it: keyed by selector, to compare states.
  function textProblems() {
    settle();
    const found = new Map();
    for (const el of document.body.querySelectorAll("*")) {
      const over = el.scrollHeight > el.clientHeight + SLACK || el.scrollWidth > el.clientWidth + SLACK;
      if (!over || el.closest("svg, script, style, template, noscript") || !el.textContent.trim()
          || !rendered(el)) continue;
      const style = getComputedStyle(el);
      const clips = CLIP.has(style.overflowX) || CLIP.has(style.overflowY);
      if (SCROLL.has(style.overflowX) || SCROLL.has(style.overflowY)) continue; // reachable by scrolling
      if (clips && visuallyHidden(el, style)) continue;
      const box = el.getBoundingClientRect();
      const beyond = textRects(el).filter((rect) => outside(rect, box));
      if (!beyond.length) continue;
      if (clips) {
        found.set(selector(el), {target: selector(el), html: snippet(el), how: "clipped"});
        continue;
      }
      const next = el.nextElementSibling;
      if (next && rendered(next) && next.textContent.trim()) {
        const nextBox = next.getBoundingClientRect();
        if (beyond.some((rect) => intersects(rect, nextBox))) {
          found.set(selector(el), {target: selector(el), html: snippet(el), how: "overlaps",
                                   other: selector(next)});
        }
      }
    }
    return found;
  }

  // Problems that the change brings, not those the page already had.
  function compareAfter(change, undo) {
    const before = textProblems();
    change();
    try {
      return [...textProblems()].filter(([key]) => !before.has(key)).map(([, problem]) => problem);
    } finally {
      undo();
    }
  }

  function textSpacing() {
    const style = document.createElement("style");
    style.textContent = TEXT_SPACING_CSS;
    return compareAfter(() => document.head.appendChild(style), () => style.remove());
  }

  // Text-only zoom to 200 %: the root font size doubled, as a browser's text
  // size setting does; layout sized in rem and em follows it.
  function textZoom() {
    const root = document.documentElement;
    const size = parseFloat(getComputedStyle(root).fontSize);
    const old = root.style.getPropertyValue("font-size");
    const priority = root.style.getPropertyPriority("font-size");
    return compareAfter(() => root.style.setProperty("font-size", `${size * 2}px`, "important"),
                        () => root.style.setProperty("font-size", old, priority));
  }

  function labelledRegion(el) {
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      if (node.getAttribute("role") === "region"
          && ((node.getAttribute("aria-label") || "").trim()
              || (node.getAttribute("aria-labelledby") || "").trim())) return node;
    }
    return null;
  }

  // Reflow: the document is no wider than the window. Sideways scrolling inside
  // a container is allowed when the container is a labelled region.
  function reflow() {
    settle();
    const width = document.documentElement.clientWidth;
    const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const wide = [];
    const scrollers = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("svg")) continue;
      const style = getComputedStyle(el);
      if (SCROLL.has(style.overflowX) && el.scrollWidth > el.clientWidth + SLACK && rendered(el)
          && !labelledRegion(el)) {
        scrollers.push({target: selector(el), html: snippet(el), width: el.scrollWidth});
      }
      if (scrollWidth <= width + 1) continue;
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 1 || !rendered(el) || style.position === "fixed") continue;
      // Only the outermost element that sticks out: its children add nothing.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
      if (inScroller(el)) continue;
      wide.push({target: selector(el), html: snippet(el), right: Math.round(rect.right)});
    }
    wide.sort((a, b) => b.right - a.right);
    return {width, scrollWidth, wide: wide.slice(0, 5), scrollers};
  }

  function inScroller(el) {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (SCROLL.has(style.overflowX) || CLIP.has(style.overflowX)) return true;
    }
    return false;
  }

  const INTERACTIVE = "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "[role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], "
    + "[role=menuitem], [role=option], [tabindex]:not([tabindex='-1'])";
  const TARGET = 24;

  // A link in a sentence: 2.5.8 lets its size follow the line of text.
  function inlineInText(el) {
    if (getComputedStyle(el).display !== "inline") return false;
    const block = el.parentElement && el.parentElement.closest("p, li, td, th, dd, dt, figcaption, "
      + "blockquote, label, h1, h2, h3, h4, h5, h6, div, span");
    if (!block) return false;
    const own = (el.textContent || "").trim().length;
    return (block.textContent || "").trim().length > own;
  }

  function targetSize() {
    settle();
    const targets = [];
    for (const el of document.querySelectorAll(INTERACTIVE)) {
      if (!rendered(el) || el.closest("[inert], [aria-hidden=true]") || el.disabled) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      const style = getComputedStyle(el);
      if (style.opacity === "0" || visuallyHidden(el, style) && el.localName !== "a") continue;
      // A control inside another target is part of it (a label's checkbox, a link's icon).
      if (targets.some((t) => t.el.contains(el))) continue;
      targets.push({el, rect, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2,
                    small: rect.width < TARGET - 0.5 || rect.height < TARGET - 0.5,
                    inline: el.localName === "a" && inlineInText(el)});
    }
    const problems = [];
    for (const t of targets) {
      if (!t.small || t.inline) continue;
      // The spacing exception: a 24 px circle on the target's centre meets no other
      // target, nor the circle of another small target.
      const near = targets.find((o) => o !== t && !o.inline && !o.el.contains(t.el) && (o.small
        ? Math.hypot(o.x - t.x, o.y - t.y) < TARGET
        : distanceToRect(t.x, t.y, o.rect) < TARGET / 2));
      if (near) {
        problems.push({target: selector(t.el), html: snippet(t.el), width: Math.round(t.rect.width),
                       height: Math.round(t.rect.height), other: selector(near.el)});
      }
    }
    return problems;
  }

  function distanceToRect(x, y, r) {
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    return Math.hypot(dx, dy);
  }

  // Keyboard focus: what the element that has focus looks like now.
  const ids = new WeakMap();
  let nextId = 1;

  function stuck(el) {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === "fixed" || position === "sticky") return node;
    }
    return null;
  }

  // Transitions (a skip link sliding in) jump to their end: the state a reader sees.
  function settle() {
    for (const animation of document.getAnimations()) {
      try { animation.finish(); } catch (e) { /* an infinite animation cannot finish */ }
    }
  }

  function focusState() {
    settle();
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return {id: 0};
    if (!ids.has(el)) ids.set(el, nextId++);
    // Tab moves on inside a frame while the frame keeps focus here: not a trap.
    const id = el.localName === "iframe" || el.localName === "frame" ? nextId++ : ids.get(el);
    const state = {id, target: selector(el), html: snippet(el),
                   tabindex: el.tabIndex, explicit: el.hasAttribute("tabindex")};
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // What the screen shows: on a phone the visual viewport may pan across a
    // page wider than the layout viewport, and the browser pans it to focus.
    const view = window.visualViewport;
    const x0 = view ? view.offsetLeft : 0, y0 = view ? view.offsetTop : 0;
    const x1 = x0 + (view ? view.width : document.documentElement.clientWidth);
    const y1 = y0 + (view ? view.height : window.innerHeight);
    const left = Math.max(rect.left, x0), right = Math.min(rect.right, x1);
    const top = Math.max(rect.top, y0), bottom = Math.min(rect.bottom, y1);
    if (!rendered(el) || style.opacity === "0" || rect.width < 1 || rect.height < 1
        || right <= left || bottom <= top) {
      state.hidden = true;
      return state;
    }
    // Entirely obscured: every sample point of its visible part lands on a
    // fixed or sticky element that is not the focused one nor holds it.
    const mine = stuck(el);
    let cover = null;
    let covered = true;
    for (const fx of [0.1, 0.5, 0.9]) {
      for (const fy of [0.1, 0.5, 0.9]) {
        const hit = document.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy);
        const over = hit && !el.contains(hit) && !hit.contains(el) ? stuck(hit) : null;
        if (!over || over === mine || over.contains(el)) { covered = false; break; }
        cover = cover || over;
      }
      if (!covered) break;
    }
    if (covered && cover) {
      state.obscured = true;
      state.cover = selector(cover);
    }
    return state;
  }

  function positiveTabindex() {
    return [...document.querySelectorAll("[tabindex]")].filter((el) => el.tabIndex > 0)
      .map((el) => ({target: selector(el), html: snippet(el), tabindex: el.tabIndex}));
  }

  // Each Tab press records where focus is just before the press moves it: by
  // then the browser has scrolled the element into view and its focus style
  // has settled. A round trip per press is all the Tab walk costs.
  let recorded = null;

  function startTabbing() {
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    window.scrollTo(0, 0); // Tab starts from the top of the document, as after a page load
    if (recorded === null) {
      window.addEventListener("keydown", (event) => {
        if (event.key === "Tab" && recorded !== null) recorded.push(focusState());
      }, true);
    }
    recorded = [];
  }

  function tabRecords() {
    const states = recorded || [];
    recorded = [];
    return states;
  }

  window.__faro = {textSpacing, textZoom, reflow, targetSize, focusState, positiveTabindex,
                   startTabbing, tabRecords};
})();
