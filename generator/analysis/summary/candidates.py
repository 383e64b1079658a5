"""Summary candidates: the article's sentences, trimmed and described.

A candidate is a sentence as it could be shown: a dateline ("NUR-SULTAN --",
"(CNN)") or the interviewer's tag ("Wikinews: …") at its start is cut off by
moving ``start``, so the shown text is always ``body[start:end]`` (plus, at
most, a bracketed resolution added later).  The first sentence of an
interviewee's answer keeps its "Jane Doe:" tag: it says who is speaking.  Everything the selection needs to
know about a sentence is computed here, once, from the spaCy parse.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.analysis.parse import ParsedArticle, ParsedParagraph, entities_in
from generator.analysis.quotations import quoted_mask

# "NUR-SULTAN --", "LONDON, England (CNN) --", "Dhaka, Bangladesh (CNN)", "(Reuters) -":
# a short capitalised place (optionally with an agency in brackets) closed by a
# dash, or an agency in brackets glued to the text.
_DATELINE = re.compile(
    r"""^(?:
        [A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}\s*(?:\([A-Z][\w. ]{0,20}\))?\s*(?:--|—|–|-)\s+
      | (?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}\s*)?\([A-Z][\w. ]{0,20}\)\s*(?:--|—|–|-)?\s*
    )""",
    re.X,
)
# Titles that precede a name ("Police Maj. Jeff Cotner"), and initials ("George
# W. Bush"): a full stop after them rarely ends a sentence, but the parser
# sometimes cuts there.
_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt",
    "spc", "adm", "cmdr", "gov", "sen", "rep", "rev", "det", "insp", "supt", "st", "hon",
}
_ABBREVIATION = re.compile(r"(?:^|\s)([A-Za-z]+)\.$")
# "a.m.", "p.m.", "U.S.": letters with full stops, which end sentences and
# abbreviations alike.
_DOTTED = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){2,}$")
# Interview turns: "Jane Doe: …", "Q: …", "Wikinews: …" (a speaker is a short
# run of capitalised words before the colon).
_SPEAKER = re.compile(r"^((?:[A-Z][\w.'’-]*\s?){1,4}):\s+")
# A date that names a day: a weekday, a day of a month, or today/yesterday.
_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.I,
)
_OPEN_QUOTES = "\"“”‘'"
_CLOSERS = "\"'”’)]"
# Connectives that tie a sentence to the one before it.
_CONNECTIVES = {
    "but", "however", "and", "also", "still", "yet", "meanwhile", "instead", "so",
    "thus", "therefore", "moreover", "furthermore", "nevertheless", "nonetheless",
    "then", "besides", "otherwise", "likewise", "similarly", "meantime", "hence", "or",
    "additionally", "separately", "consequently", "accordingly", "regardless", "indeed",
    "conversely", "alternatively", "though", "plus",
}
_CONNECTIVE_PHRASES = (
    "in addition", "as a result", "in response", "in turn", "on the other hand", "even so",
    "by contrast", "in contrast", "that said", "at the same time", "despite this", "because of this",
)
# Demonstratives and pronouns that point back when they open a sentence.
_PERSON_PRONOUNS = {"he", "she", "his", "her"}
_OTHER_PRONOUNS = {"they", "their", "it", "its", "this", "these", "that", "those", "there", "both"}
_FIRST_SECOND = {"i", "me", "my", "we", "us", "our", "you", "your"}
# Collective nouns that, as "The group …", stand for an organisation.
ORG_NOUNS = {
    "group", "organization", "organisation", "company", "firm", "party", "agency",
    "government", "ministry", "department", "movement", "union", "bank", "court",
    "council", "committee", "team", "club", "network", "administration", "army",
}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
_SAYING = {"say", "tell", "add", "state", "note", "explain", "write", "ask"}


@dataclass(frozen=True)
class Opener:
    """How a sentence's first words depend on what came before it."""

    kind: str  # "", "person", "org", "other" (a pronoun or "The move"), "connective", "reply"
    start: int  # body offsets of the dependent words, e.g. "He" or "The group"
    end: int
    possessive: bool = False  # "His" / "Their": a resolution takes "'s"
    noun: str = ""  # the head of "The group": "group" (empty for a pronoun)


@dataclass(frozen=True)
class Candidate:
    index: int  # reading order among all sentences of the body
    paragraph: int  # 1-based
    first_in_paragraph: bool
    start: int  # body offsets of the text shown
    end: int
    text: str
    words: int
    lemmas: tuple[str, ...]  # content lemmas, lower-cased
    quote_share: float  # share of the characters inside quotation marks
    opens_quoted: bool  # starts with, or inside, a quotation
    has_verb: bool
    subject_verb: bool  # a main verb with a named or nominal subject: who did what
    framed: bool  # the main verb is the reporter's, outside any quotation
    dated: bool  # names the day it happened ("on Monday", "on October 21"): an event, not background
    saying: bool  # the main verb is a verb of saying
    first_person: bool  # I / we / you outside quotes
    speaker_turn: bool  # an interviewee's turn ("Name: …")
    interviewer: bool  # the interviewer's turn: the reporter's voice, but not a report
    question: bool  # asks rather than tells
    imperative: bool  # tells the reader to do something: "Click here…", "Follow us on…"
    numbers: int  # figures and counts ("six people", "$3 million")
    names: int  # tokens of named entities
    complete: bool  # ends like a sentence (a heading or a caption does not)
    opener: Opener


def candidates(parsed: ParsedArticle) -> list[Candidate]:
    out: list[Candidate] = []
    index = 0
    turns = _interview_turns(parsed)
    for para in parsed.paragraphs:
        text = para.doc.text
        inside = quoted_mask(text)
        turn = turns.get(para.index, "")
        for n, sent in enumerate(_sentences(para.doc)):
            cand = _candidate(para, text, sent, index, n == 0, inside, turn)
            index += 1
            if cand is not None:
                # Still cut at a title: the paragraph ends there (a fragment).
                if _ends_in_abbreviation(sent):
                    cand = replace(cand, complete=False)
                out.append(cand)
    return out


def _sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with a cut after a title or an initial undone.

    The parser sometimes ends a sentence at "Police Maj." or "George W." and
    starts the next at the name: both halves are fragments, while joined they
    are often the sentence that tells who did what ("… said Police Maj. Jane
    Roe.").  A title or a single capital rarely ends a real sentence.  Nor
    does a sentence start in lower case or with a bracket after a word cut
    short by a full stop: "… enterprise Acme Kft. (Acme Limited) acquired …"
    is one sentence."""
    out: list[Span] = []
    for sent in doc.sents:
        if out and (_ends_in_abbreviation(out[-1]) or _continues(out[-1], sent)):
            out[-1] = doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return [piece for sent in out for piece in _split_after_quotation(sent)]


# A quotation that ends a sentence ('… do away with it."') followed by the next
# sentence's capital: the parser often runs the two together.
_QUOTE_END = re.compile(r"[.!?]['’]?[\"”]\s+(?=[A-Z])")


def _split_after_quotation(sent: Span) -> list[Span]:
    """The sentence cut where a quotation closes a sentence and a new one
    starts; otherwise the end of a quotation opens the next sentence
    ('…with it." Democrat Roe was elected…'), which is neither a quotation
    nor a sentence of the reporter's."""
    doc = sent.doc
    pieces, start = [], sent.start
    for m in _QUOTE_END.finditer(sent.text):
        token = doc.char_span(sent.start_char + m.end(), sent.start_char + m.end() + 1,
                              alignment_mode="expand")
        if token is not None and start < token.start < sent.end:
            pieces.append(doc[start : token.start])
            start = token.start
    pieces.append(doc[start : sent.end])
    return pieces


def _continues(before: Span, sent: Span) -> bool:
    """Does ``sent`` go on with the sentence ``before`` that the parser ended
    at an abbreviation ("Inc.", "Kft.")?"""
    first_word = sent.text.lstrip().split(" ", 1)[0]
    # "eBay said…" is a sentence of its own; "acquired …" or "(Acme Limited)" is not.
    starts_on = first_word.islower() or first_word[:1] == "("
    if starts_on and _ABBREVIATION.search(before.text.rstrip()):
        return True
    # "… died at 10:00 a.m. | Tongan time (2100 UTC) at the age of 78.": no verb, no sentence.
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sent)
    return verbless and bool(_DOTTED.search(before.text.rstrip()))


def _interview_turns(parsed: ParsedArticle) -> dict[int, str]:
    """Paragraphs spoken in an interview, from the first "Name: …" turn on:
    paragraph -> "interviewer" or "interviewee".

    An answer often runs over several paragraphs of which only the first
    carries the speaker's name.  One "Name: …" paragraph alone is not an
    interview (it may be a quoted statement).  The interviewer (the speaker
    who asks the most questions) speaks in the reporter's voice: "Cyclone X
    has winds of…, how…?" sets out what the interview is about.
    """
    tagged = [p.index for p in parsed.paragraphs if _SPEAKER.match(p.doc.text)]
    if len(tagged) < 2:
        return {i: "interviewee" for i in tagged}
    speaker: dict[int, str] = {}
    asks: Counter[str] = Counter()
    current = ""
    for p in parsed.paragraphs:
        m = _SPEAKER.match(p.doc.text)
        current = m.group(1).strip() if m else current
        if p.index >= tagged[0]:
            speaker[p.index] = current
            asks[current] += p.doc.text.rstrip(_CLOSERS + " ").endswith("?")
    interviewer = max(asks, key=lambda k: (asks[k], k)) if any(asks.values()) else None
    return {i: "interviewer" if who == interviewer else "interviewee" for i, who in speaker.items()}


def _candidate(
    para: ParsedParagraph,
    para_text: str,
    sent: Span,
    index: int,
    first: bool,
    inside: list[bool],
    turn: str,
) -> Candidate | None:
    s, e = sent.start_char, sent.end_char
    raw = para_text[s:e]
    cut = _prefix_length(raw, first)
    s += cut
    text = para_text[s:e].rstrip()
    e = s + len(text)
    if not text:
        return None
    tokens = [t for t in sent if t.idx >= s]
    if not tokens:
        return None
    quoted = sum(inside[s:e]) / max(1, len(text.strip(_OPEN_QUOTES + " ")))
    root = sent.root
    shown = _speaker_tag_start(para_text, s) if turn == "interviewee" else s
    return Candidate(
        index=index,
        paragraph=para.index,
        first_in_paragraph=first,
        start=para.start + shown,
        end=para.start + e,
        text=para_text[shown:e],
        words=sum(1 for t in tokens if not t.is_punct),
        lemmas=tuple(t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT_POS and not t.is_stop),
        quote_share=min(1.0, quoted),
        opens_quoted=inside[s] or text[:1] in _OPEN_QUOTES,
        has_verb=any(t.pos_ in ("VERB", "AUX") for t in tokens),
        subject_verb=_subject(root) is not None,
        framed=not inside[root.idx],
        dated=_dated(sent, s),
        saying=root.lemma_.lower() in _SAYING,
        first_person=any(
            t.lower_ in _FIRST_SECOND and t.pos_ == "PRON" and not inside[t.idx] for t in tokens
        ),
        speaker_turn=turn == "interviewee",
        interviewer=turn == "interviewer",
        question=_question(text, inside, s),
        imperative=_imperative(tokens, inside, s),
        numbers=sum(1 for t in tokens if t.like_num),
        names=sum(1 for t in tokens if t.ent_type_ in _NAME_TYPES),
        # A sentence that ends while its quotation goes on is a piece of the quotation
        # the parser cut at a full stop ('He wrote "Pray for him. …"').
        complete=_complete(text) and not (e < len(para_text) and inside[e]),
        opener=_opener(para, tokens),
    )


# Words that may stand before an imperative's verb: "Please share…", "Just click…".
_BEFORE_IMPERATIVE = frozenset({"please", "just", "also", "now", "so", "then"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _imperative(tokens: list[Token], inside: list[bool], start: int) -> bool:
    """Does the sentence open with a bare verb that has no subject ("Click here to…", "Read
    more: …", "Follow @desk on Twitter")?  That is the page talking to its reader, not news."""
    first = next((n for n, t in enumerate(tokens)
                  if not t.is_punct and t.lower_ not in _BEFORE_IMPERATIVE), None)
    if first is None or inside[tokens[first].idx] or tokens[0].idx != start:
        return False  # nothing but punctuation, a quotation, or a word cut by a glued tag
    verb = tokens[first]
    if verb.tag_ != "VB" or verb.ent_type_ or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    if first + 1 < len(tokens) and tokens[first + 1].tag_ in _FINITE:
        return False  # a name the tagger took for a verb: "Trump lauded Cain…"
    # The verb heads the sentence, or a pointer to what follows a colon ("Read more: …"); not a
    # clause before the main one ("Believe it or not, the technology has…").
    return verb.dep_ == "ROOT" or any(t.text == ":" for t in tokens[first + 1 : first + 4])


def _dated(sent: Span, start: int) -> bool:
    return any(e.label_ in ("DATE", "TIME") and _DAY.search(e.text)
               for e in entities_in(sent) if e.start_char >= start)


def _ends_in_abbreviation(sent: Span) -> bool:
    m = _ABBREVIATION.search(sent.text.rstrip())
    if not m:
        return False
    word = m.group(1)
    return word.lower() in _TITLES or (len(word) == 1 and word.isupper())


def _complete(text: str) -> bool:
    """Starts with a capital (or a figure, or a quotation, or a name written
    "eBay" or "iPhone") and ends with a full stop."""
    first_word = text.lstrip(_OPEN_QUOTES + "([ ").split(" ", 1)[0]
    opening = first_word[:1]
    starts = (
        opening.isupper() or opening.isdigit() or opening in "$£€"
        or (opening.islower() and any(ch.isupper() for ch in first_word[1:]))
    )
    # "…" ends a sentence that trails off (a cut quotation, a teaser): not one to show; nor
    # does one that opens a list ("Here's how it works: ." before the list's items).
    end = text.rstrip(_CLOSERS)
    return starts and end[-1:] in ".!?" and not end.endswith("...") and not end.rstrip(" .").endswith(":")


def _question(text: str, inside: list[bool], start: int) -> bool:
    """Ends with a question mark outside quotation marks."""
    stripped = text.rstrip(_CLOSERS + " ")
    return stripped.endswith("?") and not inside[start + len(stripped) - 1]


def _speaker_tag_start(para_text: str, text_start: int) -> int:
    """Where the first sentence of an interviewee's answer is shown from: with
    its "Name:" tag, which says who is speaking (an answer without it reads as
    the reporter's claim).  The parser may have made the tag a sentence of its
    own, so the paragraph, not the sentence, is matched."""
    m = _SPEAKER.match(para_text)
    return 0 if m and m.end() == text_start else text_start


def _prefix_length(raw: str, first: bool) -> int:
    """Length of a dateline or speaker tag opening the sentence (0 if none)."""
    cut = 0
    if first:
        m = _SPEAKER.match(raw)
        if m:
            cut = m.end()
    m = _DATELINE.match(raw[cut:])
    # A dateline is short and followed by the sentence proper.
    if m and m.end() < len(raw) - cut and len(m.group(0)) <= 60 and _looks_like_dateline(m.group(0)):
        cut += m.end()
    return cut


def _looks_like_dateline(prefix: str) -> bool:
    if "(" in prefix:
        return True
    words = re.findall(r"[A-Za-z]+", prefix)
    return bool(words) and all(w.isupper() for w in words)


def _subject(root):
    """The named or nominal subject of the main verb, if any."""
    if root.pos_ not in ("VERB", "AUX"):
        return None
    return next(
        (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")),
        None,
    )


def _opener(para: ParsedParagraph, tokens) -> Opener:
    """Classify the opening words: do they lean on the previous sentence?"""
    i = 0
    while i < len(tokens) and (tokens[i].is_punct or tokens[i].is_space):
        i += 1
    if i >= len(tokens):
        return Opener("", 0, 0)
    first = tokens[i]
    low = first.lower_
    span = para.offsets(first.doc[first.i : first.i + 1])
    if first.pos_ == "INTJ":  # "Yes, …", "Well, …": a reply to what was asked
        return Opener("reply", *span)
    if low in _CONNECTIVES:  # "But…"
        return Opener("connective", *span)
    opening = " ".join(t.lower_ for t in tokens[i : i + 5])
    if any(opening.startswith(p + " ") for p in _CONNECTIVE_PHRASES):
        return Opener("connective", *span)
    if low in _PERSON_PRONOUNS:
        return Opener("person", *span, possessive=low in ("his", "her") and first.dep_ == "poss")
    # "This morning Chirac died": a demonstrative that determines a noun is no pronoun; the
    # noun decides below ("This decision…" leans back, "This morning" does not).
    if low in _OTHER_PRONOUNS and not (first.dep_ == "det" and low in ("this", "these", "that", "those")):
        # "That is why…" or "There are…" is not a reference to an actor; still
        # dependent ("That" and "This" point back), except existential "there".
        if (low == "there" and first.dep_ == "expl") or (low == "it" and _expletive_it(first)):
            return Opener("", 0, 0)
        return Opener("other", *span, possessive=low in ("their", "its"))
    if low in ("the", "this", "these", "that", "such") and i + 1 < len(tokens):
        head = tokens[i + 1]
        # "The group said…": a bare definite collective noun as the subject.
        if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") and head.i == first.i + 1:
            end = para.offsets(head.doc[head.i : head.i + 1])[1]
            if head.lemma_.lower() in ORG_NOUNS and low == "the":
                return Opener("org", span[0], end, noun=head.lemma_.lower())
            if low != "the" or head.lemma_.lower() in _ANAPHORIC_NOUNS:
                return Opener("other", span[0], end, noun=head.lemma_.lower())
    return Opener("", 0, 0)


def _expletive_it(it) -> bool:
    """"It was decided that…", "It is likely that…", "It seems that…": an "it"
    that stands for the clause that follows, not for anything said before."""
    head = it.head
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > it.i for c in head.children)
    if not clause:
        return False
    copula = head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children)
    return it.dep_ == "nsubjpass" or copula or head.lemma_ in _RAISING


_RAISING = {"seem", "appear", "remain", "emerge", "matter", "happen", "turn"}

# "The move", "The decision": definite nouns that name an event told just before.
_ANAPHORIC_NOUNS = {
    "move", "decision", "announcement", "step", "plan", "deal", "measure", "incident",
    "attack", "comment", "remark", "statement", "claim", "report", "case", "change",
    "proposal", "news", "development", "policy", "law", "bill", "event", "latter", "former",
    "pair", "couple", "duo", "trio",
    # "The spokesperson added…", "The suspect was…": someone the sentence before introduced.
    "spokesperson", "spokesman", "spokeswoman", "official", "source", "suspect", "victim",
    "man", "woman", "boy", "girl", "teenager", "child", "gunman", "attacker", "driver",
}
