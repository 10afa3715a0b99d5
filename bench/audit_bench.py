"""Benchmark: the browser audit (`faro audit`) on a built site, seconds per page.

Times browser start-up once, then audits every page of SITE_DIR at both
viewports `--runs` times with one browser, and reports the time per page (both
viewports) and per page and viewport, from the per-page timings the runner
records. Run: faro build -d /tmp/audit-site && python bench/audit_bench.py /tmp/audit-site
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from faro.audit.runner import VIEWPORTS, audit_site, axe_version, open_browser, site_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pages = site_pages(args.site_dir)
    start = time.perf_counter()
    with open_browser() as browser:
        launch = time.perf_counter() - start
        totals, per_viewport = [], {v.name: [] for v in VIEWPORTS}
        for _ in range(args.runs):
            start = time.perf_counter()
            audits = audit_site(browser, args.site_dir, pages)
            totals.append(time.perf_counter() - start)
            for audit in audits:
                per_viewport[audit.viewport].append(audit.seconds)
    print(f"{len(pages)} pages, {len(VIEWPORTS)} viewports, axe {axe_version()}, {args.runs} runs, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"browser start: {launch:.2f} s")
    print(f"per page, both viewports: median run {statistics.median(totals) / len(pages):.3f} s, "
          f"best run {min(totals) / len(pages):.3f} s")
    for name, seconds in per_viewport.items():
        seconds.sort()
        p95 = seconds[int(0.95 * (len(seconds) - 1))]
        print(f"per page at {name}: median {statistics.median(seconds):.3f} s, p95 {p95:.3f} s, "
              f"max {seconds[-1]:.3f} s")


if __name__ == "__main__":
    main()
