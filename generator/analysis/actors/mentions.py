"""Named mentions: spaCy's entities, repaired with the parse.

The small model gets many entity edges wrong in news text: it splits
hyphenated names ("Qasym-Zhomart Toqaev" → a place "Qasym" and a person
"Toqaev"), swallows possessors and brackets ("Ablyazov's Democratic Choice of
Kazakhstan ("), keeps titles and determiners in names, and labels nationality
words as people.  Each rule below repairs one of these from the tokens and the
dependency parse; none of them knows any particular name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from generator.analysis.actors.lexicon import (
    DAY_AND_MONTH_NAMES,
    DESCRIBES_ORG,
    DESCRIBES_PLACE,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_FUNCTION_WORDS,
    NAME_PARTICLES,
    OFFICE_NOUNS,
    ORG_WORDS,
    PARTISAN,
    PERSON_NOUNS,
    PLACE_WORDS,
    PLATFORMS,
    SPEECH_VERBS,
    STANDING_BODIES,
    THING_NOUNS,
    TIME_ZONES,
    TITLES,
    is_given_name,
    is_label_word,
    region_names,
    says_whose,
)
from generator.analysis.parse import ParsedArticle, ParsedParagraph

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
HE_SHE = {"he", "she", "him", "his", "her", "himself", "herself"}
IT_THEY = {"it", "its", "itself", "they", "them", "their", "i", "we", "you"}
POSSESSIVE_DETERMINERS = {"my", "your", "his", "her", "its", "our", "their"}
PEOPLES_NOUNS = PERSON_NOUNS | OFFICE_NOUNS  # "film star X", "actress X"
KIND_NOUNS = PEOPLES_NOUNS | TITLES | DESCRIBES_PLACE | DESCRIBES_ORG  # "X, the capital,"
PLACE_PREPOSITIONS = {"in", "near", "across", "throughout", "outside", "inside"}
# Titles that also head organisations' names ("Opposition Party", "State Department").
ORG_TITLE_WORDS = {"state", "home", "foreign", "interior", "opposition", "former", "first", "head"}

LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}

# Punctuation that may not open or close a name.
EDGE_PUNCT = set("\"'“”‘’()[]{}<>«»,;:.-–—/|*!?")
# Lower-case particles that do open names ("de Gaulle", "al-Assad", "van Gogh").
# Verbs of publishing: what one does "on" a platform ("wrote on X", "posted on X"),
# and what one leaves there ("a message on X"); not "say" or "comment", said of topics too.
POSTING_VERBS = {"write", "post", "publish", "share", "stream", "livestream", "broadcast", "upload", "tweet",
                 "message", "account", "page", "channel", "feed", "video", "shot", "trend", "statement",
                 "photo", "footage", "bio", "profile", "thread", "hail", "lash", "refer", "respond", "reply"}
# Speech verbs said of topics as well as of channels ("commented on Trump").
TOPIC_VERBS = {"comment", "remark", "speak", "testify", "call", "read", "warn", "insist", "ask", "tell"}
# Prepositions of time: their object is an event ("after Brexit", "ahead of the vote").
TIME_PREPOSITIONS = {"after", "before", "during", "following", "amid", "amidst", "until", "since", "ahead"}
# Verbs that give a thing its name ("termed X", "known as X"): said of terms, seldom of actors.
DEBATE_VERBS = {"debate", "discuss", "negotiate"}  # their object is an issue argued over
NAMING_VERBS = {"term", "dub", "know", "nickname", "coin", "brand", "label"}
# The same, and "called", when they give a name to an actor's kind ("a group called the Fixers").
GIVING_NAME_VERBS = NAMING_VERBS | {"call"}
SORT_NOUNS = {"range", "kind", "type", "class", "form", "variety", "sort", "group", "family"}
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’"}
INITIAL = re.compile(r"[A-Z]\.")
ORDINAL = re.compile(r"\d+(st|nd|rd|th)?|\d[\d,.]*")
# Endings of a species' Latin epithet ("fusca", "bassiana", "sapiens", "rex").
LATIN_EPITHET = re.compile(r"(?:a|us|um|is|ae|ii|i|ensis|oides|ans|ens|ex|ix)$")
# Head words of an office's portfolio ("minister for East African Affairs").
PORTFOLIO_WORDS = frozenset({
    "affairs", "relations", "development", "security", "defence", "defense", "health", "education",
    "finance", "justice", "trade", "transport", "energy", "environment", "agriculture", "labour",
    "labor", "culture", "tourism", "interior", "information", "communications", "housing", "welfare",
})
PORTFOLIO_QUALIFIERS = frozenset({"foreign", "home", "internal", "external", "public", "social",
                                  "economic", "veterans", "homeland", "national", "international",
                                  "east", "west", "north", "south", "central", "eastern", "western",
                                  "northern", "southern"})
# Prefixes of a ship's name: "MV Alan Kurdi", "HMS Victory".
SHIP_PREFIXES = frozenset({"MV", "MS", "MT", "SS", "RV", "HMS", "USS", "USNS", "HMCS", "HMAS",
                           "HMNZS", "INS"})
# Determiners that make a name a common noun: "a Democrat", "every Independent", "another Brexit".
COMMON_NOUN_DETERMINERS = frozenset({"a", "an", "every", "each", "another", "any", "no"})
# Plural words for groups of people ("Hong Kongers", "Texans"): they describe, they do not name.
GROUP_PLURAL = re.compile(r".+(ers|ans|ese|ites|ists|is)$")
SPEAKER_LABEL = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]")
ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,9})\s*\)")
PARENTHETICAL = re.compile(r"\s*\([^()]*\)")


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in the body."""

    paragraph: int  # 1-based
    start: int  # body offsets, end exclusive
    end: int
    text: str  # the span as written
    name: str  # the name it gives: parentheticals dropped, whitespace collapsed
    label: str  # spaCy label, or "" when the model gave none
    sent_start: int  # body offset of its sentence (for quotes and roles)
    chunk: int  # position in ParsedArticle.paragraphs (a long paragraph is parsed in slices)
    tokens: tuple[int, int]  # token range in that chunk's doc
    subject: bool = False  # the name is a grammatical subject
    modifier: bool = False  # the name only modifies a common noun ("Kazakh authorities")
    modifies: str = ""  # the lemma of that noun ("party" in "the DVK or Koshe parties")
    conj_label: str = ""  # the label of a name coordinated with it: like is joined with like
    place_prep: bool = False  # object of "in", "near"…: said of places far more than of others
    route: bool = False  # "from X to Berlin": where a route to a place starts, a place too
    titled: bool = False  # a person's title stands right before it ("President Trump")
    office_of: bool = False  # "the governor of X": an office is held over a place or body, not a person
    medium: bool = False  # "wrote on X", "posted via X": said of platforms and channels
    acronym_of: int | None = None  # body start of the name it abbreviates ("X (ACR)")
    det: str = ""  # the determiner of the name itself, as written: "the" (not a person's), "The" (a title's)
    adjective: bool = False  # an adjective qualifies the name itself ("a no-deal Brexit"): a thing's
    event_prep: bool = False  # object of "after", "during"…: said of events
    named_as: bool = False  # "termed X", "known as X": a term being introduced
    source: bool = False  # "according to X": a person or a body, not a place
    described: str = ""  # the noun the text calls it: "X, a company", "X is the most populous state"
    he_she: bool = False  # the subject, and the next name-like word after it is "he" or "she"
    said: bool = False  # the subject of a verb of speech ("X said", "X told reporters")
    conj_titled: bool = False  # coordinated with a titled name: "Presidents A of X and B of Y"
    before_day: bool = False  # right before a weekday's name: "Super Tuesday" (or "in Mosul Friday")
    group_plural: bool = False  # "Texans": people described, a name only where the text gives it as one
    thing: bool = False  # given to a work or a thing: "his column Savage Love", "X, an ant species"
    untagged: bool = False  # no word of it is tagged a proper noun ("Sanders" read as a plural)
    topic: bool = False  # what is argued over: "argue about X", "debating X"; of people and of issues

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.name.split())


def is_title(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    # "Presidents X and Y", "Senators X and Y": the plural of an office is a title too.
    return (word in TITLES or (word.endswith("s") and word[:-1] in OFFICE_NOUNS)) and not token.is_punct


def _is_edge_junk(token: Token) -> bool:
    if token.text in EDGE_PUNCT or all(c in EDGE_PUNCT for c in token.text):
        return True
    return token.tag_ in ("DT", "POS", "PRP$") or token.lower_ in ("'s", "’s")


def _lower_opening(token: Token, length: int) -> bool:
    """"united Germany", "former Yugoslavia": a common word before a name is not part of it."""
    return length > 1 and token.is_lower and token.is_alpha and token.tag_ not in ("NNP", "NNPS") \
        and token.lower_ not in NAME_PARTICLES


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop determiners, numbers, possessive endings, brackets and quotes at the edges."""
    while start < end and (_is_edge_junk(doc[start]) or ORDINAL.fullmatch(doc[start].text) or
                           (label == "PERSON" and end - start > 1 and is_title(doc[start])) or
                           (label == "PERSON" and _label_before_name(doc, start, end)) or
                           (label != "PERSON" and _date_opening(doc, start, end)) or
                           _lower_opening(doc[start], end - start)):
        start += 1
    # "the Republican Senate Majority Leader": a party's word on a standing body says who holds
    # it; the body's name is "Senate".
    if end - start == 2 and doc[start].lower_ in PARTISAN and doc[start + 1].lower_ in STANDING_BODIES:
        start += 1
    # "Associated Press of bank robberies": a name's "of" is followed by a capitalised word.
    k = end
    while k > start + 1 and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and doc[k - 1].lower_ not in ("of", "for"):
        k -= 1
    if k < end and doc[k - 1].lower_ in ("of", "for"):
        end = k - 1
    # "Patrice Talon of": a name does not end in a small word.
    while end > start and (_is_edge_junk(doc[end - 1]) or (doc[end - 1].is_lower and (
            doc[end - 1].lower_ in NAME_FUNCTION_WORDS or doc[end - 1].lower_ in ("or", "from", "with")))):
        end -= 1
    # "Minister of Information Moammar al-Eryani": the office's field is not the name.
    if label == "PERSON" and end - start >= 3 and start >= 2 and doc[start - 1].lower_ == "of" \
            and is_title(doc[start - 2]) and _field_split(doc, start, end, label) is None:
        start += 1
    # An opening bracket left without its closing one: "Choice of Kazakhstan (DVK"
    for i in range(start, end):
        if doc[i].text == "(" and not any(doc[j].text == ")" for j in range(i, end)):
            end = i
            break
    while end > start and _is_edge_junk(doc[end - 1]):
        end -= 1
    return start, end


def _date_opening(doc: Doc, start: int, end: int) -> bool:
    """"September Treasury bills", "the August Chicago purchasing index": a month or a day before
    a body's name dates it.  "May" is left alone: it opens company names too."""
    word = doc[start].lower_.rstrip(".")
    return end - start > 1 and word in DAY_AND_MONTH_NAMES and word != "may" \
        and (doc[start + 1].is_title or doc[start + 1].is_upper)


def _label_before_name(doc: Doc, start: int, end: int) -> bool:
    """"Inmate Jane Roe", "Teammate John Doe": a common noun, capitalised only because it opens
    the sentence or the caption, then a given name and a surname.  The noun describes the
    person (it becomes the role); it is no part of the name.  A given name must follow, so that
    a full name whose first word is also a noun ("Ho Chi Minh") keeps its first word."""
    if end - start < 3:
        return False
    first, second = doc[start], doc[start + 1]
    if not (opens_sentence(first) and first.ent_type_ in ("", "PERSON")
            and first.is_title and second.is_title):
        return False
    # "Cartoonists Jane Roe and …": a plural noun is no one's first name, whatever follows.
    plural = first.lower_.endswith("s") and is_label_word(first.text[:-1]) and not is_given_name(first.text)
    return plural or (is_label_word(first.text) and is_given_name(second.text))


def opens_sentence(token: Token) -> bool:
    """The token's capital may be only its position's: first in its sentence or after an
    opening quote, bracket or colon.  (WordNet's nouns include "Boston" and "American", so a
    capitalised noun elsewhere is more likely a name.)"""
    i = token.i
    while i > token.sent.start and token.doc[i - 1].text in "\"“‘'([:-–—":
        i -= 1
    return i == token.sent.start


def _pieces(ent: Span) -> list[tuple[int, int, bool]]:
    """Split an entity at colons, line breaks and inner possessives.

    "Andrew Westphal: Stardust" (a speaker tag) and "Ablyazov's Democratic
    Choice" are two names each; the possessor is kept as a name of its own.
    """
    doc = ent.doc
    pieces, start = [], ent.start
    # "Boatmen's Holdings Inc.": a company's registered name may hold a possessive.
    company = ent[-1].lower_.rstrip(".") in LEGAL_FORMS
    commas = (":", "|", ";", "/") if _listing_name(ent) else (":", "|", ",", ";", "/")
    for tok in ent:
        # "BRITAIN - Gilts": a dash between spaces separates; a hyphenated name has none.
        spaced = tok.text in "-–—" and tok.whitespace_ and tok.i > 0 and doc[tok.i - 1].whitespace_
        split = tok.text in commas or "\n" in tok.text or bool(spaced) or (
            tok.tag_ == "POS" and tok.i < ent.end - 1 and not company
            and not _generic_rest(ent, tok.i + 1) and not _plural_possessor(doc[start : tok.i + 1])) or (
            # "Ferraro the Democratic Party": two names run together
            tok.lower_ == "the" and tok.i > ent.start and doc[tok.i - 1].tag_ in ("NNP", "NNPS"))
        if split or "\n" in tok.whitespace_:
            end = tok.i if split else tok.i + 1
            if end > start:
                pieces.append((start, end, tok.tag_ == "POS"))
            start = tok.i + 1
    if start < ent.end:
        pieces.append((start, ent.end, False))
    return pieces


def _joined_listings(doc: Doc) -> list[Span]:
    """The model's entities, with a body's name it cut in two joined again: a listing name
    ("United Nations Educational," + "Scientific and" + "Cultural Organization"), or a name
    with an unlabelled hole ("116th United" + "States" + "Congress")."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        e = ents[i]
        if i + 1 < len(ents) and _cut_by_a_hole(doc, e, ents[i + 1]):
            out.append(Span(doc, e.start, ents[i + 1].end, label=ents[i + 1].label_))
            i += 2
            continue
        if i + 1 < len(ents) and e.label_ == ents[i + 1].label_ == "ORG":
            joined = Span(doc, e.start, ents[i + 1].end, label="ORG")
            gap = doc[e.end : ents[i + 1].start]
            if all(t.is_title or t.text == "," or t.lower_ == "and" for t in gap) and _listing_name(joined):
                out.append(joined)
                i += 2
                continue
        out.append(e)
        i += 1
    return out


def _cut_by_a_hole(doc: Doc, ent: Span, nxt: Span) -> bool:
    """"the 116th United States Congress", read as the place "116th United", an unlabelled
    "States" and the body "Congress": a proper noun left without a label between two entities
    is a hole the model cut into one name when the parse keeps the three one noun phrase, every
    word before the body a compound inside it.  A place right before a body, compounded into
    it, is that body's name too ("United States" + "Congress")."""
    gap = doc[ent.end : nxt.start]
    if nxt.label_ not in ("ORG", "FAC") or not all(_proper(t) and not t.ent_type_ for t in gap):
        return False
    # With no hole, only a place naming whose body it is: "United States" + "Congress".
    if not gap and not (nxt.label_ == "ORG" and _a_place(ent)):
        return False
    return all(t.dep_ == "compound" and ent.start <= t.head.i < nxt.end for t in doc[ent.start : nxt.start])


def _a_place(ent: Span) -> bool:
    """A place or a nation's word: the model's place, a country's name it took for something
    else ("United States" as a body), a nationality ("the French" + "Parliament"); not a party's
    word ("the Republican Senate" is the Senate, not a body of that name)."""
    words = [t.text for t in ent]
    return ent.label_ == "GPE" or (says_whose(words) and words[-1].lower() not in PARTISAN)


def _listing_name(ent: Span) -> bool:
    """"United Nations Educational, Scientific and Cultural Organization": a body's name that
    lists what it serves, commas and all, ending in "and …" and a body's word; not "Paris,
    France" nor a list of names."""
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ != "ORG" or not commas or ent[-1].lower_ not in ORG_WORDS:
        return False
    # "Prohibition Party, Reform Party, and the Life and Liberty Party" lists bodies.
    if any(ent.doc[i - 1].lower_ in ORG_WORDS or ent.doc[i + 1].lower_ in ("and", "the") for i in commas):
        return False
    return any(t.lower_ == "and" for t in ent.doc[commas[-1] + 1 : ent.end - 1])


def _plural_possessor(span: Span) -> bool:
    """"Fishmongers' Hall", "Veterans' Affairs": a common noun's plural possessive inside a name
    is part of it; a name's is another actor's ("the United Nations' Food and Agriculture
    Organization", "the Philippines' Coast Guard")."""
    words = [t for t in span[:-1] if t.lower_ != "the"]
    if span[-1].text not in ("'", "’") or len(words) != 1:
        return False
    word = words[0].lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word.endswith("s") and is_label_word(singular) and word not in region_names()


def norp_as_name(ent: Span) -> bool:
    """A word the model calls a nationality but the parse uses as a noun: "between Sochi and
    New York".  Adjectives ("Kazakh authorities") and plurals ("Democrats") are not names."""
    if ent.label_ != "NORP" or len(ent) != 1:
        return False
    tok = ent[0]
    # "the sixteen-year-old Swede", "a Swede": with an adjective or an indefinite article, the
    # word is a noun for a person of that nation, not the name of a place ("The Greens" is a name).
    if any(c.dep_ == "amod" or (c.dep_ == "det" and c.lower_ != "the") for c in tok.children):
        return False
    return tok.tag_ == "NNP" and tok.dep_ in ("pobj", "nsubj", "dobj", "conj", "nsubjpass", "appos")


def _titled_person(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """"House Speaker Nancy Pelosi" labelled an organisation: a title, then a person's name."""
    if label == "PERSON" or end - start < 3:
        return start, label
    # "First Minister of Scotland Nicola Sturgeon": the office's field, then the name.
    rest = doc[start + 1 : end]
    # Not "Mayor of New York City": a rest ending in a generic head ("York City") is no one's name.
    # Nor "director of Youth Forum Zimbabwe": a body's word or a country's name is no one's name.
    if start >= 2 and doc[start - 1].lower_ == "of" and is_title(doc[start - 2]) and len(rest) in (2, 3) \
            and _field_split(doc, start, end) is None and not _generic_end(rest) \
            and all(t.tag_ == "NNP" and t.is_title and not is_title(t) for t in rest) \
            and not any(t.lower_ in ORG_WORDS or t.lower_ in region_names() for t in doc[start:end]):
        return start + 1, "PERSON"
    for i in range(end - 3, start - 1, -1):
        rest = doc[i + 1 : end]
        if is_title(doc[i]) and 2 <= len(rest) <= 3 and all(t.tag_ == "NNP" and t.is_title for t in rest) \
                and not any(is_title(t) for t in rest) and not _generic_end(rest):
            return i + 1, "PERSON"
    return start, label


def _generic_end(span: Span) -> bool:
    """"First Albany Corp.", "Chief Rock Park": a name ending in a legal form or a generic head
    names a body or a place, whatever title-like word opens it."""
    return span[-1].lower_.rstrip(".") in ORG_WORDS | PLACE_WORDS | LEGAL_FORMS


def _generic_rest(ent: Span, i: int) -> bool:
    """"Prosecutor-General's Office": what follows the possessive is only a generic head."""
    rest = [t for t in ent.doc[i : ent.end] if not t.is_punct]
    return len(rest) == 1 and rest[0].lower_ in ORG_WORDS | PLACE_WORDS


def _word_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole hyphenated words ("Qasym-Zhomart")."""
    while start >= 2 and doc[start - 1].text in "-‐" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].is_title:
        start -= 2
    while end + 1 < len(doc) and doc[end].text in "-‐" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_title:
        end += 2
    return start, end


def _body_field(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """"The Puerto Rico Center" + "for Investigative Journalism": a body's name the model cut at
    its head word goes on through "for" or "of" and the capitalised words of its field."""
    if end - start < 1 or doc[end - 1].lower_ not in ORG_WORDS or end + 1 >= len(doc) \
            or doc[end].lower_ not in ("for", "of"):
        return end
    j = end + 1
    while j < len(doc) and j not in taken and not doc[j].ent_type_ and (
            (_proper(doc[j]) and doc[j].is_title)
            or (doc[j].lower_ in ("and", "&") and j > end + 1 and j + 1 < len(doc) and j + 1 not in taken
                and not doc[j + 1].ent_type_ and _proper(doc[j + 1]) and doc[j + 1].is_title)):
        j += 1
    return j if j > end + 1 else end


def _grow_person(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Take in proper nouns the parse attaches to the name ("Zhomart" in "Qasym-Zhomart Toqaev")."""
    start, end = _word_bounds(doc, start, end)
    while start > 0:
        tok = doc[start - 1]
        if tok.text in "-‐" and not tok.whitespace_:
            new = _word_bounds(doc, start, end)[0]
            if new == start:
                break
            start = new
            continue
        if not (tok.tag_ == "NNP" and tok.dep_ in ("compound", "flat") and start <= tok.head.i < end
                and tok.is_title and not is_title(tok) and tok.ent_type_ in ("", "PERSON", "GPE")
                and not _place_before_name(doc, start - 1) and not _label_before_name(doc, start - 1, end)):
            break
        start = _word_bounds(doc, start - 1, end)[0]
    return start, _regnal(doc, _surname_after(doc, start, end))


def _surname_after(doc: Doc, start: int, end: int) -> int:
    """"Judge Amy Berman Jackson": the model's entity may stop short of the surname the parse
    hangs it on.  A capitalised word right after, at the end of the name, the head of the
    name's last word, and no generic head ("Trump Tower", "Clinton Foundation")."""
    if end >= len(doc) or end - start > 2 or doc[end - 1].head.i != end:
        return end
    nxt = doc[end]
    follows = end + 1 < len(doc) and doc[end + 1].tag_ in ("NNP", "NNPS")
    if nxt.tag_ != "NNP" or not nxt.is_title or not nxt.is_alpha or nxt.ent_type_ not in ("", "PERSON") \
            or follows or is_title(nxt) or nxt.lower_ in ORG_WORDS | PLACE_WORDS | DAY_AND_MONTH_NAMES:
        return end
    return end + 1


ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def _regnal(doc: Doc, end: int) -> int:
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


def _place_before_name(doc: Doc, i: int) -> bool:
    """"Senator from Vermont Bernie Sanders": a place the model knows, or one after "from" or
    "of", is the office's field, not a first name."""
    tok = doc[i]
    if tok.ent_type_ != "GPE":
        return False
    return tok.lower_ in region_names() or (i > 0 and doc[i - 1].lower_ in ("from", "of", "in"))


def _field_split(doc: Doc, start: int, end: int, label: str = "") -> tuple[int, str] | None:
    """"Senator from Vermont Bernie Sanders", "director of Amnesty International Man-kei Tam":
    after an office and "of"/"from", the model often runs the office's field and its holder
    into one name.  Returns where the holder's name starts, and the field's label."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "from", "for", "to") or not is_title(doc[i - 1]):
        return None
    words = _words_of(doc, start, end)
    if len(words) < 3:
        return None

    def known(k: int) -> str:
        field = " ".join(doc[a:b].text for a, b in words[:k]).lower()
        last = doc[words[k - 1][1] - 1].lower_
        if field in region_names():
            return "GPE"
        return "ORG" if last in ORG_WORDS or last == "international" else ""

    def holder(k: int) -> bool:
        name = " ".join(doc[a:b].text for a, b in words[k:]).lower()
        return 2 <= len(words) - k <= 3 and name not in region_names() and _holder_words(doc, words[k:])

    for k in range(1, len(words) - 1):
        if holder(k) and known(k):
            return words[k][0], known(k)
    # No field one can name: only where the model itself called the whole a person.
    k = len(words) - 2
    if (label == "PERSON" or _personal(doc, words[k:])) and holder(k) and not known(len(words)):
        return words[k][0], ""
    return None


def _holder_words(doc: Doc, words: list[tuple[int, int]]) -> bool:
    """Words that can be a person's name: capitalised (a particle inside: "Hamza bin Laden",
    "Moammar al-Eryani"), none a title or a generic head."""
    generic = ORG_WORDS | PLACE_WORDS
    for n, (a, b) in enumerate(words):
        first = doc[a]
        upper = first.text[:1].isupper() or (n > 0 and first.lower_ in NAME_PARTICLES)
        if not upper or is_title(first) or doc[b - 1].lower_ in generic:
            return False
    return doc[words[-1][0]].text[:1].isupper() or doc[words[-1][1] - 1].text[:1].isupper()


def _personal(doc: Doc, words: list[tuple[int, int]]) -> bool:
    """A given name first, or a particle inside: what people's names have and bodies' do not."""
    return is_given_name(doc[words[0][0]].text) or any(doc[a].lower_ in NAME_PARTICLES for a, _ in words[1:])


def _split_joined(doc: Doc, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """Two names the model ran together, cut apart:

    * "Crete and Cyprus", "Omsk in Siberia": two single names around "and" or "in"
      (unless the whole is a country's name: "Trinidad and Tobago");
    * "Reform Convention on June 20": a date after a preposition is not part of a name;
    * "NPR Hamza bin Laden", "House of Representatives Jane Doe": a body, then a person's
      name (after an acronym, or a given name after the body's head word);
    * "on Twitter West accused…": a platform after "on" or "via", then a name.
    """
    toks = doc[s:e]
    if e - s >= 2 and s > 0 and doc[s - 1].lower_ in ("on", "via") and toks[0].lower_ in PLATFORMS:
        return [(s, s + 1, "ORG"), (s + 1, e, label)]
    sides = (toks[0], toks[-1])
    generic = ORG_WORDS | PLACE_WORDS
    if len(toks) == 3 and toks[1].lower_ in ("and", "in") and toks.text.lower() not in region_names() \
            and all(t.tag_ == "NNP" and t.is_title and t.lower_ not in generic for t in sides):
        # "X in Y" is a place in a place, whatever the model called the whole.
        side = "GPE" if toks[1].lower_ == "in" else label
        return [(s, s + 1, side), (e - 1, e, side)]
    for i in range(s + 1, e - 1):
        if doc[i].is_lower and doc[i].pos_ == "ADP" and any(t.is_digit for t in doc[i + 1 : e]):
            return [(s, i, label)]
    # "the Brett Kavanaugh Supreme Court confirmation hearing": a person's name, then a body's, both
    # modifying a noun; a body named after a person is no such pair ("Walter Reed … Center").
    if label == "ORG" and e - s >= 4 and doc[s:e].root.dep_ == "compound":
        words = _words_of(doc, s, e)
        if len(words) >= 4 and is_given_name(doc[words[0][0]].text) and _holder_words(doc, words[:2]) \
                and doc[words[-1][1] - 1].lower_ in ORG_WORDS and doc[words[2][0]].is_title:
            return [(s, words[2][0], "PERSON"), (words[2][0], e, label)]
    if label in ("ORG", "GPE") and e - s >= 3:
        words = _words_of(doc, s, e)
        for k in range(1, len(words) - 1):
            before = doc[words[k][0] - 1]
            rest = words[k:]
            acronym = before.text.isupper() and len(before.text) >= 2 and k == 1
            headed = before.lower_ in ORG_WORDS or before.lower_ == "representatives"
            if 2 <= len(rest) <= 3 and (acronym or headed) and _holder_words(doc, rest) \
                    and _personal(doc, rest):
                return [(s, words[k][0], label), (words[k][0], e, "PERSON")]
    return [(s, e, label)]


def _words_of(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of the words of a span, a hyphenated word ("Man-kei") being one."""
    words: list[tuple[int, int]] = []
    for i in range(start, end):
        if words and (doc[i].text in "-‐" or doc[i - 1].text in "-‐") and not doc[i - 1].whitespace_:
            words[-1] = (words[-1][0], i + 1)
        else:
            words.append((i, i + 1))
    return words


def _is_modifier(doc: Doc, start: int, end: int) -> bool:
    """The name modifies a common noun or a title, as an adjective would ("Kazakh authorities").

    A conjunct modifies what its first conjunct does ("the DVK or Koshe parties").
    """
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = root.head
    return head.i > root.i and head.i >= end and (head.pos_ == "NOUN" or is_title(head))


def _modified(doc: Doc, start: int, end: int) -> str:
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.head.lemma_.lower() if _is_modifier(doc, start, end) else ""


def _conj_label(span: Span) -> str:
    """"Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian": the model's label of a conjunct."""
    root = span.root
    around = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        around.append(root.head)
    # "born in Kibbutz Dafna, Galilee": a name in apposition to a place is a place.
    if root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC"):
        around.append(root.head)
    labels = {t.ent_type_ for t in around if t.ent_type_ in LABEL_KIND and not (span.start <= t.i < span.end)}
    doc = span.doc
    # "Maidan Wardak, Afghanistan": a place followed by the place it lies in.
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE" \
            and doc[span.end + 1].ent_iob_ == "B":
        labels.add("GPE")
    return labels.pop() if len(labels) == 1 else ""


def _subject(doc: Doc, start: int, end: int) -> bool:
    return doc[start:end].root.dep_ in ("nsubj", "nsubjpass")


def speaker_labels(parsed: ParsedArticle) -> dict[int, tuple[str, int]]:
    """Transcript labels: paragraph → (speaker, body offset where the turn starts).

    "Jane Doe: …" opening two or more paragraphs is an interview transcript.
    """
    article = parsed.article
    found = {}
    for p in article.paragraphs:
        m = SPEAKER_LABEL.match(article.body, p.start, p.end)
        if m:
            found[p.index] = (m.group(1), m.end())
    names = [name for name, _ in found.values()]
    return {i: v for i, v in found.items() if names.count(v[0]) >= 2}


def paragraph_mentions(para: ParsedParagraph, chunk: int = 0, skip_to: int = 0) -> list[Mention]:
    """Named mentions of one parsed slice; characters before ``skip_to`` (a speaker label) are not prose."""
    doc = para.doc
    spans: list[tuple[int, int, str]] = []
    taken: set[int] = {t.i for t in doc if t.idx < skip_to}
    # People first: their repair may swallow a wrongly labelled piece of the name.
    ents = sorted(_joined_listings(doc), key=lambda e: (e.label_ != "PERSON", e.start))
    for ent in ents:
        if ent.start_char < skip_to or ent.label_ not in LABEL_KIND and not norp_as_name(ent):
            continue
        for s, e, possessor in _pieces(ent):
            # The model labelled the whole span; a possessor cut from it has no label of its own.
            label = "" if possessor else ("GPE" if ent.label_ == "NORP" else ent.label_)
            s, label = _titled_person(doc, s, e, label)
            s, e = _trim(doc, s, e, ent.label_)
            if e <= s:
                continue
            if ent.label_ == "PERSON":
                s, e = _grow_person(doc, s, e)
            else:
                s, e = _word_bounds(doc, s, e)
                e = _body_field(doc, s, e, taken)
            split = _field_split(doc, s, e, label)
            if split:
                parts = [(s, split[0], split[1]), (split[0], e, "PERSON")]
            else:
                parts = _split_joined(doc, s, e, label)
            for ps, pe, plabel in parts:
                if any(i in taken for i in range(ps, pe)):
                    continue
                taken.update(range(ps, pe))
                spans.append((ps, pe, plabel))
    spans.extend(_headed_names(doc, taken))
    spans.extend(_proper_runs(doc, taken))
    spans.sort()
    mentions = [_kind_named(_mention(para, chunk, s, e, label)) for s, e, label in spans]
    mentions = [replace(m, group_plural=_group_plural(m, doc), untagged=_untagged(m, doc))
                for m in mentions if _looks_like_name(m, doc)]
    return _acronyms(para, chunk, mentions)


def _untagged(m: Mention, doc: Doc) -> bool:
    """No proper noun in it: "Sure" or "Nah" labelled PERSON; but also "Sanders" read as a
    plural noun ("Sanders said …"), which ``_tagged_elsewhere`` keeps."""
    return not any(t.pos_ == "PROPN" for t in doc[m.tokens[0] : m.tokens[1]]) and not m.name.isupper()


def _tagged_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """A mention the tagger read as a common noun is a name when the article uses it as one
    elsewhere: the whole name, or the surname of a longer name ("Sanders" of "Bernie Sanders")."""
    names = {m.name.lower() for m in mentions if not m.untagged}
    names |= {key.split()[-1] for key in names if " " in key}
    return [m for m in mentions if not m.untagged or m.name.lower() in names]


def _kind_named(m: Mention) -> Mention:
    """A name the model missed, which the text calls a town or an agency ("the town of X",
    "the news agency X"), takes that kind's label: it is a name, and the text says of what."""
    if m.label or not m.described:
        return m
    if m.described in DESCRIBES_PLACE:
        return replace(m, label="GPE")
    return replace(m, label="ORG") if m.described in DESCRIBES_ORG else m


def _proper(tok: Token) -> bool:
    return tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.is_alpha


def _headed_names(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Capitalised names the model missed that end in an organisation or place word.

    "Human Rights Watch", "Interior Ministry", "Tiananmen Square": the small
    model misses many organisations, but a run of proper nouns headed by such a
    word is one.
    """
    out, i = [], 0
    while i < len(doc):
        if i in taken or not _proper(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and (
                _proper(doc[j]) or (doc[j].lower_ in ("of", "for", "on", "and", "&") and j + 1 < len(doc)
                                    and _proper(doc[j + 1]) and j > i)):
            j += 1
        last = doc[j - 1].lower_
        # "Commission on Presidential Debates": a body's word, then what it is of or on; not an
        # office's title ("House of Representatives Speaker").
        joined = any(doc[k].lower_ in ("of", "for", "on") for k in range(i, j))
        headed = doc[i].lower_ in ORG_WORDS and joined and not is_title(doc[j - 1])
        if j - i >= 2 and (last in ORG_WORDS | PLACE_WORDS or headed):
            out.append((i, j, "ORG" if last in ORG_WORDS or headed else "LOC"))
            taken.update(range(i, j))
        i = j
    return out


def _proper_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Runs of capitalised proper nouns outside every entity: names the model missed.

    They carry no label; ``merge`` keeps one only when it is a name of two or
    more words or joins such a name ("Shalev" after "Aner Shalev").
    """
    out, i = [], 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or tok.ent_type_ or not _proper(tok) or not tok.is_title or is_title(tok):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and not doc[j].ent_type_:
            if _hyphen_joined(doc, j, taken):  # "Mir-Mohammadi": one word of the name
                j += 2
                continue
            if not (doc[j - 1].whitespace_ and "\n" not in doc[j - 1].whitespace_ and doc[j].is_title
                    and (_proper(doc[j]) or _capital_inside_name(doc, j, taken)
                         or _middle_initial(doc, j, taken))):
                break
            j += 1
        if j < len(doc) and j not in taken and not doc[j].ent_type_:
            j = _regnal(doc, j)  # "Henry VIII"
        # "Inmate" cut from "Inmate Jane Roe": a description of the name after it.
        if j == i + 1 and j in taken and _label_before_name(doc, i, min(j + 2, len(doc))):
            i = j
            continue
        # "Police Senior Superintendent Jane Roe": a capitalised office run into the person's name
        # (the model's, or grown by a given name before it) is the role of that name.
        if is_title(doc[j - 1]) and j in taken and "PERSON" in {t.ent_type_ for t in doc[j : j + 2]}:
            i = j
            continue
        out.append((i, j, ""))
        i = j
    return out


def _middle_initial(doc: Doc, j: int, taken: set[int]) -> bool:
    """"Pedro R. Pierluisi": an initial between two capitalised proper nouns is part of the name."""
    return bool(INITIAL.fullmatch(doc[j].text)) and j + 1 < len(doc) and j + 1 not in taken \
        and not doc[j + 1].ent_type_ and _proper(doc[j + 1]) and doc[j + 1].is_title


def _hyphen_joined(doc: Doc, j: int, taken: set[int]) -> bool:
    """A hyphen glued between two capitalised proper nouns ("Mir-Mohammadi") joins them."""
    return doc[j].text in "-‐" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
        and j + 1 < len(doc) and j + 1 not in taken and not doc[j + 1].ent_type_ \
        and _proper(doc[j + 1]) and doc[j + 1].is_title


def _capital_inside_name(doc: Doc, j: int, taken: set[int]) -> bool:
    """"Heaven Sent Gaming", "Born Free Trust": a capitalised word the tagger reads as a verb or
    an adjective, inside a run of proper nouns and mid-sentence, belongs to the name: only a
    name's words are capitalised there."""
    if j + 1 >= len(doc) or j + 1 in taken or doc[j + 1].ent_type_ or doc[j].is_sent_start:
        return False
    nxt = doc[j + 1]
    return doc[j].is_alpha and doc[j].lower_ not in STOP_WORDS and doc[j].whitespace_ != "" \
        and _proper(nxt) and nxt.is_title


def _mention(para: ParsedParagraph, chunk: int, s: int, e: int, label: str) -> Mention:
    doc = para.doc
    span = doc[s:e]
    start, end = para.offsets(span)
    text = span.text
    # "|Boston Tea Party": punctuation glued to a word is not part of the name.
    lead = len(text) - len(text.lstrip("".join(EDGE_PUNCT - {"."})))
    trail = len(text) - len(text.rstrip("".join(EDGE_PUNCT - {"."})))
    if lead or trail:
        text = text[lead : len(text) - trail]
        start, end = start + lead, end - trail
    cut = glued_opening(text)
    if cut:
        text, start = text[cut:], start + cut
    name = " ".join(PARENTHETICAL.sub("", text).split())
    return Mention(
        paragraph=para.index, start=start, end=end, text=text, name=name, label=label,
        sent_start=para.start + span.sent.start_char, chunk=chunk, tokens=(s, e),
        subject=_subject(doc, s, e), modifier=_is_modifier(doc, s, e), modifies=_modified(doc, s, e),
        conj_label=_conj_label(span),
        place_prep=span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_PREPOSITIONS,
        route=_route(span),
        titled=s > 0 and (is_title(doc[s - 1]) and doc[s - 1].lower_ not in ORG_TITLE_WORDS
                          or _person_noun_before(doc, s, e)),
        office_of=_office_of(span),
        medium=_medium(span),
        det=_determiner(doc, s, e),
        adjective=_adjective(doc, s, e),
        event_prep=_prep_object(span) in TIME_PREPOSITIONS,
        topic=_topic(span),
        named_as=_named_as(span),
        source=_prep_object(span) == "to" and span.root.head.head.lower_ == "according",
        described=_described(span),
        thing=_thing_named(span),
        he_she=_followed_by_he_or_she(span),
        said=span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in SPEECH_VERBS,
        conj_titled=_conj_titled(span),
        before_day=e < len(doc) and doc[e - 1].whitespace_ == " " and doc[e].lower_ in WEEKDAYS
        and doc[e].is_title,
    )


def after_unopened_bracket(text: str) -> int:
    """The offset after the last closing bracket that no bracket in ``text`` opens, or 0."""
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


def _conj_titled(span: Span) -> bool:
    """A later conjunct of a name a title stands before ("Presidents A of X and B of Y")."""
    root = span.root
    if root.dep_ != "conj":
        return False
    head = root.head
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    # "A of X and B of Y": the parse often joins B to X, the place A is "of".
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "PROPN":
        head = head.head.head
    if head.pos_ != "PROPN":
        return False
    doc, left = span.doc, head.i
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].dep_ in ("compound", "flat") \
            and not is_title(doc[left - 1]):
        left -= 1
    return left > 0 and is_title(doc[left - 1]) and doc[left - 1].lower_ not in ORG_TITLE_WORDS


def _followed_by_he_or_she(span: Span) -> bool:
    """"Jane Doe said on Monday that she …": the first person-like word after a subject, in
    its sentence or the next, is a personal pronoun.  Another name or "it"/"they" first
    says nothing."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = span.doc
    sent = span.sent
    stop = sent.end
    if stop < len(doc):
        stop = doc[stop].sent.end
    for tok in doc[span.end : stop]:
        if tok.lower_ in HE_SHE:
            return True
        # Another name (not a date: "said on Monday he …") or "it"/"they" comes first.
        named = tok.ent_type_ in LABEL_KIND or tok.ent_type_ == "NORP" \
            or (tok.pos_ == "PROPN" and not tok.ent_type_)
        if named or tok.lower_ in IT_THEY:
            return False
    return False


def _described(span: Span) -> str:
    """The common noun the text equates with the name: its apposition ("Acme, a company", "X,
    Puerto Rico's governor,"), a kind noun it stands beside ("the capital, Sanaa") or the
    predicate of a copula ("Acme is the largest firm"); or the noun it is given to as a name
    ("the team, known as the Gliders")."""
    root = span.root
    if noun := _apposition_after(span) or _apposition_before(span) or _named_for(span):
        return noun
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.pos_ == "NOUN":
                return child.lemma_.lower()
    return _named_by_noun(span)


def _apposition_after(span: Span) -> str:
    """"X, a company …": an apposition that introduces and follows the name at once (the parse
    also hangs a sentence's own subject on a name after an opening phrase: "Speaking to X, the
    president of the league said …").  "X, Puerto Rico's governor, announced…", "X, the
    capital, …": an office or a kind noun says what X is whatever its determiner, when a comma
    closes the phrase.  The parse may cut a hyphenated office ("vice", "-", "president"): no
    comma between the name's and the office's."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return ""
    for child in span.root.children:
        # "X, the Secretary of Justice,": a capitalised office is tagged as a proper noun.
        if child.dep_ != "appos" or not (child.pos_ == "NOUN" or (child.pos_ == "PROPN" and is_title(child))):
            continue
        # "X, formerly a church and now a museum,": an adverb may come before the article.
        first = next((t for t in doc[span.end + 1 : child.i + 1] if t.dep_ != "advmod"), child)
        if child.left_edge.i == span.end + 1 and first.lower_ in ("a", "an"):
            return child.lemma_.lower()
        opened = child.left_edge.i == span.end + 1 or (
            child.left_edge.i > span.end + 1 and not any(t.text == "," for t in doc[span.end + 1 : child.i]))
        if opened and _kind_noun(child) and _closed(child):
            return child.lemma_.lower()
    return ""


def _apposition_before(span: Span) -> str:
    """A kind noun before the name that the name is in apposition to: "the capital, Sanaa",
    "our biggest island Crete", "his wife Melania" (not a plural, a group the name is one of,
    nor a word glued by a hyphen, an adjective's: "the in-person X"); or, in "Speaking to X,
    the president of Y, Jane Roe, said", the office the parse hangs beside the name on X."""
    root, doc = span.root, span.doc
    if root.dep_ != "appos":
        return ""
    head = root.head
    for before in head.children:
        if before.dep_ == "appos" and before.pos_ == "NOUN" and before.i < span.start \
                and before.right_edge.i + 2 == span.start and doc[span.start - 1].text == "," \
                and _kind_noun(before):
            return before.lemma_.lower()
    glued = head.i > 0 and doc[head.i - 1].text in "-‐" and not doc[head.i - 1].whitespace_
    against = head.i == span.start - 1 or doc[span.start - 1].text == ","
    if head.i < span.start and head.pos_ == "NOUN" and head.tag_ != "NNS" and not glued and against \
            and _kind_noun(head):
        return head.lemma_.lower()
    return ""


def _person_noun_before(doc: Doc, s: int, e: int) -> bool:
    """"film star X", "his client X", "actress X": a lower-case noun said only of people,
    compounded with the name."""
    before = doc[s - 1]
    return before.is_lower and before.pos_ == "NOUN" and s <= before.head.i < e \
        and before.lemma_.lower() in PEOPLES_NOUNS


def _kind_noun(token: Token) -> bool:
    """An office or a title ("governor"), or a noun said of one kind of actor ("capital",
    "company", "star"); the kind rules weigh what it says."""
    return token.lemma_.lower() in KIND_NOUNS


def _closed(phrase: Token) -> bool:
    """The phrase ends at the sentence's end or at a comma that no name follows: "X, the
    governor, said"; not "Speaking to X, the head of the league, Jane Doe, said", where the
    office is the next name's (the parse may hang that name inside the phrase)."""
    doc, end = phrase.doc, phrase.sent.end
    after = phrase.right_edge.i + 1
    if after < end and doc[after].text not in (",", ";", "."):
        return False  # "…, Donald Trump's younger brother Robert died": the sentence goes on
    stop = next((t.i for t in doc[phrase.i : end] if t.text in (",", ";")), end)
    return stop + 1 >= end or doc[stop].text == ";" or doc[stop + 1].pos_ != "PROPN"


def _route(span: Span) -> bool:
    """"airlifted from Omsk to Berlin": the start of a route whose end is a place is a place."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    ends = [obj for prep in root.head.head.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for obj in prep.children if obj.dep_ == "pobj"]
    return any(obj.ent_type_ in ("GPE", "LOC") for obj in ends)


def _thing_named(span: Span) -> bool:
    """The name is given to a work, a craft or a thing: right after the noun for it ("his column
    Savage Love", "the fungus Beauveria bassiana"), after a ship's prefix ("MV Professor Albrecht
    Penck": a ship named after a person takes the title with the name), or with the noun in
    apposition ("Formica fusca, an ant species")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower \
            and before.lemma_.lower() in THING_NOUNS \
            and (span.start <= before.head.i < span.end or span.root.head.i == before.i):
        return True
    i = span.start - 1
    while i >= 0 and is_title(doc[i]):
        i -= 1
    noun = _apposition_after(span)
    return (i >= 0 and doc[i].text in SHIP_PREFIXES) or noun in THING_NOUNS \
        or (noun in SORT_NOUNS and _sort_of(span) in THING_NOUNS) or _genus(span)


def _sort_of(span: Span) -> str:
    """"Novichok, a range of neurotoxins": the noun a sort noun in apposition is of."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in SORT_NOUNS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    return next((t.lemma_.lower() for t in prep.children if t.dep_ == "pobj"), "")
    return ""


def _genus(span: Span) -> bool:
    """"Formica fusca", "Beauveria bassiana": a capitalised genus before a lower-case Latin
    epithet that is no English word names a species."""
    if span.end >= len(span.doc):
        return False
    epithet = span.doc[span.end]
    return span.root.dep_ == "compound" and span.root.head.i == epithet.i and epithet.is_lower \
        and epithet.is_alpha and epithet.pos_ in ("NOUN", "PROPN", "X") \
        and bool(LATIN_EPITHET.search(epithet.text)) \
        and not is_label_word(epithet.text) and not is_label_word(epithet.lemma_)


def _named_by_noun(span: Span) -> str:
    """A kind noun that names the name before it: "the town of X", "the news agency X".

    Only nouns that say what kind of actor it is (DESCRIBES_*): "the word X" or "the film X"
    name no actor's kind."""
    doc, root = span.doc, span.root
    kinds = DESCRIBES_PLACE | DESCRIBES_ORG
    # "the mining town of X": the name is the object of "of" on the kind noun, right before it.
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == span.start - 1:
        noun = root.head.head
        if noun.pos_ == "NOUN" and noun.i == span.start - 2 and noun.lemma_.lower() in DESCRIBES_PLACE:
            return noun.lemma_.lower()
    # "the news agency X": the kind noun right before the name, in its noun phrase.
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower \
            and span.start <= before.head.i < span.end and before.lemma_.lower() in kinds:
        return before.lemma_.lower()
    return ""


def _determiner(doc: Doc, s: int, e: int) -> str:
    """The article (or possessive) of the name itself: "the Clarion", not "the Trump administration"."""
    # The article may stand apart from the name it determines: "a no-deal Brexit".
    dets = [t for t in doc[s:e].root.children
            if t.i < s and t.tag_ in ("DT", "PRP$") and t.dep_ in ("det", "poss")]
    if not dets:
        return ""
    det = dets[-1]
    # "Ambassador to the United Nations Nikki Haley": the article of another name the model saw,
    # whose entity ends before this name begins.
    if det.ent_type_ and any(t.ent_iob_ in ("B", "O") for t in doc[det.i + 1 : s + 1]):
        return ""
    # Only across the name's own modifiers, not a bracket or another phrase the parse hung on it.
    between = doc[det.i + 1 : s]
    if any((t.is_punct and t.text not in "-‐\"“”'") or not (det.i <= t.head.i < e) for t in between):
        return ""
    # A capital "The" opening a sentence is only the sentence's capital.
    return det.lower_ if det.is_sent_start else det.text


def _adjective(doc: Doc, s: int, e: int) -> bool:
    """A lower-case adjective on the name itself ("hard Brexit"); titles ("former", "late") do not count."""
    return any(t.dep_ == "amod" and t.i < s and t.is_lower and not is_title(t)
               for t in doc[s:e].root.children)


def _prep_object(span: Span) -> str:
    root = span.root
    return root.head.lower_ if root.dep_ == "pobj" else ""


def _topic(span: Span) -> bool:
    """What is argued over: "argue about X", "debating X", "the final say on X"."""
    root = span.root
    prep = _prep_object(span)
    return prep in ("about", "over") or (prep == "on" and root.head.head.pos_ == "NOUN") \
        or (root.dep_ == "dobj" and root.head.lemma_.lower() in DEBATE_VERBS)


def _named_as(span: Span) -> bool:
    """"termed X", "known as X": a term being introduced; not a name given to an actor's kind."""
    root = span.root
    if _named_for(span):
        return False
    if root.dep_ == "oprd":
        return root.head.lemma_.lower() in NAMING_VERBS
    return _prep_object(span) == "as" and root.head.head.lemma_.lower() in NAMING_VERBS


def _named_for(span: Span) -> str:
    """"the team, known as the Gliders", "a group called the Fixers": the kind noun a naming
    participle gives the name to; it then names that actor, as an apposition would."""
    root = span.root
    if _prep_object(span) == "as":
        verb = root.head.head
    elif root.dep_ == "oprd":
        verb = root.head
    else:
        return ""
    noun = verb.head
    if verb.lemma_.lower() in GIVING_NAME_VERBS and verb.dep_ in ("acl", "relcl") \
            and noun.pos_ == "NOUN" and _kind_noun(noun):
        return noun.lemma_.lower()
    return ""


def _medium(span: Span) -> bool:
    root = span.root
    prep = root.head
    # "whose Twitter bio", "her Facebook page": what modifies an account names a platform.
    if root.dep_ == "compound" and prep.lemma_.lower() in POSTING_VERBS and prep.pos_ == "NOUN":
        return True
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "via":  # "said via Twitter": people are not a way of sending
        return True
    if prep.lower_ not in ("on", "to"):
        return False
    if is_title(prep.head):  # "Ambassador to the United Nations Nikki Haley wrote": an office's
        return False
    # "wrote on X", "posted a photo to X", "said on X": what one publishes on, not whom.  The
    # parse may hang the phrase on a noun of the clause ("wrote Jane Doe on X", "noted his
    # wisdom on X"): climb nouns and prepositions to the verb, never past another verb.
    tok = prep.head
    for _ in range(4):
        lemma = tok.lemma_.lower()
        if lemma in POSTING_VERBS or (prep.lower_ == "on" and lemma in SPEECH_VERBS - TOPIC_VERBS):
            return True
        if tok.pos_ not in ("NOUN", "PROPN", "ADP", "NUM") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _office_of(span: Span) -> bool:
    root = span.root
    prep = root.head
    # Right after "of (the)": "Minister of Information Jane Doe" names the holder after the field.
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in OFFICE_NOUNS and i == prep.i


def _portfolio(span: Span) -> bool:
    """"the minister for East African Affairs", "Secretary of Health": the field of an office,
    headed by a portfolio's word, and any name inside it ("East")."""
    head = span.root
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    prep = head.head
    if not (head.dep_ == "pobj" and head.lower_ in PORTFOLIO_WORDS and prep.lower_ in ("for", "of")
            and prep.head.lemma_.lower() in OFFICE_NOUNS):
        return False
    # Only places and plain qualifiers before the field: "CEO of Massey Energy" names a company,
    # "the Tunisian League for the Defence of Human Rights" a body.
    before = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod")]
    return not any(c.dep_ == "prep" for c in head.children) and all(
        t.ent_type_ in ("GPE", "NORP", "LOC") or t.lower_ in PORTFOLIO_QUALIFIERS or says_whose([t.text])
        for t in before)


def _looks_like_name(m: Mention, doc: Doc) -> bool:
    # "I]t", "Pittsburg[h": an editor's brackets inside a word.
    if "[" in m.text or "]" in m.text:
        return False
    # "(2100 UTC)": a time zone; "COVID-19", "SARS-CoV-2": a disease or a model, not an actor.
    if m.name.lower() in TIME_ZONES or re.search(r"-\d+$", m.name):
        return False
    # '"COVI" represents the coronavirus': a word quoted on its own is spoken of as a word.
    if _quoted_alone(doc, *m.tokens):
        return False
    # "a Democrat", "every Independent", "a no-deal Brexit", "my Toyota": a name with an indefinite
    # article, a quantifier or a possessive is used as a common noun (a member, an instance), not
    # to name an actor.
    if m.det.lower() in COMMON_NOUN_DETERMINERS or m.det.lower() in POSSESSIVE_DETERMINERS:
        return False
    # "minister for East African Affairs": an office's portfolio, not an actor.
    if _portfolio(doc[m.tokens[0] : m.tokens[1]]):
        return False
    # "5:00 p.m. UTC": a time zone after a time.
    if m.tokens[0] > 0 and doc[m.tokens[0] - 1].ent_type_ == "TIME" and m.name.isupper():
        return False
    if m.label == "PERSON" and any(c.isdigit() for c in m.name):  # "COVID-19" is no one
        return False
    letters = [c for c in m.name if c.isalpha()]
    if len(letters) < 2 or not any(c.isupper() for c in letters):
        return False
    words = [w.lower().rstrip(".") for w in m.words]
    if len(words) == 1 and not _one_word_name(m, doc, words[0]):
        return False
    # "Assistant Professor", "Virginia Governor": a phrase ending in an office names the
    # office; its holder is named elsewhere, its place or body keeps a mention of its own.
    head = re.match(r"[a-z-]*", words[-1]).group()
    if len(words) >= 2 and head in OFFICE_NOUNS:
        return False
    return not all(w in TITLES or w in HONORIFICS for w in words)


def _quoted_alone(doc: Doc, s: int, e: int) -> bool:
    """The span is all that stands between a pair of quotation marks."""
    return s > 0 and e < len(doc) and doc[s - 1].text in QUOTE_MARKS and doc[e].text in QUOTE_MARKS \
        and e - s == 1


def _one_word_name(m: Mention, doc: Doc, word: str) -> bool:
    """Single words that name no one: a verb or an adverb in capitals ("it ABSTAINS", "get
    through this TOGETHER"), a legal form or a ship's prefix left alone ("Inc.", "MV"), the
    mark of a time ("4:00 A.M."), a month's name that is no given name ("Fourth of July")."""
    tok = doc[m.tokens[0]]
    # Only inside a sentence written in lower case: in a headline in capitals or a dateline
    # ("JOHNSON WINS …", "MANILA 1996-08-31 The …") the tags are guesses.
    if m.name.isupper() and tok.tag_.startswith(("VB", "RB")) and not opens_sentence(tok) \
            and any(t.is_lower for t in tok.sent):
        return False
    # (In capitals a legal form's letters may be a body's: "INC" for the Indian National Congress.)
    if (word in LEGAL_FORMS and not m.name.isupper()) or m.name in SHIP_PREFIXES \
            or word.replace(".", "") in ("am", "pm"):
        return False
    return not (word in DAY_AND_MONTH_NAMES and not is_given_name(word))


def _group_plural(m: Mention, doc: Doc) -> bool:
    """"Texans", "Hong Kongers": a plural word for a group of people; but "Brotherhood of
    Magicians" is a body whose name ends in its members."""
    last = doc[m.tokens[1] - 1]
    inner = {t.lower_ for t in doc[m.tokens[0] : m.tokens[1] - 1]}
    # "American Samoans", "an American Samoan": a place's name and "n" or "ns" are its people.
    key = m.name.lower()
    if any(key.endswith(end) and key[: -len(end)] in region_names() for end in ("ns", "n")):
        return True
    return last.tag_ == "NNPS" and bool(GROUP_PLURAL.match(last.lower_)) \
        and not inner & {"of", "for", "and", "&"}


def _without_things(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A name given to a work or a thing is no mention of an actor ("the ship Alan Kurdi" is not
    the boy), nor is any other mention of that name ("the Savage Love advice column"), unless the
    text also uses it for someone ("Alan Kurdi, a three-year-old child"; "X said").  The names
    given include entities of other labels right after a work's noun ("his column Savage Love",
    a product to the model); not the model's "works of art" as such, which are often actors
    ("provided Wikinews with the text").  A name only used to modify a work's noun is a
    maker's: "a Steven Spielberg film"."""
    given = {m.name.lower() for m in mentions if m.thing} | {
        e.text.lower() for p in parsed.paragraphs for e in p.doc.ents if _thing_named(e)}
    someone = {m.name.lower() for m in mentions if not m.thing and (
               m.titled or m.said or m.he_she or (m.described and m.described not in THING_NOUNS))}
    return [m for m in mentions
            if not m.thing and (m.name.lower() not in given or m.name.lower() in someone)]


def _named_plurals(mentions: list[Mention]) -> list[Mention]:
    """A group plural describes people ("Texans") unless the article gives it to an actor as its
    name somewhere ("the team, known as the Gliders"): then each of its mentions names that actor."""
    given = {m.name.lower() for m in mentions if m.group_plural and m.described}
    return [m for m in mentions if not m.group_plural or m.name.lower() in given]


def _plural_groups(mentions: list[Mention]) -> list[Mention]:
    """"the Houthis" beside "Houthi rebels", "Houthi control": a plural whose singular names
    what belongs to it is a group's name, a body, whatever the model called it (often a person)."""
    singulars = {m.name.lower() for m in mentions if m.modifier and len(m.words) == 1}
    return [replace(m, label="ORG") if len(m.words) == 1 and m.label in ("", "PERSON")
            and m.name.endswith("s") and m.name[:-1].lower() in singulars else m for m in mentions]


def _acronyms(para: ParsedParagraph, chunk: int, mentions: list[Mention]) -> list[Mention]:
    """Link "Democratic Choice of Kazakhstan (DVK)": the bracketed acronym names the same actor."""
    doc = para.doc
    text = doc.text  # once: Doc.text joins every token on each access
    out = {m.start: m for m in mentions}
    for m in mentions:
        match = ACRONYM.match(text, m.end - para.start)
        acronym = match.group(1).rstrip(".") if match else ""
        if not (acronym.isupper() and len(m.words) > 1 and len(acronym) <= len(m.words) + 3):
            continue
        start = para.start + match.start(1)
        known = out.get(start)
        if known is not None:
            out[start] = replace(known, acronym_of=m.start, name=acronym)
            continue
        span = doc.char_span(match.start(1), match.start(1) + len(acronym))
        if span is not None:
            out[start] = replace(_mention(para, chunk, span.start, span.end, m.label), acronym_of=m.start)
    return [out[k] for k in sorted(out)]


def find_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Every named mention of the body, in reading order."""
    out: list[Mention] = []
    labels = speaker_labels(parsed)
    for chunk, para in enumerate(parsed.paragraphs):
        label = labels.get(para.index)
        skip_to = label[1] - para.start if label and label[1] > para.start else 0
        out.extend(paragraph_mentions(para, chunk, skip_to))
    return _without_things(parsed, _plural_groups(_named_plurals(_tagged_elsewhere(out))))
