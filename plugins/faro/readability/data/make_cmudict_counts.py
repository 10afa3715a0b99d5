"""Regenerate `cmudict.syllables.gz` from a CMUdict `cmudict.dict` file.

Run by hand, never at build time:

    python plugins/faro/readability/data/make_cmudict_counts.py PATH/TO/cmudict.dict

We keep only what the readability engine needs, the FEWEST syllables of each
word over its listed pronunciations (Flesch's rule), grouped by count so the
runtime loader builds its dict with one `dict.fromkeys` per line.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

VARIANT_SUFFIX = re.compile(r"\(\d+\)$")
OUTPUT = Path(__file__).with_name("cmudict.syllables.gz")


def fewest_syllables(dict_path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in dict_path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        word = VARIANT_SUFFIX.sub("", word).lower()
        syllables = sum(1 for phone in phones if phone[-1].isdigit())
        if word not in counts or syllables < counts[word]:
            counts[word] = syllables
    return counts


def write_grouped(counts: dict[str, int], output: Path) -> None:
    groups: dict[int, list[str]] = defaultdict(list)
    for word, syllables in counts.items():
        groups[syllables].append(word)
    lines = [f"{n}\t{' '.join(sorted(groups[n]))}" for n in sorted(groups)]
    # mtime=0 keeps the file byte-identical between regenerations.
    with gzip.GzipFile(output, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_cmudict_counts.py PATH/TO/cmudict.dict")
    write_grouped(fewest_syllables(Path(sys.argv[1])), OUTPUT)
    print(f"wrote {OUTPUT}")
