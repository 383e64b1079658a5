"""Extractive summary and one-line gist.

Every summary sentence is one of the article's own sentences (a dateline or an
interviewer's tag trimmed off; an answer keeps its speaker's tag), shown in
reading order and linked to its paragraph.  Selection: score each candidate (``scoring``), drop what cannot
stand alone (datelines, bare quotations, verbless lines), then pick greedily
by score while skipping sentences too close to one already picked.  A
sentence that opens with "He", "The group", "But"… is taken only when the
sentence before it is in the summary too, or when ``references`` can resolve
it to a key actor with certainty ("[Toqaev] also took aim at…").  One that
opens with a connective ("But scientists say…") is taken right after the
sentence it continues.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from generator.analysis.parse import ParsedArticle
from generator.analysis.summary.candidates import Candidate, candidates
from generator.analysis.summary.references import introduced, referent, shown_text
from generator.analysis.summary.scoring import feature_matrix, similarity
from generator.analysis.summary.weights import GIST_WEIGHTS, SUMMARY_WEIGHTS
from generator.model import Actor, Sentence

# Two sentences sharing this much of their content words say the same thing.
REDUNDANT = 0.5
# A sentence that repeats part of one already chosen is worth less by this much
# per share of its words repeated (maximal marginal relevance).
OVERLAP = 0.3
# A sentence about the text itself ("The following is the fifth edition of a monthly series…",
# "In this interview, …") introduces the article; it does not say what happened.
ABOUT_THE_TEXT = re.compile(
    r"^(?:The following (?:is|are|was)\b|This (?:article|report|story|page|piece|edition|series|is the "
    r"\w+ (?:edition|installment|instalment|part)\b)|In this (?:article|report|story|interview|edition)\b)"
)


def summarise(
    parsed: ParsedArticle, actors: tuple[Actor, ...], length: int = 3
) -> tuple[Sentence | None, tuple[Sentence, ...]]:
    cands = usable(candidates(parsed))
    if not cands:
        return None, ()
    features = feature_matrix(cands, parsed.article.title, actors)

    def resolve(c: Candidate) -> Actor | None:
        return referent(c, parsed, actors)

    return select(cands, features, resolve, length, people=tuple(a for a in actors if a.kind == "person"))


def select(
    cands: list[Candidate],
    features: np.ndarray,
    resolve: Callable[[Candidate], Actor | None],
    length: int = 3,
    people: tuple[Actor, ...] = (),
) -> tuple[Sentence | None, tuple[Sentence, ...]]:
    """Gist and summary from the scored candidates (``resolve`` names the key
    actor a leaning opener stands for, or None; ``people``, whose given names a
    bare surname is shown with)."""
    gist_scores = features @ GIST_WEIGHTS
    gist = _pick(cands, _reporting(cands, gist_scores), 1, resolve, people)
    gist = gist or _pick(cands, gist_scores, 1, resolve, people)
    summary = _pick(cands, features @ SUMMARY_WEIGHTS, length, resolve, people)
    return (gist[0] if gist else None), tuple(summary)


def usable(cands: list[Candidate]) -> list[Candidate]:
    """The sentences that may be shown: those that stand alone, or, in an
    article that has none, any with a verb."""
    return [c for c in cands if eligible(c)] or [c for c in cands if c.has_verb and c.words >= 3]


def eligible(c: Candidate) -> bool:
    """Can the sentence be shown on its own at all?  Not the interviewer
    talking to the interviewee ("You have spent…"): that is conversation, not news; nor a
    sentence that presents the article itself, nor one that tells its reader to do something
    ("Click here…", "Follow us on Twitter")."""
    return (
        c.has_verb
        and not ABOUT_THE_TEXT.match(c.text)
        and c.words >= 5
        and not _bare_quotation(c)
        and not c.question
        and not c.imperative
        and not (c.interviewer and c.first_person)
        and c.complete
    )


def _bare_quotation(c: Candidate) -> bool:
    """A quotation, or a piece of one, rather than a sentence that reports it:
    'Nobody is against it.' from inside a quoted paragraph, or '"…," he said.'
    A sentence that frames a quotation ('Bos studies "the adaptations…"') is kept."""
    return c.quote_share >= 0.85 or (c.opens_quoted and c.quote_share >= 0.5)


def _reporting(cands: list[Candidate], scores: np.ndarray) -> np.ndarray:
    """The gist is told in the reporter's voice: no interview turn (not even the
    interviewer's, which sets a question up), no "I" or "we".  An interview
    that is all turns gets an answer rather than a question's set-up."""
    told = np.array([not (c.speaker_turn or c.interviewer or c.first_person) for c in cands])
    if told.any():
        return np.where(told, scores, -np.inf)
    answers = np.array([not c.interviewer for c in cands])
    return np.where(answers, scores, -np.inf) if answers.any() else scores


def _pick(
    cands: list[Candidate],
    scores: np.ndarray,
    length: int,
    resolve: Callable[[Candidate], Actor | None],
    people: tuple[Actor, ...] = (),
) -> list[Sentence]:
    """Greedy by score, each pick discounted by its overlap with those already
    taken (``OVERLAP``); skip the redundant and what cannot stand alone."""
    chosen: dict[int, Candidate] = {}
    resolved: dict[int, Actor] = {}
    overlap = np.zeros(len(cands))  # with the sentences chosen so far; updated per pick
    value = np.array(scores, dtype=float)
    follow: int | None = None  # a continuation of the last pick, considered next
    while cands and len(chosen) < length:
        i = follow if follow is not None else int(np.argmax(value - OVERLAP * overlap))  # ties: the earlier
        follow = None
        if value[i] == -np.inf:
            break
        value[i] = -np.inf
        c = cands[i]
        if overlap[i] >= REDUNDANT:
            continue
        if _leans_back(c, cands) and c.index - 1 not in chosen:
            actor = resolve(c)
            if actor is None:
                continue
            resolved[c.index] = actor
        chosen[c.index] = c
        left = np.flatnonzero(value != -np.inf)
        overlap[left] = np.maximum(overlap[left], [similarity(cands[j], c) for j in left])
        follow = _continuation(i, cands, value)
    return _shown([chosen[k] for k in sorted(chosen)], resolved, people)


def _continuation(i: int, cands: list[Candidate], value: np.ndarray) -> int | None:
    """The candidate that continues ``cands[i]``, if any: the very next sentence, when it
    opens with a connective ("But scientists say…", "In addition, nine others…", "Instead, …").
    A connective makes the two sentences one thought (a claim and its rebuttal, an event and
    its toll), so a summary that shows the first shows the second too: one side of a contrast
    alone misleads.  On the 300 CNN stories this lifted ROUGE-2 by 0.24 (held-out half +0.41,
    fit half +0.07); continuations that open with a pronoun ("He added…") gain nothing, so
    they are not taken this way."""
    j = i + 1
    if j < len(cands) and value[j] != -np.inf and cands[j].index == cands[i].index + 1:
        return j if cands[j].opener.kind == "connective" else None
    return None


def _leans_back(c: Candidate, cands: list[Candidate]) -> bool:
    """Does the sentence need the one before it?  The first sentence may
    introduce "The group" or "The move", but "It" or "He" first points at a
    headline or a heading, which the summary does not show, and "Yes, …"
    answers a question, which it does not show either."""
    if c is not cands[0]:
        return bool(c.opener.kind)
    return c.opener.kind == "reply" or (c.opener.kind in ("person", "other") and not c.opener.noun)


def _shown(
    chosen: list[Candidate], resolved: dict[int, Actor], people: tuple[Actor, ...] = ()
) -> list[Sentence]:
    """The chosen sentences as displayed, in reading order.

    A resolution is dropped when the sentence before has been chosen after all; a person
    first named by surname alone is shown with the given names ("[Joanna] Cherry").
    """
    out: list[Sentence] = []
    taken = {c.index for c in chosen}
    named: set[str] = set()
    for c in chosen:
        text = introduced(c, people, named)
        if c.index in resolved and c.index - 1 not in taken:
            text = shown_text(c, resolved[c.index], [s.text for s in out], text)
            named.add(resolved[c.index].id)
        out.append(Sentence(text, c.paragraph, c.start, c.end))
    return out
