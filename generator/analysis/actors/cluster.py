"""A group of mentions taken for one real-world entity, and the name helpers it needs.

Kept apart from ``merge`` (which builds clusters) and ``kinds`` (which says what a
cluster is) so that both can use it without importing each other: the merge asks
``kinds`` what a cluster is while it joins names, and ``kinds`` reads clusters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from generator.analysis.actors.lexicon import (
    COUNTRY_PREFIXES,
    NAME_FUNCTION_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_WORDS,
    WELL_KNOWN_ALIASES,
    is_acronym,
)
from generator.analysis.actors.mentions import Mention

LEADING_THE = re.compile(r"^the\s+")
HYPHENS = re.compile(r"(?<=\w)[-‐‑–](?=\w)")  # between letters only: not a dash between words


@functools.lru_cache(maxsize=1 << 16)  # linking calls it for every actor of the archive
def name_key(name: str) -> str:
    """Case, dots, apostrophes, a leading "the", accents and hyphens do not tell names apart:
    "Zdeněk Kubíček" is "Zdenek Kubicek" and "Jean-Luc" is "Jean Luc" (English copy often drops
    both), as the ids (slugs) already fold them."""
    key = fold(name).replace("’", "'").replace(".", "")
    key = HYPHENS.sub(" ", key)
    key = LEADING_THE.sub("", key)
    return " ".join(key.split())


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents: "Kubíček" and "Kubicek" are one spelling of one name."""
    key = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in key if not unicodedata.combining(ch))


def nickname(words: list[str] | tuple[str, ...]) -> str | None:
    """'Jeremy "Spike" Cohen' -> "Spike": the name in quotes between a given name and a surname."""
    quoted = [w.strip("\"“”'‘’") for w in words[1:-1] if w[:1] in "\"“'‘" and w[-1:] in "\"”'’"]
    return quoted[0] if quoted and quoted[0] else None


def without_particles(words: tuple[str, ...]) -> tuple[str, ...]:
    """A surname's particle, capitalised or not, is no word of its own: "Jacqueline De León",
    "Rocky De La Fuente"."""
    last = len(words) - 1
    return tuple(w for i, w in enumerate(words) if i in (0, last) or w.lower() not in NAME_PARTICLES)


def name_head(words: tuple[str, ...]) -> str:
    """The lower-cased word that says what a name names: its last, or in "X of Y" (and "X on Y",
    "X for Y") X's last: "Department" of "United States Department of State", "Commission" of
    "Commission on Presidential Debates"."""
    lower = [w.lower().rstrip(".") for w in words]
    return next((lower[i - 1] for i, w in enumerate(lower) if i and w in ("of", "for", "on")), lower[-1])


def plain_name(words: tuple[str, ...]) -> bool:
    """Two or three capitalised words, none generic: what a person's full name looks like;
    lower-case particles may join them ("Luuk van Dalen", "Ana de la Riva")."""
    inner = [w for w in words[1:-1] if w in NAME_PARTICLES]  # lower case only: "Bank Of…" is no name
    named = [w for w in words if w not in inner]
    return 2 <= len(named) <= 3 and all(
        w[:1].isupper() and w.lower() not in ORG_WORDS | PLACE_WORDS | NAME_FUNCTION_WORDS for w in named)


@functools.cache
def country_aliases() -> dict[str, str]:
    """Every ISO 3166 name of a country → its common name: "Islamic Republic of Iran" and "Iran",
    "United States of America" and "United States" are one place (pycountry's table)."""
    import pycountry

    out = {}
    for c in pycountry.countries:
        names = [getattr(c, a, None) for a in ("common_name", "name", "official_name")]
        names = [name_key(n) for n in names if n and "," not in n]  # not "Iran, Islamic Republic of"
        for n in names[1:]:
            out.setdefault(n, names[0])
    return out


def canonical_key(name: str) -> str:
    """The key of the one name a place goes by: "washington dc" and "dc" are "washington",
    "america" is "united states", "islamic republic of iran" is "iran"; and of a body named
    for its country: "us congress" is "united states congress"."""
    key = name_key(name)
    key = WELL_KNOWN_ALIASES.get(key, key)
    return country_aliases().get(key, body_of_country(key))


def body_of_country(key: str) -> str:
    """"us congress" → "united states congress": a body's name key with its country's
    abbreviation written out (not "usa today": only before a body's word)."""
    first, _, rest = key.partition(" ")
    if first in COUNTRY_PREFIXES and set(rest.split()) & ORG_WORDS:
        return f"{COUNTRY_PREFIXES[first]} {rest}"
    return key


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    kind_hint: str | None = None  # set when the merge itself says what it is
    # Starts of the article's mentions the parse shows used as a person ("X's wife", "X, 54,"):
    # ``usage.person_cues``, shared by all clusters of an article.
    cues: frozenset[int] = frozenset()
    # ``merge`` compares every cluster with every other, and ``longest`` and the kind
    # walk all mentions: remembering them keeps a long article from costing minutes.
    # Mentions only ever grow, so their count (with the hint) tells when a remembered
    # value is stale.
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def remember(self, what: str, compute):
        key = (what, len(self.mentions), self.kind_hint)
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def longest(self) -> Mention:
        def compute() -> Mention:
            full = [m for m in self.mentions if not is_acronym(m.name)] or self.mentions
            # A country goes by its common name ("Iran"), whatever its official one: one id everywhere.
            full = [m for m in full if name_key(m.name) not in country_aliases()] or full
            # Of two spellings with as many words, the article's usual one ("Hagia Sophia" three
            # times over a quotation's "Haghia Sophia").
            uses = Counter(name_key(m.name) for m in full)
            return max(full, key=lambda m: (len(m.words), uses[name_key(m.name)], len(m.name), -m.start))

        return self.remember("longest", compute)

    @property
    def labelled(self) -> bool:
        """The model called some mention a name (not only a run of capitals)."""
        return any(m.label for m in self.mentions)

    @property
    def words(self) -> tuple[str, ...]:
        return self.longest.words

    def names(self) -> list[str]:
        seen: dict[str, str] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            seen.setdefault(name_key(m.name), m.name)
        return list(seen.values())
