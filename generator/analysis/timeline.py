"""Timeline entries: the dated events of an article, in chronological order.

Each DATE or TIME expression that names a point on the calendar gives one
entry: the clause it belongs to (from the dependency parse), trimmed to a
readable event phrase, with the original wording and the normalised value.
A duration anchored on an event ("two days before the rallies") gives an entry
for that event, dated from the nearest dated event before it.  Durations,
sets and vague references (``PAST_REF``) do not become entries.

Undated articles keep their unresolved values (``XXXX-10-21``); to order them
the expressions are normalised a second time against a stand-in publication
date far from any real one, so that "last year" still comes before "earlier
this year" without a year ever being guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.analysis.parse import ParsedArticle, ParsedParagraph
from generator.analysis.timex import calendar as cal
from generator.analysis.timex import find_timexes
from generator.analysis.timex.tense import governing_verb, tense_of
from generator.model import TimelineEntry, Timex

# Stand-in date for ordering an undated article: the last day of a year no
# article is about, so that past months without a year fall in "its" year.
STAND_IN = dt.date(9000, 12, 31)
MAX_WORDS = 22  # longer event phrases lose their trailing modifiers
PLANNED = re.compile(r"\b(?:plan(?:s|ned)?|schedul\w+|expect\w*|due|upcoming|will|to be held|"
                     r"set to|intends?|forthcoming)\b", re.I)
# Clause parts that are separate events or asides, dropped from an event phrase
# unless they hold the date itself.
ASIDES = {"advcl", "conj", "cc", "parataxis", "punct", "mark", "relcl", "ccomp", "appos",
          "dep", "discourse", "intj", "preconj"}
# Below the clause head, coordination is part of a noun phrase ("critics and
# activists"); appositions and relative clauses are still asides.
INNER_ASIDES = frozenset({"appos", "relcl", "parataxis", "advcl", "dep", "discourse", "intj"})
BOUNDS = re.compile(r"(?:more|less|fewer|no\s+more|no\s+less)\s+than|at\s+(?:least|most)|up\s+to",
                    re.I)
ANCHOR = re.compile(r"\s+(before|after|ahead\s+of|prior\s+to)\s+", re.I)


@dataclass(frozen=True)
class _Dated:
    timex: Timex
    value: str  # as shown: the timex value, or a value derived from an anchor
    key: tuple  # chronological sort key
    expression: str
    event: str
    future: bool
    order: int  # position in the text, to keep ties stable


def build_timeline(parsed: ParsedArticle, timexes: tuple[Timex, ...]) -> tuple[TimelineEntry, ...]:
    dct = parsed.article.date
    keyed = _keys(parsed, timexes)
    found: list[_Dated] = []
    for n, t in enumerate(timexes):
        para = _paragraph(parsed, t)
        if para is None:
            continue
        if t.type in ("DATE", "TIME"):
            entry = _dated(para, t, keyed, dct, n)
        elif t.type == "DURATION":
            entry = _anchored(parsed, para, t, timexes[:n], keyed, dct, n)
        else:
            entry = None
        if entry is not None:
            found.append(entry)
    found.sort(key=lambda d: (d.key, d.order))
    seen: set[tuple[str, str]] = set()
    out = []
    for d in found:
        if (d.value, d.event) in seen:
            continue
        seen.add((d.value, d.event))
        out.append(TimelineEntry(d.value, d.expression, d.event, d.timex.paragraph, d.future))
    return tuple(out)


# -- dated expressions --------------------------------------------------------

def _keys(parsed: ParsedArticle, timexes: tuple[Timex, ...]) -> dict[int, tuple]:
    """Sort key per timex start; undated articles use the stand-in date."""
    source = timexes if parsed.article.date else find_timexes(parsed, STAND_IN)
    keys = {}
    for t in source:
        key = cal.sort_key(t.value) if t.type in ("DATE", "TIME") else None
        if key is not None:
            keys[t.start] = key
    return keys


def _dated(para: ParsedParagraph, t: Timex, keyed: dict, dct: dt.date | None, n: int) -> _Dated | None:
    key = keyed.get(t.start)
    if key is None or t.value.endswith("_REF"):
        return None
    span = _span(para, t)
    if span is None:
        return None
    event = event_phrase(span)
    future = _is_future(span, key, dct, event)
    return _Dated(t, t.value, key, t.text, event, future, n)


def _is_future(span: Span, key: tuple, dct: dt.date | None, event: str) -> bool:
    if dct is not None:
        return key[0] > dct
    tense = tense_of(span.doc, span.start_char, span.end_char)
    return tense == "future" or bool(PLANNED.search(event))


# -- "two days before the rallies" -------------------------------------------

def _anchored(parsed: ParsedArticle, para: ParsedParagraph, t: Timex, before: tuple[Timex, ...],
              keyed: dict, dct: dt.date | None, n: int) -> _Dated | None:
    """An event placed by a duration relative to the nearest dated event."""
    m = ANCHOR.match(parsed.article.body, t.end)
    amount = re.fullmatch(r"P(\d+)([DWMY])", t.value)
    if not m or not amount or BOUNDS.match(t.text):
        return None  # "less than two weeks before": no date to give
    span = _span(para, t)
    if span is None:
        return None
    event_tok = _anchor_object(span)
    if event_tok is None:
        return None
    anchor = next((a for a in reversed(before) if a.type in ("DATE", "TIME") and a.start in keyed
                   and re.match(r"(\d{4}|XXXX)-\d\d-\d\d", a.value)), None)
    if anchor is None:
        return None
    unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[amount[2]]
    sign = -1 if m.group(1).lower() == "after" else 1  # X comes N days *before* the event
    first = keyed[anchor.start][0]
    when = cal.shift(first, unit, sign * int(amount[1]))
    value = when.isoformat()
    if anchor.value.startswith("XXXX"):
        value = "XXXX" + value[4:]
    key = (when, cal.GRANULARITY.index("day"))
    event = _phrase(_clause(event_tok, set()), span.doc)
    expression = parsed.article.body[t.start:m.end()] + event_tok.text
    future = key[0] > dct if dct else bool(PLANNED.search(event))
    return _Dated(t, value, key, expression, event, future, n)


def _anchor_object(span: Span) -> Token | None:
    """The event noun after "before"/"after" that follows the duration."""
    doc = span.doc
    for tok in doc[span.end:span.end + 3]:
        if tok.lower_ in ("before", "after", "of", "to"):
            obj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    return None


# -- event phrases -------------------------------------------------------------

def event_phrase(span: Span) -> str:
    """The clause a temporal expression belongs to, trimmed to be readable."""
    doc = span.doc
    if span.root.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and span.root.head.pos_ in (
            "NOUN", "PROPN"):
        # "the 2018 elections": the date of a thing, not of the clause around it
        return _phrase(_clause(span.root.head, set(range(span.start, span.end)),
                               asides=INNER_ASIDES), doc)
    verb = governing_verb(span.root)
    if verb is None:
        return _phrase(list(span.sent), doc)
    inside = set(range(span.start, span.end))
    # a participle or relative clause describes its noun: "the law adopted last
    # year" is about the law
    head = verb.head if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i else verb
    # ... and a noun inside a prepositional phrase belongs to the larger one:
    # "the law on mass gatherings adopted last year"
    while head.i != verb.i and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head.head
    tokens = _clause(head, inside)
    if len(tokens) > MAX_WORDS:
        tokens = _clause(head, inside, drop_modifiers=True)
    return _phrase(tokens, doc)


def _clause(head: Token, inside: set[int], drop_modifiers: bool = False,
            asides: frozenset[str] = frozenset(ASIDES)) -> list[Token]:
    """``head`` and its dependents, without asides at any depth (an apposition
    deep inside the object is still an aside); with ``drop_modifiers`` also
    without the modifiers that follow the head."""
    keep = [head]
    for child in head.children:
        holds_date = any(t.i in inside for t in child.subtree)
        if child.dep_ in asides and not holds_date:
            continue
        if drop_modifiers and not holds_date and child.i > head.i and child.dep_ in (
                "prep", "npadvmod", "advmod", "agent", "xcomp", "acl", "oprd"):
            continue
        keep.extend(_clause(child, inside, asides=INNER_ASIDES))
    return sorted(keep, key=lambda t: t.i)


def _phrase(tokens: list[Token], doc: Doc) -> str:
    """Text from the first to the last token, without edge punctuation."""
    if not tokens:
        return ""
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark") or (
            doc[start].dep_ == "advmod" and start + 1 < end and doc[start + 1].text == ",")):
        start += 1  # leading "and", "Nevertheless,"
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ")”\"'":
        end -= 1
    text = doc[start:end].text if end > start else ""
    return " ".join(text.split())


def _paragraph(parsed: ParsedArticle, t: Timex) -> ParsedParagraph | None:
    # a long paragraph may be parsed in several slices with the same index
    for para in parsed.paragraphs:
        if para.index == t.paragraph and para.start <= t.start and t.end <= para.end:
            return para
    return None


def _span(para: ParsedParagraph, t: Timex) -> Span | None:
    return para.doc.char_span(t.start - para.start, t.end - para.start, alignment_mode="expand")
