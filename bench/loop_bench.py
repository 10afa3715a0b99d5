"""The contributor's loop: `faro check ONE_PAGE` and a `faro serve` reload after an edit.

    python bench/loop_bench.py --pages 500 --runs 5          # generated site
    python bench/loop_bench.py --repository --runs 5          # this repository's own pages

`check`: median wall time of `faro check` on one page, warm (after one focused run has
stored every page's results), the page edited before each run, as a contributor does.
`reload`: with `faro serve` running, the time from writing an edited page to the served
page showing the edit (polled every 50 ms).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bench import ROOT, as_installed, write_pages


def _project(tmp: Path, pages: int | None) -> tuple[Path, str]:
    names = ("mkdocs.yml", "plugins/faro/locale", "snippets", "data")  # the theme is in the package
    if pages is None:
        names += ("content", "translations")
    for name in names:
        source = ROOT / name
        if source.exists():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, tmp / name)
    if pages is not None:
        write_pages(tmp / "content", pages)
        return tmp, "content/es/guias/pagina-0001.md"
    return tmp, "content/es/guias/contrasenas.md"


def _edit(page: Path, run: int) -> None:
    text = page.read_text(encoding="utf-8").rstrip("\n")
    page.write_text(text.rsplit("\n\nEdición", 1)[0] + f"\n\nEdición {run} de hoy.\n", encoding="utf-8")


def check_times(project: Path, page: str, runs: int) -> list[float]:
    command = [sys.executable, "-m", "faro", "check", page]
    subprocess.run(command, cwd=project, capture_output=True, check=False)  # stores every page
    times = []
    for run in range(runs):
        _edit(project / page, run)
        start = time.perf_counter()
        subprocess.run(command, cwd=project, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def reload_times(project: Path, page: str, runs: int) -> list[float]:
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "faro", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/" + page.split("/", 2)[2].replace(".md", ".html")
    try:
        deadline = time.monotonic() + 600
        while "</html>" not in _fetch(url):
            if time.monotonic() > deadline:
                raise SystemExit("faro serve never served the page")
            time.sleep(0.2)
        time.sleep(2)  # let the watcher settle after the first build
        times = []
        for run in range(runs):
            _edit(project / page, run + 100)
            start = time.perf_counter()
            while f"Edición {run + 100} de hoy" not in _fetch(url):
                if time.perf_counter() - start > 300:
                    raise SystemExit("the edit never showed")
                time.sleep(0.05)
            times.append(time.perf_counter() - start)
            time.sleep(1)
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500, help="generated pages per language")
    parser.add_argument("--repository", action="store_true", help="use this repository's pages")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    as_installed()
    with tempfile.TemporaryDirectory(prefix="faro-loop-") as tmp:
        project, page = _project(Path(tmp), None if args.repository else args.pages)
        checks = check_times(project, page, args.runs)
        reloads = reload_times(project, page, args.runs)
    site = "this repository" if args.repository else f"{args.pages} pages per language"
    print(f"| {site} | {statistics.median(checks):.2f} | {min(checks):.2f}–{max(checks):.2f} | "
          f"{statistics.median(reloads):.2f} | {min(reloads):.2f}–{max(reloads):.2f} |")


if __name__ == "__main__":
    main()
