"""One actor per real-world entity within an article.

Mentions are grouped by their normalised name, then shorter names are joined
to the one longer name they can stand for: a surname or first name to the
person's full name, an acronym to its expansion, "Koshe" to "Koshe party".
A short name that could stand for two different longer names stays apart
(two Clintons): a wrong merge misleads more than a duplicate.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from generator.analysis.actors.cluster import (
    Cluster,
    canonical_key,
    fold,
    is_acronym,
    name_key,
    nickname,
    plain_name,
    without_particles,
)
from generator.analysis.actors.kinds import kind_of
from generator.analysis.actors.lexicon import (
    COMPASS_POINTS,
    LEGAL_FORMS,
    NAME_FUNCTION_WORDS,
    ORG_WORDS,
    PLACE_OPENINGS,
    PLACE_WORDS,
    STANDING_BODIES,
    country_names,
    initials,
    is_given_name,
    one_slip,
    says_whose,
)
from generator.analysis.actors.mentions import Mention

# A surname two full names share goes to one of them only when that one is named at least
# this many times, and this many times as often as the others together (as linking does).
DOMINANT_MIN = 3
DOMINANT_RATIO = 3
# Generational suffixes are no part of the surname: "Pendle" is "Arthur Pendle Jr.".
GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
# Tails that add nothing to a body's name: a broadcaster's band ("WISN-TV") or its reach.
GENERIC_TAILS = {"international", "worldwide", "tv", "fm", "am", "dt"}
# Heads of a school's name ("University of Tampere"): staff and students call it by the place.
SEATS_OF_LEARNING = {"university", "college", "institute", "academy", "polytechnic", "conservatory"}

def _group_exact(mentions: list[Mention]) -> list[Cluster]:
    groups: dict[str, Cluster] = {}
    for m in mentions:
        groups.setdefault(_body_key(canonical_key(m.name)), Cluster()).mentions.append(m)
    return list(groups.values())


def _body_key(key: str) -> str:
    """"Ministry of Defence" and "Defence Ministry" are one body: for a name headed by an
    organisation word, the order of its words and the small words between them do not count."""
    words = [w for w in key.split() if w not in NAME_FUNCTION_WORDS]
    if len(words) < 2 or not (set(words) & ORG_WORDS) or (words[-1] not in ORG_WORDS
                                                           and words[0] not in ORG_WORDS):
        return key
    return "\0".join(sorted(words))


def person_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Toqaev" or "Qasym-Zhomart" of "Qasym-Zhomart Toqaev" (surname, or first name alone);
    "John Bolton" of "John R. Bolton" (the same first and last names, fewer middle ones)."""
    s, f = [fold(w) for w in short], [fold(w) for w in full]
    # "Ace Moreno" of 'Jorge "Ace" Moreno': a nickname in quotes with the surname.
    nick = nickname(f)
    if nick and len(s) <= 2 and s in ([nick, f[-1]], [f[-1]]):
        return True
    if len(f) > 2 and f[-1].replace(".", "") in GENERATIONS and s[-1].replace(".", "") not in GENERATIONS:
        f = f[:-1]
    if len(s) >= len(f):
        return False
    if f[-len(s):] == s or (len(s) == 1 and f[0] == s[0]):
        return True
    # "Rosselló" of "Ricardo Rosselló Nevares", "Pedro Pierluisi" of "Pedro R. Pierluisi Urrutia":
    # in Spanish and Portuguese names the first of two surnames stands for both.
    if len(f) >= 3 and s[-1] == f[-2] and full[-2][:1].isupper() and full[-1][:1].isupper() \
            and person_part(short, full[:-1]):
        return True
    if len(s) >= 2 and f[: len(s)] == s:  # "John Luk" of "John Luk Jok"
        return True
    return len(s) >= 2 and s[0] == f[0] and s[-1] == f[-1] and _subsequence(s, f)


def _subsequence(s: list[str], f: list[str]) -> bool:
    it = iter(f)
    return all(w in it for w in s)


def _org_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Koshe" of "Koshe party": the rest of the long name is only generic words; a name cut
    at its complement (``_cut_at_complement``), also when whose it is goes unsaid after the
    first time ("Supreme Court" of "Italian Supreme Court of Cassation")."""
    if len(full) > 2 and says_whose(full[:1]) and _cut_at_complement(short, full[1:]):
        return True
    if not _opens(short, full):
        return False
    if _cut_at_complement(short, full) or _bare(full[-1]) in LEGAL_FORMS:
        return True
    return all(_bare(w) in ORG_WORDS or w.islower() for w in full[len(short):])


def _opens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """The short name is the first words of the longer one, case aside."""
    return len(short) < len(full) and [w.lower() for w in full[: len(short)]] == [w.lower() for w in short]


def _cut_at_complement(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Baltic Institute" of "Baltic Institute for Economic Research": the name cut where its
    complement starts; two words at least ("Bank" alone may be any bank of the article), or a
    generic body named for what it serves ("Parliament" of "Parliament of Iraq")."""
    if not _opens(short, full):
        return False
    generic = len(short) == 1 and short[0].lower() in ORG_WORDS
    return full[len(short)].lower() in ("of", "for", "on") and (len(short) >= 2 or generic)


def _the_compass_point(c: Cluster, o: Cluster) -> bool:
    """"The South retaliated" after "South Korea": a compass point with "the", alone, is the
    one place of the article whose name it opens."""
    return len(c.words) == 1 and c.words[0].lower() in COMPASS_POINTS and len(o.words) == 2 \
        and o.words[0] == c.words[0] and kind_of(o) == "place" and all(m.the_before for m in c.mentions)


def _full_person_name(c: Cluster) -> bool:
    """"Andy Warhol" before "the Andy Warhol Foundation": a person's name, given name first,
    is whom the body is named after, not a short name of the body."""
    return len(c.words) >= 2 and kind_of(c) == "person" and is_given_name(c.words[0])


def _generic_tail(short: str, full: str) -> bool:
    """"WISN" of "WISN-TV", "Amnesty" of "Amnesty International": the full name is the short
    one and a tail that says only how far it reaches or what it broadcasts on."""
    s, f = name_key(short).split(), name_key(full).split()
    return len(f) > len(s) and f[: len(s)] == s and all(w in GENERIC_TAILS for w in f[len(s):])


def _bare(word: str) -> str:
    """"Corp." is "corp": dots do not tell generic words apart."""
    return word.lower().replace(".", "")


def _org_suffix(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Air Force" of "United States Air Force", "Times" of "New York Times"."""
    if len(short) >= len(full) or [w.lower() for w in full[-len(short):]] != [w.lower() for w in short]:
        return False
    # "Kazakhstan" ends "Democratic Choice of Kazakhstan" but is not its head; a generic
    # word alone ("House") may be another body than the long name ("White House").
    if len(short) >= 2:
        return True
    # A generic head alone repeats the one longer name it ends ("the Press" after "the New
    # York Press"), unless it names a standing body of its own ("House" is not "White House");
    # a standing body's name that only says whose it is, is that body ("Congress" of "U.S.
    # Congress", "Parliament" of "French Parliament") when named so first (``_targets``):
    # "the Senate" of a Puerto Rico story, before a "U.S. Senate" vote, is the island's.
    if short[0].lower() in ORG_WORDS:
        return short[0].lower() not in STANDING_BODIES or says_whose(full[: -len(short)])
    return not any(w.lower() in NAME_FUNCTION_WORDS for w in full)


def _targets(c: Cluster, others: list[Cluster]) -> list[Cluster]:
    """The longer clusters this one can be a short name of."""
    words, kind = c.words, kind_of(c)
    bare = name_key(c.longest.name).replace(" ", "").upper()
    found = []
    for o in others:
        # "KXLT-TV" is one word but two names' worth: the generic tail counts too.
        if o is c or (len(o.words) <= len(words) and not _generic_tail(c.longest.name, o.longest.name)):
            continue
        okind = kind_of(o)
        acronym = is_acronym(c.longest.name)
        if not acronym and (okind == "person" or (kind == "person" and plain_name(o.words))):
            # The small model often calls a surname a place ("Pelosi"); one word that is
            # the surname of a person named in the same article is that person.
            lower = [fold(w) for w in words]
            surname = lower == [fold(w) for w in o.words[-len(words):]]  # "Van Dijk" too
            fits = (kind != "place" or surname or _given_name(c, o)) and person_part(words, o.words)
        else:
            # A place keeps its name unless it only modifies the long name's head
            # ("the DVK or Koshe parties" → "Koshe party"; not "U.S. officials" → "U.S. Congress").
            rest = {w.lower() for w in o.words[len(words):]}
            adjectival = kind != "place" or all(m.modifies in rest for m in c.mentions)
            fits = ((acronym and _abbreviates(bare, o.words)
                     and bare not in {name_key(w).upper() for w in o.words})  # not "U.S." in "U.S. Senate"
                    or (adjectival and _org_part(words, o.words) and not _full_person_name(c))
                    or ((kind == okind == "organization"
                         or (_the_head(c) and {kind, okind} <= {"organization", "place"}))
                        # any of its names: "the Court" after "the Supreme Court", joined to
                        # the "Italian Supreme Court of Cassation" it is short for
                        and any(_org_suffix(words, n) for n in {o.words} | {m.words for m in o.mentions})
                        and (len(words) > 1 or words[0].lower() not in STANDING_BODIES
                             or o.first < c.first))
                    or (kind != "place" and okind == "organization"
                        and _generic_tail(c.longest.name, o.longest.name))
                    # "Waban" of "Lake Waban", called a person by the model; "Nicaragua" is a
                    # place of its own beside "Lake Nicaragua".
                    or (okind == "place" != kind and o.words[0].lower().rstrip(".") in PLACE_OPENINGS
                        and [w.lower() for w in words] == [w.lower() for w in o.words[1:]])
                    or _the_compass_point(c, o))
        if fits:
            found.append(o)
    return found


# Heads of a government body named either way round: "Justice Department", "Department of Justice".
TURNED_HEADS = frozenset({"department", "ministry"})


def _join_word_orders(clusters: list[Cluster], by_start: dict) -> None:
    """"the Justice Department" and "the U.S. Department of Justice": one body when the article
    names no other with that field."""
    keyed: dict[tuple[str, str], list[Cluster]] = {}
    for c in clusters:
        words = [w.lower() for w in c.words]
        if kind_of(c) != "organization" or len(words) < 2:
            continue
        if len(words) == 2 and words[1] in TURNED_HEADS:
            keyed.setdefault((words[1], words[0]), []).append(c)
        elif len(words) >= 3 and words[-3] in TURNED_HEADS and words[-2] == "of":
            keyed.setdefault((words[-3], words[-1]), []).append(c)
    for group in keyed.values():
        if len(group) == 2:
            fuller, other = sorted(group, key=lambda c: (-len(c.words), c.first))
            _absorb(fuller, other, clusters, by_start)


def _abbreviates(acronym: str, words: tuple[str, ...]) -> bool:
    """"DVK" of "Democratic Choice of Kazakhstan" (the initials of the words that count), "DOJ"
    of "Department of Justice" (of every word but "the" and "and"), "D&G" of "Dolce & Gabbana";
    "CPD" of "United States Commission on Presidential Debates": whose the body is may be left out."""
    every = "".join(w[0] for w in words if w.lower() not in ("the", "and", "&") and w[:1].isalpha()).upper()
    if acronym.replace("&", "") in (initials(words), every):
        return True
    return any(len(words) > n + 1 and says_whose(words[:n]) and _abbreviates(acronym, words[n:])
               for n in (1, 2))


def _the_head(c: Cluster) -> bool:
    """"the Hall" after "Fishmongers' Hall": one word, always right after "the", the way a text
    repeats a place or a body by its head; the model's label for it (a body, a place) says
    little then.  Not a place the text calls a country of its own ("the nearby independent
    country Samoa", beside "American Samoa")."""
    return len(c.words) == 1 and all(m.the_before and not m.described for m in c.mentions)


def _given_name(c: Cluster, person: Cluster) -> bool:
    """"Nina" after "Nina Marquez", which the small model calls a place: one word that opens the
    full name of a person the model saw, never used as a place is ("in Nina", "Nina province"),
    and no country's name ("Georgia" is not "Georgia Marquez")."""
    if len(c.words) != 1 or not plain_name(without_particles(person.words)):
        return False
    if not any(m.label == "PERSON" for m in person.mentions):
        return False
    if name_key(c.longest.name) in country_names():
        return False
    return not any(m.place_prep or m.modifies in PLACE_WORDS for m in c.mentions)


def _dominant(targets: list[Cluster]) -> list[Cluster]:
    """The one full name a bare surname means when the article is about that person and
    names the other once in passing ("Brandvik" after three "Tomas Brandvik" and one "Erik Brandvik", his
    father): journalists call the second person of a surname by the first name.  Near
    equals (twins, a couple, "Bill and Hillary Clinton") keep the surname apart."""
    ranked = sorted(targets, key=lambda t: -len(t.mentions))
    top, rest = len(ranked[0].mentions), sum(len(t.mentions) for t in ranked[1:])
    return ranked[:1] if top >= DOMINANT_MIN and top >= DOMINANT_RATIO * rest else targets


def _introduced_before(short: Cluster, targets: list[Cluster]) -> list[Cluster]:
    """"Malik" after "Imran Malik", before "the mayor, Rana Malik (no relation)": news names a
    person in full before using the surname, so when only one full name comes before the
    surname's first use, the surname is that person's."""
    before = [t for t in targets if t.first < short.first]
    return before if len(before) == 1 else targets


def _in_title(words: tuple[str, ...], title: str) -> bool:
    found = {w.lower() for w in re.findall(r"[\w'’-]+", title)}
    return words[0].lower() in found and words[-1].lower() in found


def merge(mentions: list[Mention], title: str = "", relatives: frozenset[int] = frozenset(),
          cues: frozenset[int] = frozenset()) -> list[Cluster]:
    """``relatives``: starts of mentions that introduce someone as a relative ("her husband,
    Anton Kessel"); ``cues``: starts of mentions used as only a person is (both from ``usage``)."""
    clusters = _group_exact(mentions)
    for c in clusters:
        c.cues = cues
    by_start = {m.start: c for c in clusters for m in c.mentions}
    # Bracketed acronyms first: "Democratic Choice of Kazakhstan (DVK)" says so itself.
    for c in list(clusters):
        links = {m.acronym_of for m in c.mentions if m.acronym_of is not None}
        for start in links:
            target = by_start.get(start)
            if target is not None and target is not c and c in clusters:
                _absorb(target, c, clusters, by_start)
    # Two spellings of one full name before any short name is joined: "Hamza" is then the
    # short name of one person, not of two.
    _join_spellings(clusters, by_start)
    # "Mike Brown" and "Michael Brown" too: "Brown" then fits one person.
    _join_nicknames(clusters, by_start)
    _join_described_surnames(clusters, by_start)
    # Then shorter names into the one longer name they can stand for, shortest last.
    for c in sorted(clusters, key=lambda c: (-len(c.words), c.first)):
        if c not in clusters:
            continue
        targets = _targets(c, clusters)
        if len(targets) > 1 and title:  # "Cummings": Elijah, named in the headline, not his mother
            targets = [t for t in targets if _in_title(t.words, title)] or targets
        if len(targets) > 1:  # "Savage": "Dan Savage" (a name the model saw) over "Savage Love"
            targets = [t for t in targets if t.labelled]
        if len(targets) > 1:  # "Kessel": the mayor, not "her husband, Anton Kessel"
            targets = [t for t in targets if not all(m.start in relatives for m in t.mentions)] or targets
        if len(targets) > 1:
            targets = _introduced_before(c, targets)
        if len(targets) > 1:
            targets = _dominant(targets)
        if len(targets) == 1:
            t = targets[0]
            if person_part(c.words, t.words) and (kind_of(t) == "person" or (
                    kind_of(c) == "person" and plain_name(t.words))):
                t.kind_hint = "person"
            _absorb(targets[0], c, clusters, by_start)
        elif len(targets) > 1 and all(person_part(c.words, t.words) and kind_of(t) == "person"
                                      for t in targets):
            # "Hilton" after Rick and Paris Hilton: which one is left open, but it is a person.
            c.kind_hint = "person"
    _join_seats_of_learning(clusters, by_start)
    _join_word_orders(clusters, by_start)
    _join_typos(clusters, by_start)
    return clusters


VOWELS = set("aeiouy")


def _join_described_surnames(clusters: list[Cluster], by_start: dict) -> None:
    """"Polesitter Hamilton controlled the race" after "Lewis Hamilton": a word that is no given
    name, capitalised only because it opens the sentence each time, before the surname of the
    one person the article names in full, describes that person (sports news: "Defender
    Ramos", "Champion Federer").  Left apart it would be a second person, and "Hamilton"
    alone would fit two full names."""
    people = [c for c in clusters
              if len(c.words) >= 2 and kind_of(c) == "person" and is_given_name(c.words[0])]
    named = Counter(fold(w) for c in clusters for m in c.mentions for w in m.words)
    for c in [c for c in clusters if len(c.words) == 2 and not is_given_name(c.words[0])]:
        # Not a first name the article also uses alone or in another name ("Khloe").
        if not all(m.start == m.sent_start for m in c.mentions) \
                or named[fold(c.words[0])] > sum(len(m.words) == 2 for m in c.mentions):
            continue
        owners = [p for p in people if p is not c and fold(p.words[-1]) == fold(c.words[1])]
        if len(owners) == 1 and c in clusters:
            # The mentions become the surname's alone: the description is not the person's name.
            c.mentions[:] = [_surname_only(m) for m in c.mentions]
            _absorb(owners[0], c, clusters, by_start)


def _surname_only(m: Mention) -> Mention:
    surname = m.words[-1]
    cut = m.text.rfind(surname)
    if cut < 0:  # a name the text writes otherwise keeps its whole span
        return replace(m, name=surname)
    return replace(m, start=m.start + cut, text=m.text[cut:], name=surname,
                   tokens=(m.tokens[1] - 1, m.tokens[1]))


def same_but_vowels(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Hamza bin Laden" and "Hamza bin Ladin", "Osama" and "Usama": one name in two
    transliterations, which differ by a vowel for a vowel inside words of five letters or
    more.  Not at a word's end: "Maria" and "Mario" are two people.  "Haghia" and "Hagia"
    differ by an "h" after a consonant, which some transliterations write and others drop."""
    if a == b or len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        x, y = fold(x), fold(y)
        if x == y or _silent_h(x, y) or _silent_h(y, x):
            continue
        if len(x) != len(y) or len(x) < 5:
            return False
        diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        if len(diff) != 1 or diff[0] == len(x) - 1 or x[diff[0]] not in VOWELS or y[diff[0]] not in VOWELS:
            return False
    return True


def _silent_h(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with an "h" after a consonant inside it ("haghia", "hagia")."""
    if len(longer) != len(shorter) + 1 or len(shorter) < 4:
        return False
    return any(longer[i] == "h" and longer[i - 1] not in VOWELS and longer[:i] + longer[i + 1:] == shorter
               for i in range(1, len(longer)))


def _join_spellings(clusters: list[Cluster], by_start: dict) -> None:
    """Two spellings of one full name in one article (wire copy merged from two sources, a
    quotation's own spelling): the later joins the earlier, whatever the model called each.
    A one-word name too when it is long enough not to be another short name ("Al-Qaeda" and
    "al-Qa’ida", "Hussein" and "Hussain")."""
    # Only names of as many words and ending in the same letter can match: compare within those.
    buckets: dict[tuple[int, str], list[tuple[Cluster, tuple[str, ...]]]] = {}
    for c in sorted(clusters, key=lambda c: c.first):
        words = _spelled(c)
        if words:
            buckets.setdefault((len(words), fold(words[-1][-1])), []).append((c, words))
    for names in buckets.values():
        for i, (first, spelled) in enumerate(names):
            for later, other in names[i + 1:]:
                if first in clusters and later in clusters and same_but_vowels(spelled, other):
                    _absorb(first, later, clusters, by_start)


def _spelled(c: Cluster) -> tuple[str, ...]:
    """The words a spelling is compared by: a person's full name as written; a one-word name
    of six letters or more without its apostrophes and hyphens ("alqaida"); else none."""
    if len(c.words) >= 2:
        return c.words if plain_name(c.words) else ()
    word = re.sub(r"['’-]", "", c.words[0]) if c.words else ""
    return (word,) if len(word) >= 6 and word.isalpha() and not is_acronym(c.words[0]) else ()


def swapped(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring letters swapped ("Chriac", "Chirac")."""
    return len(a) == len(b) and a != b and sorted(a) == sorted(b) and one_slip(a, b)


def _join_typos(clusters: list[Cluster], by_start: dict) -> None:
    """"In 1995, Chriac was elected": a surname (or one of two) written once with two letters
    swapped, in an article that names the person more often, is that person (a slip of the
    keyboard, not a second person of a near-identical name).  Names of five letters or more."""
    people = [c for c in clusters if len(c.words) >= 2 and kind_of(c) == "person"]
    for c in [c for c in clusters if len(c.words) == 1 and len(c.mentions) == 1 and len(c.words[0]) >= 5]:
        word = fold(c.words[0])
        matches = [p for p in people
                   if len(p.mentions) >= 2 and any(swapped(word, fold(w)) for w in p.words[1:])]
        if len(matches) == 1 and c in clusters:
            _absorb(matches[0], c, clusters, by_start)


def _join_seats_of_learning(clusters: list[Cluster], by_start: dict) -> None:
    """"research at Tampere" after "the University of Tampere": a place's name that the text
    uses as a body (the model and the kind rules call it an organisation, not a place) is
    the one school of the article named for that place, as academics write.  A place
    the text treats as a place ("born in Tampere") stays apart."""
    schools: dict[str, list[Cluster]] = {}
    for c in clusters:
        w = [fold(x) for x in c.words]
        if len(w) == 3 and w[0] in SEATS_OF_LEARNING and w[1] == "of" and kind_of(c) == "organization":
            schools.setdefault(w[2], []).append(c)
    for c in list(clusters):
        if len(c.words) != 1 or is_acronym(c.words[0]) or kind_of(c) != "organization":
            continue
        found = schools.get(fold(c.words[0]), [])
        if len(found) == 1 and c not in found and not any(m.place_prep for m in c.mentions):
            _absorb(found[0], c, clusters, by_start)


@functools.cache
def _nicknamer():
    # A curated table of English given names and their nicknames (Lawrence ~ Larry, William ~
    # Bill): no rule on spelling can tell these, and guessing from shared letters would join
    # Jim Smith to John Smith.
    from nicknames import NickNamer

    return NickNamer()


def same_given_name(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    nn = _nicknamer()
    return (b in nn.nicknames_of(a) or a in nn.nicknames_of(b)
            or bool(nn.canonicals_of(a) & nn.canonicals_of(b)))


def _join_nicknames(clusters: list[Cluster], by_start: dict) -> None:
    """"Larry Lessig" after "Lawrence Lessig": one person when the surname is shared by no
    one else in the article."""
    people = [c for c in clusters if len(c.words) >= 2 and plain_name(c.words) and kind_of(c) == "person"]
    by_surname: dict[str, list[Cluster]] = {}
    for c in people:
        by_surname.setdefault(fold(c.words[-1]), []).append(c)
    for group in by_surname.values():
        if len(group) == 2 and same_given_name(group[0].words[0], group[1].words[0]):
            first, later = sorted(group, key=lambda c: c.first)
            _absorb(first, later, clusters, by_start)


def _absorb(into: Cluster, other: Cluster, clusters: list[Cluster], by_start: dict) -> None:
    into.mentions.extend(other.mentions)
    for m in other.mentions:
        by_start[m.start] = into
    clusters.remove(other)
