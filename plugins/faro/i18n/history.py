"""Which paragraphs of a source changed since a translation was pinned.

The pin holds one hash; the version of the source it was taken from is found
again in the repository's history (newest first), so the front matter of a
translation stays one short line and the history stays the single record.
"""

from __future__ import annotations

import difflib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from faro.content.front_matter import FrontMatterError
from faro.i18n.fingerprint import Paragraph, paragraphs, source_hash


@dataclass(frozen=True)
class ParagraphChange:
    kind: str                   # "changed", "added" or "removed"
    old: Paragraph | None
    new: Paragraph | None


@dataclass(frozen=True)
class PinnedVersion:
    commit: str
    text: str


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else None


def _revisions(path: Path) -> tuple[Path, list[tuple[str, str]]]:
    """The repository, and (commit, path then) for every commit that touched the file, newest first."""
    top = _git(path.parent, "rev-parse", "--show-toplevel")
    if top is None:
        return path.parent, []
    root = Path(top.strip())
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    log = _git(root, "log", "--follow", "--format=%x00%H", "--name-only", "--", relative) or ""
    revisions = []
    for entry in log.split("\0")[1:]:
        lines = [line for line in entry.splitlines() if line]
        if len(lines) >= 2:
            revisions.append((lines[0], lines[-1]))
    return root, revisions


def find_pinned_version(source: Path, pinned: str) -> PinnedVersion | None:
    """The committed text of `source` whose hash is `pinned`, if the history has it."""
    root, revisions = _revisions(source)
    for commit, name in revisions:
        text = _git(root, "show", f"{commit}:{name}")
        if text is None:
            continue
        try:
            if source_hash(text) == pinned:
                return PinnedVersion(commit, text)
        except FrontMatterError:
            continue
    return None


def paragraph_changes(old_text: str, new_text: str) -> list[ParagraphChange]:
    """Paragraphs whose normalised text differs between two versions of a source."""
    old, new = paragraphs(old_text), paragraphs(new_text)
    matcher = difflib.SequenceMatcher(a=[p.digest for p in old], b=[p.digest for p in new],
                                      autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = max(i2 - i1, j2 - j1)
        for offset in range(pairs):
            before = old[i1 + offset] if i1 + offset < i2 else None
            after = new[j1 + offset] if j1 + offset < j2 else None
            kind = "changed" if before and after else ("added" if after else "removed")
            changes.append(ParagraphChange(kind, before, after))
    return changes
