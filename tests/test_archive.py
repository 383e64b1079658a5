"""The archive index, its pages, feeds and JSON API, on briefings written here.

No spaCy: the briefings are built by hand, so each test states exactly what
the archive should make of them.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import random
import re
import xml.etree.ElementTree as ET

import pytest

from generator.archive import briefing_context, build_archive, publish
from generator.archive.pages import PER_PAGE, Pager, paginate, rel
from generator.build import DEFAULT_TEMPLATES, sort_newest_first
from generator.model import Actor, Article, Briefing, Paragraph, Quote, Role, Sentence, TimelineEntry
from generator.render import Renderer

ATOM = "{http://www.w3.org/2005/Atom}"


def article(slug: str, date: str | None, paragraphs: list[str], **kw) -> Article:
    body, paras, start = "", [], 0
    for i, text in enumerate(paragraphs, 1):
        body += text + "\n\n"
        paras.append(Paragraph(i, start, start + len(text)))
        start = len(body)
    title = kw.pop("title", slug.replace("-", " ").title())
    return Article(source_path=f"{slug}.md", slug=slug, title=title, body=body, paragraphs=tuple(paras),
                   date=dt.date.fromisoformat(date) if date else None, **kw)


def actor(a: Article, actor_id: str, name: str, kind: str = "person", roles=()) -> Actor:
    """An actor with a span on each paragraph that names it."""
    spans = tuple((p.start + a.body[p.start:p.end].index(name), p.start + a.body[p.start:p.end].index(name)
                   + len(name)) for p in a.paragraphs if name in a.body[p.start:p.end])
    return Actor(id=actor_id, name=name, kind=kind, role=None, spans=spans,
                 roles=tuple(Role(text, par) for text, par in roles))


def briefing(a: Article, actors=(), timeline=(), quotes=()) -> Briefing:
    gist = Sentence(a.paragraph_text(1), 1, a.paragraphs[0].start, a.paragraphs[0].end)
    return Briefing(article=a, gist=gist, summary=(gist,), actors=tuple(actors), timeline=tuple(timeline),
                    quotes=tuple(quotes))


@pytest.fixture
def three() -> list[Briefing]:
    a1 = article("harbour-bridge", "2021-03-04", ["Mayor Jane Doyle opened the bridge.",
                                                   "Jane Doyle said the Council met on 21 October 2020."],
                 tags=("Transport",))
    a2 = article("budget-vote", "2021-05-10", ["Jane Doyle and the Council passed the budget.",
                                                "Jane Doyle said the vote was in March 2021."],
                 tags=("transport", "money"))
    a3 = article("storm-ports", None, ["A storm hit Lisbon.", "Ports reopened on October 21."])
    b1 = briefing(a1, [actor(a1, "person:jane-doyle", "Jane Doyle", roles=[("mayor", 1)]),
                       actor(a1, "org:council", "Council", "organization")],
                  [TimelineEntry("2020-10-21", "21 October 2020", "the Council met", 2)],
                  [Quote("We are proud", "person:jane-doyle", 2)])
    b2 = briefing(a2, [actor(a2, "person:jane-doyle", "Jane Doyle"),
                       actor(a2, "org:council", "Council", "organization")],
                  [TimelineEntry("2021-03", "March 2021", "the vote", 2),
                   TimelineEntry("2022", "next year", "the next vote", 2, future=True)])
    b3 = briefing(a3, [actor(a3, "place:lisbon", "Lisbon", "place")],
                  [TimelineEntry("XXXX-10-21", "October 21", "ports reopened", 2)])
    return sort_newest_first([b3, b1, b2])


def test_actors_join_across_briefings_newest_first(three):
    archive = build_archive(three)
    doyle = archive.actors["person:jane-doyle"]
    assert [m.briefing.article.slug for m in doyle.mentions] == ["budget-vote", "harbour-bridge"]
    assert dict(doyle.co_actors) == {"org:council": 2}
    assert [q.text for q, _ in doyle.quotes] == ["We are proud"]
    assert archive.ranked_actors[0] in ("person:jane-doyle", "org:council")
    assert archive.ranked_actors[-1] == "place:lisbon"
    assert [p.id for p in archive.places()] == ["place:lisbon"]
    # actor ids hold ':'; their pages are slugs
    assert all(re.fullmatch(r"[a-z0-9-]+", a.page) for a in archive.actors.values())


def test_actor_timeline_holds_events_told_where_the_actor_is_named(three):
    archive = build_archive(three)
    doyle = [e.entry.value for e in archive.actors["person:jane-doyle"].events]
    assert doyle == ["2020-10-21", "2021-03", "2022"]  # chronological, across briefings
    assert archive.actors["place:lisbon"].events == ()  # its only date has no year


def test_merged_timeline_is_chronological_and_skips_yearless_values(three):
    archive = build_archive(three)
    assert [e.entry.value for e in archive.events] == ["2020-10-21", "2021-03", "2022"]
    assert [(e.year, e.month) for e in archive.events] == [("2020", "10"), ("2021", "03"), ("2022", "")]


def test_browsing_groups_by_year_month_and_tag(three):
    archive = build_archive(three)
    assert [g.key for g in archive.years] == ["2021"]
    assert [(g.key, len(g.briefings)) for g in archive.months] == [("2021/05", 1), ("2021/03", 1)]
    # "Transport" and "transport" are one tag, listed first as the most used
    assert [(g.page, len(g.briefings)) for g in archive.tags] == [("transport", 2), ("money", 1)]


def test_related_prefers_shared_actors(three):
    archive = build_archive(three)
    assert [b.article.slug for b in archive.related["budget-vote"]] == ["harbour-bridge"]
    assert archive.related["storm-ports"] == ()


def test_pager_paths_and_links():
    p = Pager(7, 20, "archive/index")
    assert p.path(1) == "archive/index.md" and p.path(3) == "archive/page-3.md"
    assert Pager(1, 2, "tags/money").path(2) == "tags/money/page-2.md"
    assert p.links() == [1, None, 4, 5, 6, 7, 8, 9, 10, None, 20]
    pages = list(paginate(list(range(101)), "actors/x", 50))
    assert [len(items) for _, items in pages] == [50, 50, 1]
    assert [pg.total for pg, _ in pages] == [3, 3, 3]


def test_rel_links_between_pages_and_refuses_anything_else():
    assert rel("briefings/a.md", "actors/x/page-2.md") == "../../briefings/a.md"
    assert rel("actors/b.md", "index.md") == "actors/b.md"
    for bad in ("../etc/passwd", "a b.md", "javascript:alert(1)", "/abs.md"):
        with pytest.raises(ValueError):
            rel(bad, "index.md")


def many(n: int) -> list[Briefing]:
    """``n`` briefings over two years, all naming one actor."""
    out = []
    for i in range(n):
        date = dt.date(2020, 1, 1) + dt.timedelta(days=5 * i)
        a = article(f"story-{i:04d}", date.isoformat(), [f"Jane Doyle spoke, story {i}."], tags=("city",))
        out.append(briefing(a, [actor(a, "person:jane-doyle", "Jane Doyle")],
                            [TimelineEntry(date.isoformat(), "today", f"event {i}", 1)]))
    return sort_newest_first(out)


@pytest.fixture(scope="module")
def big_site():
    return publish(many(130), Renderer(DEFAULT_TEMPLATES), prefix="briefings", site_url="https://u.github.io/r/")


def test_listings_are_paginated(big_site):
    pages = big_site.pages
    assert {"archive/index.md", "archive/page-2.md", "archive/page-3.md"} <= set(pages)
    assert "archive/page-4.md" not in pages
    assert {"actors/person-jane-doyle.md", "actors/person-jane-doyle/page-3.md", "tags/city/page-3.md"} \
        <= set(pages)
    assert "[Older →](page-3.md)" in pages["archive/page-2.md"]
    assert "[← Newer](../person-jane-doyle.md)" in pages["actors/person-jane-doyle/page-2.md"]
    # no page lists more briefings than a page holds
    for path, md in pages.items():
        assert md.count("\n- **[") <= PER_PAGE, path
    # the home page shows a fixed number, not the archive
    assert pages["index.md"].count("\n- **[") < 20


def test_every_generated_link_reaches_a_generated_page(big_site, three):
    """Relative .md links resolve to pages that exist (mkdocs --strict checks it too)."""
    renderer = Renderer(DEFAULT_TEMPLATES)
    site = publish(three, renderer, prefix="briefings")
    for s in (site, big_site):
        known = set(s.pages) | {f"briefings/{b.article.slug}.md" for b in s.archive.briefings} | set(s.files)
        for path, md in s.pages.items():
            for target in re.findall(r"\]\(([^)#\s]+\.(?:md|xml|json))(?:#p\d+)?\)", md):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
                assert resolved in known, f"{path} links to missing {target}"


def test_timeline_is_split_by_year_and_links_paragraphs(big_site):
    pages = big_site.pages
    years = sorted(p for p in pages if re.fullmatch(r"timeline/\d{4}\.md", p))
    assert years == ["timeline/2020.md", "timeline/2021.md"]
    assert "[Story 0000 ¶1](../briefings/story-0000.md#p1)" in pages["timeline/2020.md"]
    assert pages["timeline/2020.md"].index("January 2020") < pages["timeline/2020.md"].index("December 2020")


def test_atom_feed_parses_and_escapes(three):
    hostile = article("evil", "2021-06-01", ["<script>alert(1)</script> & \x07bell \"quoted\""],
                      title="<b>Bold</b> & \x00 null")
    site = publish(sort_newest_first([*three, briefing(hostile)]), Renderer(DEFAULT_TEMPLATES),
                   prefix="briefings", site_url="https://user.github.io/repo")
    root = ET.fromstring(site.files["feed.xml"])
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries][:2] == ["<b>Bold</b> &  null", "Budget Vote"]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href") == "https://user.github.io/repo/briefings/evil/"
    assert first.findtext(f"{ATOM}updated") == "2021-06-01T00:00:00Z"
    content = first.findtext(f"{ATOM}content")
    assert "&lt;script&gt;" in content and "<script>" not in content  # escaped HTML inside the XML
    assert b"<script>" not in site.files["feed.xml"]


def test_json_feed_parses(three):
    site = publish(three, Renderer(DEFAULT_TEMPLATES), prefix="briefings", site_url="https://u.github.io/r/")
    feed = json.loads(site.files["feed.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://u.github.io/r/feed.json"
    assert [i["url"] for i in feed["items"]][0] == "https://u.github.io/r/briefings/budget-vote/"
    assert "date_published" not in feed["items"][-1]  # the undated article has no invented date


def test_json_api_matches_the_contract(three):
    site = publish(three, Renderer(DEFAULT_TEMPLATES), prefix="briefings")
    index = json.loads(site.files["api/index.json"])
    assert [b["slug"] for b in index["briefings"]] == [b.article.slug for b in three]
    for entry in index["briefings"] + index["actors"]:
        assert entry["api"] in site.files
    one = json.loads(site.files["api/briefings/budget-vote.json"])
    contract = three[0].to_dict()
    assert {k: one[k] for k in contract} == json.loads(json.dumps(contract))
    assert one["links"]["related"] == ["harbour-bridge"]
    doyle = json.loads(site.files[one["links"]["actors"]["person:jane-doyle"]])
    assert [b["slug"] for b in doyle["briefings"]] == ["budget-vote", "harbour-bridge"]
    assert doyle["appears_with"][0]["id"] == "org:council"
    assert doyle["roles"] == [{"text": "mayor", "paragraph": 1, "briefing": "harbour-bridge",
                               "date": "2021-03-04"}]


def test_output_is_deterministic_whatever_the_input_order(three):
    def everything(briefings):
        site = publish(sort_newest_first(briefings), Renderer(DEFAULT_TEMPLATES), prefix="briefings")
        return site.pages, site.files

    first = everything(three)
    shuffled = list(three)
    random.Random(4).shuffle(shuffled)
    assert everything(shuffled) == first


def test_hostile_names_never_become_markup():
    a = article("x", "2021-01-01", ['<img src=x onerror=alert(1)> met "Bob" & [link](javascript:x)'])
    evil = Actor(id="person:<img>", name="<img src=x onerror=alert(1)>", kind="person", role=None,
                 spans=((0, 5),))
    bob = Actor(id="person:bob", name="Bob", kind="person", role=None, spans=((36, 39),))
    b = briefing(a, [evil, bob], [TimelineEntry("2020", "2020", "<svg onload=alert(1)>", 1)])
    renderer = Renderer(DEFAULT_TEMPLATES)
    site = publish([b], renderer, prefix="briefings")
    page = renderer.briefing(b, max_actors=8, **briefing_context(site.archive, b))
    for text in [page, *site.pages.values()]:
        body = text.split("\n---\n", 1)[1]  # after the front matter (YAML strings, not Markdown)
        assert "<img src=x" not in body and "<svg onload" not in body
        assert "](javascript:" not in body
    graph = site.pages["actors/person-bob.md"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in graph or "&#60;img" in graph


def test_charts_are_drawn_where_there_are_dates(three):
    renderer = Renderer(DEFAULT_TEMPLATES)
    site = publish(three, renderer, prefix="briefings")
    doyle = site.pages["actors/person-jane-doyle.md"]
    assert doyle.count('<figure class="chart chart-timeline"') == 1
    assert doyle.count('<figure class="chart chart-graph"') == 1
    assert "<title>Council: 2 briefings together</title>" in doyle  # the neighbour, with the count
    lisbon = site.pages["actors/place-lisbon.md"]
    assert "chart-timeline" not in lisbon  # no dated event: no empty chart
    ctx = briefing_context(site.archive, three[0])
    assert "chart-future" in ctx["timeline_chart"]  # the planned 2022 vote is drawn hollow


def test_demo_topics_count_as_tags_and_a_taken_folder_is_refused(three):
    a = article("topical", "2021-07-01", ["Text."], tags=("Budget",), extra=(("topics", ["courts_law", 3]),))
    archive = build_archive([briefing(a)])
    assert sorted(g.page for g in archive.tags) == ["budget", "courts-law"]  # the number is not a tag
    with pytest.raises(ValueError, match="taken"):
        publish(three, Renderer(DEFAULT_TEMPLATES), prefix="actors")


def test_actor_page_min_briefings_skips_rare_actors_and_every_link_to_them(three):
    renderer = Renderer(DEFAULT_TEMPLATES)
    every = publish(three, renderer, prefix="briefings")
    assert "actors/place-lisbon.md" in every.pages  # default: a page for every actor
    site = publish(three, renderer, prefix="briefings", actor_page_min=2)
    assert {"actors/person-jane-doyle.md", "actors/org-council.md"} <= set(site.pages)
    assert not any("lisbon" in p for p in site.pages) and not any("lisbon" in f for f in site.files)
    assert set(site.archive.actor_pages) == {"person:jane-doyle", "org:council"}
    assert [a["id"] for a in json.loads(site.files["api/index.json"])["actors"]] \
        == list(site.archive.ranked_actors)
    pages = dict(site.pages)
    for b in site.archive.briefings:
        pages[f"briefings/{b.article.slug}.md"] = renderer.briefing(b, max_actors=8,
                                                                   **briefing_context(site.archive, b))
    storm = pages["briefings/storm-ports.md"]
    assert "Lisbon" in storm and "actors/" not in storm  # named, not linked
    assert "../actors/person-jane-doyle.md" in pages["briefings/harbour-bridge.md"]
    for path, md in pages.items():  # no link anywhere leads to a page that was not made
        for target in re.findall(r"\]\(([^)#\s]+\.md)(?:#p\d+)?\)", md):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages, f"{path} links to missing {target}"
    briefing_api = json.loads(site.files["api/briefings/storm-ports.json"])
    assert briefing_api["links"]["actors"] == {}
