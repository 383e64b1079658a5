"""What the parse says about how a name is used, beyond what ``mentions`` records.

* Relatives: when two people share a surname, news prose names the main one by surname
  alone and the one introduced through a kinship noun ("her husband, Anton Kessel") by the
  full or the first name; the merge uses this to choose which full name a bare surname
  stands for.
* Pronoun subjects: "he"/"she" opening a clause, counted for the person named last before
  it, which ``salience`` counts as a weak mention (who the story follows is its "he").
* Kind references: "the bar", "a New York City bar" for the one body the text calls a bar
  ("the Pacific Standard bar"), which ``salience`` counts as a weak mention (news describes a
  body before it names it).
* Person cues: constructions said of people and not of bodies ("Kessel's wife", "Kessel, 54,",
  "Kessel was born", "Kessel died"), which ``kinds`` counts when the model calls a bare surname
  an organisation.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from spacy.tokens import Doc, Token

from generator.analysis.actors.cluster import Cluster, plain_name
from generator.analysis.actors.gender import agrees
from generator.analysis.actors.lexicon import BODY_NOUNS, ORG_WORDS
from generator.analysis.actors.mentions import Mention
from generator.analysis.parse import ParsedArticle

# Lower-case kinship nouns ("Brother John" with a capital is a religious title).
_KINSHIP = """
brother sister son daughter father mother wife husband cousin uncle aunt nephew niece grandson
granddaughter grandfather grandmother grandchild widow widower twin sibling stepson stepdaughter
stepfather stepmother fiance fiancee fiancé fiancée spouse brother-in-law sister-in-law son-in-law
daughter-in-law father-in-law mother-in-law parents sons daughters brothers sisters siblings cousins
children grandchildren grandparents twins
"""
KINSHIP = frozenset(_KINSHIP.split())
# Nouns of a person's own life: what "X's" owns only when X is someone ("a product family" and
# "a parent company" are a body's too).
_OWN_LIFE = "childhood birthday funeral wedding girlfriend boyfriend grandparents"  # not "family", "parent"
OWN_LIFE = KINSHIP | frozenset(_OWN_LIFE.split())
# Events of a life, with the name as subject ("X died", "X was born", "X married a singer").
LIFE_VERBS = frozenset({"bear", "die", "marry", "divorce"})
# What is done only to people, said of its passive subject: "X was arrested", "X was pardoned".
DONE_TO_PEOPLE = frozenset({"arrest", "jail", "imprison", "pardon", "execute", "kidnap", "abduct",
                            "convict"})
MAX_AGE = 120


def relative_mentions(parsed: ParsedArticle, mentions: Iterable[Mention]) -> frozenset[int]:
    """Starts of the mentions that name someone as a relative: in apposition to a kinship
    noun ("her husband, Anton Kessel"; "his sister Ilse Hart") or after one ("son Peter Cole")."""
    out = set()
    for m in mentions:
        doc = parsed.paragraphs[m.chunk].doc
        if not 0 <= m.tokens[0] < m.tokens[1] <= len(doc):
            continue
        span = doc[m.tokens[0]:m.tokens[1]]
        root = span.root
        kin = [t for t in root.children if t.i < span.start and t.dep_ in ("compound", "nmod", "amod")]
        # "his parents, Ann Roe and Tom Kessel": the second of a list stands where the first does.
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ == "appos":
            kin.append(root.head)
        if any(t.text in KINSHIP for t in kin):  # the exact text: lower case only
            out.add(m.start)
    return frozenset(out)


def person_cues(parsed: ParsedArticle, mentions: Iterable[Mention]) -> frozenset[int]:
    """Starts of the mentions used as only a person is: the owner of a kinship or life noun
    ("X's wife"), an age in apposition ("X, 54,"), the subject of a life event."""
    out = set()
    for m in mentions:
        doc = parsed.paragraphs[m.chunk].doc
        if not 0 <= m.tokens[0] < m.tokens[1] <= len(doc):
            continue
        root = doc[m.tokens[0]:m.tokens[1]].root
        owns = root.dep_ == "poss" and root.head.text in OWN_LIFE
        lived = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in LIFE_VERBS \
            or root.dep_ == "nsubjpass" and root.head.lemma_ in DONE_TO_PEOPLE
        member = plain_name(m.words) and _of_a_body(doc, m.tokens[1], root)
        if owns or lived or member or any(_age(child) for child in root.children):
            out.add(m.start)
    return frozenset(out)


def _of_a_body(doc: Doc, end: int, root: Token) -> bool:
    """"Suman Haripriya of the Hajo assembly", "Nick Bos, of the University of Helsinki": a
    full name, then "of" or "from" a body right after it, says whom the person belongs to."""
    at = end + 1 if end < len(doc) and doc[end].text == "," else end
    if at >= len(doc) or doc[at].lower_ not in ("of", "from") or doc[at].head.i != root.i:
        return False
    obj = next((c for c in doc[at].children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ == "ORG" or obj.lemma_.lower() in ORG_WORDS | BODY_NOUNS)


def _age(tok) -> bool:
    """", 54,": a small whole number in apposition, between commas."""
    doc = tok.doc
    if tok.dep_ != "appos" or not tok.text.isdigit() or not 0 < int(tok.text) <= MAX_AGE:
        return False
    return tok.i > 0 and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


# How far back (characters) the person a "he"/"she" stands for may have been named: about a
# paragraph; past that the pronoun more likely points at someone the text named elsewhere.
PRONOUN_REACH = 600


def pronoun_subjects(parsed: ParsedArticle, people: list[tuple[int, str]],
                     sexes: Mapping[str, str | None] = MappingProxyType({})) -> Counter:
    """How many "he"/"she" subjects each person stands for: ``people`` are (body offset, actor
    id) of every person mention; each pronoun goes to the one named last before it whose sex
    (``sexes``, ``gender.person_sex``) does not rule it out.  News names the person it follows
    last, so nothing subtler: a wrong pick here only moves a ranking."""
    people = sorted(people)
    starts = [s for s, _ in people]
    out: Counter = Counter()
    for para in parsed.paragraphs:
        for tok in para.doc:
            if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
                at = para.start + tok.idx
                i = bisect.bisect_left(starts, at) - 1
                while i >= 0 and not agrees(tok.lower_, sexes.get(people[i][1])):
                    i -= 1
                if i >= 0 and at - starts[i] < PRONOUN_REACH:
                    out[people[i][1]] += 1
    return out


# Determiners of a noun phrase that refers back to (or ahead to) one actor: "the bar", "a Brooklyn bar".
_REFERRING = frozenset({"a", "an", "the", "this", "that"})
# A noun that stands for one body -> (the body's actor id, the body spans of its names).
Owners = dict[str, tuple[str, list[tuple[int, int]]]]


def body_nouns(clusters: list[Cluster], kinds: dict, ids: dict) -> Owners:
    """The common nouns that stand for one body: the kind noun a body's name modifies ("the
    Pacific Standard bar") or is equated with ("Acme, a company"), when no other body claims it
    (a place before the noun says where it is: "a New York City bar")."""
    claims: dict[str, set[int]] = {}
    bodies = {id(c): c for c in clusters if kinds[id(c)] == "organization"}
    for key, c in bodies.items():
        for m in c.mentions:
            for noun in (m.modifies, m.described):
                if noun in BODY_NOUNS:
                    claims.setdefault(noun, set()).add(key)
    return {noun: (ids[key], [(m.start, m.end) for m in bodies[key].mentions])
            for noun, owners in claims.items() if len(owners) == 1 for key in owners}


def kind_references(parsed: ParsedArticle, owners: Owners) -> dict[str, list[tuple[int, int]]]:
    """Common-noun references to a body: "the bar" for the one body the text calls a bar ("the
    Pacific Standard bar", "Acme, a bar").  Returns, per actor, (paragraph, body offset) of each
    singular noun phrase headed by its noun outside every name, except the noun its name hangs
    on ("the Pacific Standard bar").  The lead often describes a body before it names it ("a
    New York City bar"), so a reference before the name counts too."""
    out: dict[str, list[tuple[int, int]]] = {}
    for para in parsed.paragraphs:
        for tok in para.doc:
            owner = owners.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" and tok.tag_ == "NN" else None
            if owner is None or tok.dep_ == "compound" or tok.ent_type_:
                continue
            aid, names = owner
            if not any(c.dep_ == "det" and c.lower_ in _REFERRING for c in tok.children):
                continue
            if any(s <= para.start + c.idx < e for c in tok.children for s, e in names):
                continue
            out.setdefault(aid, []).append((para.index, para.start + tok.idx))
    return out
