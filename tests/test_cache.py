"""Results are reused only for identical inputs, and unused entries are dropped."""

from __future__ import annotations

from faro.cache import ResultCache, make_key


def test_round_trip_and_pruning(tmp_path):
    path = tmp_path / "c.pickle"
    cache = ResultCache(path)
    first, second = make_key("page one", "es"), make_key("page two", "es")
    assert first != second != make_key("page one", "en")
    cache.put(first, ["finding"])
    cache.put(second, [])
    cache.save()

    again = ResultCache(path)
    assert again.get(first) == ["finding"] and again.hits == 1
    again.save()  # `second` was not used by this build
    assert ResultCache(path).entries.keys() == {first}


def test_a_broken_cache_file_is_ignored(tmp_path):
    path = tmp_path / "c.pickle"
    path.write_bytes(b"not a pickle")
    cache = ResultCache(path)
    assert cache.get(make_key("x")) is None


def test_sources_read_by_other_code_are_read_again(tmp_path, monkeypatch):
    """A source kept by an older Faro (its key names other code) is parsed again,
    even though the file's size and time are unchanged."""
    import os

    from faro.cache import open_cache
    from faro.content import pages
    from faro.content.pages import SourcePage, discover

    page = tmp_path / "content" / "es" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: Nuevo\n---\n# Nuevo\n", encoding="utf-8")
    stat = os.stat(page)
    stale = SourcePage("es", "index.md", page, {"title": "Viejo"})
    seen = (stat.st_mtime_ns, stat.st_size, "es", "index.md", "content/es/index.md")
    store = open_cache(tmp_path, "sources")
    store.put("key-of-older-code", (os.fspath(page), (seen, (stale, []))))
    store.save()
    monkeypatch.setattr(pages, "_READ", {})
    (read,) = discover(tmp_path / "content", ["es"], root=tmp_path).pages
    assert read.meta["title"] == "Nuevo"
