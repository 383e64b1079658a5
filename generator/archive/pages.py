"""Which pages the archive has, and what each one shows.

Every listing whose length grows with the archive is paginated (``PER_PAGE``
items a page): page 1 at ``<base>.md``, page n at ``<base>/page-<n>.md`` (for a
``…/index`` base, ``…/page-<n>.md``), so the site's largest page stays the same
size from a hundred briefings to ten thousand.  Links between pages are
relative ``.md`` links, which ``mkdocs build --strict`` checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.archive import charts
from generator.archive.model import Archive, ArchiveActor, Event
from generator.render import MONTHS, Renderer

PER_PAGE = 50  # briefings on a listing page
ACTORS_PER_PAGE = 100  # rows on an actor, place or tag listing
EVENTS_PER_PAGE = 200  # events on a page of the merged timeline
HOME_LATEST = 12
HOME_ACTORS = 15
ACTOR_ROLES = 30  # an actor page's latest roles, quotes and events; the rest are one click away
ACTOR_QUOTES = 10
ACTOR_EVENTS = 60

FOLDERS = ("actors", "api", "archive", "places", "tags", "timeline")  # the archive's own
_PATH = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:/[a-z0-9]+(?:[-_.][a-z0-9]+)*)*")


def rel(target: str, here: str) -> Markup:
    """Relative link from page ``here`` to page ``target``, both site paths we built.

    String work rather than ``posixpath.relpath``, which asks the file system
    for the working directory on every call (a third of the rendering time).
    """
    if not _PATH.fullmatch(target):
        raise ValueError(f"not a generated page path: {target!r}")
    to, start = target.split("/"), here.split("/")[:-1]
    common = 0
    while common < min(len(start), len(to) - 1) and start[common] == to[common]:
        common += 1
    return Markup("/".join([".."] * (len(start) - common) + to[common:]))


@dataclass(frozen=True)
class Pager:
    number: int
    total: int
    base: str

    def path(self, n: int) -> str:
        if n == 1:
            return f"{self.base}.md"
        folder = self.base[: -len("/index")] if self.base.endswith("/index") else self.base
        return f"{folder}/page-{n}.md"

    @property
    def here(self) -> str:
        return self.path(self.number)

    def links(self) -> list[int | None]:
        """Page numbers to show: the first, the last, and three either side (``None`` = gap)."""
        shown = sorted({1, self.total, *range(max(1, self.number - 3), min(self.total, self.number + 3) + 1)})
        out: list[int | None] = []
        for n in shown:
            if out and n - (out[-1] or 0) > 1:
                out.append(None)
            out.append(n)
        return out


def paginate(items: Sequence[Any], base: str, per_page: int) -> Iterator[tuple[Pager, Sequence[Any]]]:
    total = max(1, -(-len(items) // per_page))
    for n in range(1, total + 1):
        yield Pager(n, total, base), items[(n - 1) * per_page : n * per_page]


class ArchivePages:
    """Renders every archive page into ``pages`` (site path → Markdown)."""

    def __init__(self, archive: Archive, renderer: Renderer, prefix: str):
        if prefix in FOLDERS:
            raise ValueError(f"the briefings' folder {prefix!r} is taken by the archive's pages")
        self.archive, self.renderer, self.prefix = archive, renderer, prefix
        self.actor_pages = archive.actor_pages
        renderer.env.filters["rel"] = rel
        renderer.env.globals.update(prefix=prefix, actor_pages=self.actor_pages,
                                    actors_by_id=archive.actors, month_name=_month_name, item=self.item)
        self._items: dict[tuple[str, int], Markup] = {}
        self.pages: dict[str, str] = {}

    def render_all(self) -> dict[str, str]:
        self.home()
        self.listing(self.archive.briefings, "archive/index", "All briefings", years=self.archive.years)
        for g in self.archive.years:
            months = [m for m in self.archive.months if m.key.startswith(g.key + "/")]
            self.listing(g.briefings, f"archive/{g.page}", f"Briefings of {g.label}", months=months)
        for g in self.archive.months:
            self.listing(g.briefings, f"archive/{g.page}", f"Briefings of {g.label}")
        self.ranking(self.archive.tags, "tags/index", "Tags", "tags.md.j2")
        for g in self.archive.tags:
            self.listing(g.briefings, f"tags/{g.page}", f"Tag: {g.label}")
        ranked = [self.archive.actors[i] for i in self.archive.ranked_actors]
        self.ranking(ranked, "actors/index", "Actors", "actors.md.j2")
        self.ranking(self.archive.places(), "places/index", "Places", "actors.md.j2")
        for actor in ranked:
            self.actor(actor)
        self.timeline()
        return self.pages

    def item(self, briefing, here: str) -> Markup:
        """A briefing's entry in a listing, rendered once per folder depth.

        A briefing is listed on many pages (its month, year, tags, each of its
        actors); escaping its gist once instead of on every page halves the
        rendering time.  The entry depends on ``here`` only through the link's
        ``../`` prefix, hence the depth in the key.
        """
        depth = here.count("/")
        key = (briefing.article.slug, depth)
        if key not in self._items:
            text = self.renderer.render("_briefing_item.md.j2", b=briefing, here=here)
            self._items[key] = Markup(text)
        return self._items[key]

    def _render(self, path: str, template: str, **context: Any) -> None:
        self.pages[path] = self.renderer.render(template, here=path, **context)

    def home(self) -> None:
        a = self.archive
        top = [a.actors[i] for i in a.ranked_actors[:HOME_ACTORS]]
        self._render("index.md", "home.md.j2", briefings=a.briefings[:HOME_LATEST], total=len(a.briefings),
                     actors=top, places=a.places()[:HOME_ACTORS], years=a.years, tags=a.tags[:HOME_ACTORS])

    def listing(self, briefings, base: str, title: str, **context: Any) -> None:
        for pager, items in paginate(briefings, base, PER_PAGE):
            self._render(pager.here, "listing.md.j2", title=title, items=items, pager=pager,
                         total=len(briefings), **{"years": (), "months": (), **context})

    def ranking(self, rows, base: str, title: str, template: str) -> None:
        for pager, items in paginate(rows, base, ACTORS_PER_PAGE):
            self._render(pager.here, template, title=title, items=items, pager=pager, total=len(rows))

    def actor(self, actor: ArchiveActor) -> None:
        base = f"actors/{actor.page}"
        roles = [(r, m.briefing) for m in actor.mentions for r in m.actor.roles]
        for pager, items in paginate(actor.mentions, base, PER_PAGE):
            first = pager.number == 1
            self._render(
                pager.here, "actor.md.j2", actor=actor, mentions=items, pager=pager,
                roles=roles[:ACTOR_ROLES] if first else (), more_roles=max(0, len(roles) - ACTOR_ROLES),
                quotes=actor.quotes[:ACTOR_QUOTES] if first else (),
                events=actor.events[-ACTOR_EVENTS:] if first else (),
                co_actors=[(self.archive.actors[i], n) for i, n in actor.co_actors if i in self.actor_pages],
                timeline_chart=charts.timeline_chart(actor.events, actor.name) if first else "",
                # Across one briefing the table says it all; the graph is for actors seen more often.
                graph=charts.cooccurrence_graph(actor, self.archive)
                if first and actor.briefing_count > 1 else "",
            )

    def timeline(self) -> None:
        years: dict[str, list[Event]] = {}
        for e in self.archive.events:
            years.setdefault(e.year, []).append(e)
        self._render("timeline/index.md", "timeline.md.j2", year=None, years=sorted(years.items()),
                     groups=(), pager=None, chart=charts.timeline_chart(self.archive.events, "The archive"))
        for year, events in years.items():
            for pager, items in paginate(events, f"timeline/{year}", EVENTS_PER_PAGE):
                self._render(pager.here, "timeline.md.j2", year=year, years=(), pager=pager,
                             groups=_by_month(items), chart="", total=len(events))


def _by_month(events: Sequence[Event]) -> list[tuple[str, list[Event]]]:
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault(e.month, []).append(e)
    return list(groups.items())


def _month_name(month: str) -> str:
    return MONTHS[int(month) - 1] if month else "The year as a whole"
