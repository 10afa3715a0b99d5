"""WCAG 1.2.2 Captions and 2.2.2 Pause, stop, hide: media and moving text."""

from __future__ import annotations

from collections.abc import Iterator

from faro.accessibility.html import Issue, Page, selector_of


def _media_needles(node) -> tuple[str, ...]:
    sources = [node.attributes.get("src") or ""]
    sources += [s.attributes.get("src") or "" for s in node.css("source")]
    return tuple(s for s in sources if s) + (f"<{node.tag}",)


def check_video_captions(page: Page) -> Iterator[Issue]:
    for video in page.select("video"):
        kinds = {(t.attributes.get("kind") or "").strip().lower() for t in video.css("track")}
        if "captions" not in kinds:
            yield Issue("a11y.video-caption", video, {"selector": selector_of(video)},
                        _media_needles(video))


def check_autoplay(page: Page) -> Iterator[Issue]:
    for media in page.select("video[autoplay], audio[autoplay]"):
        yield Issue("a11y.autoplay", media, {"selector": selector_of(media)},
                    ("autoplay", *_media_needles(media)))


def check_moving_text(page: Page) -> Iterator[Issue]:
    for tag, rule_id in (("marquee", "a11y.marquee"), ("blink", "a11y.blink")):
        for node in page.select(tag):
            yield Issue(rule_id, node, {"selector": selector_of(node)}, (f"<{tag}",))
