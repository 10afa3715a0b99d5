"""Screenshots of the built site for design review (issue 18): home, a guide, the
positions comparison and a maturity page, in es and en, at 1280 and 375 px, in
the light and dark schemes. Output goes to bench/screenshots/ (not committed).

    faro build && python bench/screenshots.py [SITE_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "es": {"home": "index.html", "guide": "guias/copias-de-seguridad.html",
           "comparison": "posiciones/comparativa.html", "maturity": "madurez/ncsi/americas.html"},
    "en": {"home": "en/index.html", "guide": "en/guides/backups.html",
           "comparison": "en/positions/comparison.html", "maturity": "en/maturity/ncsi/americas.html"},
}
WIDTHS = (1280, 375)
SCHEMES = ("light", "dark")
OUT = Path(__file__).parent / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main(site: Path) -> None:
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for width in WIDTHS:
            for scheme in SCHEMES:
                page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
                for lang, pages in PAGES.items():
                    for name, path in pages.items():
                        if not (site / path).exists():
                            print(f"missing {path}", file=sys.stderr)
                            continue
                        page.goto((site / path).as_uri())
                        page.screenshot(path=OUT / f"{lang}-{name}-{width}-{scheme}.png", full_page=False)
                page.close()
        browser.close()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve())
