"""The content model: plain, frozen data that flows read → analyse → render.

Nothing here knows about MkDocs, Jinja or spaCy.  Every offset is a character
offset into ``Article.body`` (end exclusive), the text exactly as analysed.
``Briefing.to_dict`` is the JSON contract of ``briefings analyze`` (see
``docs/contract.md``); ``Briefing.from_dict`` reads it back, which is what the
analysis cache relies on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "organization", "place"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Paragraph:
    index: int  # 1-based, as shown on the page (anchor ``#p{index}``)
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One input article, as read from ``seeds/``."""

    source_path: str  # path as given (relative to the seeds folder in a build)
    slug: str
    title: str
    body: str
    paragraphs: tuple[Paragraph, ...]
    date: dt.date | None = None
    dateline: str | None = None  # place of a "NUR-SULTAN --" dateline
    source: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    licence: str | None = None
    licence_url: str | None = None
    attribution: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()  # unknown front-matter keys, sorted

    def paragraph_text(self, index: int) -> str:
        p = self.paragraphs[index - 1]
        return self.body[p.start : p.end]

    def paragraph_at(self, offset: int) -> int:
        """1-based index of the paragraph holding ``offset`` (0 when none does)."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p.index
        return 0


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article, quoted verbatim (summary or gist)."""

    text: str  # as displayed: may carry a bracketed resolution, "[Toqaev] also…"
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Role:
    text: str
    paragraph: int


@dataclass(frozen=True)
class Actor:
    id: str  # stable across the archive: same real-world entity, same id
    name: str
    kind: ActorKind
    role: str | None
    aliases: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    salience: float = 0.0
    roles: tuple[Role, ...] = ()

    @property
    def mentions(self) -> int:
        return len(self.spans)


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # actor id
    paragraph: int
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    paragraph: int = 0


@dataclass(frozen=True)
class TimelineEntry:
    value: str  # TIMEX3 value, e.g. 2021-10-21, 2020, XXXX-10-21
    expression: str  # the original wording, "October 21"
    text: str  # the event phrase
    paragraph: int
    future: bool = False  # planned or expected, relative to the publication date


@dataclass(frozen=True)
class Briefing:
    """An article and everything the analysis found in it."""

    article: Article
    gist: Sentence | None = None
    summary: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    analyser: str = ""  # analyser and model versions that produced this
    errors: tuple[str, ...] = ()  # analysis steps that failed on this article (bugs)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    # -- the JSON contract -------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "slug": a.slug,
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "source_path": a.source_path,
            "body": a.body,
            "paragraphs": [asdict(p) for p in a.paragraphs],
            "gist": _sentence(self.gist) if self.gist else None,
            "summary": [_sentence(s) for s in self.summary],
            "actors": [_actor(x) for x in self.actors],
            "quotes": [asdict(q) for q in self.quotes],
            "timexes": [asdict(t) for t in self.timexes],
            "timeline": [asdict(t) for t in self.timeline],
            "meta": {
                "dateline": a.dateline,
                "source": a.source,
                "url": a.url,
                "tags": list(a.tags),
                "licence": a.licence,
                "licence_url": a.licence_url,
                "attribution": a.attribution,
                "extra": {k: v for k, v in a.extra},
            },
            "analyser": self.analyser,
            "errors": list(self.errors),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Briefing:
        meta = d.get("meta") or {}
        article = Article(
            source_path=d["source_path"],
            slug=d["slug"],
            title=d["title"],
            body=d["body"],
            paragraphs=tuple(Paragraph(**p) for p in d["paragraphs"]),
            date=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
            dateline=meta.get("dateline"),
            source=meta.get("source"),
            url=meta.get("url"),
            tags=tuple(meta.get("tags") or ()),
            licence=meta.get("licence"),
            licence_url=meta.get("licence_url"),
            attribution=meta.get("attribution"),
            extra=tuple(sorted((meta.get("extra") or {}).items())),
        )
        return cls(
            article=article,
            gist=_sentence_from(d["gist"]) if d.get("gist") else None,
            summary=tuple(_sentence_from(s) for s in d.get("summary", ())),
            actors=tuple(_actor_from(x) for x in d.get("actors", ())),
            quotes=tuple(Quote(**q) for q in d.get("quotes", ())),
            timexes=tuple(Timex(**t) for t in d.get("timexes", ())),
            timeline=tuple(TimelineEntry(**t) for t in d.get("timeline", ())),
            analyser=d.get("analyser", ""),
            errors=tuple(d.get("errors", ())),
        )


def _sentence(s: Sentence) -> dict[str, Any]:
    return asdict(s)


def _sentence_from(d: dict[str, Any]) -> Sentence:
    return Sentence(**d)


def _actor(x: Actor) -> dict[str, Any]:
    d = asdict(x)
    d["spans"] = [list(s) for s in x.spans]
    d["aliases"] = list(x.aliases)
    d["roles"] = [asdict(r) for r in x.roles]
    d["mentions"] = x.mentions
    return d


def _actor_from(d: dict[str, Any]) -> Actor:
    return Actor(
        id=d["id"],
        name=d["name"],
        kind=d["kind"],
        role=d.get("role"),
        aliases=tuple(d.get("aliases", ())),
        spans=tuple((int(s), int(e)) for s, e in d.get("spans", ())),
        salience=float(d.get("salience", 0.0)),
        roles=tuple(Role(**r) for r in d.get("roles", ())),
    )


@dataclass(frozen=True)
class Problem:
    """A bad input file: reported, skipped, or fatal under ``strict``.

    A ``warning`` is reported but the article is still built (e.g. a Latin-1
    file read as Windows-1252); ``strict`` fails on warnings too.
    """

    path: str
    message: str
    hint: str = ""
    line: int | None = None
    severity: Literal["error", "warning"] = "error"

    @property
    def verdict(self) -> str:
        """How the build treated the article: built with a warning, or skipped."""
        return "warning" if self.severity == "warning" else "skipped"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}" + (f" ({self.hint})" if self.hint else "")


@dataclass
class BuildResult:
    """Output of a build: generated pages by path, and the problems met."""

    pages: dict[str, str] = field(default_factory=dict)  # "briefings/x.md" -> Markdown
    files: dict[str, bytes] = field(default_factory=dict)  # feeds, JSON API, SVG
    briefings: list[Briefing] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
