"""What the text around a mention says of it: the flags of ``Mention`` (subject, apposition,
medium, event use…), read from the parse."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.analysis.actors.lexicon import (
    DESCRIBES_ORG,
    DESCRIBES_PLACE,
    ILLNESS_NOUNS,
    OFFICE_NOUNS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    THING_NOUNS,
    TITLES,
    described_kind,
    is_label_word,
)
from generator.analysis.actors.mentions.mention import LABEL_KIND, Mention
from generator.analysis.actors.mentions.tokens import EDGE_PUNCT, glued_opening, is_title
from generator.analysis.parse import ParsedParagraph
from generator.analysis.quotations import CLOSING_MARKS, OPENING_MARKS

PEOPLE_OF_A_PLACE = {"people", "resident", "citizen", "inhabitant", "population", "voter"}
MEMBERS = {"member", "membership"}
WORSHIP_HOUSES = {"church", "cathedral", "basilica", "mosque", "temple", "synagogue", "shrine", "monastery"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
HE_SHE = {"he", "she", "him", "his", "her", "himself", "herself"}
IT_THEY = {"it", "its", "itself", "they", "them", "their", "i", "we", "you"}
PEOPLES_NOUNS = PERSON_NOUNS | OFFICE_NOUNS  # "film star X", "actress X"
KIND_NOUNS = PEOPLES_NOUNS | TITLES | DESCRIBES_PLACE | DESCRIBES_ORG  # "X, the capital,"
PLACE_PREPOSITIONS = {"in", "near", "across", "throughout", "outside", "inside"}
# Titles that also head organisations' names ("Opposition Party", "State Department").
ORG_TITLE_WORDS = {"state", "home", "foreign", "interior", "opposition", "former", "first", "head"}
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
# What sets an apposition off after a name: "X, a company", "Boko Haram -- another group --".
APPOSITION_MARKS = frozenset({",", "--", "—", "–"})
# Who trades in a commodity (TRADE_NOUNS) is a company when the commodity is named.
TRADE_NOUNS = frozenset({"producer", "supplier", "exporter", "importer", "distributor", "refiner"})
COMMODITIES = frozenset({
    "oil", "gas", "coal", "steel", "iron", "copper", "gold", "silver", "aluminium", "aluminum",
    "cement", "grain", "wheat", "wine", "beer", "chip", "power", "electricity", "energy", "drug",
    "vaccine", "car", "food", "fertiliser", "fertilizer", "lithium", "uranium", "timber",
})
# Words for a newspaper by how often it appears: "Greek daily Kathimerini", "the weekly Der Spiegel".
PERIODICALS = frozenset({"daily", "weekly", "fortnightly", "tabloid", "broadsheet"})
# What an outlet does with a story: "Politico reported …", "Politico quoted X".
PUBLISHING_VERBS = frozenset({"report", "quote", "publish", "cite"})
# Verbs that give a thing its name ("termed X", "known as X"): said of terms, seldom of actors.
DEBATE_VERBS = {"debate", "discuss", "negotiate"}  # their object is an issue argued over
NAMING_VERBS = {"term", "dub", "know", "nickname", "coin", "brand", "label"}
# The same, and "called", when they give a name to an actor's kind ("a group called the Fixers").
GIVING_NAME_VERBS = NAMING_VERBS | {"call"}
SORT_NOUNS = {"range", "kind", "type", "class", "form", "variety", "sort", "group", "family"}
# Endings of a species' Latin epithet ("fusca", "bassiana", "sapiens", "rex").
LATIN_EPITHET = re.compile(r"(?:a|us|um|is|ae|ii|i|ensis|oides|ans|ens|ex|ix)$")
# Prefixes of a ship's name: "MV Alan Kurdi", "HMS Victory".
SHIP_PREFIXES = frozenset({"MV", "MS", "MT", "SS", "RV", "HMS", "USS", "USNS", "HMCS", "HMAS",
                           "HMNZS", "INS"})
PARENTHETICAL = re.compile(r"\s*\([^()]*\)")


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
    # A lower-case word the tagger calls a proper noun ("Manchester United star X") is a common one.
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
    return head.i > root.i and head.i >= end and (common or is_title(head))


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


def make_mention(para: ParsedParagraph, chunk: int, s: int, e: int, label: str) -> Mention:
    """The mention of tokens ``s``..``e`` of a parsed slice, with every flag its context gives it."""
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
        place_prep=_place_prep(span),
        route=_route(span),
        titled=s > 0 and (is_title(doc[s - 1]) and doc[s - 1].lower_ not in ORG_TITLE_WORDS
                          or _person_noun_before(doc, s, e)),
        office_of=_office_of(span),
        member_of=_member_of(span),
        medium=_medium(span),
        det=_determiner(doc, s, e),
        the_before=s > 0 and doc[s - 1].lower_ == "the",
        adjective=_adjective(doc, s, e),
        event_prep=_prep_object(span) in TIME_PREPOSITIONS,
        topic=_topic(span),
        named_as=_named_as(span),
        source=_prep_object(span) == "to" and span.root.head.head.lower_ == "according",
        described=_described(span),
        thing=thing_named(span),
        he_she=_followed_by_he_or_she(span),
        said=span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in SPEECH_VERBS,
        publishes=span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in PUBLISHING_VERBS,
        conj_titled=_conj_titled(span),
        before_day=e < len(doc) and doc[e - 1].whitespace_ == " " and doc[e].lower_ in WEEKDAYS
        and doc[e].is_title,
    )


def _conj_titled(span: Span) -> bool:
    """A later conjunct of a name a title stands before ("Presidents A of X and B of Y")."""
    root = span.root
    if root.dep_ != "conj":
        return False
    head = root.head
    while head.dep_ == "conj" and head.head.i != head.i:
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
    if span.end >= len(doc) or doc[span.end].text not in APPOSITION_MARKS:
        return ""
    # '"Still Alice," a movie': the comma of a quoted title comes before its closing mark.
    quoted = span.end + 1 < len(doc) and doc[span.end + 1].text in CLOSING_MARKS
    opens = span.end + 2 if quoted else span.end + 1
    for child in span.root.children:
        # "X, the Secretary of Justice,": a capitalised office is tagged as a proper noun.
        if child.dep_ != "appos" or not (child.pos_ == "NOUN" or (child.pos_ == "PROPN" and is_title(child))):
            continue
        # "Dr. Jo Olson, the support groups, the scientists": a plural is the next item of a list.
        if child.tag_ == "NNS" and span.root.tag_ != "NNPS":
            continue
        # "X, formerly a church and now a museum,": an adverb may come before the article.
        first = next((t for t in doc[opens : child.i + 1] if t.dep_ != "advmod"), child)
        if child.left_edge.i == opens and first.lower_ in ("a", "an", "another"):
            return _kind_word(child)
        opened = child.left_edge.i == opens or (
            child.left_edge.i > opens and not any(t.text == "," for t in doc[opens : child.i]))
        if opened and _kind_noun(child) and _closed(child, doc[span.end].text):
            return _kind_word(child)
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
            return "" if _ends_in_another_kind(before) else _kind_word(before)
    glued = head.i > 0 and doc[head.i - 1].text in "-‐" and not doc[head.i - 1].whitespace_
    against = head.i == span.start - 1 or doc[span.start - 1].text == ","
    if head.i < span.start and head.pos_ == "NOUN" and head.tag_ != "NNS" and not glued and against \
            and _kind_noun(head) and not _modifies_what_follows(span):
        return _kind_word(head)
    return ""


def _ends_in_another_kind(phrase: Token) -> bool:
    """"X, the former head of Israel's intelligence agency, Mossad,": the name after the phrase
    may stand for its head ("head") or for the noun it ends in ("agency"); when the two say
    different kinds, the phrase says nothing of the name."""
    last = phrase.right_edge
    if last.i == phrase.i or last.pos_ != "NOUN":
        return False
    kinds = {described_kind(_kind_word(phrase)), described_kind(_kind_word(last))}
    return len(kinds - {""}) == 2


def _modifies_what_follows(span: Span) -> bool:
    """"the star Patriots tight end": a lower-case adjective or noun right after the name goes
    on with the noun phrase, so the noun before the name describes the whole, not the name
    (the parse may still hang the name on it as an apposition).  Not a date: "the newspaper X
    last month"."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.is_lower and after.pos_ in ("ADJ", "NOUN") and after.ent_type_ not in ("DATE", "TIME")


def _person_noun_before(doc: Doc, s: int, e: int) -> bool:
    """"film star X", "his client X", "actress X": a lower-case noun said only of people,
    compounded with the name."""
    before = doc[s - 1]
    return before.is_lower and before.pos_ == "NOUN" and s <= before.head.i < e \
        and before.lemma_.lower() in PEOPLES_NOUNS


def _kind_noun(token: Token) -> bool:
    """An office or a title ("governor"), or a noun said of one kind of actor ("capital",
    "company", "star"); the kind rules weigh what it says."""
    return _kind_word(token) in KIND_NOUNS


def _closed(phrase: Token, mark: str = ",") -> bool:
    """The phrase ends at the sentence's end or at a comma that no name follows: "X, the
    governor, said"; not "Speaking to X, the head of the league, Jane Doe, said", where the
    office is the next name's (the parse may hang that name inside the phrase).  A phrase a
    dash opens ("X -- executive director of Y -- said") ends at the second dash."""
    doc, end = phrase.doc, phrase.sent.end
    after = phrase.right_edge.i + 1
    if mark != ",":
        return after >= end or doc[after].text in (mark, ".")
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


def thing_named(span: Span) -> bool:
    """The name is given to a work, a craft or a thing: right after the noun for it ("his column
    Savage Love", "the fungus Beauveria bassiana"), after a ship's prefix ("MV Professor Albrecht
    Penck": a ship named after a person takes the title with the name), or with the noun in
    apposition ("Formica fusca, an ant species")."""
    doc = span.doc
    # 'the car show "Top Gear"': an opening quotation mark may stand between.
    k = span.start - 1
    if k > 0 and doc[k].text in OPENING_MARKS:
        k -= 1
    before, quoted = (doc[k] if k >= 0 else None), k < span.start - 1
    if before is not None and before.pos_ == "NOUN" and before.is_lower \
            and before.lemma_.lower() in THING_NOUNS \
            and (quoted or span.start <= before.head.i < span.end or span.root.head.i == before.i):
        return True
    i = span.start - 1
    while i >= 0 and is_title(doc[i]):
        i -= 1
    noun = _apposition_after(span)
    return (i >= 0 and doc[i].text in SHIP_PREFIXES) or noun in THING_NOUNS \
        or _sort_of(span) in THING_NOUNS or _genus(span) or _illness(span)


def _illness(span: Span) -> bool:
    """"Alzheimer's disease", "Tourette syndrome": a name the illness is called after."""
    doc, k = span.doc, span.end
    if k < len(doc) and doc[k].lower_ in ("'s", "’s"):
        k += 1
    return k < len(doc) and doc[k].lower_ in ILLNESS_NOUNS


def _sort_of(span: Span) -> str:
    """"Novichok, a range of neurotoxins", "X, the group of chemicals that…": the noun a sort
    noun in apposition right after the name's comma is of, whatever its article."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return ""
    for child in span.root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in SORT_NOUNS and child.left_edge.i == span.end + 1:
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
    # Not a house of worship: "the church of Scientology", "the Temple of Artemis" are of a
    # creed or a god, not places called so.
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == span.start - 1:
        noun = root.head.head
        if noun.pos_ == "NOUN" and noun.i == span.start - 2 \
                and noun.lemma_.lower() in DESCRIBES_PLACE - WORSHIP_HOUSES:
            return noun.lemma_.lower()
    # "the news agency X": the kind noun right before the name, in its noun phrase.
    before = doc[span.start - 1] if span.start > 0 else None
    # "Greek daily Kathimerini": the tagger reads "daily" as an adverb, "weekly" as a noun.
    if before is not None and before.lower_ in PERIODICALS and span.start <= before.head.i < span.end:
        return "newspaper"
    if before is not None and before.pos_ == "NOUN" and before.is_lower \
            and span.start <= before.head.i < span.end and _kind_word(before) in kinds:
        return _kind_word(before)
    return ""


def _kind_word(noun: Token) -> str:
    """The noun's lemma; a producer or a supplier of a commodity is a company ("the Greek gas
    producer Energean"), though "executive producer Jane Roe" is a person.  A noun glued by a
    hyphen to the word before is read whole: "cabinet-maker", "film-maker" are people's trades
    (a company is a "carmaker" or a "car maker")."""
    lemma = noun.lemma_.lower()
    doc, i = noun.doc, noun.i
    if i >= 2 and doc[i - 1].text in "-‐" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{lemma}"
    if lemma in TRADE_NOUNS and any(c.dep_ == "compound" and c.lower_ in COMMODITIES for c in noun.children):
        return "company"
    return lemma


def _determiner(doc: Doc, s: int, e: int) -> str:
    """The article (or possessive) of the name itself: "the Clarion", not "the Trump administration"."""
    # "(The Hollywood Reporter)Melissa Benoist": an article before a glued source tag is the tag's.
    if glued_opening(doc[s].text):
        return ""
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


def _place_prep(span: Span) -> bool:
    """"in X", "near X"; or "the people of X", "residents of X": said of places far more than of
    anything else."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    people = prep.lower_ == "of" and prep.head.lemma_.lower() in PEOPLE_OF_A_PLACE
    return prep.lower_ in PLACE_PREPOSITIONS or people


def _member_of(span: Span) -> bool:
    """"a member of X", "former members of the X": said of bodies."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in MEMBERS


def _office_of(span: Span) -> bool:
    root = span.root
    prep = root.head
    # Right after "of (the)": "Minister of Information Jane Doe" names the holder after the field.
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in OFFICE_NOUNS and i == prep.i
