"""Benchmark: static accessibility checks on 1,000 rendered Material pages, one core.

Builds a real sample site with mkdocs-material in a temporary folder (40 pages
of realistic guidance content, ~40-60 KB of HTML each, theme included), then
runs the per-page checks 1,000 times over those pages and the site-level checks
once. Run: python bench/accessibility_bench.py (wall time and, for a shared machine,
the CPU time of the checking thread).
"""

from __future__ import annotations

import statistics
import tempfile
import textwrap
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from faro.accessibility.engine import PageSource, check_page
from faro.accessibility.site import check_site

PAGES = 40
CHECKS = 1_000

SECTION = textwrap.dedent("""
    ## Sección {n}: cuentas y contraseñas

    Una contraseña larga y única protege sus cuentas cuando otro servicio sufre una
    filtración. Use un [gestor de contraseñas](page-{next}.md) y active la
    verificación en dos pasos en el correo y en el banco.

    !!! warning "Atención"
        Nunca comparta el código que le llega por SMS, aunque le llamen en nombre de su banco.

    | Método | Seguridad | Comentario |
    |---|---|---|
    | Frase de contraseña | Alta | Fácil de recordar |
    | Palabra corta | Baja | Se adivina en minutos |

    - Revise qué aplicaciones tienen acceso a su cuenta.
    - Cierre la sesión en equipos compartidos.
    - Guarde los códigos de recuperación en un lugar seguro.

    ```bash
    pwgen -s 24 1
    ```

    ![Pantalla del gestor con la opción Generar contraseña](img-{n}.png)
    """)


def make_site(root: Path) -> Path:
    docs = root / "docs"
    docs.mkdir()
    for index in range(PAGES):
        body = "".join(SECTION.format(n=s, next=(index + 1) % PAGES) for s in range(14))
        (docs / f"page-{index}.md").write_text(f"# Guía {index}\n{body}", encoding="utf-8")
    (root / "mkdocs.yml").write_text(textwrap.dedent("""
        site_name: Faro bench
        theme:
          name: material
          language: es
          palette: [{scheme: default, primary: indigo}, {scheme: slate, primary: indigo}]
        markdown_extensions: [admonition, tables, toc: {permalink: true},
                              pymdownx.highlight, pymdownx.superfences]
    """), encoding="utf-8")
    build(load_config(str(root / "mkdocs.yml")))
    return root / "site"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = make_site(Path(tmp))
        pages = sorted(site.glob("page-*/index.html"))
        htmls = [p.read_text(encoding="utf-8") for p in pages]
        sources = [(Path(tmp) / "docs" / f"{p.parent.name}.md").read_text(encoding="utf-8")
                   for p in pages]
        sizes = [len(h.encode()) for h in htmls]
        timings, cpu = [], []
        for run in range(CHECKS):
            i = run % len(htmls)
            start, start_cpu = time.perf_counter(), time.thread_time()
            check_page(htmls[i], "es", PageSource(f"docs/page-{i}.md", sources[i]), ["es", "en"])
            timings.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - start_cpu)
        start = time.perf_counter()
        site_findings = check_site(site, ["es", "en"])
        site_seconds = time.perf_counter() - start
    print(f"pages: {CHECKS} checks over {len(htmls)} built Material pages, "
          f"{min(sizes) // 1024}-{max(sizes) // 1024} KB (mean {statistics.mean(sizes) / 1024:.0f} KB)")
    print(f"per page: mean {statistics.mean(timings) * 1000:.2f} ms, "
          f"median {statistics.median(timings) * 1000:.2f} ms, "
          f"p95 {sorted(timings)[int(len(timings) * 0.95)] * 1000:.2f} ms, "
          f"total {sum(timings):.2f} s (one core)")
    # CPU time of this thread: what a page costs when other work shares the machine.
    print(f"per page, CPU time: mean {statistics.mean(cpu) * 1000:.2f} ms, "
          f"median {statistics.median(cpu) * 1000:.2f} ms, "
          f"p95 {sorted(cpu)[int(len(cpu) * 0.95)] * 1000:.2f} ms")
    print(f"check_site on the whole built site ({len(htmls)} pages + CSS): "
          f"{site_seconds * 1000:.0f} ms, {len(site_findings)} findings")


if __name__ == "__main__":
    main()
