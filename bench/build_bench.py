"""Time `faro build` against a bare mkdocs-material build of the same pages.

Generates N synthetic guide pages per language (Spanish and English), then
times, in the same run on the same machine:
  * bare:  Material's own recommended multilingual setup, one plain `mkdocs build`
           per language with the material theme and its search plugin;
  * faro:  `faro build` of the same pages with every Faro plugin enabled.
Prints the median of several runs of each and the ratio faro/bare. Faro's runs
are cold (its check-result cache is emptied first); the last column is one more
build with the cache of the one before, as on a contributor's next build.

    python bench/build_bench.py --pages 100 500 --runs 3
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Short, common words, so the generated pages pass the readability gate like real guides.
WORDS = {
    "es": ("use una clave larga en su correo y en su banco cada mes con un paso más "
           "para su red de casa sin dar datos a nadie que le pida un código").split(),
    "en": ("use a long key for your mail and your bank each month with one more step "
           "for your home net and do not give a code to a man who asks").split(),
}


def _sentence(rng: random.Random, lang: str) -> str:
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(6, 14))]
    return " ".join(words).capitalize() + "."


def write_pages(content: Path, pages: int, seed: int = 7) -> None:
    """N guides per language; the English ones are pinned translations, as in a real site."""
    from faro.i18n.fingerprint import source_hash

    rng = random.Random(seed)
    sources: dict[int, str] = {}
    for lang, folder in (("es", "guias"), ("en", "guides")):
        base = content / lang
        (base / folder).mkdir(parents=True, exist_ok=True)
        title = "Inicio" if lang == "es" else "Home"
        (base / "index.md").write_text(f"---\ntitle: {title}\ndescription: {title} of the benchmark.\n---\n\n"
                                       f"# {title}\n\n{_sentence(rng, lang)}\n")
        for number in range(pages - 1):
            slug = f"{folder}/pagina-{number:04d}.md" if lang == "es" else f"{folder}/page-{number:04d}.md"
            head = f"title: Guide {number}\ndescription: A generated page for the benchmark.\n"
            if lang == "en":
                pin = source_hash(sources[number])
                head += f"translation_of: {{path: guias/pagina-{number:04d}.md, lang: es, hash: \"{pin}\"}}\n"
            sections = []
            for section in range(4):
                text = " ".join(_sentence(rng, lang) for _ in range(5))
                sections.append(f"## Section {section + 1}\n\n{text}\n\n- {_sentence(rng, lang)}\n"
                                f"- {_sentence(rng, lang)}\n")
            body = "\n".join(sections)
            page = f"---\n{head}---\n\n# Guide {number}\n\n{body}"
            if lang == "es":
                sources[number] = page
            (base / slug).write_text(page, encoding="utf-8")
    # The English home page translates the Spanish one.
    home_es = (content / "es" / "index.md").read_text(encoding="utf-8")
    home_en = content / "en" / "index.md"
    home_en.write_text(home_en.read_text(encoding="utf-8").replace(
        "description: Home of the benchmark.\n",
        f"description: Home of the benchmark.\ntranslation_of: {{path: index.md, lang: es, "
        f"hash: \"{source_hash(home_es)}\"}}\n"), encoding="utf-8")


BARE_CONFIG = """site_name: Bench
site_url: https://faro.example/{prefix}
docs_dir: {docs}
site_dir: {site}
use_directory_urls: false
theme:
  name: material
  language: {lang}
  font: false
markdown_extensions: [abbr, admonition, attr_list, def_list, footnotes, md_in_html, tables, toc,
  pymdownx.details, pymdownx.superfences]
plugins:
  - search
"""


def time_command(command: list[str], cwd: Path) -> float:
    """Wall time of one run, in a child process so its peak memory can be read afterwards."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    return elapsed


def bare_build(project: Path) -> float:
    total = 0.0
    for lang, prefix in (("es", ""), ("en", "en/")):
        config = project / f"bare-{lang}.yml"
        site = project / "bare-site" / prefix
        config.write_text(BARE_CONFIG.format(prefix=prefix, docs=project / "content" / lang,
                                             site=site, lang=lang))
        total += time_command([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], project)
    return total


def faro_build(project: Path) -> tuple[float, float]:
    """Wall time, and peak memory (MB) of the largest process of the build."""
    command = [sys.executable, "-c", PEAK_MEMORY, "faro", "build"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"faro build failed:\n{result.stderr[-3000:]}")
    return elapsed, float(result.stdout.strip().splitlines()[-1])


# Runs `python -m faro ARGS` in a child and prints the largest peak RSS of it and its
# workers (getrusage of waited-for children reports the maximum over all of them).
PEAK_MEMORY = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m"] + sys.argv[1:], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def largest_page(site: Path) -> int:
    return max(p.stat().st_size for p in site.rglob("*.html"))


def bench(pages: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="faro-bench-") as tmp:
        project = Path(tmp)
        for name in ("mkdocs.yml", "plugins/faro/locale", "snippets", "data"):  # theme: in the package
            source = ROOT / name
            if not source.exists():
                continue
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, project / name)
        write_pages(project / "content", pages)
        bare = [bare_build(project) for _ in range(runs)]
        faro_runs = []
        for _ in range(runs):  # cold: no check results cached from an earlier build
            shutil.rmtree(project / ".faro-cache", ignore_errors=True)
            faro_runs.append(faro_build(project))
        faro = [seconds for seconds, _ in faro_runs]
        # The next builds, each with the results of the one before (the contributor's case).
        warm = statistics.median(faro_build(project)[0] for _ in range(runs))
        total_pages = 2 * pages
        return {
            "pages_per_language": pages,
            "bare_s": statistics.median(bare),
            "faro_s": statistics.median(faro),
            "ratio": statistics.median(faro) / statistics.median(bare),
            "faro_ms_per_page": 1000 * statistics.median(faro) / total_pages,
            "bare_ms_per_page": 1000 * statistics.median(bare) / total_pages,
            "largest_page_kb_faro": largest_page(project / "site") / 1024,
            "largest_page_kb_bare": largest_page(project / "bare-site") / 1024,
            "peak_memory_mb": max(memory for _, memory in faro_runs),
            "faro_warm_s": warm,
        }


def as_installed() -> None:
    """Time what a contributor's machine runs: Python writes bytecode once and reuses it
    (some sandboxes set PYTHONDONTWRITEBYTECODE, which makes every run compile Faro anew)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    as_installed()
    print("| pages/lang | bare mkdocs-material (s) | faro build (s) | ratio | faro ms/page | "
          "bare ms/page | largest page faro / bare (KB) | faro peak memory (MB) | faro, next build (s) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for pages in args.pages:
        r = bench(pages, args.runs)
        print(f"| {pages} | {r['bare_s']:.2f} | {r['faro_s']:.2f} | {r['ratio']:.2f} | "
              f"{r['faro_ms_per_page']:.1f} | {r['bare_ms_per_page']:.1f} | "
              f"{r['largest_page_kb_faro']:.0f} / "
              f"{r['largest_page_kb_bare']:.0f} | {r['peak_memory_mb']:.0f} | {r['faro_warm_s']:.2f} |",
              flush=True)


if __name__ == "__main__":
    main()
