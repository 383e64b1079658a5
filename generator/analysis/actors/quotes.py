"""Direct quotations and who said them.

A quotation is text between paired quotation marks in one paragraph (a
paragraph that opens a quote and never closes it quotes to its end, as news
style does for multi-paragraph quotes).  Its speaker is the subject of
the verb the parse hangs the quotation from, when that verb takes someone's words
("Trump lauded Cain as a "…""), or of the clause a colon ends before it
("Bolsonaro opposed the statement: "…""); else of the nearest reporting verb
in the same sentence ("…," Toqaev said; said Toqaev; while saying that "…").
A pronoun subject is the nearest person named before it; "the commissioner",
the nearest person the text gives that title.  Short scare quotes ("illegal
public gatherings") count only when a reporting verb governs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from generator.analysis.actors.lexicon import GROUP_PRONOUNS, PERSON_PRONOUNS, QUOTING_VERBS, SPEECH_VERBS
from generator.analysis.actors.roles import PERSON_ROLES, is_person_noun
from generator.analysis.parse import ParsedArticle, ParsedParagraph
from generator.analysis.quotations import CLOSING_MARKS, OPENING_MARKS, quotation_pairs

MIN_WORDS = 4  # shorter quoted text is a scare quote unless a reporting verb governs it
MAX_GAP = 120  # characters between a quotation and its reporting verb
# Dependencies that keep to a subject's own noun phrase (and the object of "named").
PHRASE_DEPS = {"compound", "amod", "poss", "prep", "pobj", "appos", "nmod", "conj", "oprd", "dobj"}


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
    subject_at: int = -1  # body offset of the subject, where a pronoun looks back from
    subject_sentence: int = -1  # body offset of the subject's sentence


# The words between a quotation and the next that can only be its attribution ('," said X. "').
MAX_ATTRIBUTION = 120
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks."""
    out = []
    for s, e in quotation_pairs(text):
        while s < e and text[s].isspace():
            s += 1
        # The comma that ends a quoted clause ("…requirement," he said) is the writer's, not the speaker's.
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _subject(verb: Token, inside: bytes = b"") -> Token | None:
    """The verb's subject, climbing "while saying that" to the clause that has one,
    never into a quotation (its "I" is the speaker's word, not the reporter's)."""
    tok = verb
    for _ in range(4):
        if not _outside(tok, inside):
            return None
        # "Early opponent MP Tanya Davies said": of two subjects, the name.
        subjects = sorted((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
                          key=lambda c: c.pos_ != "PROPN")
        if subjects and all(c.dep_ == "nsubjpass" for c in subjects):
            # A passive's subject is spoken about; its agent speaks ('was labelled "…" by
            # officials'), or, in "X was quoted as saying", the subject after all.
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agent:
                return agent[0]
            if tok.lemma_.lower() != "quote":
                return None
        subjects = [c for c in subjects if _outside(c, inside)]
        if subjects:
            subj = subjects[0]
            # "Alex Greenwich, who said …": the relative pronoun stands for the noun it follows.
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "acl") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _inside_mask(text: str, quoted: list[tuple[int, int]]) -> bytes:
    """One flag per character: inside a quotation or not (read per token, so that a long
    paragraph with many quotations costs linear time)."""
    mask = bytearray(len(text))
    for s, e in quoted:
        mask[s:e] = b"\x01" * (e - s)
    return bytes(mask)


def _outside(t: Token, inside: bytes) -> bool:
    return not (t.idx < len(inside) and inside[t.idx])


def _reporting_verb(quote: Span, inside: bytes, starts: frozenset[int]) -> Token | None:
    """The nearest verb of saying outside any quotation, in the quotation's sentence:
    in '…" The defendants claimed', the verb begins the next sentence (``starts``: the
    token indices that begin a sentence)."""
    doc, s, e = quote.doc, quote.start_char, quote.end_char
    near = doc.char_span(max(0, s - MAX_GAP - 1), min(len(inside), e + MAX_GAP + 1),
                         alignment_mode="expand") or doc[:]
    best, best_gap = None, MAX_GAP + 1
    for t in near:
        if t.pos_ != "VERB" or t.lemma_.lower() not in SPEECH_VERBS or not _outside(t, inside):
            continue
        gap = t.idx - e if t.idx >= e else s - (t.idx + len(t))
        between = doc[quote.end : t.i] if t.idx >= e else doc[t.i + 1 : quote.start]
        if 0 <= gap < best_gap and not _sentence_starts(between, inside, starts):
            best, best_gap = t, gap
    return best


def _sentence_starts(tokens: Span, inside: bytes, starts: frozenset[int]) -> bool:
    """Does a sentence of the reporter's begin among these tokens?"""
    return any(t.i in starts and t.is_alpha and _outside(t, inside) for t in tokens)


def _governor(quote: Span) -> Token | None:
    """The verb outside the quotation that the parse hangs its words from."""
    for t in quote:
        if quote.start <= t.head.i < quote.end or t.head.i == t.i:
            continue
        tok = t.head
        for _ in range(4):
            if tok.pos_ == "VERB":
                return tok
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None
    return None


def _colon_verb(quote: Span) -> Token | None:
    """The main verb of the sentence a colon ends right before the quotation ("X issued
    a statement agreeing the issue should be decided by Congress: "…"": issued)."""
    i = quote.start - 1
    while i >= 0 and (quote.doc[i].is_space or quote.doc[i].text in OPENING_MARKS):
        i -= 1
    if i < 1 or quote.doc[i].text != ":":
        return None
    # The parse may hang the colon, or the root, on the quotation: climb no further.
    return _verb_above(quote.doc[i - 1], quote.start)


def _verb_above(tok: Token, limit: int) -> Token | None:
    """The last verb met climbing from ``tok`` up to the root, before token ``limit``."""
    verb = None
    while tok.i < limit:
        if tok.pos_ == "VERB":
            verb = tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return verb


def _quoting_verb(quote: Span, inside: bytes, saying: Token | None) -> Token | None:
    """Whose words: the verb that governs the quotation when it takes someone's words,
    else the clause a colon ends before it, else the nearest verb of saying (``saying``)."""
    gov = _governor(quote)
    if gov is not None and gov.lemma_.lower() in QUOTING_VERBS and _outside(gov, inside):
        return gov
    return _colon_verb(quote) or saying


def _is_words(quote: Span, verb: Token | None, saying: Token | None) -> bool:
    """Is a quotation somebody's words?  A long one is; a short one when a verb of saying
    is in its sentence, or a verb that takes words governs two or more of them ('denounced
    the claims as a "national embarrassment"'); one quoted word is a term ('labelled
    "extremist"')."""
    words = len(quote.text.split())
    if words >= MIN_WORDS or saying is not None:
        return True
    return verb is not None and words >= 2 and verb.lemma_.lower() in QUOTING_VERBS


def _name_after(verb: Token) -> Token | None:
    """'"…" tweeted Mayor of London Sadiq Khan': the speaker named after the verb
    (the last proper noun before the next punctuation), when the parse gave the
    verb no subject."""
    name = None
    for t in verb.doc[verb.i + 1 : verb.i + 9]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        if t.pos_ == "PROPN":
            name = t
    return name


def _name_before(verb: Token) -> Token | None:
    """"…, Amos Kiprop, said, "…"": the proper noun right before a verb the parse left without a
    subject (a comma between), as a subject stands."""
    i = verb.i - 1
    if i >= 0 and verb.doc[i].text == ",":
        i -= 1
    return verb.doc[i] if i >= 0 and verb.doc[i].pos_ == "PROPN" else None


def _inverted_before(verb: Token, text: str, start: int) -> Token | None:
    """'"…," tweeted X. "…"': the quotation at ``start`` goes on after the inverted attribution
    of the one before it; only when the verb follows that quotation's closing mark and the name
    after the verb ends the sentence right before this one ("told Reuters "…"" is no such case)."""
    if not text[: verb.idx].rstrip().endswith(tuple(CLOSING_MARKS)):
        return None
    name = _name_after(verb)
    if name is None or text[name.idx + len(name.text) : start].strip(" .\n" + "".join(OPENING_MARKS)):
        return None
    return name


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
        text = doc.text  # Doc.text joins every token on each access
        quoted = quoted_spans(text)
        inside = _inside_mask(text, quoted)
        starts = frozenset(sent.start for sent in doc.sents)  # once: Token.is_sent_start scans the doc
        for s, e in quoted:
            quote = doc.char_span(s, e, alignment_mode="expand")
            saying = _reporting_verb(quote, inside, starts)
            verb = _quoting_verb(quote, inside, saying)
            if not _is_words(quote, verb, saying):
                continue
            subject = _subject(verb, inside) if verb is not None else None
            if verb is not None and subject is None and verb.idx >= e \
                    and not text[e:verb.idx].strip(" ,\"”’'"):
                subject = _name_after(verb)  # '"…" tweeted X', right after the quotation
            elif verb is not None and subject is None and verb.idx < s:
                subject = _inverted_before(verb, text, s) or _name_before(verb)
            said_in = chunk
            if verb is None and not text[:s].strip(" \"“'‘") and chunk > 0:
                # A quotation set off in a paragraph of its own after "X commented:".
                said_in, verb, subject = _introduced(parsed, chunk, para)
            speaker_start = parsed.paragraphs[said_in].start
            out.append(QuoteSpan(
                chunk=said_in, paragraph=para.index, start=para.start + s, end=para.start + e,
                text=text[s:e], subject=subject,
                verb_at=speaker_start + verb.idx if verb is not None else -1,
                subject_at=speaker_start + subject.idx if subject is not None else -1,
                subject_sentence=speaker_start + subject.sent.start_char if subject is not None else -1,
            ))
    return out


def _introduced(
    parsed: ParsedArticle, chunk: int, para: ParsedParagraph
) -> tuple[int, Token | None, Token | None]:
    """The paragraph before ends "X commented:": (its chunk, the verb of saying, its subject);
    the verb only when it is one that takes words ("He sent a message to X:" names no speaker)."""
    before = parsed.paragraphs[chunk - 1]
    doc = before.doc
    if before.index != para.index - 1 or not doc.text.rstrip().endswith(":"):
        return chunk, None, None
    colon = next(t for t in reversed(doc) if not t.is_space)
    verb = _verb_above(doc[max(colon.i - 1, 0)], len(doc))
    if verb is None or verb.lemma_.lower() not in QUOTING_VERBS:
        return chunk, None, None
    inside = _inside_mask(doc.text, quoted_spans(doc.text))
    return chunk - 1, verb, _subject(verb, inside)


def continued(spans: list[QuoteSpan], speakers: list[str | None], body: str) -> list[str | None]:
    """'"…," tweeted X. "…"': a quotation with no verb of its own, right after the attribution
    of the one before it in the same paragraph (or right after that quotation), goes on in the
    same voice.  ``speakers`` are the resolved ones, in the order of ``spans``."""
    out = list(speakers)
    for i in range(1, len(spans)):
        q, p = spans[i], spans[i - 1]
        if out[i] is not None or out[i - 1] is None or q.verb_at >= 0 or q.label \
                or p.paragraph != q.paragraph:
            continue
        between = body[p.end : q.start]
        attribution = p.end <= p.verb_at < q.start and len(between) <= MAX_ATTRIBUTION \
            and len(SENTENCE_END.findall(between)) <= 1
        if attribution or not between.strip(" \"“”'‘’,.\n"):
            out[i] = out[i - 1]
    return out


def resolve_speaker(
    q: QuoteSpan,
    actor_at: Callable[[int, int, int], str | None],
    nearest: Callable[[int, set[str], int, str], str | None],
    named: Callable[[str], str | None],
    headed: Callable[[str], str | None] = lambda noun: None,
    titled: Callable[[str, int], str | None] = lambda noun, offset: None,
) -> str | None:
    """The actor id of a quotation's speaker.

    ``actor_at(chunk, first_token, last_token)`` names the actor mentioned in a
    token range; ``nearest(offset, kinds, sentence, pronoun)`` the actor of those kinds a
    pronoun at a body offset stands for; ``named(name)`` the actor a name stands for;
    ``headed(noun)`` the one organisation whose name ends with that noun ("the
    court said" → Supreme Court); ``titled(noun, offset)`` the person last named
    before the offset whom the text gives that title ("the commissioner said").
    """
    if q.label:
        return named(q.label)
    subj = q.subject
    if subj is None:
        return None
    # A pronoun stands for someone named before it, not before its verb: in "Sanders …, pointing
    # out he had secured fewer delegates than Joe Biden, saying "…"", "he" is Sanders.
    back_from = q.subject_at if q.subject_at >= 0 else q.verb_at
    if subj.lower_ in PERSON_PRONOUNS:
        official = _unnamed_antecedent(subj, lambda t: actor_at(q.chunk, t.i, t.i + 1))
        if official is not None:
            # "The commissioner said …. He added, "…"": the person the text gave that title, if any.
            return titled(official.lemma_.lower(), q.verb_at)
        return nearest(back_from, {"person"}, q.subject_sentence, subj.lower_)
    # "the 39-year-old said": a person the text named before, referred to by age, like "he".
    if _by_age(subj):
        return nearest(back_from, {"person"}, q.subject_sentence, "")
    if subj.lower_ in GROUP_PRONOUNS:
        kinds = {"organization", "person"} if subj.lower_ == "we" else {"organization"}
        return nearest(back_from, kinds, q.subject_sentence)
    found = actor_at(q.chunk, subj.i, subj.i + 1)
    for appos in (c for c in subj.children if c.dep_ == "appos"):  # "The mayor, Sadiq Khan, said"
        found = found or actor_at(q.chunk, appos.i, appos.i + 1)
    if found is not None and not found.startswith("person:"):
        # "The Institute's director, Dr. Anthony Fauci, said", parsed with "director" a second
        # subject beside the body: a person named in apposition inside the subject spoke.
        named = [aid for t in subj.subtree if t.dep_ == "appos"
                 and (aid := actor_at(q.chunk, t.i, t.i + 1)) and aid.startswith("person:")]
        found = named[0] if named else found
    if found is not None:
        return found
    noun = subj.lemma_.lower()
    name_like = subj.text[:1].isupper() and noun not in PERSON_ROLES  # not "Leader", "Ambassador"
    if subj.pos_ == "PROPN" and name_like:
        # A name the mention finder missed here ("…Stadium. Trump described…") is
        # still the actor of that name elsewhere in the article; a name that is no
        # actor is nobody the page lists (not a body after it: "Steve Peers of X").
        return named(" ".join(t.text for t in _proper_run(subj)))
    # "A spokesman for Human Rights Watch said": who the speaker speaks for (the
    # name nearest the verb), never a place ("the mayor of London said").
    speaking_for = [aid for t in _noun_phrase(subj) if (aid := actor_at(q.chunk, t.i, t.i + 1))
                    and not aid.startswith("place:")]
    found = headed(noun) or (speaking_for[-1] if speaking_for else None) or titled(noun, q.verb_at)
    if found is None and name_like:
        found = named(subj.text)  # a name the tagger took for a noun ("Blankenship concurred")
    return found


def _by_age(subj: Token) -> bool:
    """"the 39-year-old": "old" with its "year" and a determiner, standing for a person."""
    return subj.lower_ == "old" and any(c.lower_ in ("year", "years") for c in subj.children) \
        and any(c.dep_ == "det" for c in subj.children)


def _unnamed_antecedent(pronoun: Token, actor_at: Callable[[Token], str | None]) -> Token | None:
    """The person noun a "he"/"she" continues from the sentence right before, when that sentence's
    subject is a person the text does not name there ("The head of the investigators told the
    court …. She also said"): then the pronoun is that person, not someone named earlier.  None
    when the pronoun's own sentence names a subject before it, or the subject carries a name."""
    sent = pronoun.sent
    if any(t.dep_ in ("nsubj", "nsubjpass") and actor_at(t) for t in sent if t.i < pronoun.i):
        return None
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ != "NN" or not is_person_noun(subj.lemma_.lower()):
        return None
    if any(actor_at(t) for t in _noun_phrase(subj)) or any(c.dep_ == "appos" for c in subj.children):
        return None  # "The mayor, Sadiq Khan, said": named after all
    return subj


def _noun_phrase(tok: Token) -> list[Token]:
    """The subject's own words: its modifiers and prepositional phrases, not a clause
    inside it ("Some of the protesters Wikinews interviewed"), but with the name it is
    given ("a student named Wong")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in PHRASE_DEPS or (child.dep_ == "acl" and child.lemma_.lower() in ("name", "call")):
            out.extend(_noun_phrase(child))
    return sorted(out, key=lambda t: t.i)


def _proper_run(tok: Token) -> list[Token]:
    """"La Riva" for "Riva": the proper nouns that run into a name's head."""
    run = [tok]
    while run[0].i > 0 and run[0].nbor(-1).pos_ == "PROPN" and run[0].nbor(-1).head.i in (tok.i, run[0].i):
        run.insert(0, run[0].nbor(-1))
    return run
