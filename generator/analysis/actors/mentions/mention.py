"""The ``Mention`` record: one named mention and what its context says of it."""

from __future__ import annotations

from dataclasses import dataclass

LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}


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
    member_of: bool = False  # "a member of X": one is a member of a body; of a place, a resident
    medium: bool = False  # "wrote on X", "posted via X": said of platforms and channels
    acronym_of: int | None = None  # body start of the name it abbreviates ("X (ACR)")
    det: str = ""  # the determiner of the name itself, as written: "the" (not a person's), "The" (a title's)
    the_before: bool = False  # "the" right before the name: "left the Hall", not "the fa'a Samoa"
    adjective: bool = False  # an adjective qualifies the name itself ("a no-deal Brexit"): a thing's
    event_prep: bool = False  # object of "after", "during"…: said of events
    named_as: bool = False  # "termed X", "known as X": a term being introduced
    source: bool = False  # "according to X": a person or a body, not a place
    described: str = ""  # the noun the text calls it: "X, a company", "X is the most populous state"
    he_she: bool = False  # the subject, and the next name-like word after it is "he" or "she"
    publishes: bool = False  # the subject of "report", "quote", "publish", "cite": what outlets do
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
