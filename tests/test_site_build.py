"""The plugin inside a real ``mkdocs build`` of a temporary project, and the CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ARTICLE_MD = """---
title: Council approves new harbour bridge
date: 2021-03-04
source: Example Times
url: https://example.org/bridge
tags: [transport]
attribution: Example Times staff
---
The city council of Portsmouth approved a new harbour bridge on Tuesday, the mayor, Jane Doyle, said.

Doyle said the bridge would open in 2023. "It is a great day for the city," she said.
"""

ARTICLE_TXT = """Storm Closes Ports Along The Coast

LISBON -- A storm closed three ports in Portugal on Monday, the national weather agency said.

Ships were told to stay at sea until the wind drops.
"""


def make_project(tmp_path: Path) -> Path:
    """A project that inherits the repository's mkdocs.yml but has its own seeds and docs."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bridge.md").write_text(ARTICLE_MD, encoding="utf-8")
    (tmp_path / "seeds" / "storm.txt").write_text(ARTICLE_TXT, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "about.md").write_text("# About\n\nHand-written.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        "docs_dir: docs\nsite_dir: site\nextra_css: []\n"
        "nav:\n  - Briefings: index.md\n  - About: about.md\n"
        "plugins:\n  - search\n  - briefings:\n      seeds: seeds\n"
        f"      templates: {ROOT / 'site_templates'}\n",
        encoding="utf-8",
    )
    return tmp_path


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
        capture_output=True, text=True, cwd=project,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("project"))
    run = mkdocs_build(project)
    assert run.returncode == 0, run.stderr
    return project


def test_mkdocs_build_adds_a_page_per_article(built):
    site = built / "site"
    bridge = (site / "briefings" / "council-approves-new-harbour-bridge" / "index.html").read_text()
    storm = (site / "briefings" / "storm-closes-ports-along-the-coast" / "index.html").read_text()
    assert "Council approves new harbour bridge" in bridge
    assert 'id="p2"' in bridge  # numbered paragraph anchors
    assert "Example Times staff" in bridge  # the credit line
    assert "Lisbon" in storm and "Undated" in storm


def test_home_lists_every_briefing_newest_first(built):
    home = (built / "site" / "index.html").read_text()
    bridge = home.find("Council approves new harbour bridge")
    storm = home.find("Storm Closes Ports")
    assert bridge != -1 and storm != -1
    assert bridge < storm  # dated before undated


def test_generated_pages_are_not_written_into_docs(built):
    assert sorted(p.name for p in (built / "docs").rglob("*")) == ["about.md"]


def test_every_page_links_the_feeds_in_its_head(built):
    site = built / "site"
    pages = sorted(site.rglob("index.html"))
    assert len(pages) >= 3
    for page in pages:
        html = page.read_text()
        head = html[: html.index("</head>")]
        feeds = r'<link rel="alternate" type="application/(?:atom\+xml|feed\+json)"[^>]* href="([^"]+)"'
        hrefs = re.findall(feeds, head)
        assert len(hrefs) == 2, page
        for href in hrefs:  # no site_url here: relative, and each leads to the feed file
            assert (page.parent / href).resolve().is_file(), (page, href)


def test_search_index_holds_the_briefings(built):
    index = json.loads((built / "site" / "search" / "search_index.json").read_text())
    titles = {doc["title"] for doc in index["docs"]}
    assert "Council approves new harbour bridge" in titles


def test_collision_with_a_hand_written_page_is_an_error(tmp_path):
    project = make_project(tmp_path)
    clash = project / "docs" / "briefings" / "council-approves-new-harbour-bridge.md"
    clash.parent.mkdir()
    clash.write_text("# Mine\n", encoding="utf-8")
    run = mkdocs_build(project)
    assert run.returncode != 0
    assert "briefings/council-approves-new-harbour-bridge.md" in run.stderr
    assert str(clash) in run.stderr
    assert clash.read_text() == "# Mine\n"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd)


def tree(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_cli_build_is_deterministic(tmp_path):
    project = make_project(tmp_path)
    for out in ("out1", "out2"):
        run = cli("build", "--seeds", "seeds", "--out", out, "--templates", str(ROOT / "site_templates"),
                  cwd=project)
        assert run.returncode == 0, run.stderr
    first, second = tree(project / "out1"), tree(project / "out2")
    assert Path("briefings/council-approves-new-harbour-bridge.md") in first
    assert first == second


def test_cli_build_site_url_and_actor_page_min_briefings(tmp_path):
    project = make_project(tmp_path)
    site_url = "https://user.github.io/repo/"
    published_args = ("--site-url", site_url, "--actor-page-min-briefings", "2")
    for out, extra in (("plain", ()), ("published", published_args)):
        run = cli("build", "--seeds", "seeds", "--out", out, "--templates", str(ROOT / "site_templates"),
                  *extra, cwd=project)
        assert run.returncode == 0, run.stderr
    published = json.loads((project / "published" / "feed.json").read_text())
    assert published["feed_url"] == site_url + "feed.json"
    assert all(item["url"].startswith(site_url + "briefings/") for item in published["items"])
    assert f'href="{site_url}feed.xml"' in (project / "published" / "feed.xml").read_text()
    plain = json.loads((project / "plain" / "feed.json").read_text())
    assert not any(site_url in item["url"] for item in plain["items"])
    # The two articles share no actor: with --actor-page-min-briefings 2 none gets a
    # page, and the briefings link none; by default each actor has one.
    assert list((project / "plain" / "actors").glob("*-*.md"))
    assert not list((project / "published" / "actors").glob("*-*.md"))
    for page in (project / "published" / "briefings").glob("*.md"):
        assert "../actors/" not in page.read_text(), page


def test_cli_analyze_prints_the_contract(tmp_path):
    project = make_project(tmp_path)
    run = cli("analyze", "seeds/bridge.md", "seeds/storm.txt", "--date", "2021-01-01", cwd=project)
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [d["source_path"] for d in lines] == ["seeds/bridge.md", "seeds/storm.txt"]
    bridge, storm = lines
    assert bridge["date"] == "2021-03-04"  # --date only fills a missing date
    assert storm["date"] == "2021-01-01"
    for d in lines:
        body = d["body"]
        keys = ("slug", "title", "paragraphs", "gist", "summary", "actors", "quotes", "timexes", "timeline")
        assert set(keys) <= set(d)
        for p in d["paragraphs"]:
            assert body[p["start"] : p["end"]].strip() == body[p["start"] : p["end"]]
        for actor in d["actors"]:
            assert actor["kind"] in ("person", "organization", "place")
            for start, end in actor["spans"]:
                assert 0 <= start < end <= len(body)
        for t in d["timexes"]:
            assert body[t["start"] : t["end"]] == t["text"]
        for s in d["summary"]:
            assert 1 <= s["paragraph"] <= len(d["paragraphs"])
    names = {a["name"] for a in bridge["actors"]}
    assert "Jane Doyle" in names
    assert any(a["kind"] == "place" and a["name"] == "Portugal" for a in storm["actors"])


def test_cli_analyze_reports_a_bad_file_and_goes_on(tmp_path):
    project = make_project(tmp_path)
    (project / "seeds" / "bad.md").write_text("---\ntitle: [oops\n---\nx\n", encoding="utf-8")
    run = cli("analyze", "seeds/bad.md", "seeds/storm.txt", cwd=project)
    assert run.returncode == 0
    assert "seeds/bad.md" in run.stderr
    assert len(run.stdout.splitlines()) == 1


def test_a_failing_analysis_step_costs_only_that_part(tmp_path, monkeypatch):
    """A bug in one analysis step leaves the article's page (and the others) standing."""
    import generator.analysis as analysis
    from generator.build import BuildOptions, build

    project = make_project(tmp_path)

    def broken(parsed, dct):
        if "Lisbon" in parsed.article.source_path or parsed.article.dateline == "Lisbon":
            raise KeyError("season")
        return ()

    monkeypatch.setattr(analysis, "find_timexes", broken)
    result = build(BuildOptions(seeds=project / "seeds", templates=ROOT / "site_templates"))
    assert len(result.briefings) == 2
    storm = next(b for b in result.briefings if b.article.dateline == "Lisbon")
    assert storm.errors and storm.errors[0].startswith("timex: KeyError")
    assert storm.actors  # the other steps still ran
    page = result.pages["briefings/storm-closes-ports-along-the-coast.md"]
    assert "could not be computed" in page and "timex" in page
    assert [p.path for p in result.problems] == ["storm.txt"]
    with pytest.raises(Exception, match="strict"):
        build(BuildOptions(seeds=project / "seeds", templates=ROOT / "site_templates", strict=True))


def test_a_failed_build_leaves_the_previous_site_whole(tmp_path):
    """MkDocs writes every page before --strict aborts: the old site must stay."""
    project = make_project(tmp_path)
    assert mkdocs_build(project).returncode == 0
    before = tree(project / "site")
    (project / "docs" / "about.md").write_text("# About\n\n[broken](missing.md)\n", encoding="utf-8")
    run = mkdocs_build(project)
    assert run.returncode != 0 and "missing.md" in run.stderr
    assert tree(project / "site") == before
    # once fixed, the next build publishes and leaves nothing behind
    (project / "docs" / "about.md").write_text("# About\n\nFixed.\n", encoding="utf-8")
    assert mkdocs_build(project).returncode == 0
    assert "Fixed." in (project / "site" / "about" / "index.html").read_text()
    assert sorted(p.name for p in project.iterdir() if p.name.startswith("site")) == ["site"]


def test_a_build_killed_between_the_two_renames_gets_the_old_site_back(tmp_path):
    from generator.mkdocs_plugin.publish import StagedSite

    staged = StagedSite(tmp_path / "site")
    staged.old.mkdir()
    (staged.old / "index.html").write_text("previous", encoding="utf-8")
    staged.staging.mkdir()  # half-written new site
    staged.recover()
    assert (tmp_path / "site" / "index.html").read_text() == "previous"
    assert not staged.old.exists()


def test_cli_analyze_links_actor_ids_across_the_files_given(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Talks\ndate: 2020-01-02\n---\n"
        "German Chancellor Angela Merkel met the French president in Paris on Monday.\n",
        encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "---\ntitle: Visit\ndate: 2020-01-03\n---\nOn Tuesday, Merkel said the talks had gone well.\n",
        encoding="utf-8")
    run = cli("analyze", "a.md", "b.md", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    a, b = (json.loads(line) for line in run.stdout.splitlines())
    full = next(x["id"] for x in a["actors"] if x["name"] == "Angela Merkel")
    bare = next(x["id"] for x in b["actors"] if x["kind"] == "person")
    assert full == bare == "person:angela-merkel"  # alone, b's would be person:merkel
