"""What a reader does on the built site, in a real browser (see conftest.py)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

MAIN_PAGES = ["", "archive/", "actors/", "places/", "tags/", "timeline/"]


def api(site: Path, path: str) -> dict:
    return json.loads((site / path).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample(built_site):
    """A briefing whose key-actors table names a person who is in few briefings,
    and a page of the merged timeline: chosen from the site's own JSON API."""
    index = api(built_site, "api/index.json")
    people = {a["id"]: a for a in index["actors"] if a["kind"] == "person" and 1 <= a["briefings"] <= 3
              and " " in a["name"]}
    for ref in index["briefings"]:
        briefing = api(built_site, ref["api"])
        for actor in briefing["actors"][:8]:  # the ones the page's table shows
            if actor["id"] in people:
                return {"briefing": briefing, "actor": people[actor["id"]]}
    pytest.fail("no briefing names a person with a two-word name")


def expect_heading(page, title: str):
    """Waits for the page's h1 to read ``title``: instant navigation changes the
    URL before it swaps the content."""
    from playwright.sync_api import expect

    expect(page.locator("article h1")).to_have_text(re.compile("^" + re.escape(title) + "¶?$"))


def goto(page, url: str):
    page.goto(url, wait_until="load")
    page.wait_for_selector("article h1")


def briefings_naming(site: Path, word: str) -> list[dict]:
    """Briefings (API refs) of the actors whose name holds ``word``, from the site's JSON API."""
    actors = [a for a in api(site, "api/index.json")["actors"] if word in a["name"]]
    return [b for a in actors for b in api(site, a["api"])["briefings"]]


def search_results(page, wanted: str = "") -> list[str]:
    """The result links Pagefind's UI shows on the Search page; "Load more"
    (five results at a time) until one ends with ``wanted`` or none are left."""
    results = page.locator(".pagefind-ui__result-link")
    results.first.wait_for()
    # The UI draws results one by one as their fragments load: wait for all of the first five
    # (its message says how many match) before reading them or looking for "Load more".
    page.wait_for_function(
        "(() => { const m = document.querySelector('.pagefind-ui__message');"
        " const d = m && m.textContent.match(/^\\s*([0-9][0-9,]*)/);"
        " const n = d ? parseInt(d[1].replace(/,/g, ''), 10) : 0;"
        " return n > 0 && document.querySelectorAll('.pagefind-ui__result').length >= Math.min(n, 5); })()")
    more = page.locator("button.pagefind-ui__button")
    for _ in range(20):
        hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
        if not wanted or any(h.endswith(wanted) for h in hrefs) or not more.is_visible():
            return hrefs
        shown = results.count()
        more.click()
        page.wait_for_function(f"document.querySelectorAll('.pagefind-ui__result-link').length > {shown}")
    return hrefs


def test_search_from_the_header_finds_the_seed_briefing_through_pagefind(page, site_url, built_site):
    expected = briefings_naming(built_site, "Ablyazov")
    assert expected, "the seed briefing names Mukhtar Ablyazov"
    goto(page, site_url + "archive/")
    page.locator("header input.briefings-search__input").fill("Ablyazov")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "search/?q=Ablyazov" in url)
    target = expected[0]
    hrefs = search_results(page, target["page"])
    # Result links are absolute paths under the project path, as Pagefind's baseUrl.
    assert all(h.startswith("/project/") for h in hrefs), hrefs
    link = page.locator(f".pagefind-ui__result-link[href$='{target['page']}']").first
    link.click()
    page.wait_for_url(lambda url: target["page"] in url)
    expect_heading(page, target["title"])
    assert page.console_errors == []
    assert page.external_requests == []


def test_search_finds_a_briefing_by_an_actors_name(page, site_url, sample):
    goto(page, site_url + f"briefings/{sample['briefing']['slug']}/")
    page.keyboard.press("/")  # focuses the header's search field
    page.keyboard.type(sample["actor"]["name"])
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "search/?q=" in url)
    slug = sample["briefing"]["slug"]
    hrefs = search_results(page, f"briefings/{slug}/")
    assert any(f"briefings/{slug}/" in h for h in hrefs), (sample["actor"]["name"], hrefs)


def test_only_the_search_page_loads_pagefind(page, site_url, sample):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    goto(page, site_url + f"briefings/{sample['briefing']['slug']}/")
    page.wait_for_load_state("networkidle")
    assert not any("/pagefind/" in url for url in fetched), fetched
    page.locator("header button.briefings-search__button").click()  # phone or empty field: the page
    page.wait_for_url(lambda url: "search/" in url)
    page.locator("#pagefind-search input").wait_for()
    assert any(url.endswith("/pagefind/pagefind-ui.js") for url in fetched)


def test_from_a_briefing_to_an_actor_page_and_back(page, site_url, sample):
    briefing, actor = sample["briefing"], sample["actor"]
    goto(page, site_url + f"briefings/{briefing['slug']}/")
    page.locator(f"article a[href$='{actor['page'].split('/')[1]}/']").first.click()
    page.wait_for_url(lambda url: actor["page"] in url)  # navigation.tracking may add a #section
    expect_heading(page, actor["name"])
    page.locator(f"article a[href$='briefings/{briefing['slug']}/']").first.click()
    page.wait_for_url(lambda url: f"briefings/{briefing['slug']}/" in url)
    expect_heading(page, briefing["title"])
    page.go_back()
    page.wait_for_url(lambda url: actor["page"] in url)  # navigation.tracking may add a #section
    expect_heading(page, actor["name"])


def test_every_page_announces_its_feeds_under_the_project_path(page, site_url, sample):
    for path in ("", f"briefings/{sample['briefing']['slug']}/", sample["actor"]["page"]):
        goto(page, site_url + path)
        links = page.eval_on_selector_all('head link[rel="alternate"]',
                                          "els => els.map(e => [e.type, e.href])")
        assert dict(links) == {"application/atom+xml": site_url + "feed.xml",
                               "application/feed+json": site_url + "feed.json"}, path
    atom, feed = page.request.get(site_url + "feed.xml"), page.request.get(site_url + "feed.json")
    assert atom.ok and "<feed" in atom.text()
    assert feed.ok and feed.json()["feed_url"] == site_url + "feed.json"


def test_a_timeline_entry_jumps_to_its_paragraph(page, site_url, built_site):
    years = sorted(p.parent.name for p in (built_site / "timeline").glob("[0-9][0-9][0-9][0-9]/index.html"))
    assert years, "the merged timeline has no year page"
    goto(page, site_url + f"timeline/{years[0]}/")
    link = page.locator("article li a[href*='#p']").first
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    link.click()
    page.wait_for_url(f"**#{anchor}")
    paragraph = page.locator(f"#{anchor}")
    paragraph.wait_for()
    assert paragraph.evaluate("el => el.classList.contains('briefing-paragraph')")
    box = paragraph.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"], box  # scrolled into view


@pytest.mark.parametrize("path", MAIN_PAGES)
def test_no_console_errors_and_nothing_from_the_network(page, site_url, path):
    goto(page, site_url + path)
    page.wait_for_load_state("networkidle")
    assert page.console_errors == []
    assert page.external_requests == []


def test_no_console_errors_on_a_briefing_and_an_actor(page, site_url, sample):
    for path in (f"briefings/{sample['briefing']['slug']}/", sample["actor"]["page"]):
        goto(page, site_url + path)
        page.wait_for_load_state("networkidle")
    assert page.console_errors == []
    assert page.external_requests == []


def _serious(results) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
            for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]


def test_axe_finds_no_serious_violations(page, site_url, sample):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    paths = ["", "archive/", "timeline/", f"briefings/{sample['briefing']['slug']}/", sample["actor"]["page"]]
    problems = {}
    for path in paths:
        goto(page, site_url + path)
        found = _serious(axe.run(page))
        if found:
            problems[path or "home"] = found
    assert problems == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations_in_search_results(page, site_url, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page.emulate_media(color_scheme=scheme)  # the palette follows the system's by default
    goto(page, site_url + "search/?q=Ablyazov")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    assert _serious(Axe().run(page)) == []
    titles = page.locator(".pagefind-ui__result-title").all_inner_texts()
    assert titles and not any("¶" in t for t in titles), titles  # no permalink signs


def test_dark_scheme_toggle_and_phone_layout(phone_page, site_url, sample):
    page = phone_page
    goto(page, site_url + sample["actor"]["page"])
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375 + 1, "the page scrolls sideways on a phone"
    # The toggle cycles system → light → dark; dark must come within three clicks.
    schemes = []
    for _ in range(3):
        page.locator("form[data-md-component=palette] label:visible").first.click()
        schemes.append(page.evaluate("document.body.getAttribute('data-md-color-scheme')"))
    assert "slate" in schemes and "default" in schemes, schemes


def test_screenshots(browser, site_url, built_site, sample, tmp_path):
    """Home, a briefing and an actor page; ``SCREENSHOTS_DIR=screenshots`` keeps them for the README."""
    out = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    top_person = next(a for a in api(built_site, "api/index.json")["actors"] if a["kind"] == "person")
    shots = {"home": "", "briefing": f"briefings/{sample['briefing']['slug']}/", "actor": top_person["page"]}
    for name, path in shots.items():
        goto(page, site_url + path)
        page.screenshot(path=str(out / f"{name}.png"))
        assert (out / f"{name}.png").stat().st_size > 10_000  # a rendered page, not a blank one
    context.close()
