"""What an actor is (person, organisation, place), or that it is no actor at all.

``kind_of`` is the one place that decides; the merge asks it while it joins names and
the actor list once the clusters are final.  It starts from ``label_kind``, which weighs
the model's labels against the name's head word and a few constructions, then adds the
evidence of how the text *uses* the name, over all its mentions:

* a person is not "the X" nor something one posts on ("wrote on X"), and does not
  head an office ("X CEO Jane Doe"); a title ("Mr", "President"), a given name or a
  "he"/"she" that follows say person;
* "Soviet Union", "Russian Federation": a head word that names states as well as
  bodies follows the model's place label;
* a capitalised "The" inside a sentence belongs to a title ("The Clarion"): a
  publication or a company, not a place; "according to X" is a source, not a place;
* a single word introduced as a term ("termed X", "known as X"), qualified by an
  adjective ("hard X") or an event's time ("after X") is an idea or an event, not an actor.

None of these knows a name; each is a construction of English news prose.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.analysis.actors.cluster import (
    Cluster,
    is_acronym,
    name_head,
    name_key,
    plain_name,
    without_particles,
)
from generator.analysis.actors.lexicon import (
    BODY_NOUNS,
    COMPASS_POINTS,
    GREEK_LETTERS,
    LEGAL_FORMS,
    OFFICE_NOUNS,
    ORG_WORDS,
    PARTISAN,
    PLACE_OPENINGS,
    PLACE_WORDS,
    PLATFORMS,
    POLITY_HEADS,
    TITLES,
    country_names,
    described_kind,
    is_given_name,
    region_names,
    says_whose,
)
from generator.analysis.actors.mentions import LABEL_KIND

# Evidence is the share of an actor's mentions that show it, so that one odd use ("she is the
# Ava Zorbat of our time") does not outvote the rest.
GIVEN_NAME = 0.5  # the first word is a given name: as good as a title on half the mentions
HE_SHE = 1.0  # per mention followed by "he"/"she", as a share of all
CONJ = 0.5  # per mention coordinated with a person's name, as a share of all
OFFICE = 0.5  # heading an office ("X CEO") is weaker than an article: "Trump adviser Roger Stone"
QUANTIFIERS = {"both", "all", "either", "neither", "each"}
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
WEB_ADDRESS = re.compile(r"\w\.(com|org|net|us|uk|info|io|gov|edu)$", re.IGNORECASE)
# Who lives in a place: "Danbury residents" (not "Trump voters": people back a person too).
RESIDENTS = frozenset({"resident", "inhabitant", "villager", "townspeople", "townsfolk", "islander"})
# "Boko Haram militants", "Taliban fighters": the armed members of a body, never of one person.
ARMED_MEMBERS = frozenset({"militant", "fighter", "insurgent", "jihadist", "gunman", "guerrilla"})
# "Manchester United star X", "Chelsea manager X", "Disney star X": the team, the club or the
# studio a player or a manager belongs to; a person is no one's "star" or "striker" ("Trump
# adviser X" is why offices in general are not here).
TEAM_ROLES = frozenset({
    "star", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "quarterback",
    "pitcher", "coach", "manager", "captain", "playmaker", "skipper",
})
HEADED_OFFICES = OFFICE_NOUNS | {"ceo", "cfo", "coo", "founder", "chairman", "owner", "head", "boss"}
# Nouns a name before them makes a body's or a place's name ("X province", "X gunmen", "X star
# Y"), and nouns that make it more likely one ("X CEO", "X party").
BODY_USES = PLACE_WORDS | ARMED_MEMBERS | TEAM_ROLES
OFFICE_USES = HEADED_OFFICES | ORG_WORDS


def _labels(c: Cluster) -> Counter:
    return Counter(LABEL_KIND[m.label] for m in c.mentions if m.label in LABEL_KIND)


def _person_evidence(c: Cluster) -> float:
    # A title, or a use only people have ("X's wife", "X, 54,", "X died"): as good as a title.
    score = sum(1 for m in c.mentions if m.titled or m.conj_titled or m.start in c.cues) / len(c.mentions)
    # "he"/"she" after it; for a single word only after a verb of speech ("Trump said he …"):
    # "Twitter removed his post" is its user's.
    plain = _personal_name(c.words)
    score += HE_SHE * sum(1 for m in c.mentions if m.he_she and (plain or m.said)) / len(c.mentions)
    # "Nikos Dendias and Jane Doe": a full name coordinated with a person's is one.
    if plain:
        score += CONJ * sum(1 for m in c.mentions if m.conj_label == "PERSON") / len(c.mentions)
    # Two words, the first a given name: "Elijah Cummings"; or three, none a body's or a place's
    # word, as a given name and two surnames are ("Luis Rivera Marín").
    # Initials and a surname are a person's too: "O.J. Simpson", "J.K. Rowling".
    core = without_particles(c.words)
    given = len(core) in (2, 3) and _personal_name(core) and is_given_name(core[0]) \
        and not any(_determined(m) for m in c.mentions)
    initials = len(c.words) == 2 and INITIALS.fullmatch(c.words[0]) and not says_whose(c.words[:1])
    if given or initials:  # not "U.S. Immigration"
        score += GIVEN_NAME
    return score


def _personal_name(words: tuple[str, ...]) -> bool:
    """What a person's full name looks like: two or three plain capitalised words (a particle
    aside), or a given name and a surname that is also a place's word ("Darrell Castle",
    "Barbara Hall", "Tom Hill")."""
    core = without_particles(words)
    return plain_name(core) or (len(core) == 2 and is_given_name(core[0]) and core[1][:1].isupper()
                                and core[1].lower() in PLACE_WORDS)


def _determined(m) -> bool:
    """"the X", "a X", "our X": a determiner no person's name takes.  "both X and Y", "all X"
    quantify over people as well."""
    return bool(m.det) and m.det.lower() not in QUANTIFIERS


def _not_person_evidence(c: Cluster) -> float:
    if len(c.words) == 1 and any(m.medium for m in c.mentions):
        return 1.0  # "wrote on X": no one is written on
    # "Politico reported …", "Politico quoted X": one word that is no given name, only ever the
    # subject of what outlets do with a story (a reporter is named in full, or titled).
    if len(c.words) == 1 and not is_given_name(c.words[0]) and not any(m.titled for m in c.mentions) \
            and sum(m.publishes for m in c.mentions) * 2 > len(c.mentions):
        return 1.0
    # "X province" no one is; "X provincial council" few are (a body is named after a person
    # now and then: "the Obama administration").
    score = sum(1.0 if _determined(m) or m.medium or m.modifies in BODY_USES
                else OFFICE if m.modifies in OFFICE_USES else 0.0
                for m in c.mentions)
    return score / len(c.mentions)


def _used_as_body(c: Cluster) -> bool:
    """Is some mention the name of a body or a place by its construction: "the X", "X gunmen",
    "the X district attorney", "the X network"?"""
    return any(_determined(m) or m.modifies in BODY_USES or m.modifies in OFFICE_USES for m in c.mentions)


# Nouns a name before them makes a process or a policy, said of no agent: "the Brexit deal",
# "the Brexit vote", "the Brexit deadline" (but "the Trump campaign" is a body).
EVENT_HEADS = frozenset({
    "deal", "vote", "referendum", "deadline", "agreement", "negotiation", "talk", "process",
    "strategy", "debate", "withdrawal", "date", "timetable", "transition",
})


def is_event(c: Cluster) -> bool:
    """"Brexit": one word used as a term, an instance or a time, and never as an agent."""
    if len(c.words) != 1 or name_key(c.longest.name) in region_names():
        return False
    if any(m.titled or m.source or m.said for m in c.mentions):
        return False
    thing = [m for m in c.mentions if m.named_as or m.adjective or m.event_prep or m.modifies in EVENT_HEADS]
    # A subject is an agent, unless the thing's uses outnumber it: "we must get Brexit done",
    # after "termed Brexit" and "the Brexit deadline", is no one's act.
    if sum(m.subject for m in c.mentions) >= max(len(thing), 1):
        return False
    # "debating Brexit", "argue about Brexit": a topic, said of people too, so it only adds to
    # the uses once some mention shows a thing ("the Brexit deadline").
    used = [m for m in c.mentions if m.named_as or m.adjective or m.event_prep or m.modifier or m.topic]
    return bool(thing) and 2 * len(used) >= len(c.mentions)


# Nouns a name before them makes one body ("the Northern Standard bar"); not the bodies a person
# has too ("the Biden team", "Mr Lee's office").
NAMED_BODY_NOUNS = BODY_NOUNS - {"team", "group", "office", "campaign", "camp", "foundation", "fund", "trust"}


# The nouns of a publication a name before them is the title of.
PUBLICATIONS = frozenset({"magazine", "newspaper", "tabloid", "weekly", "daily", "journal"})


def _publication(m) -> bool:
    """"in Panorama magazine", "told Us magazine": the publication's own name, which the model
    reads as a person's or a country's; not "the Texas newspaper", a place's paper."""
    return m.modifies in PUBLICATIONS and not m.the_before and name_key(m.name) not in region_names()


def votes(c: Cluster) -> Counter:
    """The model's labels and the constructions around each mention, weighed per kind."""
    votes: Counter = Counter()
    for m in c.mentions:
        # "the governor of Maidan Wardak": whatever the model says, not a person.
        if m.label in LABEL_KIND and not (m.office_of and LABEL_KIND[m.label] == "person"):
            votes[LABEL_KIND[m.label]] += 0.5 if is_acronym(m.name) else len(m.words)
        if m.titled:
            votes["person"] += 2
        # "Maidan Wardak province", "in Maidan Shahr": each outweighs the model's label
        # on that mention, which often calls an unfamiliar place a person.
        if m.modifies in PLACE_WORDS or m.modifies in RESIDENTS:  # "Danbury residents" too
            votes["place"] += 2 * len(m.words)
        # "the Northern Standard bar": a name the model missed that says which bar or company is
        # one; not "the Biden team", a person's staff, nor "the Minneapolis police", a place's.
        elif not m.label and m.modifies in NAMED_BODY_NOUNS:
            votes["organization"] += len(m.words)
        # "a member of X" too; each outweighs the model's label on the mention.
        elif m.modifies in TEAM_ROLES or _publication(m) or m.member_of:
            votes["organization"] += 2 * len(m.words)
        if m.conj_label:  # outweighs the model's label on one word: "Facebook, Instagram and Telegram"
            votes[LABEL_KIND[m.conj_label]] += 1.5
        if m.place_prep:
            votes["place"] += 1.5 * len(m.words)
        if m.route:  # outweighs the model's label on the mention
            votes["place"] += 2 * len(m.words)
    return votes


def label_kind(c: Cluster) -> str:
    """The kind the name's own words and the model's labels say, before how the text uses it."""
    if c.kind_hint:
        return c.kind_hint
    if name_key(c.longest.name) in country_names():
        return "place"
    # The head word of a name says what it is: "Maryland Democratic Party", "Jolo Cathedral".
    # Not when the generic word is the whole name and the model saw a person ("Park" after
    # "Park Won-soon": surnames such as Park, Church or Bank are words too).
    head = name_head(c.words)
    if len(c.words) == 1 and any(m.label == "PERSON" for m in c.mentions) \
            and not any(m.place_prep for m in c.mentions):
        head = ""
    if head in ORG_WORDS or (head in LEGAL_FORMS and len(c.words) >= 2):  # "Védelmi Ipari Kft."
        # "West Bank", "South Bank": a compass point before a generic head names a region.
        compass = len(c.words) == 2 and c.words[0].lower() in COMPASS_POINTS
        return "place" if compass else "organization"
    if head in PLACE_WORDS or (len(c.words) >= 2 and c.words[0].lower().rstrip(".") in PLACE_OPENINGS):
        # "Islamic State", "the Islamic State of Iraq": a state named for a creed is a movement's
        # name, unless it is a country's ("Islamic Republic of Iran").
        if c.words[0].lower() in PARTISAN and name_key(c.longest.name) not in region_names():
            return "organization"
        return "place"
    tally = votes(c)
    # A plain two- or three-word name also called by its last word alone is a person's
    # ("Christodoulides" after "Nikos Christodoulides"), whatever the model called it.
    if plain_name(c.words):
        last = c.words[-1].lower()
        tally["person"] += 2 * sum(1 for m in c.mentions if [w.lower() for w in m.words] == [last])
    # "wrote on Twitter": a single word one publishes on is a platform, whatever the label.
    if len(c.words) == 1 and any(m.medium for m in c.mentions) and not any(m.titled for m in c.mentions):
        del tally["person"]
    lower = [w.lower() for w in c.words[1:]]
    if any(w in ORG_WORDS for w in lower):
        tally["organization"] += 3 * len(c.mentions)
    elif any(w in PLACE_WORDS for w in lower):
        tally["place"] += 2 * len(c.mentions)
    if not any(tally.values()):  # only capitals vouch for it: a full name needs a given name past two words
        person = plain_name(c.words) and (len(c.words) == 2 or is_given_name(c.words[0]))
        return "person" if person else "organization"
    order = ("person", "organization", "place")  # ties: a stable, documented order
    return max(order, key=lambda k: (tally[k], -order.index(k)))


def actor_kind(c: Cluster) -> str | None:
    """The actor's kind, or None when the name is not an actor's."""
    return None if is_event(c) else kind_of(c)


def kind_of(c: Cluster) -> str:
    """The kind of what the cluster names, from all the evidence (remembered per cluster state)."""
    return c.remember("kind", lambda: _kind_of(c))


def _kind_of(c: Cluster) -> str:
    # "Ballotwatch.org", "Newsdesk.us": a web address names the site's owner.
    if WEB_ADDRESS.search(c.longest.name):
        return "organization"
    # "gone viral on Twitter": a platform is its company, whatever the model's label; so is a
    # society named in Greek letters.
    greek = len(c.words) > 1 and all(w.lower() in GREEK_LETTERS for w in c.words)
    if c.longest.name.lower() in PLATFORMS or greek:
        return "organization"
    kind = label_kind(c)
    # "X, a company"; "X is the most populous state": what the text says it is, when it says one thing.
    # Not over the name's own generic head ("Porto Vello City, a man …" is a misparse, not a city
    # called a man).  Over the merge's hint, which only reads the shape of the names ("Mahan"
    # and "Mahan Air" look like a first name and a full name; "the airline Mahan Air" says not).
    described = {described_kind(m.described) for m in c.mentions if m.described} - {""}
    if len(described) == 1 and c.words[-1].lower() not in ORG_WORDS | PLACE_WORDS:
        return described.pop()
    if c.kind_hint:  # the merge joined it to a person's full name
        return kind
    labels = _labels(c)
    head = c.words[-1].lower()
    if head in POLITY_HEADS and labels["place"] > labels["organization"]:
        return "place"
    person, not_person = _person_evidence(c), _not_person_evidence(c)
    tally = votes(c)
    # Two words or more that nothing marks as a person's name (no title, no given name or
    # initials, no "he"/"she"), used as a body's or a place's ("Boko Haram gunmen", "the Jamaah
    # Ansharut Daulah network"): the model's person label is all that says person, and it reads
    # the shape of the words alone.
    unmarked = person == 0 and len(c.words) > 1 and not is_given_name(without_particles(c.words)[0]) \
        and _used_as_body(c)
    if kind == "person" and (not_person > 0.5 or unmarked) and not_person > person:
        return "place" if tally["place"] > tally["organization"] else "organization"
    # A place the model saw keeps its label unless the text uses the name as only a person's
    # ("X was arrested", "X, 54,"); a body needs a title or a given name to be a person.
    cued = any(m.start in c.cues for m in c.mentions)
    if kind != "person" and person >= 0.5 and person > not_person and (cued or not labels["place"]) \
            and head not in TITLES and (_personal_name(c.words) or len(c.words) == 1
                                        and not is_acronym(c.words[0])):
        return "person"
    # "writes for The Clarion", "according to Statcount": a title or a source, not a place.
    # "Wales", "Abu Dhabi" labelled a body: a country's or a province's name is its place.
    # Only when the model said so: a bare run of capitals may be a given name ("Victoria").
    if kind == "organization" and labels["organization"] and name_key(c.longest.name) in region_names() \
            and not any(m.label == "PERSON" or m.titled for m in c.mentions):
        return "place"
    titled = sum(1 for m in c.mentions if m.det == "The" or m.source)
    if kind == "place" and titled and name_key(c.longest.name) not in region_names() \
            and titled >= sum(1 for m in c.mentions if m.place_prep):
        return "organization"
    return kind
