"""Key actors: people, organisations and places, with roles and quotes.

``find_actors`` is a pure function of one parsed article:

1. ``mentions``: spaCy's entities with their edges repaired from the parse;
2. ``merge``: one cluster per real-world entity (surname ↔ full name, acronym ↔
   expansion), its kind decided by all its mentions together;
3. ``roles`` and ``quotes`` from the dependency parse;
4. ``salience``: the ranking.

Ids are per article here (kind and fullest name, ``person:donald-trump``);
``generator.analysis.linking`` makes them agree across the archive.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable

from slugify import slugify

from generator.analysis.actors.cluster import (
    Cluster,
    body_of_country,
    canonical_key,
    is_acronym,
    name_head,
    name_key,
)
from generator.analysis.actors.gender import agrees, person_sex
from generator.analysis.actors.kinds import actor_kind, kind_of
from generator.analysis.actors.lexicon import EVENT_WORDS, ORG_WORDS, POSSESSIVE, STORM_WORDS
from generator.analysis.actors.mentions import Mention, find_mentions, norp_as_name, speaker_labels
from generator.analysis.actors.merge import merge
from generator.analysis.actors.quotes import QuoteSpan, continued, find_quotes, resolve_speaker
from generator.analysis.actors.roles import mention_roles, title_noun
from generator.analysis.actors.salience import salience
from generator.analysis.actors.speakers import attach, find_turns
from generator.analysis.actors.usage import (
    body_nouns,
    kind_references,
    person_cues,
    pronoun_subjects,
    relative_mentions,
)
from generator.analysis.parse import ParsedArticle
from generator.model import Actor, Quote, Role

LEAD_MIN_WORDS = 12  # a dateline or a one-line standfirst is not the lead
UNLABELLED = 0.6  # salience factor for a name only the capitals vouch for: less sure it is an actor


def _word_end(body: str, end: int) -> int:
    """A mention's span ends where its written word ends: "the Interior Ministry's" is highlighted
    to the "'s" (the word a reader sees, and a token in annotated corpora), while the name stays
    "Interior Ministry".  A clitic set off by a space ("Ministry 's") is another word."""
    m = POSSESSIVE.match(body, end)
    return m.end() if m else end


@functools.lru_cache(maxsize=1 << 16)
def actor_id(kind: str, name: str) -> str:
    """``person:donald-trump``: the kind and the name; a place or a body by the one name it goes
    by, so that "Washington, D.C." and "Washington" have one page, and "U.S. Supreme Court" and
    "United States Supreme Court" another."""
    own = name_key(name)
    key = canonical_key(name) if kind == "place" else body_of_country(own) if kind == "organization" else own
    if key != own:
        name = key
    return f"{kind}:{slugify(name) or 'unnamed'}"


def _nationality_words(parsed: ParsedArticle) -> set[str]:
    """Words the model calls nationalities and the text uses as adjectives or plurals."""
    return {name_key(e.text) for p in parsed.paragraphs for e in p.doc.ents
            if e.label_ == "NORP" and not norp_as_name(e)}


def _is_nationality(c: Cluster, norp: set[str]) -> bool:
    """"Kazakh", "Central Asian": words that describe an actor rather than name one."""
    if all(name_key(m.name) in norp for m in c.mentions):
        return True
    single = all(len(m.words) == 1 and not is_acronym(m.name) for m in c.mentions)
    # "Tokyo stock prices", "a Texas trader": a name the model calls a place still names one.
    placed = any(m.label in ("GPE", "LOC", "FAC") for m in c.mentions)
    return single and not placed and all(m.modifier for m in c.mentions)


def _named_storm(c: Cluster) -> bool:
    """"Cyclone Phailin", "Hurricane Katrina": a storm's word, then its name."""
    return len(c.words) >= 2 and c.words[0].lower() in STORM_WORDS


def _storm(c: Cluster, storms: set[str]) -> bool:
    """A storm ("Cyclone Phailin", or a storm's word alone); or "T C Phailin", the advisory's
    initials before the name of a storm the article names (``storms``: the last words of those
    names)."""
    if c.words[0].lower() in STORM_WORDS:
        return True
    before = [w.strip(".") for w in c.words[:-1]]
    initials_only = all(len(w) <= 2 and w.isupper() for w in before)
    return bool(before) and initials_only and name_key(c.words[-1]) in storms


def _unsupported(c: Cluster, title: str, storms: set[str] = frozenset()) -> bool:
    """An event, a storm or a named day; or only single capitalised words the model did not
    call names ("Monday", "God") unless the headline names them too ("The Onion")."""
    lower = [w.lower() for w in c.words]
    # Unless a body's word heads it: "Commission on Presidential Debates".
    if (lower[-1] in EVENT_WORDS and name_head(c.words) not in ORG_WORDS) or _storm(c, storms):
        return True
    # "Super Tuesday" every time: a day's name, not a place ("in Mosul Friday" once is a place).
    if len(c.mentions) >= 2 and all(m.before_day for m in c.mentions):
        return True
    if c.labelled or len(c.words) >= 2:
        return False
    return not re.search(rf"(?<!\w){re.escape(c.longest.name)}(?!\w)", title)


def _family(c: Cluster, surnames: set[str]) -> bool:
    """"the Trumps": the plural of a surname the article gives a person is a family, no one actor."""
    if len(c.words) != 1 or not all(m.det.lower() == "the" for m in c.mentions):
        return False
    word = name_key(c.words[0])
    return word.endswith("s") and (word[:-1] in surnames or word.endswith("es") and word[:-2] in surnames)


def _lead(parsed: ParsedArticle) -> set[int]:
    for p in parsed.article.paragraphs:
        if len(parsed.article.body[p.start : p.end].split()) >= LEAD_MIN_WORDS:
            return {p.index}
    return {1}


def _roles(parsed: ParsedArticle, c: Cluster, kind: str, labels: dict) -> tuple[Role, ...]:
    roles: dict[str, Role] = {}
    for m in sorted(c.mentions, key=lambda m: m.start):
        if m.start in labels:  # a speaker label is not prose
            continue
        doc = parsed.paragraphs[m.chunk].doc
        for text in mention_roles(doc, *m.tokens, kind=kind):
            roles.setdefault(text.lower(), Role(text, m.paragraph))
    return tuple(roles.values())


class _Index:
    """Which actor a token or an offset belongs to, for quote attribution."""

    def __init__(self, owned: list[tuple[Mention, str, str]], quotes: list[QuoteSpan],
                 titles: dict[str, set[str]] | None = None, sexes: dict[str, str | None] | None = None):
        self.owned = sorted(owned, key=lambda x: x[0].start)
        self.starts = [m.start for m, _, _ in self.owned]
        self.by_chunk: dict[int, list[tuple[Mention, str, str]]] = {}
        for x in self.owned:
            self.by_chunk.setdefault(x[0].chunk, []).append(x)
        quoted = sorted((q.start, q.end) for q in quotes)
        self.quoted_starts = [s for s, _ in quoted]
        self.quoted = quoted
        self.titles = titles or {}  # actor id -> the head nouns of its roles
        self.sexes = sexes or {}  # person id -> "m", "f" or None (``gender.person_sex``)
        # Names, surnames and a body's last word, looked up per quotation.
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.people_by_surname: dict[str, set[str]] = defaultdict(set)
        self.orgs_by_head: dict[str, set[str]] = defaultdict(set)
        for m, aid, kind in self.owned:
            self.by_name[name_key(m.name)].add(aid)
            self.by_name[name_key(m.text)].add(aid)
            last = (name_key(m.name).split() or [""])[-1]
            if kind == "person":
                self.people_by_surname[last].add(aid)
            elif kind == "organization":
                self.orgs_by_head[last].add(aid)

    def actor_at(self, chunk: int, first: int, last: int) -> str | None:
        for m, aid, _ in self.by_chunk.get(chunk, ()):
            if m.tokens[0] < last and first < m.tokens[1]:
                return aid
        return None

    def named(self, name: str) -> str | None:
        """The actor a speaker label names: same name, else the one person sharing its surname."""
        key = name_key(name)
        exact = self.by_name.get(key, set())
        if len(exact) == 1:
            return next(iter(exact))
        people = self.people_by_surname.get(key.split()[-1], set()) if key else set()
        return next(iter(people)) if len(people) == 1 else None

    def headed(self, noun: str) -> str | None:
        ids = self.orgs_by_head.get(noun, set())
        return next(iter(ids)) if len(ids) == 1 else None

    def titled(self, noun: str, offset: int) -> str | None:
        """"The commissioner said": the person the text last named before the offset
        among those it calls a commissioner."""
        return self._last_before(offset, lambda m, aid, kind: kind == "person"
                                 and noun in self.titles.get(aid, ()))

    def nearest(self, offset: int, kinds: set[str], sentence: int = -1, pronoun: str = "") -> str | None:
        """The actor of those kinds a pronoun at the offset (in the sentence starting at
        ``sentence``) stands for: the last one named as a subject or a source in its sentence or
        the last sentence before it that names anyone ("West backed away from Trump, expressing
        disappointment at reports Trump hid. He leveled criticism at Biden": West), else the
        last one named before it; outside quotations, and not a man for "she" nor a woman for
        "he" (``gender``)."""
        def keep(m: Mention, aid: str, kind: str) -> bool:
            return kind in kinds and not self._quoted(m.start) and agrees(pronoun, self.sexes.get(aid))

        # Going back: the subjects of the pronoun's sentence, then of the sentence before it
        # that names anyone; of each, the first (the main clause's, before "reports Trump hid").
        before = -1
        subjects: dict[int, str] = {}  # sentence start -> its first subject met so far
        for i in range(bisect.bisect_left(self.starts, offset) - 1, -1, -1):
            m, aid, kind = self.owned[i]
            if m.sent_start < sentence and before < 0:
                if sentence in subjects:
                    return subjects[sentence]
                before = m.sent_start
            if m.sent_start < sentence and m.sent_start != before:
                break
            if (m.subject or m.source) and keep(m, aid, kind):
                subjects[m.sent_start] = aid
        found = subjects.get(sentence) or subjects.get(before)
        return found or self._last_before(offset, keep)

    def _quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def _last_before(self, offset: int, keep: Callable[[Mention, str, str], bool]) -> str | None:
        for i in range(bisect.bisect_left(self.starts, offset) - 1, -1, -1):
            if keep(*self.owned[i]):
                return self.owned[i][1]
        return None


def find_actors(parsed: ParsedArticle) -> tuple[tuple[Actor, ...], tuple[Quote, ...]]:
    article = parsed.article
    norp = _nationality_words(parsed)
    mentions = find_mentions(parsed)
    merged = merge(mentions, article.title, relatives=relative_mentions(parsed, mentions),
                   cues=person_cues(parsed, mentions))
    surnames = {name_key(c.words[-1]) for c in merged if len(c.words) >= 2 and kind_of(c) == "person"}
    storms = {name_key(c.words[-1]) for c in merged if _named_storm(c)}
    clusters = [c for c in merged
                if not _is_nationality(c, norp) and not _unsupported(c, article.title, storms)
                and not _family(c, surnames)
                and actor_kind(c) is not None]  # an event or an idea ("Brexit") is no actor
    speakers = speaker_labels(parsed)
    turns = attach(find_turns(parsed, speakers), clusters)  # label start -> pronouns of the turn
    clusters.sort(key=lambda c: c.first)

    kinds, ids, used = {}, {}, set()
    for c in clusters:
        kinds[id(c)] = actor_kind(c)
        aid = actor_id(kinds[id(c)], c.longest.name)
        n = 2
        while aid in used:  # two clusters the merge kept apart keep apart here too
            aid, n = f"{actor_id(kinds[id(c)], c.longest.name)}-{n}", n + 1
        used.add(aid)
        ids[id(c)] = aid

    roles = {id(c): _roles(parsed, c, kinds[id(c)], turns) for c in clusters}
    sexes = {ids[id(c)]: person_sex(parsed, c, [r.text for r in roles[id(c)]])
             for c in clusters if kinds[id(c)] == "person"}
    spans = find_quotes(parsed, speakers)
    index = _Index([(m, ids[id(c)], kinds[id(c)]) for c in clusters for m in c.mentions], spans,
                   {ids[id(c)]: {title_noun(r.text) for r in roles[id(c)]} for c in clusters}, sexes)
    resolvers = (index.actor_at, index.nearest, index.named, index.headed, index.titled)
    speakers = continued(spans, [resolve_speaker(q, *resolvers) for q in spans], article.body)
    quotes = tuple(Quote(text=q.text, speaker=who, paragraph=q.paragraph, start=q.start, end=q.end)
                   for q, who in zip(spans, speakers, strict=True))

    lead = _lead(parsed)
    pronouns = pronoun_subjects(parsed, [(m.start, ids[id(c)]) for c in clusters for m in c.mentions
                                         if kinds[id(c)] == "person"], sexes)
    references = kind_references(parsed, body_nouns(clusters, kinds, ids))
    # Answers in a transcript: whose words they are says whose interview it is.
    answers = [q for q, s in zip(quotes, spans, strict=True) if s.label]
    answered = sum(len(q.text.split()) for q in answers) or 1
    actors = []
    for c in clusters:
        kind, aid = kinds[id(c)], ids[id(c)]
        said = sum(1 for q in quotes if q.speaker == aid)
        voice = sum(len(q.text.split()) for q in answers if q.speaker == aid) / answered
        spoke = any(m.start in turns for m in c.mentions)
        names = c.names()
        name = c.longest.name
        actors.append(Actor(
            id=aid, name=name, kind=kind, role=roles[id(c)][0].text if roles[id(c)] else None,
            aliases=tuple(n for n in names if name_key(n) != name_key(name)),
            # A speaker label is not prose; "I" and "my" in the speaker's own turns are.
            spans=tuple(sorted({(m.start, _word_end(article.body, m.end)) for m in c.mentions
                                if m.start not in turns}
                               | {s for m in c.mentions for s in turns.get(m.start, ())})),
            salience=salience(c, kind, article.title, lead, len(article.body), said, bool(roles[id(c)]),
                              labels=turns, voice=voice, pronouns=pronouns[aid],
                              references=references.get(aid, ()))
            * (1.0 if c.labelled or spoke else UNLABELLED),
            roles=roles[id(c)],
        ))
    actors.sort(key=lambda a: (-a.salience, a.spans[0][0] if a.spans else 0, a.id))
    return tuple(actors), quotes
