"""Where a name starts and ends: the model's entities trimmed, cut, joined and grown with the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.analysis.actors.lexicon import (
    DAY_AND_MONTH_NAMES,
    INSTITUTIONS,
    LEGAL_FORMS,
    NAME_FUNCTION_WORDS,
    ORG_WORDS,
    PARTISAN,
    PLACE_WORDS,
    PLATFORMS,
    STANDING_BODIES,
    initials,
    is_demonym_noun,
    is_given_name,
    is_label_word,
    region_names,
    says_whose,
    singulars,
)
from generator.analysis.actors.mentions.tokens import (
    ACRONYM,
    ORDINAL,
    date_opening,
    flight_start,
    glued_name,
    holder_words,
    is_edge_junk,
    is_title,
    label_before_name,
    lower_opening,
    participle_opening,
    personal,
    proper,
    regnal,
    words_of,
)


def _person_after_label(doc: Doc, start: int, end: int) -> bool:
    """"Veterans Martina Hingis", labelled a body: a label word, then a given name and a surname
    and nothing else ("Johns Hopkins Center for Health Security" is a body's name)."""
    rest = doc[start + 1 : end]
    return 2 <= len(rest) <= 3 and is_given_name(rest[0].text) \
        and all(t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS | PLACE_WORDS for t in rest) \
        and label_before_name(doc, start, end)


def trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop determiners, numbers, possessive endings, brackets and quotes at the edges."""
    while start < end and (is_edge_junk(doc[start]) or ORDINAL.fullmatch(doc[start].text) or
                           (label == "PERSON" and end - start > 1 and is_title(doc[start])) or
                           (label == "PERSON" and label_before_name(doc, start, end)) or
                           # "said Londoner Tony Francis": a people's noun, wherever it stands.
                           (label == "PERSON" and end - start > 2 and is_demonym_noun(doc[start].text)) or
                           # "Veterans Martina Hingis" labelled a body: a given name follows.
                           (label == "ORG" and _person_after_label(doc, start, end)) or
                           (label != "PERSON" and date_opening(doc, start, end)) or
                           lower_opening(doc[start], end - start) or
                           (end - start > 1 and participle_opening(doc[start]))):
        start += 1
    # "the Republican Senate Majority Leader": a party's word on a standing body says who holds
    # it; the body's name is "Senate".
    if end - start == 2 and doc[start].lower_ in PARTISAN and doc[start + 1].lower_ in STANDING_BODIES:
        start += 1
    # "U.S. Army Sgt. Bowe Bergdahl", "Air Force Staff Sgt. X" labelled a body up to the title:
    # the title is the person's.
    if label != "PERSON" and end - start > 1 and is_title(doc[end - 1]) and _person_next(doc, end):
        end -= 1
        while end - start > 1 and (is_title(doc[end - 1]) or doc[end - 1].lower_ in RANK_QUALIFIERS):
            end -= 1
    # "Associated Press of bank robberies": a name's "of" is followed by a capitalised word.
    k = end
    while k > start + 1 and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and doc[k - 1].lower_ not in ("of", "for"):
        k -= 1
    if k < end and doc[k - 1].lower_ in ("of", "for"):
        end = k - 1
    end = _without_kind_nouns(doc, start, end)
    # "against Scientology on French television": an adjective that qualifies a noun after the
    # name is that noun's, not the name's last word.
    # Not one glued by a dash to the next word: "Council on American–Islamic Relations".
    glued = end < len(doc) and (not doc[end - 1].whitespace_ or doc[end].text in "-–—")
    if end - start > 2 and doc[end - 1].tag_ == "JJ" and doc[end - 1].head.i >= end \
            and doc[end - 2].pos_ == "ADP" and not glued:
        end -= 1
    # "Patrice Talon of": a name does not end in a small word.
    while end > start and (is_edge_junk(doc[end - 1]) or (doc[end - 1].is_lower and (
            doc[end - 1].lower_ in NAME_FUNCTION_WORDS or doc[end - 1].lower_ in ("or", "from", "with")))):
        end -= 1
    # "Minister of Information Moammar al-Eryani": the office's field is not the name.
    if label == "PERSON" and end - start >= 3 and start >= 2 and doc[start - 1].lower_ == "of" \
            and is_title(doc[start - 2]) and field_split(doc, start, end, label) is None:
        start += 1
    # An opening bracket left without its closing one: "Choice of Kazakhstan (DVK"
    for i in range(start, end):
        if doc[i].text == "(" and not any(doc[j].text == ")" for j in range(i, end)):
            end = i
            break
    while end > start and is_edge_junk(doc[end - 1]):
        end -= 1
    return start, end


# Words of a rank before its title: "Staff Sgt.", "Master Sgt.", "Petty Officer", "Lance Cpl.".
RANK_QUALIFIERS = frozenset({"staff", "master", "first", "senior", "chief", "command", "lance", "petty",
                             "warrant"})


def _person_next(doc: Doc, i: int) -> bool:
    """Does a name the model calls a person's start at ``i`` (after an abbreviation's dot)?"""
    if i < len(doc) and doc[i].text == ".":
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _without_kind_nouns(doc: Doc, start: int, end: int) -> int:
    """"the Associated Press news agency", "the RMT union", "a Pacific island": lower-case nouns
    after a name say what it is and are no part of it.  A word of a hyphenated name stays
    ("Chan-o-cha"), and so does one body's word after a one-word name that is no acronym: "the
    Koshe party" is the party's name in English, "Koshe" alone a Kazakh word; a longer
    description is not ("the Interfax news agency")."""
    k = end
    while k - start > 1 and doc[k - 1].is_lower and doc[k - 1].is_alpha and doc[k - 1].pos_ == "NOUN" \
            and doc[k - 2].whitespace_:
        k -= 1
    if k == end or doc[start:k].text.islower():
        return end
    named = _outside_brackets(doc[start:k])  # "the Koshe (Street) party": the name is "Koshe"
    if len(named) == 1 and not named[0].text.isupper() and end - k == 1 and doc[k].lower_ in ORG_WORDS:
        return end
    return k


def _outside_brackets(span: Span) -> list[Token]:
    """The words of the span that are not inside brackets."""
    out, depth = [], 0
    for t in span:
        depth += t.text == "("
        if depth == 0 and t.is_alpha:
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out


def pieces(ent: Span) -> list[tuple[int, int, bool]]:
    """Split an entity at colons, line breaks and inner possessives.

    "Andrew Westphal: Stardust" (a speaker tag) and "Ablyazov's Democratic
    Choice" are two names each; the possessor is kept as a name of its own.
    """
    doc = ent.doc
    pieces, start = [], ent.start
    # "Boatmen's Holdings Inc.": a company's registered name may hold a possessive.
    company = ent[-1].lower_.rstrip(".") in LEGAL_FORMS
    commas = (":", "|", ";", "/") if _listing_name(ent) or _spelled_out(ent) else (":", "|", ",", ";", "/")
    for tok in ent:
        # "BRITAIN - Gilts": a dash between spaces separates; a hyphenated name has none.
        spaced = tok.text in "-–—" and tok.whitespace_ and tok.i > 0 and doc[tok.i - 1].whitespace_
        split = tok.text in commas or "\n" in tok.text or bool(spaced) or (
            tok.tag_ == "POS" and tok.i < ent.end - 1 and not company
            and not _generic_rest(ent, tok.i + 1) and not _plural_possessor(doc[start : tok.i + 1])) or (
            # "Ferraro the Democratic Party": two names run together; the first may be tagged a
            # verb when "the" is a noun's after the name ("According to Rathbun the Scientology
            # property"), not in a slogan's name ("Stop the Steal").
            tok.lower_ == "the" and tok.i > ent.start
            and (doc[tok.i - 1].tag_ in ("NNP", "NNPS") or doc[tok.i - 1].is_title and tok.head.i >= ent.end))
        if split or "\n" in tok.whitespace_:
            end = tok.i if split else tok.i + 1
            if end > start:
                pieces.append((start, end, tok.tag_ == "POS"))
            start = tok.i + 1
    if start < ent.end:
        pieces.append((start, ent.end, False))
    return pieces


def joined_listings(doc: Doc) -> list[Span]:
    """The model's entities, with a body's name it cut in two joined again: a listing name
    ("United Nations Educational," + "Scientific and" + "Cultural Organization"), or a name
    with an unlabelled hole ("116th United" + "States" + "Congress"), or a body of two places
    ("The High Court of England" + "and Wales"), or of two fields ("Research" + "and Referral
    Hospital"), or a name the model read as two places ("Valeska" + "Paris")."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        e = ents[i]
        if i + 1 < len(ents) and (_cut_by_a_hole(doc, e, ents[i + 1]) or _of_two_places(doc, e, ents[i + 1])
                                  or _two_fields(doc, e, ents[i + 1]) or _two_place_words(e, ents[i + 1])):
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
    if nxt.label_ not in ("ORG", "FAC") or not all(proper(t) and not t.ent_type_ for t in gap):
        return False
    # With no hole, only a place naming whose body it is: "United States" + "Congress".
    if not gap and not (nxt.label_ == "ORG" and _a_place(ent)):
        return False
    return all(t.dep_ == "compound" and ent.start <= t.head.i < nxt.end for t in doc[ent.start : nxt.start])


def _of_two_places(doc: Doc, ent: Span, nxt: Span) -> bool:
    """"The High Court of England" + "and" + "Wales": a body's name ending "of" a place, and
    another place's name right after "and", is one body of both."""
    gap = doc[ent.end : nxt.start]
    if ent.label_ != "ORG" or len(gap) != 1 or gap[0].lower_ != "and" or len(ent) < 3:
        return False
    key = nxt.text.lower()
    return ent[-2].lower_ == "of" and ent[-1].text.lower() in region_names() and key in region_names()


def _two_fields(doc: Doc, ent: Span, nxt: Span) -> bool:
    """"Research" + "and" + "Referral Hospital": a common noun alone, then "and" and an
    institution's name, is the one institution both words name, and so is a body's name cut
    right after its "and".  "Acme" + "and" + "Zenith Inc." are two firms."""
    if ent.label_ != "ORG" or nxt.label_ != "ORG":
        return False
    if ent[-1].lower_ == "and" and ent.end == nxt.start:
        return True  # "the Army's Research and" + "Referral Hospital": no name ends in "and"
    gap = doc[ent.end : nxt.start]
    if len(ent) != 1 or len(gap) != 1 or gap[0].lower_ != "and":
        return False
    return nxt[-1].lower_ in INSTITUTIONS and ent[0].is_title and is_label_word(ent[0].text)


def _two_place_words(ent: Span, nxt: Span) -> bool:
    """"Valeska Paris, an Australian woman": two one-word places side by side, the first a
    compound of the second, are one name the model split on a word it knows as a city; two
    places are set apart by a comma or a preposition ("Paris, France", "Paris in Texas")."""
    return ent.label_ == nxt.label_ and ent.label_ in ("GPE", "LOC") and ent.end == nxt.start \
        and len(ent) == len(nxt) == 1 and ent[0].dep_ == "compound" and ent[0].head.i == nxt.start \
        and ent[0].whitespace_ == " "


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


# Plurals that take "'s": "the People's Liberation Army", "Women's Hospital".
_PEOPLE_PLURALS = frozenset({"people", "women", "men", "children"})


def _spelled_out(ent: Span) -> bool:
    """"Institute of Epidemiology, Disease Control and Research (IEDCR)": the acronym after the
    name has its words' initials, commas and all, so the commas list what the body does."""
    found = ACRONYM.match(ent.doc.text, ent.end_char)
    words = tuple(t.text for t in ent if t.is_alpha)
    return bool(found) and "," in ent.text and initials(words) == found.group(1).replace("&", "").rstrip(".")


def _plural_possessor(span: Span) -> bool:
    """"Fishmongers' Hall", "Veterans' Affairs", "People's Liberation Army": a common noun's
    plural possessive inside a name is part of it, whom the body is for; a name's is another
    actor's ("the United Nations' Food and Agriculture Organization", "the Philippines' Coast
    Guard"), and so is a singular's ("the Army's hospital")."""
    words = [t for t in span[:-1] if t.lower_ != "the"]
    if len(words) != 1:
        return False
    word = words[0].lower_
    if span[-1].lower_ in ("'s", "’s"):
        return word in _PEOPLE_PLURALS
    if span[-1].text not in ("'", "’"):
        return False
    return any(is_label_word(s) for s in singulars(word)) and word not in region_names()


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


def titled_person(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """"House Speaker Nancy Pelosi" labelled an organisation: a title, then a person's name."""
    if label == "PERSON" or end - start < 3:
        return start, label
    # "First Minister of Scotland Nicola Sturgeon": the office's field, then the name.
    rest = doc[start + 1 : end]
    # Not "Mayor of New York City": a rest ending in a generic head ("York City") is no one's name.
    # Nor "director of Youth Forum Zimbabwe": a body's word or a country's name is no one's name.
    if start >= 2 and doc[start - 1].lower_ == "of" and is_title(doc[start - 2]) and len(rest) in (2, 3) \
            and field_split(doc, start, end) is None and not _generic_end(rest) \
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


def word_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole hyphenated words ("Qasym-Zhomart")."""
    while start >= 2 and doc[start - 1].text in "-‐" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].is_title:
        start -= 2
    while end + 1 < len(doc) and doc[end].text in "-‐" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_title:
        end += 2
    return start, end


def body_field(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """"The Puerto Rico Center" + "for Investigative Journalism": a body's name the model cut at
    its head word goes on through "for" or "of" and the capitalised words of its field, with the
    small words that join them ("Foundation for the Visual Arts", "Society for the Prevention of
    Cruelty to Animals"); a field the model took for a body of its own ("Visual Arts") too."""
    if end - start < 1 or end + 1 >= len(doc):
        return end
    if doc[end - 1].lower_ in ORG_WORDS and doc[end].lower_ in ("for", "of"):
        first = end + 1
    elif doc[end].lower_ in ("and", "&", "of", "to") and any(
            doc[k].lower_ in ORG_WORDS and doc[k + 1].lower_ in ("for", "of") for k in range(start, end - 1)):
        first = end  # the model stopped inside the field: "Society for the Prevention of Cruelty"
    else:
        return end
    j = first

    def field_word(k: int) -> bool:
        return k < len(doc) and k not in taken and doc[k].ent_type_ in ("", "ORG") \
            and proper(doc[k]) and doc[k].is_title and doc[k].lower_ not in ORG_WORDS

    joined = -1  # where the last joining word stands
    while j < len(doc):
        if field_word(j):
            j += 1
            continue
        # "the" opens the field only; "and", "of", "to" join two of its capitalised words.
        joiner = ("the",) if j == first == end + 1 else ("and", "&", "of", "to")
        if doc[j].lower_ in joiner and j not in taken and field_word(j + 1):
            joined = j
            j += 1
            continue
        break
    # "… for X and Foreign Office": what follows the last "and" is another body's name.
    if j < len(doc) and doc[j].lower_ in ORG_WORDS and doc[j].is_title and joined >= first:
        j = joined
    return j if j > first else end


def grow_person(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Take in proper nouns the parse attaches to the name ("Zhomart" in "Qasym-Zhomart Toqaev")."""
    start, end = word_bounds(doc, start, end)
    while start > 0:
        tok = doc[start - 1]
        if tok.text in "-‐" and not tok.whitespace_:
            new = word_bounds(doc, start, end)[0]
            if new == start:
                break
            start = new
            continue
        if not (tok.tag_ == "NNP" and tok.dep_ in ("compound", "flat") and start <= tok.head.i < end
                and (tok.is_title or glued_name(tok)) and not is_title(tok) and not is_demonym_noun(tok.text)
                and tok.ent_type_ in ("", "PERSON", "GPE")
                and not _place_before_name(doc, start - 1) and not label_before_name(doc, start - 1, end)
                and not participle_opening(tok)):
            break
        start = word_bounds(doc, start - 1, end)[0]
    return start, regnal(doc, _surname_after(doc, start, end))


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


def _place_before_name(doc: Doc, i: int) -> bool:
    """"Senator from Vermont Bernie Sanders": a place the model knows, or one after "from" or
    "of", is the office's field, not a first name."""
    tok = doc[i]
    if tok.ent_type_ != "GPE":
        return False
    return tok.lower_ in region_names() or (i > 0 and doc[i - 1].lower_ in ("from", "of", "in"))


def field_split(doc: Doc, start: int, end: int, label: str = "") -> tuple[int, str] | None:
    """"Senator from Vermont Bernie Sanders", "director of Amnesty International Man-kei Tam":
    after an office and "of"/"from", the model often runs the office's field and its holder
    into one name.  Returns where the holder's name starts, and the field's label."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "from", "for", "to") or not is_title(doc[i - 1]):
        return None
    words = words_of(doc, start, end)
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
        return 2 <= len(words) - k <= 3 and name not in region_names() and holder_words(doc, words[k:])

    for k in range(1, len(words) - 1):
        if holder(k) and known(k):
            return words[k][0], known(k)
    # No field one can name: only where the model itself called the whole a person.
    k = len(words) - 2
    if (label == "PERSON" or personal(doc, words[k:])) and holder(k) and not known(len(words)):
        return words[k][0], ""
    return None


def split_joined(doc: Doc, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """Two names the model ran together, cut apart:

    * "Crete and Cyprus", "Omsk in Siberia": two single names around "and" or "in"
      (unless the whole is a country's name: "Trinidad and Tobago");
    * "Reform Convention on June 20": a date after a preposition is not part of a name;
    * "NPR Hamza bin Laden", "House of Representatives Jane Doe": a body, then a person's
      name (after an acronym, or a given name after the body's head word);
    * "on Twitter West accused…", "wrote Jane Roe on Facebook": a platform after "on" or "via",
      and a name before or after it;
    * "Germanwings Flight 9525": an airline's name, then a flight's.
    """
    toks = doc[s:e]
    if e - s >= 2 and s > 0 and doc[s - 1].lower_ in ("on", "via") and toks[0].lower_ in PLATFORMS:
        return [(s, s + 1, "ORG"), (s + 1, e, label)]
    flight = flight_start(doc, s, e)
    if s < flight < e:
        return [(s, flight, "ORG")]
    # "wrote Alice Gomstyn on Facebook": a name, then where it was written.
    if e - s >= 3 and toks[-2].lower_ in ("on", "via") and toks[-1].lower_ in PLATFORMS:
        return [(s, e - 2, label), (e - 1, e, "ORG")]
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
        words = words_of(doc, s, e)
        if len(words) >= 4 and is_given_name(doc[words[0][0]].text) and holder_words(doc, words[:2]) \
                and doc[words[-1][1] - 1].lower_ in ORG_WORDS and doc[words[2][0]].is_title:
            return [(s, words[2][0], "PERSON"), (words[2][0], e, label)]
    if label in ("ORG", "GPE") and e - s >= 3:
        words = words_of(doc, s, e)
        for k in range(1, len(words) - 1):
            before = doc[words[k][0] - 1]
            rest = words[k:]
            acronym = before.text.isupper() and len(before.text) >= 2 and k == 1
            headed = before.lower_ in ORG_WORDS or before.lower_ == "representatives"
            if 2 <= len(rest) <= 3 and (acronym or headed) and holder_words(doc, rest) \
                    and personal(doc, rest):
                return [(s, words[k][0], label), (words[k][0], e, "PERSON")]
    return [(s, e, label)]
