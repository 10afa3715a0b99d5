"""Check results kept between builds, keyed by what was checked.

An unchanged page is not checked again on the next build or `faro serve`
reload. A key is the hash of the input, the check's settings and Faro's own
code, so editing a page, a setting or Faro itself invalidates exactly what it
must. Entries not used by a build are dropped when it saves.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

import faro

CACHE_DIR = ".faro-cache"


@cache
def code_fingerprint() -> str:
    """Hash of Faro's source and data files: new code never reuses old results."""
    digest = hashlib.sha256()
    package = Path(faro.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".yml", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def make_key(*parts: str) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# path -> (size and time of the file, its entries): `faro serve` reloads and a run that
# opens a cache twice read the file only when another process changed it.
_LOADED: dict[Path, tuple[tuple[int, int] | None, dict]] = {}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class ResultCache:
    """A dictionary on disk, one file per check and language."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, object] = {}
        self.used: set[str] = set()
        self.hits = 0
        stamp = _stamp(path)
        known = _LOADED.get(path)
        if known is not None and known[0] == stamp:
            self.entries = dict(known[1])  # this process wrote or read it last: no unpickling
            return
        try:
            with path.open("rb") as handle:
                loaded = pickle.load(handle)
            if isinstance(loaded, dict):
                self.entries = loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            self.entries = {}  # no cache yet, or one from incompatible code: start afresh
        _LOADED[path] = (stamp, dict(self.entries))

    def get(self, key: str):
        self.used.add(key)
        if key in self.entries:
            self.hits += 1
            return self.entries[key]
        return None

    def put(self, key: str, value) -> None:
        self.used.add(key)
        self.entries[key] = value

    def save(self) -> None:
        kept = {key: value for key, value in self.entries.items() if key in self.used}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(kept, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.path)
        _LOADED[self.path] = (_stamp(self.path), kept)


def open_cache(project_root: Path, name: str) -> ResultCache:
    return ResultCache(project_root / CACHE_DIR / f"{name}.pickle")
