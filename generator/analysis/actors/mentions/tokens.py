"""Token-level tests the mention rules share: titles, sentence openings, proper nouns, initials."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from generator.analysis.actors.lexicon import (
    DAY_AND_MONTH_NAMES,
    DESCRIPTIVE_PARTICIPLES,
    NAME_PARTICLES,
    OFFICE_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    TITLES,
    is_demonym_noun,
    is_given_name,
    is_label_word,
    is_plain_word,
    misspelt_title,
    region_names,
    says_whose,
    singulars,
)

# Punctuation that may not open or close a name.
EDGE_PUNCT = set("\"'“”‘’()[]{}<>«»,;:.-–—/|*!?")
INITIAL = re.compile(r"[A-Z]\.")
# A bracketed acronym right after a name: "Democratic Choice of Kazakhstan (DVK)".
ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,9})\s*\)")
# "the Islamic State of Iraq and the Levant, or ISIL,": an acronym given with "or" after the
# name, and "G7, or the Group of Seven,": before it; a comma or a stop closes either.
OR_ACRONYM_AFTER = re.compile(r",\s+or\s+([A-Z][A-Za-z0-9&.\-]{1,9})(?=\s*[,;.)])")
OR_ACRONYM_BEFORE = re.compile(r"(?<![\w&.\-])([A-Z][A-Za-z0-9&.\-]{1,9}),\s+or\s+(?:the\s+)?$")
# "G7", "G20", "C40", "3M": one letter and a number, a body's name when the model says so.
NUMBERED_BODY = re.compile(r"[A-Z]\d{1,3}|\d{1,2}[A-Z]")
ORDINAL = re.compile(r"\d+(st|nd|rd|th)?|\d[\d,.]*")


def is_title(token: Token) -> bool:
    # "(CNN)President Obama": the title is the word after a glued source tag.
    word = token.lower_[glued_opening(token.text):].rstrip(".")
    # "Presidents X and Y", "Senators X and Y": the plural of an office is a title too.
    return (word in TITLES or (word.endswith("s") and word[:-1] in OFFICE_NOUNS) or misspelt_title(word)) \
        and not token.is_punct


def is_edge_junk(token: Token) -> bool:
    if token.text in EDGE_PUNCT or all(c in EDGE_PUNCT for c in token.text):
        return True
    return token.tag_ in ("DT", "POS", "PRP$") or token.lower_ in ("'s", "’s")


def lower_opening(token: Token, length: int) -> bool:
    """"united Germany", "former Yugoslavia": a common word before a name is not part of it."""
    return length > 1 and token.is_lower and token.is_alpha and token.tag_ not in ("NNP", "NNPS") \
        and token.lower_ not in NAME_PARTICLES


def participle_opening(token: Token) -> bool:
    """"Suspected Boko Haram gunmen …": a participle that says what is alleged of the name,
    capitalised only because it opens the sentence."""
    return token.lower_ in DESCRIPTIVE_PARTICIPLES and opens_sentence(token)


def gerund_opening(token: Token) -> bool:
    """"Witnessing Alzheimer's progress …": a verb's "-ing" form opening the sentence is
    capitalised for that alone (the tagger may still call it a proper noun)."""
    return token.is_sent_start and token.lower_.endswith("ing") and is_plain_word(token.text) \
        and not is_given_name(token.lower_)


def date_opening(doc: Doc, start: int, end: int) -> bool:
    """"September Treasury bills", "the August Chicago purchasing index": a month or a day before
    a body's name dates it.  "May" is left alone: it opens company names too."""
    word = doc[start].lower_.rstrip(".")
    return end - start > 1 and word in DAY_AND_MONTH_NAMES and word != "may" \
        and (doc[start + 1].is_title or doc[start + 1].is_upper)


def label_before_name(doc: Doc, start: int, end: int) -> bool:
    """"Inmate Jane Roe", "Teammate John Doe": a common noun, capitalised only because it opens
    the sentence or the caption, then a given name and a surname.  The noun describes the
    person (it becomes the role); it is no part of the name.  A given name must follow, so that
    a full name whose first word is also a noun ("Ho Chi Minh") keeps its first word."""
    if end - start < 3:
        return False
    first, second = doc[start], doc[start + 1]
    if not (opens_sentence(first) and first.ent_type_ in ("", "PERSON", "ORG")
            and first.is_title and second.is_title):
        return False
    # "Cartoonists Jane Roe and …": a plural noun is no one's first name, whatever follows.
    plural = any(is_label_word(s) for s in singulars(first.text)) and not is_given_name(first.text)
    # "Beijinger Robert Zhao": a word for the people of a place describes the person too.
    described = is_label_word(first.text) or is_demonym_noun(first.text)
    return plural or (described and is_given_name(second.text))


def opens_sentence(token: Token) -> bool:
    """The token's capital may be only its position's: first in its sentence or after an
    opening quote, bracket or colon.  (WordNet's nouns include "Boston" and "American", so a
    capitalised noun elsewhere is more likely a name.)"""
    i = token.i
    while i > token.sent.start and token.doc[i - 1].text in "\"“‘'([:-–—":
        i -= 1
    return i == token.sent.start


ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def regnal(doc: Doc, end: int) -> int:
    """"Henry VIII", "Pedro I": a king's or a pope's number is part of the name.  "I" alone only
    before punctuation or "of", since "told Mary I would" has the pronoun."""
    if end >= len(doc) or doc[end - 1].whitespace_ == "":
        return end
    tok = doc[end]
    if not tok.text or not ROMAN.fullmatch(tok.text) or not doc[end - 1].is_title:
        return end
    if tok.text == "I":
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is not None and not (after.is_punct or after.lower_ in ("of", "and")):
            return end
    return end + 1


def holder_words(doc: Doc, words: list[tuple[int, int]]) -> bool:
    """Words that can be a person's name: capitalised (a particle inside: "Hamza bin Laden",
    "Moammar al-Eryani"), none a title or a generic head."""
    generic = ORG_WORDS | PLACE_WORDS
    for n, (a, b) in enumerate(words):
        first = doc[a]
        upper = first.text[:1].isupper() or (n > 0 and first.lower_ in NAME_PARTICLES)
        if not upper or is_title(first) or doc[b - 1].lower_ in generic:
            return False
    return doc[words[-1][0]].text[:1].isupper() or doc[words[-1][1] - 1].text[:1].isupper()


def personal(doc: Doc, words: list[tuple[int, int]]) -> bool:
    """A given name first, or a particle inside: what people's names have and bodies' do not."""
    return is_given_name(doc[words[0][0]].text) or any(doc[a].lower_ in NAME_PARTICLES for a, _ in words[1:])


def words_of(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of the words of a span, a hyphenated word ("Man-kei") being one."""
    words: list[tuple[int, int]] = []
    for i in range(start, end):
        if words and (doc[i].text in "-‐" or doc[i - 1].text in "-‐") and not doc[i - 1].whitespace_:
            words[-1] = (words[-1][0], i + 1)
        else:
            words.append((i, i + 1))
    return words


def proper(tok: Token) -> bool:
    return tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.is_alpha


def after_unopened_bracket(text: str) -> int:
    """The offset after the last closing bracket that no bracket in ``text`` opens, or 0."""
    if ")" not in text and "]" not in text:  # nearly every token: ``is_title`` asks for each
        return 0
    depth, cut = 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth:
                depth -= 1
            else:
                cut = i + 1
    return cut


def glued_opening(text: str) -> int:
    """Where the name starts when something glued before it ends in a bracket.

    "(CNN)Jane Roe said": the tokenizer keeps a story's source tag and its first word as one
    token, and the model takes the tag into the name.  A closing bracket that no bracket in
    the span opens ends what came before; so does a determiner the cut leaves in front
    ("(CNN)The Harbour Authority").  Returns 0 when nothing is glued, the length of the
    text when no name is left ("(CNN)It was…").
    """
    cut = after_unopened_bracket(text)
    if not cut:
        return 0
    rest = text[cut:]
    for word in re.finditer(r"\S+", rest):
        lower = word.group().lower().rstrip(".")
        if lower in ("the", "a", "an"):
            continue
        # "(CNN)It", "(CNN)Since…", "(CNN)Wednesday": a sentence's first word, not a name.
        if lower in STOP_WORDS or lower in DAY_AND_MONTH_NAMES:
            break
        return cut + word.start()
    return len(text)


def glued_name(tok: Token) -> bool:
    """"CNN)Vin" of "(CNN)Vin Diesel": a proper noun with a story's source tag glued before it
    (the model may then leave the name out of every entity).  Not a label before a given name
    ("(CNN)Actor Jon Hamm", but "(CNN)Tiger Woods"): the check that cuts those reads the token's
    whole text (``is_title`` reads past the tag)."""
    cut = glued_opening(tok.text)
    rest = tok.text[cut:]
    if not 0 < cut < len(tok.text) or not (rest.isalpha() and rest.istitle()):
        return False
    if is_demonym_noun(rest):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # The tagger may read the glued token as an adjective ("(The Hollywood Reporter)Melissa
    # Benoist"): a given name before a capitalised word is a name's start all the same.
    given = is_given_name(rest) and nxt is not None and nxt.tag_ == "NNP" and nxt.is_title
    if tok.tag_ != "NNP" and not given:
        return False
    # "(CNN)French lawmakers": a people's adjective before a common noun (the model's NORP).
    if nxt is None or nxt.is_lower:
        return not says_whose([rest]) or rest.lower() in region_names()
    return not (is_label_word(rest) and is_given_name(nxt.text))


def flight_start(doc: Doc, start: int, end: int) -> int:
    """Where "Flight 9525" begins in "Germanwings Flight 9525" (the number inside the span or
    right after it), or ``end``: a flight is no actor; its airline is."""
    for i in range(start + 1, end):
        if doc[i].text == "Flight" and i + 1 < len(doc) and any(c.isdigit() for c in doc[i + 1].text):
            return i
    return end
