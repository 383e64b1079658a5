"""Roles as the text gives them, read off the dependency parse.

Three constructions carry almost every role in news prose:

* a title or description before the name, in the same noun phrase:
  "Kazakh President Qasym-Zhomart Toqaev", "exiled opposition politician Mukhtar Ablyazov";
* an apposition after the name: "Ablyazov, an exiled former head of BTA Bank";
* the name in apposition to a description before it: "its leader, Jane Doe".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.analysis.actors.lexicon import (
    BODY_NOUNS,
    DESCRIBES_ORG,
    DESCRIBES_PLACE,
    HONORIFICS,
    NAME_NOUNS,
    NAME_PARTICLES,
    OFFICE_NOUNS,
    PERSON_NOUNS,
    PLACE_WORDS,
    QUALIFYING_TITLES,
    RELATION_NOUNS,
    TITLES,
    is_label_word,
    reads_as_english,
)
from generator.analysis.actors.mentions import after_unopened_bracket, is_title, opens_sentence
from generator.analysis.actors.usage import KINSHIP

PRE_DEPS = {"compound", "amod", "nmod", "poss", "case", "nummod", "advmod", "npadvmod", "punct"}
# Branches of a description that are not part of the role itself.
CUT_DEPS = {"relcl", "acl", "cc", "conj", "appos", "punct", "advcl", "parataxis", "det", "predet"}
MAX_ROLE_TOKENS = 12
# Below the head, the phrase keeps punctuation and determiners; inside a prepositional
# object, a list's members too.
INNER_CUT = CUT_DEPS - {"punct", "det"}
INNER_CUT_IN_LIST = INNER_CUT - {"conj", "cc"}
HYPHENS = "-‐"
PLACE_LABELS = ("GPE", "LOC")
BODY_OR_PLACE_LABELS = ("ORG", "GPE", "LOC", "FAC", "NORP")


# Title words that only qualify an office or name its field: "former" alone is no role.
QUALIFIERS = QUALIFYING_TITLES | {"chief", "general", "prime"}
# Besides, "Justice" names a field ("Secretary of Justice X").
FIELD_WORDS = QUALIFIERS | {"justice"}


# Nouns a role of a place may have for its head, besides the kinds of places themselves.
PLACE_ROLES = DESCRIBES_PLACE | PLACE_WORDS | {
    "capital", "hometown", "birthplace", "homeland", "home", "mainland", "downtown", "seat", "site",
    "venue", "neighbour", "neighbor", "border", "stronghold", "enclave", "heartland", "destination",
    "centre", "center", "hub", "port", "resort", "outpost", "crossing",
}
# Nouns a role of a body may have for its head, besides the kinds of bodies themselves and
# nouns of doers ("manufacturer", "separatist"): "think tank", "messaging app".
ORG_ROLES = BODY_NOUNS | {
    "app", "site", "website", "platform", "outlet", "enterprise", "legislature", "affiliate",
    "project", "tank", "service", "body", "institution", "regulator", "operator", "brand", "chain",
    "wing", "arm", "subsidiary", "unit", "division", "faction", "militia", "branch", "partner",
}
# Nouns that head a person's role; "head", "leader" and "executive" head a body's as well.
PERSON_ROLES = (PERSON_NOUNS | OFFICE_NOUNS | TITLES) - QUALIFIERS \
    - {"executive", "head", "leader"}

# Endings of nouns that name a doer ("campaigner", "novelist", "refugee", "gunman").
DOER = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|man|woman|eer|ier|ess|ive)$")


# Nouns that only say a person is one: "a 30-year-old woman" gives no role.
GENERIC_PEOPLE = {"man", "woman", "person", "guy", "boy", "girl", "child", "kid", "teenager", "teen",
                  "adult", "people", "men", "women"}
AGE_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}


def _age_tokens(tokens: list[Token]) -> set[int]:
    """Indices of the tokens of age phrases: "47-year-old", "six-month-old", "47 years old".

    An age describes a person but is not a role: a role is what one is or does (an office,
    a job, an affiliation)."""
    out: set[int] = set()
    words = [t for t in tokens if t.text not in "-‐"]
    for n, tok in enumerate(words):
        if tok.lower_ == "old" and n >= 2 and words[n - 1].lower_ in AGE_UNITS and words[n - 2].like_num:
            out.update(range(words[n - 2].i, tok.i + 1))
        elif tok.lower_.endswith("-old") and tok.lower_.split("-")[0].isdigit():  # one token: "47-yr-old"
            out.add(tok.i)
    return out


def _without_age(tokens: list[Token]) -> list[Token]:
    """The role around an age phrase: what follows it ("47-year-old German national" → "German
    national"), else what precedes it; nothing when neither has a role word ("Dutch 17-year-old")."""
    age = _age_tokens(tokens)
    if not age:
        return tokens
    after = [t for t in tokens if t.i > max(age)]
    before = [t for t in tokens if t.i < min(age)]
    for part in (after, before):
        while part and (part[0].is_punct or part[0].tag_ in ("DT", "CC")):
            part = part[1:]
        while part and (part[-1].is_punct or part[-1].tag_ in ("DT", "CC")):
            part = part[:-1]
        if part and _has_role_word(part):
            return part
    return []


# Words a figure glued before them makes a size: "55-member", "28-nation", "3,000-strong".
SIZE_WORDS = frozenset({"member", "nation", "country", "state", "seat", "strong"})


def _measured(tokens: list[Token]) -> bool:
    """"a city of about 100,000", "population 21,000", "a distance of 54 miles": a figure
    written in digits measures a place or a thing; a role counts no one ("17-time winner" and
    "mother of three" do not count as figures)."""
    doc = tokens[0].doc if tokens else None
    for t in tokens:
        glued = t.i + 1 < len(doc) and doc[t.i + 1].text in "-‐" and not t.whitespace_
        if t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and any(c.isdigit() for c in t.text) \
                and not glued:
            return True
        # "the 55-member African Union", "a 3,000-strong force": the body's size.
        if glued and t.like_num and t.i + 2 < len(doc) and doc[t.i + 2].lower_ in SIZE_WORDS:
            return True
    return False


def _not_a_role(head: Token) -> bool:
    """Heads that describe no one: "the name 'Alan Roe'" (a name as a name) and "Tonight,
    Jane and I…" (a time the parse hangs on the name)."""
    named = head.lemma_.lower() in NAME_NOUNS or head.lower_ in NAME_NOUNS
    return named or head.ent_type_ in ("DATE", "TIME")


def _has_role_word(tokens: list[Token]) -> bool:
    return any((t.pos_ == "NOUN" or is_title(t) or (t is tokens[-1] and _capitalised_noun(t)))
               and t.lower_.rstrip(".") not in HONORIFICS | QUALIFIERS | GENERIC_PEOPLE for t in tokens)


def _capitalised_noun(token: Token) -> bool:
    """"Inmate Jane Roe": a common noun opening the sentence, right before the name, is tagged
    as a proper noun."""
    return opens_sentence(token) and token.is_title and token.ent_type_ in ("", "PERSON") \
        and is_label_word(token.text)


def _office_before(doc: Doc, first: int, name: int) -> int:
    """"Hong Kong director of Amnesty International Jane Doe", "Mayor of Paris Jane Doe": an
    office, "of" or "from", then its field, all before the name; the parse hangs the field on
    the office, not on the name.  Returns where the office's phrase starts; ``name`` is where
    the name starts."""
    j = first - 1
    while j >= 0 and (doc[j].pos_ == "PROPN" or doc[j].lower_ == "the"):
        j -= 1
    if j < 1 or doc[j].lower_ not in ("of", "from", "for") or not is_title(doc[j - 1]):
        return first
    # "a spokesperson for President X", "the sister of Grand Ayatollah X": a title of its own
    # before the name says the office before "for" is someone else's ("Secretary of State X"
    # is not: "State" only names the field).
    if any(is_title(t) and t.lower_ not in FIELD_WORDS
           for t in doc[j + 1 : name]):
        return first
    # "the brother of celebrity heiress X": common nouns alone name no field (a field is a name:
    # "director of the Ladies Who Lunch network X"); they describe the name, and the office
    # before "of" is someone else's.
    between = [t for t in doc[j + 1 : name] if t.lower_ != "the"]
    if between and all(t.is_lower for t in between) and any(t.pos_ == "NOUN" for t in between):
        return first
    k = doc[j - 1].left_edge.i
    # '"…safe," tweeted Mayor of London X': the parse may hang a quotation and its verb on the
    # office; the office's phrase starts after the last punctuation or verb before it.
    stops = [t.i for t in doc[k : j - 1] if t.is_punct or t.pos_ in ("VERB", "AUX")]
    k = stops[-1] + 1 if stops else k
    while k < j - 1 and (doc[k].tag_ in ("DT", "PRP$", "POS") or doc[k].is_punct):
        k += 1
    return k if first - k <= MAX_ROLE_TOKENS else first


def title_role(doc: Doc, start: int, end: int) -> tuple[str, Token] | None:
    """The words before the name that the parse hangs on it, and their head."""
    inside = set(range(start, end))
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if tok.dep_ not in PRE_DEPS or tok.head.i not in inside or tok.tag_ in ("DT", "PRP$"):
            break
        if tok.dep_ == "punct" and tok.text not in "-‐":
            break
        # "Joe Biden leading President Donald Trump": a participle after a name is its verb.
        if tok.tag_ == "VBG" and i > 0 and doc[i - 1].ent_type_ == "PERSON":
            break
        inside.add(i)
        i -= 1
    first = _office_before(doc, i + 1, start)
    while first < start and (doc[first].is_punct or doc[first].tag_ == "POS"):
        first += 1
    # "Mayor de Blasio": a lower-case particle right before the name is part of the name.
    if first < start and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].is_lower:
        return None
    words = _without_age(list(doc[first:start]))
    # "archbishop Monsignor X": the courtesy title next to the name is no part of the role.
    while words and words[-1].lower_.rstrip(".") in HONORIFICS:
        words.pop()
    # "Mayor of Paris": the field of an office has the office before it, not as its role.
    if not words or not _has_role_word(words) or words[-1].lower_ in ("of", "from", "for", "the") \
            or _measured(words) or _not_a_role(words[-1]):
        return None
    if all(t.lower_.rstrip(".") in HONORIFICS for t in words):
        return None
    text = doc[words[0].i : words[-1].i + 1].text
    # "(CNN)Former Senator Jane Roe": a source tag glued to the story's first word.
    text = text[after_unopened_bracket(text):].strip()
    if all(w.lower().rstrip(".") in HONORIFICS | QUALIFIERS for w in text.split()):
        return None
    # "Secretary of State": the office is the word before its field.
    field = next((n for n, t in enumerate(words) if n and t.lower_ in ("of", "for", "from")), len(words))
    head = words[field - 1]
    # "Senators Jane Roe and John Doe": each holds the office in the singular.
    if field == len(words) and head.tag_ in ("NNS", "NNPS") and head.lower_[:-1] in PERSON_ROLES:
        text = text[: len(text) - 1] if text.endswith(head.text) else text
    return text, head


def _phrase(head: Token, skip: set[int]) -> str | None:
    """The noun phrase headed by ``head``, without clauses, its determiner, and lists of such
    phrases; a list inside it ("a project between Greece, Cyprus and Egypt") is kept whole
    when the phrase stays short, for its first member alone would misstate it."""
    keep = _kept(head, skip, lists=True)
    if max(keep) - min(keep) + 1 > MAX_ROLE_TOKENS:
        keep = _kept(head, skip, lists=False)
    first = min(keep)
    last = first
    while last + 1 in keep:
        last += 1
    doc = head.doc
    first = _glued_start(doc, first, skip)
    # "son-in-law": words glued by hyphens after the head belong to it.
    while last + 2 < len(doc) and doc[last + 1].text in HYPHENS and not doc[last].whitespace_ \
            and not doc[last + 1].whitespace_ and doc[last + 2].is_alpha:
        last += 2
    while first <= last and (doc[first].tag_ in ("DT", "PRP$") or doc[first].is_punct):
        first += 1
    while last >= first and doc[last].is_punct:
        last -= 1
    if last < first or last - first + 1 > MAX_ROLE_TOKENS or last < head.i:
        return None
    words = _without_age(list(doc[first : last + 1]))
    if not words or not _has_role_word(words) or _measured(words):  # "a 19-year-old", "a woman": no role
        return None
    if _not_a_role(head):
        return None
    # "the same party that nominated X": "same" points at a clause the role leaves out.
    if any(t.lower_ == "same" for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1].text


def _kept(head: Token, skip: set[int], lists: bool) -> set[int]:
    """The tokens of ``head``'s phrase; below a preposition, a list's members too if ``lists``."""
    keep = {head.i}
    stack = [c for c in head.children if c.dep_ not in CUT_DEPS and c.i not in skip]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        cut = INNER_CUT_IN_LIST if lists and t.dep_ in ("pobj", "conj") else INNER_CUT
        stack.extend(c for c in t.children if c.dep_ not in cut and c.i not in skip)
    return keep


def _glued_start(doc: Doc, first: int, skip: set[int]) -> int:
    """"former vice-president of X": the parse may cut a hyphenated word into sibling
    appositions ("vice", "-", "president"), and the phrase of the last piece alone would give
    the office of someone else.  A word glued by a hyphen to the phrase's first word, with
    its own modifiers, belongs to the phrase."""
    while first > 0 and first - 1 not in skip and not doc[first - 1].whitespace_ \
            and (doc[first - 1].text in HYPHENS or doc[first].text in HYPHENS):
        glued = doc[first - 1]
        start = min(t.i for t in glued.subtree if t.i <= glued.i)
        if any(i in skip for i in range(start, first)):
            start = glued.i
        first = start
    return first


def _list_member(appos: Token) -> bool:
    """"Jane Roe, her brother, and her mother were…": a list of people, not a description of
    the first.  The parse hangs the rest of the list on the second item as if it described
    the first; a comma before the "and", or a later item with a possessive of its own ("her
    mother", not "a nurse and mother of three"), says the items are different people."""
    conjs = [c for c in appos.children if c.dep_ == "conj"]
    if not conjs:
        return False
    comma_and = any(c.dep_ == "cc" and c.i > 0 and appos.doc[c.i - 1].text == "," for c in appos.children)
    own_possessive = any(d.dep_ == "poss" for c in conjs for d in c.children if d.i < c.i)
    return comma_and or own_possessive


def apposition_roles(doc: Doc, start: int, end: int) -> list[tuple[str, Token]]:
    """"Jane Roe, a nurse", "its leader, Jane Roe".  An apposition is set off by punctuation, or
    stands right before the name ("his wife Jane Roe"); else the parse has misread a compound
    or a phrase ("Patriots star Aaron …", "father of modern X").  A plural describes a group
    the name is one of ("X and Y, two guests"), not the name's role."""
    root = doc[start:end].root
    out = []
    set_off_after = end < len(doc) and doc[end].is_punct
    for child in root.children:
        # "X, the Senate Majority Leader,": a capitalised office is tagged as a proper noun.
        noun = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and is_title(child))
        if child.dep_ == "appos" and child.i >= end and noun and set_off_after \
                and _right_after(doc, end, child) and not _list_member(child) \
                and _describes_no_later_person(child):
            heads = [child] + [c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
            out.extend((p, h) for h in heads
                       if h.tag_ != "NNS" and (p := _phrase(h, set(range(start, end)))))
    head = root.head
    # Before the name, a description may stand right against it ("his father John Doe").
    set_off_before = start > 0 and (doc[start - 1].is_punct or head.i == start - 1)
    # "the city of São Paulo, Brazil": a place after a place names where the first one is.
    in_place = start >= 2 and doc[start - 1].text == "," and doc[start].ent_type_ in PLACE_LABELS \
        and doc[start - 2].ent_type_ in PLACE_LABELS
    if root.dep_ == "appos" and head.i < start and head.pos_ == "NOUN" and head.tag_ != "NNS" \
            and set_off_before and not in_place:
        phrase = _phrase(head, set(range(start, end)) | {root.i})
        if phrase:
            out.append((phrase, head))
    # "Speaking to X, the president of Y, Jane Roe, said": the parse hangs both the description
    # and the name on X; the description is the name's that follows it.
    if root.dep_ == "appos":
        for sibling in root.head.children:
            if sibling.dep_ != "appos" or sibling.pos_ != "NOUN":
                continue
            named = _named_after(sibling)
            if named is None or named.i != root.i:
                continue
            if phrase := _phrase(sibling, set(range(start, end))):
                out.append((phrase, sibling))
    return out


def _describes_no_later_person(description: Token) -> bool:
    """"Speaking to X, the president of Y, Jane Roe, said": the description is Jane Roe's.  But in
    "Meir Dagan, the former head of Israel's intelligence agency, Mossad, said" the name after it
    is the agency's (the model labels it a body or a place), and the description is Dagan's."""
    named = _named_after(description)
    return named is None or named.ent_type_ in BODY_OR_PLACE_LABELS


def _right_after(doc: Doc, end: int, appos: Token) -> bool:
    """An apposition follows the name with no clause between; one the parse finds past a verb
    is a phrase it misread ("X, a UN rapporteur who had investigated the case, cautioned
    justice …" gave X the role "cautioned justice")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[end : appos.left_edge.i])


def _named_after(description: Token) -> Token | None:
    """The name standing right after a description in apposition, set off by a comma, and hung
    on the same word: the one the description is about."""
    doc = description.doc
    comma = description.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for sibling in description.head.children:
        if sibling.dep_ == "appos" and sibling.pos_ == "PROPN" and sibling.left_edge.i == comma + 1:
            return sibling
    return None


def mention_roles(doc: Doc, start: int, end: int, kind: str = "") -> list[str]:
    """Every role the text gives the name at doc[start:end], in reading order; with ``kind``,
    only those a role of that kind of actor can be."""
    roles = []
    if (t := title_role(doc, start, end)) is not None:
        roles.append(t)
    roles.extend(apposition_roles(doc, start, end))
    roles = [(text, head) for text, head in roles if not kind or fits_kind(head, kind)]
    # A role cut inside a hyphenated word ("photo-") or of a letter or two says nothing.
    texts = [_unglued(" ".join(text.split())) for text, _ in roles]
    return [r for r in texts if not r.endswith(("-", "–")) and sum(c.isalpha() for c in r) >= 3
            and reads_as_english(r)]


def _hyphenated(token: Token) -> list[Token]:
    """The pieces of the hyphenated word the token ends ("President-elect" → President, elect)."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return [t for t in doc[i : token.i + 1] if t.text not in HYPHENS]


def is_person_noun(lemma: str) -> bool:
    """A common noun said of one person: an office or a trade, kin, a relation, "woman";
    "head" and "leader" too (of a body, they head it: "the head of the investigators")."""
    return lemma in PERSON_ROLES or lemma in KINSHIP or lemma in RELATION_NOUNS \
        or lemma in GENERIC_PEOPLE or lemma in ("head", "leader")


def fits_kind(head: Token, kind: str) -> bool:
    """Whether a role with this head can describe an actor of ``kind``.  A place is what a
    place noun says ("the capital", "his hometown"); a person is what a noun said
    of people says: an office, a trade, a kin or a relation ("his running mate"), or a noun
    that names a doer ("campaigner", "refugee", "migrant").  A body's is a noun for a body or a
    doer ("think tank", "separatist"), not "tweet" or "pressure".  What fails says the parse
    hung a phrase on the wrong name ("On live television Erdogan", "the views X espouse")."""
    lemma = head.lemma_.lower()
    if kind == "place":
        return lemma in PLACE_ROLES
    if kind == "organization":
        return lemma in ORG_ROLES or (lemma not in PERSON_ROLES and bool(DOER.search(lemma)))
    parts = [t.lemma_.lower() for t in _hyphenated(head)]
    # "cabinet-maker", "film-maker": glued by a hyphen, a body's noun names a person's trade.
    if (lemma in DESCRIBES_PLACE or lemma in DESCRIBES_ORG) and len(parts) == 1:
        return False
    # "Taoiseach", "Podcaster Jane Roe": a capitalised head is a title the lists need not know.
    return head.text[:1].isupper() or any(
        w in PERSON_ROLES or w in KINSHIP or w in RELATION_NOUNS or DOER.search(w) for w in parts)


def _unglued(role: str) -> str:
    """"(CNN)A former lawyer for the doctor": a source tag glued to the story's first word, and
    the article the cut leaves, are not part of the role."""
    cut = after_unopened_bracket(role)
    if not cut:
        return role
    rest = role[cut:].split()
    while rest and rest[0].lower() in ("a", "an", "the"):
        rest = rest[1:]
    return " ".join(rest)


_ROLE_TAIL = re.compile(r"\s+(?:of|for|at|in|on|to|from|with)\s.*$|,.*$", re.S)


def title_noun(role: str) -> str:
    """The noun a role is headed by, lower-cased: "Kazakh President" → "president",
    "Mayor of London" → "mayor", "former head of BTA Bank" → "head"."""
    words = _ROLE_TAIL.sub("", role).split()
    return words[-1].lower().removesuffix("'s").removesuffix("’s") if words else ""
