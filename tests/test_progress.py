"""The progress line shows on a terminal only, and leaves nothing behind."""

from __future__ import annotations

import io

from faro.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_line_rewritten_then_cleared(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream = Terminal()
    with Progress("faro audit", stream, every=0) as progress:
        progress.show("1/4 page.html")
        progress.show("2/4 other.html")
    assert stream.getvalue() == ("\r\x1b[Kfaro audit: 1/4 page.html"
                                 "\r\x1b[Kfaro audit: 2/4 other.html\r\x1b[K")


def test_ci_logs_and_pipes_get_nothing(monkeypatch):
    monkeypatch.setenv("CI", "true")
    stream = Terminal()
    with Progress("faro", stream, every=0) as progress:
        progress.show("es 10 pages")
    monkeypatch.delenv("CI")
    piped = io.StringIO()
    with Progress("faro", piped, every=0) as progress:
        progress.show("es 10 pages")
    assert stream.getvalue() == "" and piped.getvalue() == ""


def test_a_small_site_is_quiet_even_on_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream = Terminal()
    with Progress("faro", stream, enabled=False, every=0) as progress:
        progress.show("es 10 pages")
    assert stream.getvalue() == ""
