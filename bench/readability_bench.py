"""Readability benchmark: is scoring cheap enough to run on every page of every build?

    python bench/readability_bench.py [--runs 5]

Generates pages of about 400 words (half Spanish, half English) from a fixed
seed, with the Markdown Material pages use (headings, admonitions, tabs, lists,
links, code, tables), and times on one core:

(a) scoring from extracted text: sentences, words, syllables and formulas,
    from blocks already extracted;
(b) the whole `faro readability` path: reading files, front matter, language,
    Markdown extraction, scoring and JSON output.

Each is run at 250, 500 and 1,000 pages so a per-page cost that grows with the
site would show. Figures are medians of `--runs` runs; syllable caches are
cleared before each run so no run profits from the previous one. The
dictionary load is timed on its own, once per process as in a real build.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

from faro.readability import command
from faro.readability.analysis import WORD_COUNTERS, analyse_markdown
from faro.readability.formulas import Counts, page_scores
from faro.readability.markdown_text import extract_blocks
from faro.readability.syllables_en import cmudict_syllables, count_syllables_en
from faro.readability.syllables_es import count_syllables_es
from faro.readability.tokens import letter_count, split_sentences, token_syllables

WORDS = {
    "es": (
        "la el de que en y a los se las un por con una para su es al lo como más pero sus "
        "contraseña cuenta correo mensaje enlace seguridad ataque fraude copia móvil clave "
        "proteger cambiar revisar guardar borrar abrir pulsar activar instalar actualizar "
        "segura fuerte larga nueva falsa dudosa personal bancaria pública privada "
        "ciberseguridad autenticación verificación aplicación dispositivo información "
        "policía INCIBE 017 2024 Wi-Fi p. ej. EE. UU. etc"
    ).split(),
    "en": (
        "the of and to a in is you that it for on with as your are be this or by "
        "password account email message link security attack fraud backup phone key "
        "protect change check keep delete open press turn install update "
        "strong long new fake personal private public every family different actually "
        "cybersecurity authentication verification application device information "
        "police NCSC 2024 Wi-Fi e.g. U.S. don't ransomware passkey"
    ).split(),
}
TERMINATORS = (".", ".", ".", "?", "!")


def _sentence(rng: random.Random, lang: str) -> str:
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(6, 22))]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice(TERMINATORS)


def make_page(index: int, lang: str, words: int = 400) -> str:
    """A deterministic page of about `words` counted words, in Material's Markdown."""
    rng = random.Random(index)
    parts = [f"---\ntitle: Página {index}\n---\n", f"# Título {index}\n"]
    written = 0
    while written < words:
        kind = rng.randrange(6)
        sentences = [_sentence(rng, lang) for _ in range(rng.randint(1, 3))]
        text = " ".join(sentences)
        if kind == 0:
            parts.append(f'!!! note "Nota"\n\n    {text}\n')
        elif kind == 1:
            parts.append("\n".join(f"- {s} Vea [la guía](https://incibe.es/g{index})." for s in sentences))
        elif kind == 2:
            parts.append(f'=== "Móvil"\n\n    {text} Pulse `Ajustes` y **Guardar**.\n')
        elif kind == 3:
            parts.append(f"{text}\n\n```bash\necho {index}\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        else:
            parts.append(f"## Sección\n\n{text}\n")
        written += sum(len(s.split()) for s in sentences)
    return "\n".join(parts) + "\n"


def make_pages(count: int) -> list[tuple[str, str]]:
    return [(("es", "en")[index % 2], make_page(index, ("es", "en")[index % 2])) for index in range(count)]


def clear_caches() -> None:
    for cached in (count_syllables_es, count_syllables_en, token_syllables, letter_count):
        cached.cache_clear()


def score_blocks(blocks, lang: str) -> dict:
    """Part (a): what happens after extraction, as `analyse_markdown` does it."""
    count_word = WORD_COUNTERS[lang]
    sentences = [sentence for block in blocks for sentence in split_sentences(block, lang)]
    words = [word for sentence in sentences for word in sentence.words]
    syllables = [token_syllables(word, count_word) for word in words]
    counts = Counts(len(sentences), len(words), sum(syllables), sum(map(letter_count, words)))
    return page_scores(counts, lang)


def time_scoring(pages: list[tuple[str, str]], runs: int) -> float:
    extracted = [(lang, extract_blocks(source)) for lang, source in pages]
    timings = []
    for _ in range(runs):
        clear_caches()
        start = time.perf_counter()
        for lang, blocks in extracted:
            score_blocks(blocks, lang)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def time_command(pages: list[tuple[str, str]], runs: int, folder: Path) -> float:
    for index, (lang, source) in enumerate(pages):
        path = folder / "content" / lang / f"page{index:04}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    args = Namespace(paths=[str(folder / "content")], lang=None, format="json", detail=False)
    timings = []
    for _ in range(runs):
        clear_caches()
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            command.run(args)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    start = time.perf_counter()
    cmudict_syllables()
    print(f"CMUdict load (once per process): {1000 * (time.perf_counter() - start):.0f} ms")

    all_pages = make_pages(1000)
    sample = [analyse_markdown(source, path="x.md", lang=lang) for lang, source in all_pages[:100]]
    words = statistics.mean(page.counts.words for page in sample)
    print(f"pages: {words:.0f} counted words each on average; medians of {options.runs} runs")
    print(f"{'pages':>6} {'(a) scoring':>14} {'per page':>10} {'(b) command':>14} {'per page':>10}")
    for count in (250, 500, 1000):
        pages = all_pages[:count]
        scoring = time_scoring(pages, options.runs)
        with tempfile.TemporaryDirectory() as folder:
            whole = time_command(pages, options.runs, Path(folder))
            if count == 1000:
                process = time_process(Path(folder), options.runs)
        print(f"{count:>6} {scoring:>12.3f} s {1000 * scoring / count:>7.2f} ms "
              f"{whole:>12.3f} s {1000 * whole / count:>7.2f} ms")
    print(f"`faro readability --format json` as a new process on 1,000 pages "
          f"(interpreter start and imports included): {process:.3f} s")
    return 0


def time_process(folder: Path, runs: int) -> float:
    """The command as a contributor runs it, paying for start-up and the dictionary."""
    argv = [sys.executable, "-m", "faro", "readability", "--format", "json", str(folder / "content")]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL)  # exit 1 is fine: some pages fail
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


if __name__ == "__main__":
    sys.exit(main())
