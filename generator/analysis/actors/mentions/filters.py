"""Which mentions name an actor at all: no title alone, no word quoted as a word, no people of
a place, no thing's name."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.analysis.actors.lexicon import (
    AWARDS,
    DAY_AND_MONTH_NAMES,
    DESCRIBES_ORG,
    DESCRIBES_PLACE,
    DISEASES,
    ERAS,
    FAMILY_ADDRESS,
    HOLIDAYS,
    HONORIFICS,
    LEGAL_FORMS,
    OFFICE_NOUNS,
    OFFICES_OF_A_BODY,
    POSTNOMINALS,
    RELIGIONS,
    THING_NOUNS,
    TIME_ZONES,
    TITLES,
    initials,
    is_demonym_noun,
    is_given_name,
    is_label_word,
    region_names,
    says_whose,
    singulars,
)
from generator.analysis.actors.mentions.context import SHIP_PREFIXES, thing_named
from generator.analysis.actors.mentions.mention import Mention
from generator.analysis.actors.mentions.tokens import NUMBERED_BODY, opens_sentence
from generator.analysis.parse import ParsedArticle
from generator.analysis.quotations import QUOTE_MARKS

POSSESSIVE_DETERMINERS = {"my", "your", "his", "her", "its", "our", "their"}
# Head words of an office's portfolio ("minister for East African Affairs").
PORTFOLIO_WORDS = frozenset({
    "affairs", "relations", "development", "security", "defence", "defense", "health", "education",
    "finance", "justice", "trade", "transport", "energy", "environment", "agriculture", "labour",
    "labor", "culture", "tourism", "interior", "information", "communications", "housing", "welfare",
    "transportation", "intelligence", "commerce", "research", "science", "technology", "schools",
})
PORTFOLIO_QUALIFIERS = frozenset({"foreign", "home", "internal", "external", "public", "social",
                                  "economic", "veterans", "homeland", "national", "international",
                                  "east", "west", "north", "south", "central", "eastern", "western",
                                  "northern", "southern"})
# Determiners that make a name a common noun: "a Democrat", "every Independent", "another Brexit".
COMMON_NOUN_DETERMINERS = frozenset({"a", "an", "every", "each", "another", "any", "no"})
# Plural words for groups of people ("Hong Kongers", "Texans"): they describe, they do not name.
GROUP_PLURAL = re.compile(r".+(ers|ans|ese|ites|ists|is)$")
# Names that are no actor's: a time zone, a disease, an era, a faith, a holiday (built once: every
# mention asks).
NOT_ACTORS = TIME_ZONES | DISEASES | ERAS | RELIGIONS | HOLIDAYS
# One-word names that are no actor's: "Dad", "the Oscar", "Mark Tedeschi, QC".
NOT_ACTORS_ALONE = FAMILY_ADDRESS | AWARDS | POSTNOMINALS


def has_no_proper_noun(m: Mention, doc: Doc) -> bool:
    """No proper noun in it: "Sure" or "Nah" labelled PERSON; but also "Sanders" read as a
    plural noun ("Sanders said …"), which ``tagged_elsewhere`` keeps."""
    return not any(t.pos_ == "PROPN" for t in doc[m.tokens[0] : m.tokens[1]]) and not m.name.isupper()


def tagged_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """A mention the tagger read as a common noun is a name when the article uses it as one
    elsewhere: the whole name, or the surname of a longer name ("Sanders" of "Bernie Sanders")."""
    names = {m.name.lower() for m in mentions if not m.untagged}
    names |= {key.split()[-1] for key in names if " " in key}
    return [m for m in mentions if not m.untagged or m.name.lower() in names]


def plural_nouns(mentions: list[Mention]) -> list[Mention]:
    """"Weasels will go for anything …": a common noun's plural, capitalised only because it
    opens the sentence wherever the article writes it, and no word of a longer name there
    ("Sanders" of "Bernie Sanders" stays)."""
    longer = {w.lower() for m in mentions if len(m.words) > 1 for w in m.words}
    opening: dict[str, bool] = {}
    for m in mentions:
        key = m.name.lower()
        opening[key] = opening.get(key, True) and m.start - m.sent_start <= 1  # after a quote mark too
    return [m for m in mentions
            if not (len(m.words) == 1 and opening[m.name.lower()] and m.name.lower() not in longer
                    and _common_plural(m.name))]


def _common_plural(word: str) -> bool:
    return len(word) > 3 and not is_given_name(word) and any(is_label_word(s) for s in singulars(word))


def kind_named(m: Mention) -> Mention:
    """A name the model missed, which the text calls a town or an agency ("the town of X",
    "the news agency X"), takes that kind's label: it is a name, and the text says of what."""
    if m.label or not m.described:
        return m
    if m.described in DESCRIBES_PLACE:
        return replace(m, label="GPE")
    return replace(m, label="ORG") if m.described in DESCRIBES_ORG else m


def _portfolio(span: Span) -> bool:
    """"the minister for East African Affairs", "Secretary of Health": the field of an office,
    headed by a portfolio's word, and any name inside it ("East")."""
    doc = span.doc
    # "Director of National Intelligence James Clapper": the parse hangs the field on the name.
    if span[-1].lower_ in PORTFOLIO_WORDS and span.start >= 2 and span.end < len(doc) \
            and doc[span.end].ent_type_ == "PERSON" and doc[span.start - 1].lower_ in ("of", "for") \
            and doc[span.start - 2].lemma_.lower() in OFFICE_NOUNS:
        return True
    head = span.root
    while head.dep_ == "compound" and head.head.i != head.i:
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


def looks_like_name(m: Mention, doc: Doc) -> bool:
    # "I]t", "Pittsburg[h": an editor's brackets inside a word.
    if "[" in m.text or "]" in m.text:
        return False
    # "(2100 UTC)": a time zone; "COVID-19", "SARS-CoV-2", "Covid": a disease or a model, not an actor.
    if m.name.lower() in NOT_ACTORS or is_demonym_noun(m.name) \
            or re.search(r"-\d+$", m.name):
        return False
    # "Dad paid $300,000 last time": what a family calls one of its own; "won the Oscar": a prize;
    # "Mark Tedeschi, QC": an honour after a name.
    if len(m.words) == 1 and m.name.lower().replace(".", "") in NOT_ACTORS_ALONE:
        return False
    # "liquid natural gas (LNG)": the abbreviation of a common noun names no one.
    if _common_abbreviation(doc, *m.tokens):
        return False
    # '"COVI" represents the coronavirus': a word quoted on its own is spoken of as a word;
    # '"Still Alice"', "'Top Gear'": a name in a quoted title is part of a work's name.
    if _quoted_alone(doc, *m.tokens) or _in_quoted_title(doc, *m.tokens):
        return False
    # "#MAGA", "#Brexit": a hashtag tags a topic; it names no one ("@user" does, and stays).
    if _hashtag(doc, m.tokens[0]):
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
    if (len(letters) < 2 and not _numbered_body(m)) or not any(c.isupper() for c in letters):
        return False
    words = [w.lower().rstrip(".") for w in m.words]
    if len(words) == 1 and not _one_word_name(m, doc, words[0]):
        return False
    # "Assistant Professor", "Virginia Governor": a phrase ending in an office names the
    # office; its holder is named elsewhere, its place or body keeps a mention of its own.
    head = re.match(r"[a-z-]*", words[-1]).group()
    if len(words) >= 2 and head in OFFICE_NOUNS:
        return False
    # "Two Democratic Representatives, X and Y": the plural of an office names its holders,
    # unless a body is named for them ("Council of Ministers", "House of Representatives").
    if len(words) >= 2 and head.endswith("s") and head[:-1] in OFFICE_NOUNS and "of" not in words:
        return False
    # "the Dean of the House": an office alone before the body it is held in.
    if len(words) == 1 and words[0] in OFFICES_OF_A_BODY and _before_of(doc, m.tokens[1]):
        return False
    return not all(w in TITLES or w in HONORIFICS for w in words)


def _numbered_body(m: Mention) -> bool:
    return m.label == "ORG" and bool(NUMBERED_BODY.fullmatch(m.name))


def _before_of(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ == "of"


def _hashtag(doc: Doc, start: int) -> bool:
    """The name's first word is written right after a "#" (its own token, or glued to it)."""
    first = doc[start]
    if first.text.startswith("#"):
        return True
    return start > 0 and doc[start - 1].text.endswith("#") and not doc[start - 1].whitespace_


def _common_abbreviation(doc: Doc, s: int, e: int) -> bool:
    """A bracketed acronym right after the lower-case words it abbreviates: "liquid natural gas (LNG)"."""
    word = doc[s].text
    if e - s != 1 or not word.isupper() or not word.isalpha() or s < 1 or doc[s - 1].text != "(":
        return False
    before = doc[max(0, s - 1 - len(word)) : s - 1]
    return len(before) == len(word) and all(t.is_lower and t.is_alpha for t in before) \
        and "".join(t.text[0] for t in before) == word.lower()


def _quoted_alone(doc: Doc, s: int, e: int) -> bool:
    """The span is all that stands between a pair of quotation marks."""
    return s > 0 and e < len(doc) and doc[s - 1].text in QUOTE_MARKS and doc[e].text in QUOTE_MARKS \
        and e - s == 1


def _in_quoted_title(doc: Doc, s: int, e: int) -> bool:
    """The span and other capitalised words (a few, small words aside) fill a pair of quotation
    marks: "Still Alice", "The Walking Dead"."""
    start, end = s, e
    while start > 0 and s - start < 5 and _title_word(doc[start - 1]):
        start -= 1
    while end < len(doc) and end - e < 5 and _title_word(doc[end]):
        end += 1
    return (start, end) != (s, e) and start > 0 and end < len(doc) \
        and doc[start - 1].text in QUOTE_MARKS and doc[end].text in QUOTE_MARKS


TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "in", "on", "for", "to"})


def _title_word(tok: Token) -> bool:
    return tok.text not in QUOTE_MARKS and (tok.is_title or tok.lower_ in TITLE_SMALL_WORDS)


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


def is_group_plural(m: Mention, doc: Doc) -> bool:
    """"Texans", "Hong Kongers": a plural word for a group of people; but "Brotherhood of
    Magicians" is a body whose name ends in its members."""
    last = doc[m.tokens[1] - 1]
    inner = {t.lower_ for t in doc[m.tokens[0] : m.tokens[1] - 1]}
    # "American Samoans", "an American Samoan": a place's name and "n" or "ns" are its people.
    key = m.name.lower()
    if any(key.endswith(end) and key[: -len(end)] in region_names() for end in ("ns", "n")):
        return True
    # "Steve Peers": a given name before it makes the plural-looking word a surname.
    given = len(m.words) >= 2 and is_given_name(m.words[0])
    return last.tag_ == "NNPS" and bool(GROUP_PLURAL.match(last.lower_)) \
        and not inner & {"of", "for", "and", "&"} and not given


def without_things(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A name given to a work or a thing is no mention of an actor ("the ship Alan Kurdi" is not
    the boy), nor is any other mention of that name ("the Savage Love advice column"), unless the
    text also uses it for someone ("Alan Kurdi, a three-year-old child"; "X said").  The names
    given include entities of other labels right after a work's noun ("his column Savage Love",
    a product to the model); not the model's "works of art" as such, which are often actors
    ("provided Wikinews with the text").  A name only used to modify a work's noun is a
    maker's: "a Steven Spielberg film"."""
    given = {m.name.lower() for m in mentions if m.thing or m.described in THING_NOUNS} | {
        e.text.lower() for p in parsed.paragraphs for e in p.doc.ents if thing_named(e)}
    # "ROS [Reactive Oxygen Species, the group of chemicals…]": a thing's acronym is that thing.
    given |= {initials(tuple(n.split())).lower() for n in given if len(n.split()) >= 2}
    someone = {m.name.lower() for m in mentions if not m.thing and (
               m.titled or m.said or m.he_she or (m.described and m.described not in THING_NOUNS))}
    return [m for m in mentions
            if not m.thing and (m.name.lower() not in given or m.name.lower() in someone)]


def named_plurals(mentions: list[Mention]) -> list[Mention]:
    """A group plural describes people ("Texans") unless the article gives it to an actor as its
    name somewhere ("the team, known as the Gliders"): then each of its mentions names that actor."""
    given = {m.name.lower() for m in mentions if m.group_plural and m.described}
    return [m for m in mentions if not m.group_plural or m.name.lower() in given]


def plural_groups(mentions: list[Mention]) -> list[Mention]:
    """"the Houthis" beside "Houthi rebels", "Houthi control": a plural whose singular names
    what belongs to it is a group's name, a body, whatever the model called it (often a person)."""
    singulars = {m.name.lower() for m in mentions if m.modifier and len(m.words) == 1}
    return [replace(m, label="ORG") if len(m.words) == 1 and m.label in ("", "PERSON")
            and m.name.endswith("s") and m.name[:-1].lower() in singulars else m for m in mentions]
