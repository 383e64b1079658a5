"""The archive as readers use it: pages, pictures, feeds and a JSON API
built from all briefings together (see ``model`` for the index itself)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.archive import api, charts, feeds
from generator.archive.model import Archive, build_archive, events_of
from generator.archive.pages import ArchivePages
from generator.model import Briefing
from generator.render import Renderer

__all__ = ["Archive", "Site", "briefing_context", "build_archive", "publish"]

SITE_TITLE = "Briefings"


@dataclass
class Site:
    archive: Archive
    pages: dict[str, str] = field(default_factory=dict)  # site path → Markdown
    files: dict[str, bytes] = field(default_factory=dict)  # feeds, JSON


def publish(briefings: list[Briefing], renderer: Renderer, *, prefix: str, site_url: str = "",
            actor_page_min: int = 1) -> Site:
    """Every archive page, feed and API file of ``briefings`` (newest first)."""
    site = Site(build_archive(briefings, actor_page_min=actor_page_min))
    site.pages.update(ArchivePages(site.archive, renderer, prefix).render_all())
    base = site_url.rstrip("/") + "/" if site_url else ""

    def link_of(b: Briefing) -> str:
        return f"{prefix}/{b.article.slug}/"

    site.files["feed.xml"] = feeds.atom(site.archive.briefings, title=SITE_TITLE, base=base, link_of=link_of)
    site.files["feed.json"] = feeds.json_feed(site.archive.briefings, title=SITE_TITLE, base=base,
                                              link_of=link_of)
    site.files.update(api.files(site.archive, prefix))
    return site


def briefing_context(archive: Archive, briefing: Briefing) -> dict[str, Any]:
    """What a briefing page shows of the archive: actor links, related briefings, a chart."""
    return {
        "actor_pages": archive.actor_pages,
        "related": archive.related.get(briefing.article.slug, ()),
        "timeline_chart": charts.timeline_chart(events_of(briefing), "This briefing"),
    }
