"""Across the archive: one id per real-world actor.

Analysis is per article (pure, cached, parallel); this pass runs once over
all briefings of a build.  Each article already names an actor by its fullest
name there (``person:donald-trump``); here a shorter name elsewhere takes the
id of the one full name it can stand for in the whole archive:

* a surname alone ("Trump", "President Trump" → name "Trump") takes the id of
  the only person in the archive with that surname and a full name;
* a middle initial does not make another person ("Donald J. Trump") when the
  archive has one such variant, nor does a nickname in quotes ('Jeremy "Spike" Cohen'
  is "Spike Cohen");
* an acronym ("DVK") takes the id of the only organisation or place whose
  name it abbreviates, by its initials or by the article that spelled it out;
* a company's name without its legal form ("Norvale Holdings") takes the id of the
  only company so named with one ("Norvale Holdings Corp."), and a body's name without
  a generic tail ("KXLT", "Oxfam") that of the one with it ("KXLT-TV", "Oxfam International");
* a given name and its nickname ("Bill Clinton", "William Clinton") are one
  person when they are the only two full names of that surname in the archive.

And a name whose kind the archive clearly agrees on takes that kind (the
model's labels vary from article to article; the archive outvotes a slip),
unless the article's own text says what it is ("the French magazine X").

A short name that fits two full names (Bill and Hillary Clinton) keeps its own
id: a wrong link would put one person's words on another's page; unless one of
them is named three times as often as all the others together, in three
articles or more (a bare "Trump" in an archive of Donald Trump and, once,
Melania Trump).  Two passes
over the actors with dictionaries: linear in the size of the archive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from generator.analysis.actors import actor_id
from generator.analysis.actors.cluster import is_acronym, name_key, nickname
from generator.analysis.actors.lexicon import LEGAL_FORMS, described_kind, initials
from generator.analysis.actors.merge import GENERIC_TAILS, same_given_name
from generator.analysis.actors.roles import title_noun
from generator.model import Actor, Briefing

# Titles before the name a person reigns or is known by.
REGNAL_TITLES = frozenset({
    "pope", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "sheikh",
    "saint", "st", "st.", "tsar", "czar", "duke", "duchess", "patriarch",
})
MIN_KIND_VOTES = 3
# A surname shared by several full names goes to one of them only when that one is
# named in at least this many articles and this many times as often as all the others.
DOMINANT_MIN = 3
DOMINANT_RATIO = 3


def _regnal(a: Actor) -> bool:
    """"Pope Francis", "Queen Elizabeth", "Prince Harry": a single name under such a title is
    the one its holder reigns or is known by, not a surname ("Tony Francis" is someone else)."""
    return any(title_noun(r.text) in REGNAL_TITLES for r in a.roles)


def _words(name: str) -> list[str]:
    return name_key(name).split()


def _without_legal_form(name: str) -> str | None:
    """"norvale holdings corp" -> "norvale holdings", "kxlt-tv" -> "kxlt", "oxfam international"
    -> "oxfam"; None without a legal form or a generic tail at the end."""
    words = _words(name)
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1] in LEGAL_FORMS | GENERIC_TAILS else None


def _middle_free(name: str) -> tuple[str, str] | None:
    words = _words(name)
    return (words[0], words[-1]) if len(words) >= 2 else None


def _nickname(name: str) -> tuple[str, str] | None:
    """'Jeremy "Spike" Cohen' -> ("spike", "cohen"): the name he goes by, with his surname."""
    words = _words(name)
    nick = nickname(words)
    return (nick, words[-1]) if nick else None


class _Archive:
    """What the whole archive knows about names."""

    def __init__(self, briefings: list[Briefing]):
        self.variants: dict[tuple[str, str], set[str]] = defaultdict(set)  # (first, last) -> ids
        self.surnames: dict[str, set[str]] = defaultdict(set)  # last -> full-name ids
        self.acronyms: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, ACR) -> ids
        self.companies: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, name w/o "Corp") -> ids
        self.names: dict[str, str] = {}  # id -> fullest name seen
        self.articles: Counter = Counter()  # id -> number of articles naming it
        for b in briefings:
            for a in b.actors:
                self._learn(a)
        self.canonical = self._canonical_variants()
        self.canonical.update(self._nicknames())
        self.spellings = self._plural_spellings()

    def _learn(self, a: Actor) -> None:
        self.articles[a.id] += 1
        if len(a.name) > len(self.names.get(a.id, "")):
            self.names[a.id] = a.name
        if a.kind == "person":
            key = _middle_free(a.name)
            if key:
                self.variants[key].add(a.id)
                self.surnames[key[1]].add(a.id)
            if nick := _nickname(a.name):
                self.variants[nick].add(a.id)
            # A shorter full name the article itself gives the person ("Pedro Pierluisi" of
            # "Pedro R. Pierluisi Urrutia") is that person's variant too.
            for alias in a.aliases:
                if (akey := _middle_free(alias)) and akey != key:
                    self.variants[akey].add(a.id)
            return
        if is_acronym(a.name):
            return
        if short := _without_legal_form(a.name):
            self.companies[(a.kind, short)].add(a.id)
        words = tuple(a.name.split())
        if len(words) >= 2:
            self.acronyms[(a.kind, initials(words))].add(a.id)
        for alias in a.aliases:
            if is_acronym(alias):
                self.acronyms[(a.kind, alias.replace(".", "").upper())].add(a.id)

    def _canonical_variants(self) -> dict[str, str]:
        """"Donald J. Trump" → "Donald Trump" when that is the only middle-named variant."""
        out = {}
        for ids in self.variants.values():
            if len(ids) != 2:
                continue
            short, long_ = sorted(ids, key=lambda i: (len(_words(self.names[i])), i))
            if len(_words(self.names[short])) == 2:
                out[long_] = short
        return out

    def _nicknames(self) -> dict[str, str]:
        """"William Clinton" → "Bill Clinton" (the one named in more articles), when they are the
        only two full names of the surname: a third (Hillary) makes the archive too crowded to guess."""
        out = {}
        for ids in self.surnames.values():
            people = {self.canonical.get(i, i) for i in ids}
            if len(people) != 2:
                continue
            a, b = sorted(people, key=lambda i: (-self.articles[i], i))
            first_a, first_b = _words(self.names[a])[0], _words(self.names[b])[0]
            if first_a != first_b and same_given_name(first_a, first_b):
                out[b] = a
        return out

    def _plural_spellings(self) -> dict[str, str]:
        """"National Institute of Allergy and Infectious Disease" → "… Diseases": a long body's
        name that differs from another only by a plural's "s" at its end is that body misspelt (the
        one more articles name wins).  Four words at least: "Time" and "Times" are two papers."""
        groups: dict[tuple[str, str], set[str]] = defaultdict(set)
        for i, name in self.names.items():
            kind, words = i.split(":", 1)[0], _words(name)
            if kind != "person" and len(words) >= 4:
                groups[(kind, " ".join(words[:-1] + [words[-1].removesuffix("s")]))].add(i)
        out = {}
        for ids in groups.values():
            if len(ids) == 2:
                keep, other = sorted(ids, key=lambda i: (-self.articles[i], -len(self.names[i]), i))
                out[other] = keep
        return out

    def _final(self, i: str) -> str:
        """Follow the canonical chain: "William J. Clinton" → "William Clinton" → "Bill Clinton"."""
        for _ in range(3):  # a chain is at most two links long; the bound guards a cycle
            i = self.canonical.get(i, i)
        return i

    def _dominant(self, ids: set[str]) -> str | None:
        """The one id, or the one that so outnumbers the others in the archive that a bare
        surname in an article naming no one else means it (Donald over Melania Trump)."""
        if len(ids) <= 1:
            return next(iter(ids), None)
        ranked = sorted(ids, key=lambda i: (-self.articles[i], i))
        top, rest = self.articles[ranked[0]], sum(self.articles[i] for i in ranked[1:])
        return ranked[0] if top >= DOMINANT_MIN and top >= DOMINANT_RATIO * rest else None

    def full_id(self, a: Actor) -> str | None:
        """The one archive id a short name stands for, or None."""
        if a.kind == "person":
            words = _words(a.name)
            if len(words) == 1:  # a surname alone; not a name under a regnal title
                return None if _regnal(a) else self._dominant(
                    {self._final(i) for i in self.surnames.get(words[0], ())})
            return self._final(a.id) if a.id in self.canonical else None
        if a.id in self.spellings:
            return self.spellings[a.id]
        if is_acronym(a.name):
            ids = self.acronyms.get((a.kind, a.name.replace(".", "").upper()), set())
            if ids:
                return next(iter(ids)) if len(ids) == 1 else None
            # Else a call sign, which the archive may know with its band ("KXLT-TV").
        ids = self.companies.get((a.kind, _without_legal_form(a.name) or name_key(a.name)), set())
        return next(iter(ids)) if len(ids) == 1 else None


def _merged(actors: list[Actor]) -> Actor:
    """Two actors of one article that the archive says are one."""
    first = max(actors, key=lambda a: a.salience)
    names = [a.name for a in actors] + [n for a in actors for n in a.aliases]
    roles, seen = [], set()
    for r in sorted((r for a in actors for r in a.roles), key=lambda r: r.paragraph):
        if r.text.lower() not in seen:
            seen.add(r.text.lower())
            roles.append(r)
    return replace(
        first,
        aliases=tuple(dict.fromkeys(n for n in names if name_key(n) != name_key(first.name))),
        spans=tuple(sorted({s for a in actors for s in a.spans})),
        salience=round(sum(a.salience for a in actors), 4),
        roles=tuple(roles),
        role=first.role or next((a.role for a in actors if a.role), None),
    )


def _rewrite(b: Briefing, change) -> Briefing:
    """Apply ``change(actor) -> actor`` to every actor; actors that end with one id become one."""
    mapping: dict[str, str] = {}
    groups: dict[str, list[Actor]] = defaultdict(list)
    changed = False
    for a in b.actors:
        new = change(a)
        changed |= new is not a
        if new.id != a.id:
            mapping[a.id] = new.id
        groups[new.id].append(new)
    if not changed:
        return b
    actors = [_merged(g) if len(g) > 1 else g[0] for g in groups.values()]
    actors.sort(key=lambda a: (-a.salience, a.spans[0][0] if a.spans else 0, a.id))
    quotes = tuple(replace(q, speaker=mapping.get(q.speaker, q.speaker)) if q.speaker else q
                   for q in b.quotes)
    return replace(b, actors=tuple(actors), quotes=quotes)


def _relinker(archive: _Archive, b: Briefing):
    # A surname the article names two people in full by is one it could not assign ("Khan"
    # beside Usman and Sadiq Khan): the archive does not guess either.
    named = Counter(_words(a.name)[-1] for a in b.actors if a.kind == "person" and len(_words(a.name)) >= 2)

    def change(a: Actor) -> Actor:
        if a.kind == "person" and len(words := _words(a.name)) == 1 and named[words[0]] >= 2:
            return a
        target = archive.full_id(a)
        if not target or target == a.id:
            return a
        full = archive.names.get(target, a.name)
        aliases = tuple(dict.fromkeys((*a.aliases, a.name)))
        return replace(a, id=target, name=full,
                       aliases=tuple(n for n in aliases if name_key(n) != name_key(full)))
    return change


def _archive_kinds(briefings: list[Briefing]) -> dict[str, str]:
    """Name → kind, where the archive clearly agrees on a name's kind.

    The small model calls "United States" an organisation in one article in
    twenty; the other nineteen outvote it.  A clear majority is three
    articles or more, and at least twice as many as every other kind.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for b in briefings:
        for a in b.actors:
            votes[name_key(a.name)][a.kind] += 1
    kinds = {}
    for key, count in votes.items():
        (best, n), *rest = count.most_common() + [("", 0)]
        if n >= MIN_KIND_VOTES and n >= 2 * rest[0][1]:
            kinds[key] = best
    return kinds


def _described_as_its_kind(a: Actor) -> bool:
    """Does the article's own text say what the body or place is ("the French magazine Charlie
    Hebdo", "the province of X")?  Then other articles' labels do not outvote it.  Not for a
    person: news gives teams and countries people's nouns ("champion Spain", "leader Chelsea")."""
    return a.kind != "person" and any(described_kind(title_noun(r.text)) == a.kind for r in a.roles)


def _kind_settler(kinds: dict[str, str]):
    def change(a: Actor) -> Actor:
        kind = kinds.get(name_key(a.name), a.kind)
        if kind == a.kind or _described_as_its_kind(a):
            return a
        return replace(a, kind=kind, id=actor_id(kind, a.name) if a.id == actor_id(a.kind, a.name) else a.id)
    return change


def link_actors(briefings: list[Briefing]) -> list[Briefing]:
    """The same briefings, with actor kinds, ids (and quote speakers) agreeing across the archive."""
    settle = _kind_settler(_archive_kinds(briefings))
    briefings = [_rewrite(b, settle) for b in briefings]
    archive = _Archive(briefings)
    return [_rewrite(b, _relinker(archive, b)) for b in briefings]
