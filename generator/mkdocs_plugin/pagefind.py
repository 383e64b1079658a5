"""Search that scales: Pagefind instead of Material's single index.

Material's search downloads one JSON index of every page before it answers
the first query, and builds a lunr index of it in the browser: at thousands
of briefings that is megabytes (benchmarks/scale.py measures it).  Pagefind
(on PyPI, with its binary in a wheel) indexes the built HTML into small
chunks; a query fetches only the chunk of each word and the excerpts it shows,
a few hundred kilobytes however large the archive.  Opt-in with
``pagefind: true``: it runs after MkDocs has written the site.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE = "pagefind"  # folder of the index in the site
SEARCH_PAGE = "search.md"
INIT_SCRIPT = "assets/briefings-pagefind.js"
# Index the page content only: the navigation, header and footer are the same
# on every page and would make every page match every query.
ROOT_SELECTOR = "article.md-content__inner"

PAGE = """---
title: Search
search:
  exclude: true
---

# Search

<div id="pagefind-search"></div>
"""

# Material loads pages without reloading ("navigation.instant"): it announces
# each page on ``document$``, so the search box is set up there, once per visit.
SCRIPT = """(function () {
  function mount() {
    var el = document.getElementById("pagefind-search");
    if (!el || el.dataset.ready || typeof PagefindUI === "undefined") return;
    el.dataset.ready = "1";
    new PagefindUI({ element: el, showSubResults: true, showImages: false });
  }
  if (typeof document$ !== "undefined") document$.subscribe(mount);
  else document.addEventListener("DOMContentLoaded", mount);
})();
"""


class PagefindMissing(RuntimeError):
    pass


def assets() -> tuple[list[str], list[str]]:
    """(extra_css, extra_javascript) entries the search page needs."""
    return [f"{BUNDLE}/pagefind-ui.css"], [f"{BUNDLE}/pagefind-ui.js", INIT_SCRIPT]


def index_site(site_dir: Path) -> None:
    """Write the Pagefind bundle into ``site_dir/pagefind``."""
    try:
        import pagefind  # noqa: F401
    except ImportError:
        raise PagefindMissing("pagefind: true needs the pagefind package: "
                              "pip install 'pagefind[bin]'") from None
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE,
           "--root-selector", ROOT_SELECTOR, "--silent"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        why = done.stderr.strip() or done.stdout.strip()
        raise RuntimeError(f"pagefind failed ({done.returncode}): {why}")
