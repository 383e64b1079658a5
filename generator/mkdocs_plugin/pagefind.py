"""Search that scales: Pagefind instead of Material's single index.

Material's search downloads one JSON index of every page before it answers
the first query, and builds a lunr index of it in the browser: at thousands
of briefings that is megabytes (benchmarks/scale.py measures it).  Pagefind
(on PyPI, with its binary in a wheel) indexes the built HTML into small
chunks; a query fetches only the chunk of each word and the excerpts it shows,
a few hundred kilobytes however large the archive.  On with ``pagefind: true``
(the project's mkdocs.yml sets it; the option's default stays off so that a
site that has Material's search keeps it): it runs after MkDocs has written
the site, inside ``mkdocs build``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

BUNDLE = "pagefind"  # folder of the index in the site
SEARCH_PAGE = "search.md"
INIT_SCRIPT = "assets/briefings-pagefind.js"
STYLE = "assets/briefings-pagefind.css"
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

# Every page gets a search field in Material's header (Material shows its own
# only with its search plugin): a plain GET form to the Search page, which reads
# ``?q=``.  "/" focuses it, or opens the Search page where the field is hidden.
# URLs are resolved against this script's own address (<site>/assets/…), so the
# site works under a sub-path (GitHub Pages project sites) and from any depth.
# Material loads pages without reloading ("navigation.instant"): it announces
# each page on ``document$``, so the set-up runs there, once per page.
SCRIPT = """(function () {
  var root = new URL("../", document.currentScript.src);
  var searchUrl = new URL("search/", root).href;
  var ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/>' +
    '<path d="M15 15l6 6" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';

  function headerField() {
    var header = document.querySelector(".md-header__inner");
    if (!header || document.getElementById("briefings-search")) return;
    var form = document.createElement("form");
    form.id = "briefings-search";
    form.className = "briefings-search";
    form.setAttribute("role", "search");
    form.method = "get";
    form.action = searchUrl;
    var input = document.createElement("input");
    input.className = "briefings-search__input";
    input.type = "search";
    input.name = "q";
    input.placeholder = "Search";
    input.autocomplete = "off";
    input.setAttribute("aria-label", "Search the briefings");
    var button = document.createElement("button");
    button.type = "submit";
    button.className = "md-header__button md-icon briefings-search__button";
    button.setAttribute("aria-label", "Search");
    button.title = "Search (/)";
    button.innerHTML = ICON;
    form.appendChild(input);
    form.appendChild(button);
    header.insertBefore(form, header.querySelector(".md-header__source"));
  }

  // Pagefind's UI (120 KB of script) is fetched on the Search page only.
  function loadUi(done) {
    if (typeof PagefindUI !== "undefined") return done();
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("pagefind/pagefind-ui.css", root).href;
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = new URL("pagefind/pagefind-ui.js", root).href;
    script.onload = done;
    document.head.appendChild(script);
  }

  function searchPage() {
    var el = document.getElementById("pagefind-search");
    if (!el || el.dataset.ready) return;
    el.dataset.ready = "1";
    loadUi(function () { mount(el); });
  }

  function mount(el) {
    var ui = new PagefindUI({ element: el, baseUrl: root.pathname, showSubResults: true,
                              showImages: false, autofocus: true });
    var query = new URLSearchParams(location.search).get("q");
    if (query) ui.triggerSearch(query);
    nameTheField(el);
  }

  // Pagefind's field has a placeholder but no accessible name (axe: label-title-only).
  function nameTheField(el) {
    var field = el.querySelector("input");
    if (field) return field.setAttribute("aria-label", "Search the briefings");
    new MutationObserver(function (changes, observer) {
      var input = el.querySelector("input");
      if (!input) return;
      input.setAttribute("aria-label", "Search the briefings");
      observer.disconnect();
    }).observe(el, { childList: true, subtree: true });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    var field = document.querySelector("#pagefind-search input") ||
      document.querySelector(".briefings-search__input");
    if (field && field.offsetParent !== null) field.focus();
    else location.href = searchUrl;
  });

  function setUp() { headerField(); searchPage(); }
  if (typeof document$ !== "undefined") document$.subscribe(setUp);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
"""

# The header field in Material's colours (its CSS variables), narrow screens
# keep only the button.
CSS = """.briefings-search { display: flex; align-items: center; margin-left: .4rem; }
.briefings-search__input {
  width: 11.5rem; padding: .3rem .6rem; border: 0; border-radius: .1rem;
  font: inherit; font-size: .8rem; color: var(--md-primary-bg-color);
  background-color: rgba(0, 0, 0, .26);
}
.briefings-search__input::placeholder { color: var(--md-primary-bg-color--light); opacity: 1; }
.briefings-search__input:focus {
  outline: 2px solid var(--md-primary-bg-color); background-color: rgba(0, 0, 0, .4);
}
.briefings-search__button { border: 0; background: none; color: inherit; cursor: pointer; }
.briefings-search__button svg { width: 1.2rem; height: 1.2rem; }
@media screen and (max-width: 59.984em) { .briefings-search__input { display: none; } }
/* Pagefind's UI in the theme's colours, light and dark (its defaults are light only). */
#pagefind-search {
  --pagefind-ui-primary: var(--md-typeset-a-color);
  --pagefind-ui-text: var(--md-default-fg-color);
  --pagefind-ui-background: var(--md-default-bg-color);
  --pagefind-ui-border: var(--md-default-fg-color--lighter);
  --pagefind-ui-tag: var(--md-default-fg-color--lightest);
  --pagefind-ui-font: inherit;
}
"""


def files() -> dict[str, str]:
    """Generated files (path in the site's docs → content) for ``pagefind: true``."""
    return {SEARCH_PAGE: PAGE, INIT_SCRIPT: SCRIPT, STYLE: CSS}


# -- what is indexed --------------------------------------------------------------
# Material's search skips pages with ``search: exclude: true`` (the listings) and
# the section under a heading marked ``data-search-exclude`` (a briefing's full
# text, an actor's lists of briefings and co-actors).  Pagefind knows neither, and
# its selectors cannot reach "the elements after this heading", so the plugin
# marks the HTML itself: ``data-pagefind-body`` on the content of every page that
# is searched (Pagefind then skips the pages without it) and
# ``data-pagefind-ignore`` on each block of an excluded section.
# Without this, an actor's name found the page of every actor it appears with.
ARTICLE = '<article class="md-content__inner md-typeset">'
HEADING = re.compile(r"h([1-6])")


def searched(meta: dict) -> bool:
    """False for a page that opts out of search the way Material's search reads it."""
    search = meta.get("search")
    return not (isinstance(search, dict) and search.get("exclude"))


def mark_body(html: str) -> str:
    """The page with its content marked as what Pagefind indexes."""
    return html.replace(ARTICLE, ARTICLE[:-1] + " data-pagefind-body>", 1)


# A start tag at the beginning of a line: Python-Markdown writes each block on
# lines of its own, so every top-level block (and some nested ones, which is
# harmless to mark) starts a line.  One regular-expression pass: an HTML parser
# here cost 8 ms a page, a sixth of MkDocs' own time per page.
LINE_TAG = re.compile(r"^<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", re.MULTILINE)


def ignore_excluded_sections(html: str) -> str:
    """Page content (MkDocs' rendered Markdown) with ``data-pagefind-ignore`` on a
    heading marked ``data-search-exclude`` and on the blocks that follow it, up to
    the next heading of the same or a higher level."""
    if "data-search-exclude" not in html:
        return html
    level = None

    def mark(match: re.Match) -> str:
        nonlocal level
        tag, attrs = match[1].lower(), match[2]
        heading = HEADING.fullmatch(tag)
        if heading and (level is None or int(heading[1]) <= level):
            level = int(heading[1]) if "data-search-exclude" in attrs else None
        if level is None and "data-search-exclude" not in attrs:
            return match[0]
        return f"<{match[1]} data-pagefind-ignore{attrs}>"

    return LINE_TAG.sub(mark, html)


class PagefindMissing(RuntimeError):
    pass


def assets() -> tuple[list[str], list[str]]:
    """(extra_css, extra_javascript) entries of every page: the header field;
    the script loads Pagefind's UI on the Search page."""
    return [STYLE], [INIT_SCRIPT]


def searched_glob(urls: Iterable[str]) -> str:
    """The files Pagefind reads: the folders of the searched pages ("briefings/", "actors/",
    "about/"), not the listings it would parse and then skip.  Measured on 5,000 briefings:
    Pagefind's peak 676 MB instead of 790 MB, for a byte-identical bundle."""
    tops = sorted({url.split("/", 1)[0] for url in urls})
    parts = [f"{top}/**/*.html" if top and not top.endswith(".html") else (top or "index.html")
             for top in tops]
    return "{" + ",".join(parts) + "}" if parts else "**/*.html"


def index_site(site_dir: Path, glob: str = "**/*.html") -> None:
    """Write the Pagefind bundle into ``site_dir/pagefind``."""
    try:
        import pagefind  # noqa: F401
    except ImportError:
        raise PagefindMissing("pagefind: true needs the pagefind package: "
                              "pip install 'pagefind[bin]'") from None
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE,
           "--glob", glob,
           "--root-selector", ROOT_SELECTOR, "--exclude-selectors", "[data-search-exclude]",
           # the headings' permalink signs (¶) would show in every result title, and
           # the links to a paragraph ("¶3", class "ref") in every excerpt
           "--exclude-selectors", ".headerlink", "--exclude-selectors", ".ref", "--silent"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        why = done.stderr.strip() or done.stdout.strip()
        raise RuntimeError(f"pagefind failed ({done.returncode}): {why}")
