"""Direct quotations and who said them.

A quotation is text between paired quotation marks in one paragraph (a
paragraph that opens a quote and never closes it quotes to its end, as news
style does for multi-paragraph quotes).  Its speaker is the subject of the
nearest reporting verb outside the quotation ("…," Toqaev said; said Toqaev;
while saying that "…"); a pronoun subject is the nearest person named before it.
Short scare quotes ("illegal public gatherings") count only when a reporting
verb governs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator.analysis.actors.lexicon import GROUP_PRONOUNS, PERSON_PRONOUNS, SPEECH_VERBS
from generator.analysis.parse import ParsedArticle

QUOTED = re.compile(r"“([^“”]+)”?|\"([^\"]+)\"?")
MIN_WORDS = 4  # shorter quoted text is a scare quote unless a reporting verb governs it
MAX_GAP = 120  # characters between a quotation and its reporting verb


@dataclass(frozen=True)
class QuoteSpan:
    chunk: int
    paragraph: int
    start: int  # body offsets of the quoted words, without the marks
    end: int
    text: str
    subject: Token | None  # the reporting verb's subject, if any
    verb_at: int  # body offset of the reporting verb (-1 when none)
    label: str | None = None  # the transcript's speaker label, for an interview answer


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks."""
    out = []
    for m in QUOTED.finditer(text):
        g = 1 if m.group(1) is not None else 2
        s, e = m.span(g)
        while s < e and text[s].isspace():
            s += 1
        # The comma that ends a quoted clause ("…requirement," he said) is the writer's, not the speaker's.
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _subject(verb: Token) -> Token | None:
    """The verb's subject, climbing "while saying that" to the clause that has one."""
    tok = verb
    for _ in range(4):
        # "Early opponent MP Tanya Davies said": of two subjects, the name.
        subjects = sorted((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
                          key=lambda c: c.pos_ != "PROPN")
        if subjects:
            subj = subjects[0]
            # "Alex Greenwich, who said …": the relative pronoun stands for the noun it follows.
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "acl") or tok.head is tok:
            return None
        tok = tok.head
    return None


def _reporting_verb(doc: Doc, s: int, e: int, quoted: list[tuple[int, int]]) -> Token | None:
    def outside(t: Token) -> bool:
        return not any(a <= t.idx < b for a, b in quoted)

    best, best_gap = None, MAX_GAP + 1
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in SPEECH_VERBS or not outside(t):
            continue
        gap = t.idx - e if t.idx >= e else s - (t.idx + len(t))
        if 0 <= gap < best_gap:
            best, best_gap = t, gap
    return best


def _answer(chunk: int, paragraph: int, start: int, end: int, text: str, label: str) -> QuoteSpan | None:
    """An interview turn that is not a question is what the labelled speaker said."""
    while end > start and text[end - 1 - start].isspace():
        end -= 1
    turn = text[: end - start]
    if not turn or turn.endswith("?"):
        return None
    return QuoteSpan(chunk, paragraph, start, end, turn, None, -1, label)


def find_quotes(parsed: ParsedArticle, labels: dict[int, tuple[str, int]] | None = None) -> list[QuoteSpan]:
    """Quotations in reading order; ``labels`` are transcript speaker labels by paragraph."""
    out = []
    labels = labels or {}
    for chunk, para in enumerate(parsed.paragraphs):
        doc = para.doc
        label = labels.get(para.index)
        if label and label[1] >= para.start:
            turn = doc.text[label[1] - para.start :]
            answer = _answer(chunk, para.index, label[1], para.start + len(doc.text), turn, label[0])
            if answer:
                out.append(answer)
            continue
        quoted = quoted_spans(doc.text)
        for s, e in quoted:
            verb = _reporting_verb(doc, s, e, quoted)
            if verb is None and len(doc.text[s:e].split()) < MIN_WORDS:
                continue
            out.append(QuoteSpan(
                chunk=chunk, paragraph=para.index, start=para.start + s, end=para.start + e,
                text=doc.text[s:e], subject=_subject(verb) if verb is not None else None,
                verb_at=para.start + verb.idx if verb is not None else -1,
            ))
    return out


def resolve_speaker(
    q: QuoteSpan,
    actor_at: Callable[[int, int, int], str | None],
    nearest: Callable[[int, set[str]], str | None],
    named: Callable[[str], str | None],
    headed: Callable[[str], str | None] = lambda noun: None,
) -> str | None:
    """The actor id of a quotation's speaker.

    ``actor_at(chunk, first_token, last_token)`` names the actor mentioned in a
    token range; ``nearest(offset, kinds)`` the closest actor of those kinds
    mentioned before a body offset; ``named(name)`` the actor a name stands for;
    ``headed(noun)`` the one organisation whose name ends with that noun ("the
    court said" → Supreme Court).
    """
    if q.label:
        return named(q.label)
    subj = q.subject
    if subj is None:
        return None
    if subj.lower_ in PERSON_PRONOUNS:
        return nearest(q.verb_at, {"person"})
    if subj.lower_ in GROUP_PRONOUNS:
        return nearest(q.verb_at, {"organization", "person"} if subj.lower_ == "we" else {"organization"})
    sub = list(subj.subtree)
    found = actor_at(q.chunk, subj.i, subj.i + 1) or actor_at(q.chunk, sub[0].i, sub[-1].i + 1)
    if found is None and subj.pos_ == "NOUN":
        found = headed(subj.lemma_.lower())
    return found
