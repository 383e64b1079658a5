"""Feeds of the latest briefings: Atom (RFC 4287) and JSON Feed 1.1.

Built with ``xml.etree`` and ``json``, which escape for their formats; text is
also stripped of the control characters XML 1.0 cannot carry at all.  Dates
come from the articles, never from the clock, so the same archive gives the
same bytes.  Links are absolute when ``site_url`` is set (it should be, for a
published site); otherwise relative to the feed, which Atom allows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from html import escape

from generator.model import Briefing

FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EPOCH = dt.date(1970, 1, 1)


def clean(text: object) -> str:
    return _NOT_XML.sub("", str(text or ""))


def _stamp(date: dt.date | None) -> str:
    return f"{(date or _EPOCH).isoformat()}T00:00:00Z"


def _html(b: Briefing) -> str:
    """The feed entry's content: the gist and the summary, as escaped HTML."""
    parts = []
    if b.gist:
        parts.append(f"<p><strong>{escape(clean(b.gist.text))}</strong></p>")
    if b.summary:
        parts.append("<ul>" + "".join(f"<li>{escape(clean(s.text))}</li>" for s in b.summary) + "</ul>")
    return "".join(parts)


def atom(briefings: Sequence[Briefing], *, title: str, base: str, link_of) -> bytes:
    """``link_of(briefing)`` gives the page URL relative to the site root."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    if base:
        feed.set("{http://www.w3.org/XML/1998/namespace}base", base)
    items = list(briefings[:FEED_SIZE])
    _sub(feed, "title", title)
    _sub(feed, "id", (base or "urn:briefings:") + "feed.xml")
    _sub(feed, "updated", _stamp(max((b.article.date for b in items if b.article.date), default=None)))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=base + "feed.xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=base or "./")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _sub(author, "name", title)
    for b in items:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = base + link_of(b)
        _sub(entry, "title", clean(b.article.title))
        _sub(entry, "id", url if base else f"urn:briefings:{b.article.slug}")
        _sub(entry, "updated", _stamp(b.article.date))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=url)
        if b.gist:
            _sub(entry, "summary", clean(b.gist.text))
        content = _sub(entry, "content", _html(b))
        content.set("type", "html")
        for tag in b.article.tags:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=clean(tag))
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _sub(parent: ET.Element, name: str, text: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    el.text = text
    return el


def json_feed(briefings: Sequence[Briefing], *, title: str, base: str, link_of) -> bytes:
    items = []
    for b in briefings[:FEED_SIZE]:
        url = base + link_of(b)
        item = {"id": url if base else b.article.slug, "url": url, "title": b.article.title,
                "content_html": _html(b)}
        if b.gist:
            item["summary"] = b.gist.text
        if b.article.date:
            item["date_published"] = _stamp(b.article.date)
        if b.article.tags:
            item["tags"] = list(b.article.tags)
        items.append(item)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": title,
            "home_page_url": base or "./", "feed_url": base + "feed.json", "items": items}
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
