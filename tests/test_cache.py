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
