#!/usr/bin/env python
"""The browser's side of search (issue 7): time to the first answer and bytes fetched.

    python benchmarks/search_browser.py SITE_DIR [SITE_DIR...] [--query WORD] [--runs 3] [--json OUT]

Each SITE_DIR is a built site (``mkdocs build`` output).  It is served on
127.0.0.1 by the standard library and read by Debian's Chromium through
Playwright, each run with a fresh profile (``--user-data-dir`` in a new
temporary folder: nothing cached), the way a first-time reader meets it:

- Pagefind (the site has ``pagefind/``): open the home page, press ``/``, type
  the query, press Enter; the Search page loads Pagefind, which fetches what the
  query needs; stop at the first result shown.
- Material's search (the site has ``search/search_index.json``): open the home
  page, type the query into Material's search box; its worker downloads the
  whole index and builds a lunr index of it; stop at the first result shown.

Printed per engine, the median of ``--runs``: milliseconds from the start of the
home page's navigation to the first result; bytes fetched in that time (all of
them, and those of the search itself: ``pagefind/`` or Material's index and
worker), as served (the standard library's server does not compress; the
gzipped size of the search bytes is printed too, what a server that compresses
would send; Pagefind's index files are already compressed); and the main
thread's long tasks (over 50 ms, from the browser's ``longtask`` entries) on the
page that shows the answer (the Search page for Pagefind, the home page for
Material), the work that freezes the page.  Run on demand on sites you built; nothing here runs
in the test suite.  Another job on the machine changes the timings: compare
engines in one run.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Long tasks of the main thread, collected from the first byte of every page.
LONG_TASKS = """
window.__longTasks = 0;
try {
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) window.__longTasks += e.duration;
  }).observe({type: "longtask", buffered: true});
} catch (e) {}
"""
TIMEOUT_MS = 120_000


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def engines(site: Path) -> list[str]:
    found = []
    if (site / "pagefind" / "pagefind-entry.json").is_file():
        found.append("pagefind")
    if (site / "search" / "search_index.json").is_file():
        found.append("material")
    return found


def is_search_byte(url: str, base: str) -> bool:
    path = url[len(base):] if url.startswith(base) else url
    return path.startswith("pagefind/") or path.startswith("search/search_index.json") \
        or "/workers/search." in "/" + path


def one_run(pw, base: str, engine: str, query: str) -> dict:
    """One cold run: fresh profile, home page, query, first result."""
    with tempfile.TemporaryDirectory(prefix="search-browser-") as profile:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=FLAGS, viewport={"width": 1280, "height": 900})
        try:
            context.add_init_script(LONG_TASKS)
            page = context.pages[0] if context.pages else context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            fetched: list[tuple[str, int, bytes | None]] = []

            def finished(request):
                response = request.response()
                if response is None:
                    return
                try:
                    body = response.body()
                except Exception:  # a body the browser did not keep (redirects)
                    body = b""
                fetched.append((request.url, len(body), body if is_search_byte(request.url, base) else None))

            page.on("requestfinished", finished)
            start = time.perf_counter()
            page.goto(base, wait_until="domcontentloaded")
            if engine == "pagefind":
                page.locator(".briefings-search__input").wait_for()
                page.keyboard.press("/")
                page.keyboard.type(query)
                page.keyboard.press("Enter")
                page.locator(".pagefind-ui__result-link").first.wait_for()
            else:
                box = page.locator("input.md-search__input")
                box.click()
                box.fill(query)
                # Material answers the input events that come once its worker has the
                # index: retype the last letter every 50 ms until a result shows.
                results = page.locator(".md-search-result__item")
                deadline = time.perf_counter() + TIMEOUT_MS / 1000
                while not results.count():
                    if time.perf_counter() > deadline:
                        raise TimeoutError(f"Material's search showed no result for {query!r}")
                    box.press("Backspace")
                    box.type(query[-1])
                    page.wait_for_timeout(50)
            elapsed_ms = (time.perf_counter() - start) * 1000
            long_tasks = page.evaluate("window.__longTasks || 0")
        finally:
            context.close()
    search = [(u, n, b) for u, n, b in fetched if b is not None]
    return {"first_answer_ms": elapsed_ms, "requests": len(fetched),
            "bytes_kb": sum(n for _, n, _ in fetched) / 1024,
            "search_bytes_kb": sum(n for _, n, _ in search) / 1024,
            "search_gzip_kb": sum(len(gzip.compress(b)) if b else 0 for _, _, b in search) / 1024,
            "long_tasks_ms": long_tasks}


def measure(site: Path, query: str, runs: int, only: str | None) -> dict:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    out = {}
    try:
        with sync_playwright() as pw:
            for engine in engines(site):
                if only and engine != only:
                    continue
                results = [one_run(pw, base, engine, query) for _ in range(runs)]
                out[engine] = {key: statistics.median(r[key] for r in results) for key in results[0]}
                out[engine]["runs"] = results
    finally:
        server.shutdown()
        server.server_close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sites", nargs="+", type=Path, help="built site folders")
    ap.add_argument("--query", default="minister", help="the word searched (default: minister)")
    ap.add_argument("--runs", type=int, default=3, help="cold runs per engine; the median is printed")
    ap.add_argument("--engine", choices=["pagefind", "material"], help="measure only this engine")
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"search_browser.py: {CHROMIUM} not found (apt-get install chromium)")
    report = {}
    for site in args.sites:
        if not engines(site):
            raise SystemExit(f"search_browser.py: {site} has neither pagefind/ nor search/search_index.json")
        report[str(site)] = figures = measure(site, args.query, args.runs, args.engine)
        for engine, f in figures.items():
            print(f"{site} [{engine}] query {args.query!r}, median of {args.runs} cold runs: "
                  f"first answer {f['first_answer_ms']:.0f} ms | fetched {f['bytes_kb']:.0f} KB in "
                  f"{f['requests']:.0f} requests, of which search {f['search_bytes_kb']:.0f} KB "
                  f"({f['search_gzip_kb']:.0f} KB gzipped) | "
                  f"main-thread long tasks {f['long_tasks_ms']:.0f} ms",
                  flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
