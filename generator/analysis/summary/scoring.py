"""How newsworthy each candidate sentence is: features and their weights.

The score is a weighted sum of a few features a news editor would name:
position (the lead), centrality (how much the sentence shares with the
others), the title, the key actors (the main one counts most), a who-did-what
clause, a named day ("on Monday": the event, not the background), and
penalties for quotations (less when the reporter frames them), first-person
talk and sentences that lean on the one before.  Centrality is the sum of a
sentence's bag-of-lemmas cosines with the other sentences (TF-IDF within the
article), computed with plain dictionaries in linear time.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

import numpy as np
import snowballstemmer

from generator.analysis.summary.candidates import Candidate
from generator.model import Actor

FEATURES = (
    "bias", "lead", "relative", "first", "para_first", "centrality", "title", "salient",
    "who_did_what", "saying", "quote", "unframed_quote", "length", "short", "long",
    "first_person", "turn", "dependent", "numbers", "names", "dated",
)


def feature_matrix(
    cands: list[Candidate], title: str, actors: tuple[Actor, ...]
) -> np.ndarray:
    central = _centrality(cands)
    title_words = _title_words(title)
    salient = _salient_actors(actors)
    rows = []
    for rank, c in enumerate(cands):
        rows.append([
            1.0,
            1.0 / (1.0 + rank),
            rank / len(cands),
            1.0 if rank == 0 else 0.0,
            1.0 if c.first_in_paragraph else 0.0,
            central[rank],
            _title_overlap(c, title_words),
            _salience_presence(c, salient),
            1.0 if c.subject_verb else 0.0,
            1.0 if c.saying else 0.0,
            c.quote_share,
            0.0 if c.framed else c.quote_share,
            min(c.words, 40) / 40,
            max(0.0, (12 - c.words) / 12),
            max(0.0, (c.words - 30) / 30),
            1.0 if c.first_person else 0.0,
            1.0 if c.speaker_turn else 0.0,
            1.0 if rank > 0 and c.opener.kind else 0.0,
            min(c.numbers, 3) / 3,
            c.names / max(1, c.words),
            1.0 if c.dated else 0.0,
        ])
    return np.array(rows, dtype=float).reshape(len(cands), len(FEATURES))


def _centrality(cands: list[Candidate]) -> list[float]:
    """How much each sentence shares with the others: the sum of its cosine
    similarities to every other sentence (TF-IDF within the article), as in
    LexRank's degree centrality.  The sum of cosines is the dot product of the
    sentence's unit vector with the sum of all unit vectors, minus itself, so it
    costs one pass over the words: linear in the article's length, which keeps
    very long articles cheap (a similarity matrix would be quadratic)."""
    df = Counter(w for c in cands for w in set(c.lemmas))
    n = len(cands)
    units = []
    for c in cands:
        v = {w: f * math.log(1 + n / df[w]) for w, f in Counter(c.lemmas).items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        units.append({w: x / norm for w, x in v.items()} if norm else {})
    total: Counter[str] = Counter()
    for v in units:
        total.update(v)
    out = [sum(x * total[w] for w, x in v.items()) - (1.0 if v else 0.0) for v in units]
    top = max(out, default=0.0)
    return [max(0.0, x) / top if top > 0 else 0.0 for x in out]


_WORD = re.compile(r"[a-z0-9]+")


_STEMMER = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """"dies", "died" -> "die": a headline's tense and number are not the story's ("X dies aged
    78" is told as "X died today"), so the two are compared by their Snowball stems."""
    return _STEMMER.stemWord(word)


def _title_words(title: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(title.lower()) if len(w) > 3}


def _title_overlap(c: Candidate, title_words: set[str]) -> float:
    if not title_words:
        return 0.0
    words = {_stem(w) for w in _WORD.findall(c.text.lower())} | {_stem(w) for w in c.lemmas}
    return len(title_words & words) / len(title_words)


def _salient_actors(actors: tuple[Actor, ...], top: int = 5) -> list[tuple[float, Actor]]:
    """The key actors with their salience relative to the first (1.0 for the first)."""
    head = actors[:top]
    best = max((a.salience for a in head), default=0.0)
    return [(a.salience / best if best > 0 else 1.0, a) for a in head]


def _salience_presence(c: Candidate, salient: list[tuple[float, Actor]]) -> float:
    """Salience-weighted share of the key actors the sentence mentions: the main
    actor counts most, so a sentence about the main actor beats a list of minor ones."""
    total = sum(w for w, _ in salient)
    hit = sum(w for w, a in salient if any(c.start <= s < c.end for s, _ in a.spans))
    return hit / total if total else 0.0


def similarity(a: Candidate, b: Candidate) -> float:
    """Share of the shorter sentence's content lemmas found in the other (redundancy)."""
    x, y = set(a.lemmas), set(b.lemmas)
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))
