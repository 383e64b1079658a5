"""Feed autodiscovery: every page's ``<head>`` names the Atom and JSON feeds.

Added by the plugin to the HTML MkDocs writes, rather than by a theme override
(``custom_dir`` + ``main.html``): every site that uses the plugin gets it, with
any theme, and a project inheriting this ``mkdocs.yml`` needs no folder of ours.
Links are absolute when ``site_url`` is set (a published site; the 404 page is
served at any depth), otherwise relative to the page, which also holds under a
GitHub Pages project path.
"""

from __future__ import annotations

from html import escape

from mkdocs.utils import get_relative_url

FEEDS = (("feed.xml", "application/atom+xml", "Atom"), ("feed.json", "application/feed+json", "JSON Feed"))


def feed_links(page_url: str, site_url: str, site_name: str) -> str:
    """The ``<link rel="alternate">`` tags for a page at ``page_url`` (MkDocs' page.url)."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    tags = []
    for path, kind, label in FEEDS:
        href = base + path if base else get_relative_url(path, page_url or ".")
        title = f"{site_name} ({label})" if site_name else label
        tags.append(f'<link rel="alternate" type="{kind}" title="{escape(title)}" href="{escape(href)}">')
    return "\n".join(tags) + "\n"


def add_feed_links(html: str, page_url: str, site_url: str, site_name: str) -> str:
    """``html`` with the feed links just before ``</head>`` (unchanged without one)."""
    at = html.find("</head>")
    if at < 0:
        return html
    return html[:at] + feed_links(page_url, site_url, site_name) + html[at:]
