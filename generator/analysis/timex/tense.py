"""The tense of the clause a temporal expression belongs to, from the parse.

Month names and weekdays without a year are resolved backwards or forwards
from the reference date according to this (TimeML guidelines; HeidelTime does
the same with part-of-speech tags alone).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

FUTURE_AUX = {"will", "'ll", "wo", "shall", "would", "'d", "could", "might", "may", "should",
              "must", "ca", "can"}
# An end point looks ahead whatever the tense: "extended to Nov. 20",
# "postponed until Tuesday", "must respond by Oct. 31".
END_POINTS = {"until", "till", "through", "by", "to", "as early as", "before"}
# Verbs whose object is an event yet to come: "planned a rally on Saturday".
SCHEDULING = {"plan", "schedule", "postpone", "delay", "set", "extend", "reschedule", "call",
              "announce", "expect"}
# Verbs and adjectives that put their complement in the future: "is expected
# to open on Monday", "plans to meet Friday", "the vote due next week".
PLANNING = {"expect", "plan", "schedule", "set", "due", "intend", "aim", "hope", "prepare",
            "propose", "seek", "want", "try", "likely", "slate", "poise"}


def governing_verb(tok: Token) -> Token | None:
    """The verb the expression modifies, climbing through prepositions and at
    most one noun ("the meeting on Tuesday was cancelled").  An adjective in
    between ("payable Dec. 7") cuts the link: the main verb's tense then says
    nothing about the date."""
    if tok.dep_ in ("compound", "nmod", "poss", "amod", "nummod"):
        return None  # "a June agreement": the date of the noun, not of the clause
    nouns = 0
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok or tok.pos_ == "ADJ":
            return None
        head = tok.head
        if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            nouns += 1
            if nouns > 1:
                return None
        tok = head
    return None


def _verb_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if verb.lower_ in FUTURE_AUX:
        return "future"
    if "going" in words and any(c.lower_ == "to" for c in verb.children):
        return "future"
    infinitive = "to" in words and verb.tag_ in ("VB", "VBN")
    if (verb.tag_ == "VB" or infinitive) and verb.dep_ == "xcomp" and \
            verb.head.lemma_ in PLANNING | {"be"}:
        return "future"  # "plans to meet", "is to resume", "is to be sentenced"
    if infinitive and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        return "future"  # "a hearing to be held in June"
    if verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("acl", "relcl", "amod") and verb.lemma_ in PLANNING:
        return "future"
    if verb.lemma_ in PLANNING and verb.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & {"had"}:
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return None  # present perfect: "has set Nov. 10 as the deadline" says nothing
    if verb.tag_ == "VBN" and not auxes:
        return "past"
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
        return _verb_tense(verb.head) if verb.head.i != verb.i else None
    if verb.tag_ == "VBG" and words & {"am", "is", "are", "'m", "'re", "'s"}:
        return "future"  # "I am going to Mexico in January": the progressive of plans
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def tense_of(doc: Doc, start_char: int, end_char: int) -> str | None:
    """``past``, ``present``, ``future`` or None for the span's clause."""
    span: Span | None = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = governing_verb(span.root)
    if verb is None:
        return None
    tense = _verb_tense(verb)
    if _end_point(span) in ("until", "till", "by") and not any(
            c.lower_ == "had" for c in verb.children):
        return "future"
    if tense == "past" and (_end_point(span) or verb.lemma_ in SCHEDULING):
        return None  # the date may lie after the telling: resolve to the nearest
    return tense


def _end_point(span: Span) -> str | None:
    """The end-point preposition the expression depends on, if any."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in END_POINTS:
        return head.lower_
    return None
