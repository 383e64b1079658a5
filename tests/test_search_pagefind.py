"""``pagefind: true``: a real ``mkdocs build`` writes a Pagefind bundle of the
page content and a Search page that loads it."""

from __future__ import annotations

import gzip
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


def test_the_bundle_indexes_the_searched_pages_only(site):
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    html = {p: p.read_text() for p in site.rglob("*.html") if "pagefind" not in p.parts}
    marked = [p for p, text in html.items() if "data-pagefind-body" in text]
    assert pages == len(marked) >= 1
    assert list((site / "pagefind" / "index").iterdir())
    # Pages Material's search skips (search: exclude: true) are skipped: the
    # Search page and the listings; briefing pages are searched.
    assert "data-pagefind-body" not in html[site / "search" / "index.html"]
    assert "data-pagefind-body" not in html[site / "index.html"]  # the home page lists briefings
    assert any(p.parent.parent.name == "briefings" for p in marked)


def test_a_briefings_full_text_is_left_out_as_material_leaves_it_out(site):
    page = next(site.glob("briefings/*/index.html")).read_text()
    full_text = page.index('id="full-text"')
    heading = page.rindex("<h2", 0, full_text)
    assert "data-pagefind-ignore" in page[heading:full_text]
    # The paragraphs of the full text are ignored too, the summary above them is not.
    assert 'data-pagefind-ignore' in page[full_text:page.index("</article>")]
    summary = page.index('id="summary"')
    first_excluded = page.index("<h2 data-pagefind-ignore")  # the timeline's, above the full text
    above = page[page.rindex("<h2", 0, summary):first_excluded]
    # From the summary to there only what Material skips too is ignored.
    assert above.count("data-pagefind-ignore") == above.count("data-search-exclude")
    assert "data-pagefind-ignore" not in above.split(">", 1)[0]  # the Summary heading


def fragments(site):
    """The records Pagefind wrote: gzip'd JSON after a short signature."""
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes())
        yield json.loads(raw[raw.index(b"{"):])


def test_a_briefing_is_indexed_by_what_a_reader_searches(site):
    briefings = [f for f in fragments(site) if f["url"].startswith("/briefings/")]
    assert briefings
    for record in briefings:
        headings = {a["id"] for a in record["anchors"] if a["element"] == "h2"}
        # Summary and actors are indexed; the timeline repeats the text's own
        # sentences and is left out, with the full text.
        assert {"summary", "key-actors"} <= headings
        assert not headings & {"timeline", "full-text"}
        assert "¶" not in record["content"]  # the paragraph links are not excerpt text


@pytest.mark.parametrize("html, ignored, kept", [
    ('<h2 id="a">Summary</h2>\n<p>kept</p>\n<h2 data-search-exclude id="b">Full</h2>\n<ol><li>x</li></ol>\n'
     '<h3>Sub</h3>\n<p>also</p>\n<h2 id="c">After</h2>\n<p>kept too</p>',
     ["<h2 data-pagefind-ignore data-search-exclude", "<ol data-pagefind-ignore>",
      "<h3 data-pagefind-ignore>", "<p data-pagefind-ignore>also"],
     ['<h2 id="a">', "<p>kept</p>", '<h2 id="c">', "<p>kept too</p>"]),
    ('<p>a<br>b</p>\n<figure class="chart" data-search-exclude><svg><path d="M0"/></svg></figure>\n<p>c</p>',
     ['<figure data-pagefind-ignore class="chart"'], ["<p>a<br>b</p>", "<p>c</p>", "<svg>"]),
    ("<p>nothing excluded</p>", [], ["<p>nothing excluded</p>"]),
])
def test_excluded_sections_are_marked_and_nothing_else(html, ignored, kept):
    from generator.mkdocs_plugin.pagefind import ignore_excluded_sections

    out = ignore_excluded_sections(html)
    assert out.replace(" data-pagefind-ignore", "") == html
    for piece in ignored:
        assert piece in out
    for piece in kept:
        assert piece in out
    assert out.count("data-pagefind-ignore") == len(ignored)


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


def test_pagefind_reads_the_folders_of_searched_pages_only():
    from generator.mkdocs_plugin.pagefind import searched_glob

    glob = searched_glob(["briefings/a/", "briefings/b/", "actors/x/", "about/", "", "notes.html"])
    assert glob == "{index.html,about/**/*.html,actors/**/*.html,briefings/**/*.html,notes.html}"
    assert searched_glob([]) == "**/*.html"  # nothing marked: Pagefind's own default
