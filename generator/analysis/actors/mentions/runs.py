"""Names the model missed: runs of capitalised proper nouns, bodies headed by their kind's word,
and the words of a name the article gives elsewhere."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from generator.analysis.actors.lexicon import (
    ORG_WORDS,
    PLACE_WORDS,
)
from generator.analysis.actors.mentions.tokens import (
    INITIAL,
    flight_start,
    gerund_opening,
    glued_name,
    is_title,
    label_before_name,
    participle_opening,
    proper,
    regnal,
)


def headed_names(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Capitalised names the model missed that end in an organisation or place word.

    "Human Rights Watch", "Interior Ministry", "Tiananmen Square": the small
    model misses many organisations, but a run of proper nouns headed by such a
    word is one.
    """
    out, i = [], 0
    while i < len(doc):
        if i in taken or not proper(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and (
                proper(doc[j]) or (doc[j].lower_ in ("of", "for", "on", "and", "&") and j + 1 < len(doc)
                                    and proper(doc[j + 1]) and j > i)):
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


def proper_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Runs of capitalised proper nouns outside every entity: names the model missed.

    They carry no label; ``merge`` keeps one only when it is a name of two or
    more words or joins such a name ("Shalev" after "Aner Shalev").
    """
    out, i = [], 0
    while i < len(doc):
        tok = doc[i]
        named = proper(tok) and tok.is_title or glued_name(tok)
        if i in taken or tok.ent_type_ or not named or is_title(tok) \
                or gerund_opening(tok) or participle_opening(tok):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and not doc[j].ent_type_:
            if _hyphen_joined(doc, j, taken):  # "Mir-Mohammadi": one word of the name
                j += 2
                continue
            if _ampersand_joined(doc, j, taken):  # "Dolce & Gabbana": a firm's one name
                j += 2
                continue
            if not (doc[j - 1].whitespace_ and "\n" not in doc[j - 1].whitespace_ and doc[j].is_title
                    and (proper(doc[j]) or _capital_inside_name(doc, j, taken)
                         or _middle_initial(doc, j, taken))):
                break
            j += 1
        if j < len(doc) and j not in taken and not doc[j].ent_type_:
            j = regnal(doc, j)  # "Henry VIII"
        # "Inmate" cut from "Inmate Jane Roe": a description of the name after it.
        if j == i + 1 and j in taken and label_before_name(doc, i, min(j + 2, len(doc))):
            i = j
            continue
        # "Police Senior Superintendent Jane Roe": a capitalised office run into the person's name
        # (the model's, or grown by a given name before it) is the role of that name.
        if is_title(doc[j - 1]) and j in taken and "PERSON" in {t.ent_type_ for t in doc[j : j + 2]}:
            i = j
            continue
        out.append((i, flight_start(doc, i, j), ""))
        i = j
    return out


def _ampersand_joined(doc: Doc, j: int, taken: set[int]) -> bool:
    """"Dolce & Gabbana", "Procter & Gamble": "&" between two capitalised proper nouns joins
    them into one name (a person's name never has one)."""
    return doc[j].text == "&" and j + 1 < len(doc) and j + 1 not in taken and not doc[j + 1].ent_type_ \
        and proper(doc[j + 1]) and doc[j + 1].is_title


def _middle_initial(doc: Doc, j: int, taken: set[int]) -> bool:
    """"Pedro R. Pierluisi": an initial between two capitalised proper nouns is part of the name."""
    return bool(INITIAL.fullmatch(doc[j].text)) and j + 1 < len(doc) and j + 1 not in taken \
        and not doc[j + 1].ent_type_ and proper(doc[j + 1]) and doc[j + 1].is_title


def _hyphen_joined(doc: Doc, j: int, taken: set[int]) -> bool:
    """A hyphen glued between two capitalised proper nouns ("Mir-Mohammadi") joins them."""
    return doc[j].text in "-‐" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
        and j + 1 < len(doc) and j + 1 not in taken and not doc[j + 1].ent_type_ \
        and proper(doc[j + 1]) and doc[j + 1].is_title


def _capital_inside_name(doc: Doc, j: int, taken: set[int]) -> bool:
    """"Heaven Sent Gaming", "Born Free Trust": a capitalised word the tagger reads as a verb or
    an adjective, inside a run of proper nouns and mid-sentence, belongs to the name: only a
    name's words are capitalised there."""
    if j + 1 >= len(doc) or j + 1 in taken or doc[j + 1].ent_type_ or doc[j].is_sent_start:
        return False
    nxt = doc[j + 1]
    return doc[j].is_alpha and doc[j].lower_ not in STOP_WORDS and doc[j].whitespace_ != "" \
        and proper(nxt) and nxt.is_title


# First word -> (the name's words, the model's label), longest names first ("Suu Kyi" before "Suu").
FirstWords = dict[str, list[tuple[tuple[str, ...], str]]]


def first_words(names: dict[tuple[str, ...], str]) -> FirstWords:
    out: FirstWords = {}
    for words in sorted(names, key=len, reverse=True):
        out.setdefault(words[0], []).append((words, names[words]))
    return out


def recurring(
    doc: Doc, by_first: FirstWords, held: set[int], pieces: dict[int, tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """One name, one reading: where the model labelled "Suu Kyi" once, or the text spelled out
    "Kurdistan Democratic Party (KDP)", and let the same words pass elsewhere ("KDP fighters",
    "the KDP charges"), those words are mentions too, with the label it gave; not inside a
    longer name.  ``pieces`` maps each token of a mention already found to that mention's token
    span: a recurrence may take the place of shorter mentions wholly inside it ("Fishmongers"
    of "Fishmongers' Hall"), not of one that reaches past it.  ``held`` tokens are never taken."""
    out: list[tuple[int, int, str]] = []
    taken = set(held)
    for tok in doc:
        if tok.i in taken:
            continue
        for words, label in by_first.get(tok.text, ()):
            end = tok.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[tok.i : end]) != words \
                    or not _free(tok.i, end, taken, pieces) or _runs_on(doc, tok.i, end):
                continue
            out.append((tok.i, end, label))
            taken.update(range(tok.i, end))
            break
    return out


def _free(start: int, end: int, taken: set[int], pieces: dict[int, tuple[int, int]]) -> bool:
    """No token is taken, and each token of a mention is in a shorter one wholly inside."""
    for i in range(start, end):
        if i in taken:
            return False
        span = pieces.get(i)
        if span is not None and (span[0] < start or span[1] > end or span[1] - span[0] >= end - start):
            return False
    return True


def _runs_on(doc: Doc, start: int, end: int) -> bool:
    """The words are part of a longer name: a capitalised word glued on either side."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(t is not None and t.pos_ == "PROPN" and t.is_title for t in (before, after))
