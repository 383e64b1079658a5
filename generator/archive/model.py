"""The archive: what the briefings say together, computed once per build.

Analysis is per article; this index joins them: every actor across the
archive with the briefings, roles, quotes and dated events that mention them,
who appears with whom, the merged timeline, and the briefings by month, year,
tag and place.  Plain frozen data, built in one pass that is linear in the
number of actor mentions (co-occurrence is quadratic only within one article,
whose actor list is short).  Nothing here knows about pages or MkDocs.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from generator.model import Actor, Briefing, Quote, TimelineEntry
from generator.render import MONTHS
from generator.slugs import make_slug, unique

_YEAR = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_RESERVED = re.compile(r"^(index|page-\d+)$")  # names the listing pages use


@dataclass(frozen=True)
class Event:
    """A dated timeline entry of one briefing, placed on the archive's calendar."""

    year: str  # "2020"
    month: str  # "03", or "" when the text gives only the year
    entry: TimelineEntry
    briefing: Briefing

    @property
    def sort_key(self) -> tuple:
        b = self.briefing.article
        return (self.entry.value, b.date.isoformat() if b.date else "", b.slug, self.entry.paragraph,
                self.entry.text)


@dataclass(frozen=True)
class Mention:
    """One actor in one briefing."""

    briefing: Briefing
    actor: Actor  # as that briefing has it (its own roles, spans, name)


@dataclass(frozen=True)
class ArchiveActor:
    id: str
    page: str  # slug of the actor's page: a path segment
    name: str  # the fullest name any briefing uses
    kind: str
    mentions: tuple[Mention, ...]  # newest briefing first
    quotes: tuple[tuple[Quote, Briefing], ...]
    events: tuple[Event, ...]  # dated events told in paragraphs that mention the actor, in order
    co_actors: tuple[tuple[str, int], ...]  # (actor id, briefings shared), most first

    @property
    def briefing_count(self) -> int:
        return len(self.mentions)

    @property
    def aliases(self) -> tuple[str, ...]:
        names = {self.name}
        for m in self.mentions:
            names.add(m.actor.name)
            names.update(m.actor.aliases)
        names.discard(self.name)
        return tuple(sorted(names))


@dataclass(frozen=True)
class Group:
    """Briefings under one key (a month, a year, a tag), newest first."""

    key: str
    page: str  # path segment(s) of the group's page
    label: str
    briefings: tuple[Briefing, ...]


@dataclass(frozen=True)
class Archive:
    briefings: tuple[Briefing, ...]  # newest first, as the build sorts them
    actors: dict[str, ArchiveActor]  # by id
    ranked_actors: tuple[str, ...]  # ids of the actors with a page, most briefings first
    events: tuple[Event, ...]  # every dated event, chronological
    years: tuple[Group, ...]  # newest first
    months: tuple[Group, ...]  # newest first
    tags: tuple[Group, ...]  # by name
    related: dict[str, tuple[Briefing, ...]]  # by briefing slug
    actor_pages: dict[str, str]  # actor id → page slug, for the actors that get a page

    def places(self) -> tuple[ArchiveActor, ...]:
        return tuple(self.actors[i] for i in self.ranked_actors if self.actors[i].kind == "place")


def build_archive(briefings: Iterable[Briefing], *, related: int = 5, co_actors: int = 12,
                  actor_page_min: int = 1) -> Archive:
    """The archive index of ``briefings`` (given newest first).

    Only actors named in at least ``actor_page_min`` briefings get a page (and an
    API file, and a row in the listings); the others stay in their briefings.
    """
    briefings = tuple(briefings)
    actors = _actors(briefings, co_actors)
    paged = [i for i in actors if actors[i].briefing_count >= actor_page_min]
    ranked = tuple(sorted(paged, key=lambda i: (-actors[i].briefing_count, actors[i].name, i)))
    events = tuple(sorted((e for b in briefings for e in events_of(b)), key=lambda e: e.sort_key))
    return Archive(
        briefings=briefings,
        actors=actors,
        ranked_actors=ranked,
        events=events,
        years=_by_date(briefings, "%Y"),
        months=_by_date(briefings, "%Y/%m"),
        tags=_by_tag(briefings),
        related=_related(briefings, related),
        actor_pages={i: actors[i].page for i in sorted(paged)},
    )


def tags_of(briefing: Briefing) -> tuple[str, ...]:
    """Front-matter ``tags``; the demo archive's ``topics`` lists count as tags too."""
    tags = list(briefing.article.tags)
    topics = dict(briefing.article.extra).get("topics")
    if isinstance(topics, list):
        tags.extend(t for t in topics if isinstance(t, str))
    return tuple(dict.fromkeys(t.strip() for t in tags if t and t.strip()))


# -- actors -------------------------------------------------------------------

def _actors(briefings: tuple[Briefing, ...], top_co: int) -> dict[str, ArchiveActor]:
    mentions: dict[str, list[Mention]] = defaultdict(list)
    quotes: dict[str, list[tuple[Quote, Briefing]]] = defaultdict(list)
    events: dict[str, list[Event]] = defaultdict(list)
    pairs: dict[str, Counter] = defaultdict(Counter)
    for b in briefings:
        ids = list(dict.fromkeys(a.id for a in b.actors))
        for a in b.actors:
            if mentions[a.id] and mentions[a.id][-1].briefing is b:
                continue  # the same id twice in one briefing: keep the first
            mentions[a.id].append(Mention(b, a))
        for q in b.quotes:
            if q.speaker:
                quotes[q.speaker].append((q, b))
        _actor_events(b, events)
        for i in ids:
            pairs[i].update(j for j in ids if j != i)
    pages = _actor_pages(mentions)
    return {
        i: ArchiveActor(
            id=i,
            page=pages[i],
            name=_best_name(ms),
            kind=_most_common(m.actor.kind for m in ms),
            mentions=tuple(ms),
            quotes=tuple(quotes.get(i, ())),
            events=tuple(sorted(events.get(i, ()), key=lambda e: e.sort_key)),
            co_actors=tuple(sorted(pairs[i].items(), key=lambda kv: (-kv[1], kv[0]))[:top_co]),
        )
        for i, ms in sorted(mentions.items())
    }


def _actor_events(b: Briefing, events: dict[str, list[Event]]) -> None:
    """Dated events of ``b`` told in a paragraph that names an actor are that actor's."""
    dated = events_of(b)
    if not dated:
        return
    by_paragraph: dict[int, set[str]] = defaultdict(set)
    for a in b.actors:
        for start, _end in a.spans:
            by_paragraph[b.article.paragraph_at(start)].add(a.id)
        for role in a.roles:
            by_paragraph[role.paragraph].add(a.id)
    for e in dated:
        for actor_id in sorted(by_paragraph.get(e.entry.paragraph, ())):
            events[actor_id].append(e)


def _actor_pages(mentions: dict[str, list[Mention]]) -> dict[str, str]:
    """A unique path segment per actor id (ids may hold ':' or other characters)."""
    pages, taken = {}, set()
    for actor_id in sorted(mentions):
        base = make_slug(actor_id.replace(":", "-"))
        if _RESERVED.match(base):
            base += "-actor"
        pages[actor_id] = unique(base, taken)
    return pages


def _best_name(mentions: list[Mention]) -> str:
    """The name most briefings use; ties go to the longer (fuller) name."""
    counts = Counter(m.actor.name for m in mentions)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


# -- time -----------------------------------------------------------------------

def events_of(b: Briefing) -> list[Event]:
    """The entries of ``b`` whose value names a year; "XXXX-10-21" and "PAST_REF" have none."""
    out = []
    for entry in b.timeline:
        m = _YEAR.match(entry.value)
        if m and (m.group(2) is None or 1 <= int(m.group(2)) <= 12):
            out.append(Event(year=m.group(1), month=m.group(2) or "", entry=entry, briefing=b))
    return out


def _by_date(briefings: tuple[Briefing, ...], fmt: str) -> tuple[Group, ...]:
    groups: dict[str, list[Briefing]] = defaultdict(list)
    for b in briefings:
        if b.article.date:
            groups[b.article.date.strftime(fmt)].append(b)
    return tuple(Group(key=k, page=k, label=_date_label(k), briefings=tuple(v))
                 for k, v in sorted(groups.items(), reverse=True))


def _date_label(key: str) -> str:
    year, _, month = key.partition("/")
    return f"{MONTHS[int(month) - 1]} {year}" if month else year


def _by_tag(briefings: tuple[Briefing, ...]) -> tuple[Group, ...]:
    """Tags that slugify alike ("Politics", "politics") are one tag, named as most write it."""
    members: dict[str, list[Briefing]] = defaultdict(list)
    spellings: dict[str, Counter] = defaultdict(Counter)
    for b in briefings:
        for tag in tags_of(b):
            slug = make_slug(tag)
            if _RESERVED.match(slug):
                slug += "-tag"
            if not members[slug] or members[slug][-1] is not b:
                members[slug].append(b)
            spellings[slug][tag] += 1
    return tuple(Group(key=slug, page=slug, label=_most_common(spellings[slug].elements()),
                       briefings=tuple(bs))
                 for slug, bs in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0])))


# -- related briefings --------------------------------------------------------------

def _related(briefings: tuple[Briefing, ...], limit: int) -> dict[str, tuple[Briefing, ...]]:
    """Per briefing: those sharing the most actors, then the nearest in time.

    Actors named in a large share of the archive ("United States") say little
    about kinship and cost a quadratic walk, so each actor contributes at most
    its ``_RELATED_FANOUT`` nearest briefings in time.
    """
    by_actor: dict[str, list[int]] = defaultdict(list)
    for i, b in enumerate(briefings):
        for actor_id in dict.fromkeys(a.id for a in b.actors):
            by_actor[actor_id].append(i)
    out = {}
    for i, b in enumerate(briefings):
        shared: Counter = Counter()
        for actor_id in dict.fromkeys(a.id for a in b.actors):
            shared.update(j for j in _nearest(by_actor[actor_id], i) if j != i)
        ranked = sorted(shared, key=lambda j: (-shared[j], _distance(briefings[i], briefings[j]), j))
        out[b.article.slug] = tuple(briefings[j] for j in ranked[:limit])
    return out


_RELATED_FANOUT = 20


def _nearest(indices: list[int], i: int) -> list[int]:
    """Up to ``_RELATED_FANOUT`` entries of sorted ``indices`` around position ``i``."""
    if len(indices) <= _RELATED_FANOUT:
        return indices
    k = bisect.bisect_left(indices, i)
    lo = max(0, k - _RELATED_FANOUT // 2)
    return indices[lo:lo + _RELATED_FANOUT]


def _distance(a: Briefing, b: Briefing) -> int:
    if a.article.date and b.article.date:
        return abs((a.article.date - b.article.date).days)
    return 10**9
