"""Faro's own browser checks, run next to axe-core on the page axe has just audited.

axe-core judges one rendering of a page. These checks change the rendering the
way a reader does and measure the result (WCAG 2.2 AA):

- reflow (1.4.10): at 320 CSS px wide the document is no wider than the window;
  content may scroll sideways only inside a labelled region (role=region named
  by aria-label or aria-labelledby);
- text spacing (1.4.12): with the spacings of the success criterion applied, no
  text is cut off by its box or spills onto the next element;
- text zoom (1.4.4): the same at twice the root font size (text-only zoom);
- focus not obscured (2.4.11): pressing Tab through the page, no focused element
  is entirely hidden under a fixed or sticky part of the page (the header);
- focus order (2.4.3, 2.1.2): Tab never lands on an element that cannot be seen,
  never gets stuck, and no tabindex above 0 reorders it;
- target size (2.5.8): targets are at least 24 by 24 CSS px, or far enough from
  other targets; links inside a sentence are excepted.

Each check runs at one viewport, on the page load axe already used, so the
checks add measuring time but no page loads. The code that measures is
`checks.js`; a check's result is a list of `CheckFinding`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

REFLOW_WIDTH = 320
MAX_TABS = 400  # Tab presses per page at most
TABS_PER_BATCH = 8  # presses between two looks at what they recorded


@dataclass(frozen=True)
class CheckFinding:
    """One defect one of Faro's browser checks found on a page, for a rule in audit.yml."""

    rule: str  # rule id, e.g. "audit.reflow"
    target: str  # CSS selector of the element, "" for the page as a whole
    html: str = ""
    args: dict = field(default_factory=dict, hash=False, compare=False)


@cache
def checks_source() -> str:
    return resources.files("faro.audit").joinpath("checks.js").read_text(encoding="utf-8")


def _text_check(rule: str, function: str) -> Callable:
    """Text cut off by its box (`rule`) or spilling onto the next element (`rule`-overlap)."""
    def run(tab, viewport) -> list[CheckFinding]:
        return [CheckFinding(rule, p["target"], p["html"]) if p["how"] == "clipped"
                else CheckFinding(f"{rule}-overlap", p["target"], p["html"], {"other": p["other"]})
                for p in tab.evaluate(f"() => window.__faro.{function}()")]
    run.__name__ = rule
    return run


def reflow(tab, viewport) -> list[CheckFinding]:
    """At 320 CSS px wide (the window is narrowed, then put back)."""
    tab.set_viewport_size({"width": REFLOW_WIDTH, "height": viewport.height})
    try:
        # Two frames: media queries apply and the layout settles.
        tab.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        found = tab.evaluate("() => window.__faro.reflow()")
    finally:
        tab.set_viewport_size({"width": viewport.width, "height": viewport.height})
    findings = []
    if found["scrollWidth"] > found["width"] + 1:
        widest = found["wide"][0] if found["wide"] else {"target": "", "html": ""}
        findings.append(CheckFinding(
            "audit.reflow", widest["target"], widest["html"],
            {"page_width": found["scrollWidth"], "width": found["width"],
             "elements": "; ".join(w["target"] for w in found["wide"]) or "-"}))
    findings += [CheckFinding("audit.scroll-region", s["target"], s["html"],
                              {"content_width": s["width"], "width": REFLOW_WIDTH})
                 for s in found["scrollers"]]
    return findings


def target_size(tab, viewport) -> list[CheckFinding]:
    return [CheckFinding("audit.target-size", p["target"], p["html"],
                         {"size": f"{p['width']}×{p['height']}", "other": p["other"]})
            for p in tab.evaluate("() => window.__faro.targetSize()")]


def focus(tab, viewport) -> list[CheckFinding]:
    """Press Tab from the top of the page until focus comes back round or leaves the page."""
    findings = [CheckFinding("audit.focus-tabindex", p["target"], p["html"], {"tabindex": p["tabindex"]})
                for p in tab.evaluate("() => window.__faro.positiveTabindex()")]
    tab.evaluate("() => window.__faro.startTabbing()")
    walk = _FocusWalk()
    presses = 0
    while presses < MAX_TABS and not walk.done:
        for _ in range(TABS_PER_BATCH):
            tab.keyboard.press("Tab")
        presses += TABS_PER_BATCH
        # The first record is where focus was before the first press.
        states = tab.evaluate("() => window.__faro.tabRecords()")
        walk.add(states[1:] if presses == TABS_PER_BATCH else states)
    if not walk.done:
        walk.add([tab.evaluate("() => window.__faro.focusState()")])
    return findings + walk.findings


class _FocusWalk:
    """The states focus went through, one per Tab press, and what was wrong with them."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.first = self.previous = None
        self.findings: list[CheckFinding] = []
        self.done = False

    def add(self, states: list[dict]) -> None:
        for state in states:
            if self.done:
                return
            self._step(state)

    def _step(self, state: dict) -> None:
        focused = state["id"]
        if focused == 0:
            self.done = True  # past the last element focus goes to the browser (or there is none)
            return
        if focused == self.first and focused != self.previous:
            self.done = True  # round the page once
            return
        if focused == self.previous or focused in self.seen:
            self.findings.append(CheckFinding("audit.focus-trap", state["target"], state["html"]))
            self.done = True
            return
        self.seen.add(focused)
        self.first = self.first or focused
        self.previous = focused
        if state.get("hidden"):
            self.findings.append(CheckFinding("audit.focus-hidden", state["target"], state["html"]))
        elif state.get("obscured"):
            self.findings.append(CheckFinding("audit.focus-obscured", state["target"], state["html"],
                                              {"cover": state["cover"]}))


# Which checks run at which viewport, each once per page where it tells most: larger
# text at the wide window, touch targets, the Tab key and reflow at the phone's.
CHECKS: dict[bool, tuple[Callable, ...]] = {
    False: (_text_check("audit.text-zoom", "textZoom"), _text_check("audit.text-spacing", "textSpacing")),
    True: (target_size, focus, reflow),
}

CHECK_RULES = ("audit.reflow", "audit.scroll-region", "audit.text-spacing", "audit.text-spacing-overlap",
               "audit.text-zoom", "audit.text-zoom-overlap",
               "audit.focus-obscured", "audit.focus-hidden", "audit.focus-trap", "audit.focus-tabindex",
               "audit.target-size")


def run_checks(tab, viewport, timings: dict[str, float] | None = None) -> list[CheckFinding]:
    """The checks of `viewport` on the page in `tab`; each one's seconds added to `timings`."""
    findings: list[CheckFinding] = []
    for check in CHECKS[viewport.mobile]:
        start = time.perf_counter()
        findings += check(tab, viewport)
        if timings is not None:
            timings[check.__name__] = timings.get(check.__name__, 0.0) + time.perf_counter() - start
    return findings
