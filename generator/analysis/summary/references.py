"""Resolve a sentence-opening reference ("He", "Her", "The group") to a key actor.

A resolution is made only when it cannot be wrong in the ordinary reading:
the nearest sentence before it that names any person (for "He"/"She") names
exactly one, and that one is a known actor; "The bank" is resolved only to
an organisation named in the sentence just before whose name says it is a
bank ("BTA Bank"): "The team" after "University of Helsinki" is the
researchers, not the university.  Otherwise there is no resolution and the caller picks another
sentence.  "They", "It", "This", "The move" and connectives such as "But"
are never resolved: they point at events or groups the actor list cannot
name.
"""

from __future__ import annotations

from generator.analysis.actors.lexicon import POSSESSIVE, is_given_name, is_label_word, is_plain_word
from generator.analysis.parse import ParsedArticle, entities_in
from generator.analysis.summary.candidates import Candidate
from generator.model import Actor

# How far back (in sentences) the referent may be.
LOOKBACK = 3
_ENT_KINDS = {"person": ("PERSON",), "organization": ("ORG", "NORP")}


def referent(c: Candidate, parsed: ParsedArticle, actors: tuple[Actor, ...]) -> Actor | None:
    """The actor the opening words of ``c`` stand for, when certain."""
    kind = {"person": "person", "org": "organization"}.get(c.opener.kind)
    if kind is None:
        return None
    lookback = LOOKBACK if kind == "person" else 1
    for sent_start, sent_end, ents in _previous_sentences(parsed, c.start)[:lookback]:
        named = [a for a in actors if a.kind == kind and _mentioned(a, sent_start, sent_end)]
        loose = [start for label, start in ents if label in _ENT_KINDS[kind]]
        if not named and not loose:
            continue
        if len(named) != 1:
            return None
        if kind == "organization" and not _named_as(named[0], c.opener.noun):
            return None
        # Every entity of that kind in the sentence must be this actor.
        spans = named[0].spans
        if all(any(s <= e_start < t for s, t in spans) for e_start in loose):
            return named[0]
        return None
    return None


def shown_text(
    c: Candidate, actor: Actor, earlier: list[str], text: str | None = None
) -> str:
    """The sentence (``text``, else the candidate's own) with its opening reference replaced
    by "[Name]"."""
    text = c.text if text is None else text
    name = actor.name
    words = name.split()
    if actor.kind == "person" and len(words) > 1 and any(name in t for t in earlier):
        name = words[-1]  # second reference: the surname, as a reporter would
    if c.opener.possessive and not name.endswith("'s"):
        name += "'s"
    head = c.opener.start - c.start
    tail = c.opener.end - c.start
    return f"{text[:head]}[{name}]{text[tail:]}"


def introduced(c: Candidate, people: tuple[Actor, ...], named: set[str]) -> str:
    """The sentence with "[Joanna] Cherry" for a person it is the first of the summary to
    name and names by surname alone: a reader of three sentences has not met "Cherry".
    ``named`` holds the ids of the people named so far and is updated.  Only after the
    opening reference, so that a resolution's offsets stay right."""
    inserts = []
    for actor in people:
        words = actor.name.split()
        inside = sorted((s, e) for s, e in actor.spans if c.start <= s < c.end)
        if not inside or actor.id in named:
            continue
        named.add(actor.id)
        s, e = inside[0]
        written = POSSESSIVE.sub("", c.text[s - c.start : e - c.start])  # a span ends its word
        if len(words) >= 2 and written == words[-1] and s >= c.opener.end \
                and _given_and_surname(words) and not _after_a_name(c.text[: s - c.start]):
            inserts.append((s - c.start, "[" + " ".join(words[:-1]) + "] "))
    text = c.text
    for at, given in sorted(inserts, reverse=True):
        text = text[:at] + given + text[at:]
    return text


def _given_and_surname(words: list[str]) -> bool:
    """The name reads as given names and a surname, so that the brackets add given names: not
    a possessive or a common word taken into a name ("Gene Simmons's KISS", "Witnessing
    Alzheimer"), nor a surname in capitals or lower case."""
    surname = words[-1]
    if not (surname[:1].isupper() and not surname.isupper() and surname.replace("-", "").isalpha()):
        return False
    for word in words[:-1]:
        if "'" in word or "’" in word:
            return False
        if word.rstrip(".").isalpha() and len(word.rstrip(".")) > 1 and word[:1].isupper() \
                and not is_given_name(word) and is_plain_word(word):
            return False
    return True


def _after_a_name(before: str) -> bool:
    """The word right before is part of a name already: "Serena Williams" whose "Serena" the
    mention missed, "T.J. Maxx", "Dolce & Gabbana".  Not a word set off by punctuation ("On
    Super Tuesday, Sanders") nor a capitalised common noun ("Democrat Spearman")."""
    if not before[-1:].isspace():
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1]
    if last == "&":
        return True
    # "T.J." ends in its initial's dot; any other punctuation sets the word off.
    joined = last[-1:].isalnum() or (last.endswith(".") and last[:-1].replace(".", "").isupper())
    return last[:1].isupper() and joined and not is_label_word(last)


def _named_as(actor: Actor, noun: str) -> bool:
    """"The bank" may stand for "BTA Bank", not for "University of Helsinki"."""
    return any(noun in name.lower().split() for name in (actor.name, *actor.aliases))


def _mentioned(actor: Actor, start: int, end: int) -> bool:
    return any(start <= s < end for s, _ in actor.spans)


def _previous_sentences(
    parsed: ParsedArticle, before: int
) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """Up to LOOKBACK sentences ending before body offset ``before``, nearest
    first, each with its entities as (label, body start)."""
    found = []
    for para, sent in parsed.sentences():
        s, e = para.offsets(sent)
        if s >= before:
            break
        found.append((s, e, [(ent.label_, para.offsets(ent)[0]) for ent in entities_in(sent)]))
    return list(reversed(found[-LOOKBACK:]))
