"""The hostile corpus through the real build: each case gets its expected outcome,
the other articles are built, and nothing is written, read or run that should not be."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hostile_corpus import SECRET, XSS, run_cli
from page_scan import PageScan, injected_markup, scan

from generator.reader import read_folder
from generator.slugs import assign_slugs


@pytest.fixture(scope="module")
def pages(hostile) -> dict[str, str]:
    """Case file name -> generated Markdown page, for the built cases."""
    articles, _ = read_folder(hostile.seeds)
    return {a.source_path: (hostile.out / "briefings" / f"{a.slug}.md").read_text(encoding="utf-8")
            for a in assign_slugs(articles)}


def test_the_build_succeeds_and_reports_every_skipped_file(hostile):
    assert hostile.returncode == 0, hostile.stderr
    lines = hostile.stderr.splitlines()
    for case in hostile.corpus:
        if case.outcome not in ("skipped", "warning"):
            continue
        where = f"{case.name}:{case.line}:" if case.line else f"{case.name}:"
        kind = "skipped" if case.outcome == "skipped" else "warning"
        hits = [ln for ln in lines if ln.startswith(f"briefings: {kind}: {where}") and case.message in ln]
        assert hits, f"{case.name}: expected a {kind} line with {where!r} and {case.message!r}"
        assert "(" in hits[0] and hits[0].endswith(")"), "every report says what to do"


def test_every_good_article_is_built_and_no_bad_one(hostile, pages):
    built = {c.name for c in hostile.corpus if c.outcome in ("built", "warning")}
    assert set(pages) == built
    manifest = set(json.loads((hostile.out / ".briefings-manifest.json").read_text()))
    briefing_pages = {m for m in manifest if re.fullmatch(r"briefings/[a-z0-9-]+\.md", m)}
    assert len(briefing_pages) == len(built)


def test_titles_survive_encodings_and_line_endings(hostile, pages):
    articles, _ = read_folder(hostile.seeds)
    titles = {a.source_path: a.title for a in articles}
    for case in hostile.corpus:
        if case.title:
            assert titles[case.name] == case.title
    for name, page in pages.items():
        assert "\r" not in page and "\x07" not in page and "\x1b" not in page and "\x00" not in page, name


def test_the_long_title_is_cut_at_a_word(hostile):
    articles, _ = read_folder(hostile.seeds)
    title = next(a.title for a in articles if a.source_path == "long-title.md")
    assert len(title) <= 201 and title.endswith("Council…")


def test_same_titles_get_distinct_pages_and_slugs_stay_in_their_folder(hostile):
    articles = assign_slugs(read_folder(hostile.seeds)[0])
    slugs = {a.source_path: a.slug for a in articles}
    assert slugs["same-title-a.md"] != slugs["same-title-b.md"]
    for name in ("slug-traversal.md", "slug-absolute.md"):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slugs[name]), slugs[name]
        assert (hostile.out / "briefings" / f"{slugs[name]}.md").is_file()


def test_nothing_is_written_outside_the_output_and_no_secret_is_read(hostile):
    assert hostile.before == {k: v for k, v in _snapshot(hostile.root, hostile.out).items()}
    for path in hostile.out.rglob("*"):
        assert path.resolve().is_relative_to(hostile.out.resolve())
        if path.is_file():
            assert SECRET not in path.read_text(encoding="utf-8", errors="replace"), path
            assert not path.name.startswith(".briefings-tmp-")


def _snapshot(root: Path, skip: Path) -> dict[str, float]:
    return {p.relative_to(root).as_posix(): p.lstat().st_mtime for p in sorted(root.rglob("*"))
            if not p.is_relative_to(skip)}


def test_strict_fails_with_every_problem_and_writes_nothing(hostile, tmp_path):
    out = tmp_path / "strict-out"
    proc = run_cli("build", "--seeds", str(hostile.seeds), "--out", str(out), "--strict", "--no-cache",
                   "--workers", "1", cwd=tmp_path)
    assert proc.returncode == 1
    assert "strict mode" in proc.stderr
    for case in hostile.corpus:
        if case.outcome in ("skipped", "warning"):
            assert case.name in proc.stderr, case.name
    assert not out.exists()


# -- the HTML site -------------------------------------------------------------

def _site_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_of_the_site_carries_injected_markup(hostile_site):
    found = {p.relative_to(hostile_site).as_posix(): injected_markup(scan(p))
             for p in _site_pages(hostile_site)}
    assert {k: v for k, v in found.items() if v} == {}


def test_no_generated_file_leaks_the_secret(hostile_site):
    for path in hostile_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".svg", ".txt", ".md"):
            assert SECRET not in path.read_text(encoding="utf-8", errors="replace"), path


def _page(site: Path, slug: str) -> PageScan:
    return scan(site / "briefings" / slug / "index.html")


def _slug(hostile, name: str) -> str:
    return next(a.slug for a in assign_slugs(read_folder(hostile.seeds)[0]) if a.source_path == name)


def test_the_attack_text_is_shown_as_text_not_lost(hostile, hostile_site):
    page = _page(hostile_site, _slug(hostile, "xss.md"))
    for attack in XSS:
        assert attack in page.visible, attack
    # The title is printed raw by the theme in <title>: it must arrive escaped.
    assert page.title.startswith('<script>window.__pwned=1</script> Council <img src=x onerror=')
    assert "<script>window.__pwned=1</script> Council" in page.visible


def test_markdown_jinja_and_directives_stay_text(hostile, hostile_site):
    html = (hostile_site / "briefings" / _slug(hostile, "directives.md") / "index.html").read_text()
    page = scan(hostile_site / "briefings" / _slug(hostile, "directives.md") / "index.html")
    assert "{{ 7*7 }}" in page.visible and "{% include 'base.html' %}" in page.visible
    assert '!!! note "Injected"' in page.visible and "--8<--" in page.visible
    assert "Injected</p>" not in html and "Collapsed</summary>" not in html
    md_page = scan(hostile_site / "briefings" / _slug(hostile, "xss.md") / "index.html")
    assert "[click me](javascript:window.__pwned=1)" in md_page.visible
    assert "**bold**" in md_page.visible and "<!-- a comment that hides text -->" in md_page.visible
    html = (hostile_site / "briefings" / _slug(hostile, "xss.md") / "index.html").read_text()
    assert "<strong>bold</strong>" not in html and "<code>code</code>" not in html


def test_a_quote_in_a_url_does_not_end_the_attribute(hostile, hostile_site):
    page = _page(hostile_site, _slug(hostile, "url-quote.md"))
    links = [a["href"] for t, a in page.tags if t == "a" and "example.org" in a.get("href", "")]
    assert links and all("%22onmouseover=%22" in href for href in links)
    assert not any("onmouseover" in attrs for _, attrs in page.tags)


def test_unicode_is_kept_and_controls_dropped(hostile, hostile_site):
    page = _page(hostile_site, _slug(hostile, "unicode.md"))
    for text in ("\u5317\u4eac\u5e02\u653f\u5e9c", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629", "\U0001f600",
                 "\u05e9\u05dc\u05d5\u05dd"):
        assert text in page.visible
    assert "\x07" not in page.visible and "\x1b" not in page.visible
