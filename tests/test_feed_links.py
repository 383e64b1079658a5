"""Feed autodiscovery links in every page's <head> (generator/mkdocs_plugin/head.py)."""

from __future__ import annotations

import posixpath
import re

import pytest

from generator.mkdocs_plugin.head import add_feed_links, feed_links

HREF = re.compile(r'<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)">')


@pytest.mark.parametrize("page_url",
                         ["", "about/", "briefings/a-slug/", "actors/person-x/page/2/", "about.html"])
def test_relative_links_lead_to_the_feeds_at_the_site_root(page_url):
    links = dict(HREF.findall(feed_links(page_url, "", "Briefings")))
    assert set(links) == {"application/atom+xml", "application/feed+json"}
    folder = posixpath.dirname("/project/" + page_url)  # a GitHub Pages project path
    assert posixpath.normpath(posixpath.join(folder, links["application/atom+xml"])) == "/project/feed.xml"
    assert posixpath.normpath(posixpath.join(folder, links["application/feed+json"])) == "/project/feed.json"


@pytest.mark.parametrize("site_url", ["https://user.github.io/repo/", "https://user.github.io/repo"])
def test_with_a_site_url_the_links_are_absolute_from_any_page(site_url):
    for page_url in ("", "briefings/a-slug/", "404.html"):
        links = dict(HREF.findall(feed_links(page_url, site_url, "Briefings")))
        assert links == {"application/atom+xml": "https://user.github.io/repo/feed.xml",
                         "application/feed+json": "https://user.github.io/repo/feed.json"}


def test_the_site_name_is_escaped_and_the_links_go_in_the_head():
    page = "<html><head><title>x</title></head><body></head></body></html>"
    out = add_feed_links(page, "", "", 'A "quoted" <name>')
    head = out[: out.index("</head>")]
    assert head.count('rel="alternate"') == 2
    assert "&quot;quoted&quot; &lt;name&gt;" in head and "<name>" not in out
    assert add_feed_links("<p>no head</p>", "", "", "x") == "<p>no head</p>"
