"""``pagefind: true``: a real ``mkdocs build`` writes a Pagefind bundle of the
page content and a Search page that loads it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pagefind")

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """---
title: Ferry service resumes after the harbour strike
date: 2022-05-06
---
Ferries between Tallinn and Helsinki sailed again on Friday, the operator said.

The strike by harbour workers had lasted nine days.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("pagefind")
    (project / "seeds").mkdir()
    (project / "seeds" / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    (project / "docs").mkdir()
    (project / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n"
        "markdown_extensions: [admonition, tables, attr_list, md_in_html, toc]\n"
        "plugins:\n  - briefings:\n      seeds: seeds\n"
        f"      templates: {ROOT / 'site_templates'}\n      cache: false\n      pagefind: true\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml")],
                          capture_output=True, text=True, cwd=project)
    assert done.returncode == 0, done.stderr
    return project / "site"


def test_the_bundle_indexes_the_content_pages(site):
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    with_content = [p for p in site.rglob("*.html")
                    if "pagefind" not in p.parts and 'class="md-content__inner' in p.read_text()]
    assert 1 <= pages <= len(with_content)
    assert list((site / "pagefind" / "index").iterdir())


def test_the_search_page_loads_pagefind(site):
    html = (site / "search" / "index.html").read_text()
    assert 'id="pagefind-search"' in html
    assert "briefings-pagefind.js" in html
    script = (site / "assets" / "briefings-pagefind.js").read_text()
    assert "PagefindUI" in script and "pagefind/pagefind-ui.js" in script
    assert (site / "pagefind" / "pagefind-ui.js").is_file()


def test_every_page_has_the_header_search_but_not_pagefinds_ui(site):
    pages = [p for p in site.rglob("index.html") if "pagefind" not in p.parts]
    assert len(pages) >= 3
    for page in pages:
        html = page.read_text()
        assert "briefings-pagefind.js" in html and "briefings-pagefind.css" in html, page
        assert "pagefind-ui.js" not in html, page  # loaded by the Search page's script only
