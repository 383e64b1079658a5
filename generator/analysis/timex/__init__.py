"""Temporal expressions: recognised and normalised to TIMEX3 values.

``rules`` holds the recognition patterns with their normalisers, ``calendar``
the date arithmetic, ``tense`` the clause tense read from the spaCy parse.
This module runs the rules over each paragraph, keeps the longest valid
expression where several overlap (TimeML marks the maximal extent), and
normalises in reading order so that anaphoric expressions ("two days later",
"the quarter") can lean on the last date mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from spacy.tokens import Doc

from generator.analysis.parse import ParsedArticle
from generator.analysis.timex import calendar as cal
from generator.analysis.timex.rules import RULES, Context, Rule
from generator.analysis.timex.tense import governing_verb, tense_of
from generator.model import Timex

Candidate = tuple[int, int, Rule, re.Match]


def find_timexes(parsed: ParsedArticle, dct: dt.date | None) -> tuple[Timex, ...]:
    out: list[Timex] = []
    state = {"ref": None, "quarter": None}
    for para in parsed.paragraphs:
        text = para.doc.text  # once: Doc.text joins every token on each access
        for start, end, typ, value in paragraph_timexes(para.doc, dct, state):
            out.append(Timex(para.start + start, para.start + end, text[start:end], typ, value, para.index))
    return tuple(sorted(out, key=lambda t: (t.start, t.end)))


def paragraph_timexes(doc: Doc, dct: dt.date | None, state: dict | None = None):
    """(start, end, type, value) of every expression of one parsed paragraph."""
    state = state if state is not None else {"ref": None, "quarter": None}
    ctx = _context(doc, dct)
    state["narrative"] = None  # a narrative date holds within its paragraph
    state["ref_at"] = None
    chosen = _select(_candidates(doc.text), ctx)
    for start, end, rule, m in chosen:
        ctx.ref, ctx.quarter = state["ref"], state["quarter"]
        ctx.narrative = state.get("narrative")
        ctx.ref_at = state["ref_at"]
        result = rule.normalise(m, ctx)
        if result is None:
            continue
        typ, value = result
        yield start, end, typ, value
        if typ in ("DATE", "TIME") and cal.parse(value):
            state["ref"] = value
            state["ref_at"] = start
            when = cal.parse(value)
            explicit = re.search(r"\b\d{4}\b", m.group()) and when[1] == "day" \
                and _tells_when(doc, start, end)
            state["narrative"] = when[0] if explicit and dct and when[0].year < dct.year else None
            # a comparison period ("a year ago", "the year-earlier quarter")
            # does not become the quarter the article is about
            if re.fullmatch(r"\d{4}-Q\d", value) and not _COMPARISON.search(m.group()):
                state["quarter"] = value


_COMPARISON = re.compile(r"year[\s-]+(?:ago|earlier|before)|comparable|last\s+year|a\s+year", re.I)


def _tells_when(doc: Doc, start: int, end: int) -> bool:
    """The date says when the clause happened ("moved on November 15, 2017"),
    rather than naming a thing ("the Dec. 21, 1988, bombing")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ not in ("compound", "nmod", "amod", "poss", "nummod") \
        and governing_verb(span.root) is not None


def _candidates(text: str) -> list[Candidate]:
    found = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            # a group named "x" is the extent when the pattern needs context
            # around it ("for the year", "in the summer")
            span = m.span("x") if "x" in rule.pattern.groupindex and m["x"] else m.span()
            start, end = _trim(text, *span)
            if end > start:
                found.append((start, end, rule, m))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    # "the third-quarter results": the determiner goes with the noun, not with
    # the hyphenated adjective that is the expression
    if _ADJ_WITH_DET.match(text, start, end):
        start = _ADJ_WITH_DET.match(text, start, end).end("det")
        while start < end and text[start] in " \t\n":
            start += 1
    return start, end


_ADJ_WITH_DET = re.compile(r"(?P<det>the|a|an|this|its)\s+\S+-(?:quarter|year|month|week|day|"
                           r"hour|minute)$", re.I)


def _select(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Longest valid candidates first, none overlapping; then in reading order."""
    taken: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        start, end, rule, m = cand
        if any(start < e and s < end for s, e, _, _ in taken):
            continue
        if rule.normalise(m, ctx) is None:
            continue
        taken.append(cand)
    return sorted(taken, key=lambda c: c[0])


def _context(doc: Doc, dct: dt.date | None) -> Context:
    token_at = [-1] * (len(doc.text) + 1)
    for tok in doc:
        for i in range(tok.idx, tok.idx + len(tok.text)):
            token_at[i] = tok.i

    def tok(i: int):
        j = token_at[i] if 0 <= i < len(token_at) else -1
        return doc[j] if j >= 0 else None

    @cache
    def tense(start: int, end: int) -> str | None:
        return tense_of(doc, start, end)

    def ent_type(i: int) -> str:
        t = tok(i)
        return t.ent_type_ if t is not None else ""

    def tag(i: int) -> str:
        t = tok(i)
        return t.tag_ if t is not None else ""

    def sentence_start(i: int) -> bool:
        t = tok(i)
        return bool(t is not None and t.is_sent_start)

    def same_sentence(i: int, j: int) -> bool:
        a, b = tok(i), tok(j)
        return a is not None and b is not None and a.sent.start == b.sent.start

    return Context(dct=dct, text=doc.text, tense=tense, ent_type=ent_type, tag=tag,
                   sentence_start=sentence_start, same_sentence=same_sentence)
