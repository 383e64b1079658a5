"""Named mentions: spaCy's entities, repaired with the parse.

The small model gets many entity edges wrong in news text: it splits
hyphenated names ("Qasym-Zhomart Toqaev" → a place "Qasym" and a person
"Toqaev"), swallows possessors and brackets ("Ablyazov's Democratic Choice of
Kazakhstan ("), keeps titles and determiners in names, and labels nationality
words as people.  Each rule below repairs one of these from the tokens and the
dependency parse; none of them knows any particular name.

The package reads in the order of the work: ``edges`` (where the model's names start and
end), ``runs`` (names it missed), ``context`` (what the text around a mention says of it,
the flags of a ``Mention``), ``filters`` (which mentions name an actor at all); ``tokens``
holds the token tests they share.  This module runs them over an article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.analysis.actors.lexicon import is_acronym
from generator.analysis.actors.mentions.context import make_mention
from generator.analysis.actors.mentions.edges import (
    body_field,
    field_split,
    grow_person,
    joined_listings,
    norp_as_name,
    pieces,
    split_joined,
    titled_person,
    trim,
    word_bounds,
)
from generator.analysis.actors.mentions.filters import (
    has_no_proper_noun,
    is_group_plural,
    kind_named,
    looks_like_name,
    named_plurals,
    plural_groups,
    plural_nouns,
    tagged_elsewhere,
    without_things,
)
from generator.analysis.actors.mentions.mention import LABEL_KIND, Mention
from generator.analysis.actors.mentions.runs import first_words, headed_names, proper_runs, recurring
from generator.analysis.actors.mentions.tokens import (
    ACRONYM,
    NUMBERED_BODY,
    OR_ACRONYM_AFTER,
    OR_ACRONYM_BEFORE,
    after_unopened_bracket,
    is_title,
    opens_sentence,
)
from generator.analysis.parse import ParsedArticle, ParsedParagraph

SPEAKER_LABEL = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]")


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
    ents = sorted(joined_listings(doc), key=lambda e: (e.label_ != "PERSON", e.start))
    for ent in ents:
        if ent.start_char < skip_to or ent.label_ not in LABEL_KIND and not norp_as_name(ent):
            continue
        for s, e, possessor in pieces(ent):
            # The model labelled the whole span; a possessor cut from it has no label of its own.
            label = "" if possessor else ("GPE" if ent.label_ == "NORP" else ent.label_)
            s, label = titled_person(doc, s, e, label)
            s, e = trim(doc, s, e, ent.label_)
            if e <= s:
                continue
            if ent.label_ == "PERSON":
                s, e = grow_person(doc, s, e)
            else:
                s, e = word_bounds(doc, s, e)
                e = body_field(doc, s, e, taken)
            split = field_split(doc, s, e, label)
            if split:
                parts = [(s, split[0], split[1]), (split[0], e, "PERSON")]
            else:
                parts = split_joined(doc, s, e, label)
            for ps, pe, plabel in parts:
                if any(i in taken for i in range(ps, pe)):
                    continue
                taken.update(range(ps, pe))
                spans.append((ps, pe, plabel))
    spans.extend(headed_names(doc, taken))
    spans.extend(proper_runs(doc, taken))
    spans.sort()
    return _acronyms(para, chunk, _named(para, chunk, spans))


def _named(para: ParsedParagraph, chunk: int, spans: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions of the spans that look like names, with what the tokens say of them."""
    doc = para.doc
    mentions = [kind_named(make_mention(para, chunk, s, e, label)) for s, e, label in spans]
    return [replace(m, group_plural=is_group_plural(m, doc), untagged=has_no_proper_noun(m, doc))
            for m in mentions if looks_like_name(m, doc)]


def _acronyms(para: ParsedParagraph, chunk: int, mentions: list[Mention]) -> list[Mention]:
    """Link a name and the acronym the text gives it: "Democratic Choice of Kazakhstan (DVK)",
    "the Islamic State of Iraq and the Levant, or ISIL,", "G7, or the Group of Seven,"."""
    doc = para.doc
    text = doc.text  # once: Doc.text joins every token on each access
    out = {m.start: m for m in mentions}
    for m in mentions:
        if len(m.words) < 2:
            continue
        for begin, acronym in _given_acronyms(text, m.start - para.start, m.end - para.start, len(m.words)):
            start = para.start + begin
            known = out.get(start)
            if known is not None:
                out[start] = replace(known, acronym_of=m.start, name=acronym)
                continue
            span = doc.char_span(begin, begin + len(acronym))
            if span is not None:
                made = make_mention(para, chunk, span.start, span.end, m.label)
                out[start] = replace(made, acronym_of=m.start)
    return [out[k] for k in sorted(out)]


def _given_acronyms(text: str, start: int, end: int, words: int) -> list[tuple[int, str]]:
    """Where the name at ``start:end`` of the paragraph's text is given an acronym: its offset
    and letters.  With "or" the acronym must look like one ("Paris, or Berlin," are two places)
    and the name must end its phrase as well."""
    found = []
    bracket = ACRONYM.match(text, end)
    acronym = bracket.group(1).rstrip(".") if bracket else ""
    if acronym.isupper() and len(acronym) <= words + 3:
        found.append((bracket.start(1), acronym))
    closed = re.match(r"\s*[,;.)]", text[end:]) is not None
    after = OR_ACRONYM_AFTER.match(text, end)
    if after and _acronym_like(after.group(1)):
        found.append((after.start(1), after.group(1)))
    before = OR_ACRONYM_BEFORE.search(text, max(0, start - 40), start)
    if before and closed and _acronym_like(before.group(1)):
        found.append((before.start(1), before.group(1)))
    return found


def _acronym_like(word: str) -> bool:
    return is_acronym(word.rstrip(".")) or NUMBERED_BODY.fullmatch(word) is not None


def find_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Every named mention of the body, in reading order."""
    out: list[Mention] = []
    labels = speaker_labels(parsed)
    skips = {}
    for chunk, para in enumerate(parsed.paragraphs):
        label = labels.get(para.index)
        skips[chunk] = skip_to = label[1] - para.start if label and label[1] > para.start else 0
        out.extend(paragraph_mentions(para, chunk, skip_to))
    found, replaced = _recurring_mentions(parsed, out, skips)
    out = sorted([m for m in out if (m.chunk, m.start) not in replaced] + found, key=lambda m: m.start)
    return without_things(parsed, plural_groups(named_plurals(plural_nouns(tagged_elsewhere(out)))))


def _recurring_mentions(
    parsed: ParsedArticle, mentions: list[Mention], skips: dict[int, int]
) -> tuple[list[Mention], set[tuple[int, int]]]:
    """The same words again wherever a sure name of the article recurs (``runs.recurring``),
    and the mentions they replace (by chunk and start): pieces of the name the model labelled
    on their own there ("Fishmongers" of "Fishmongers' Hall")."""
    by_first = first_words(_sure_names(parsed, mentions))
    if not by_first:
        return [], set()
    pieces: dict[int, dict[int, Mention]] = {}
    for m in mentions:
        pieces.setdefault(m.chunk, {}).update({i: m for i in range(*m.tokens)})
    out, replaced = [], set()
    for chunk, para in enumerate(parsed.paragraphs):
        held = {t.i for t in para.doc if t.idx < skips.get(chunk, 0)}
        here = pieces.get(chunk, {})
        spans = {i: m.tokens for i, m in here.items()}
        found = _named(para, chunk, recurring(para.doc, by_first, held, spans))
        for m in found:
            replaced |= {(chunk, here[i].start) for i in range(*m.tokens) if i in here}
        out.extend(found)
    return out, replaced


def _sure_names(parsed: ParsedArticle, mentions: list[Mention]) -> dict[tuple[str, ...], str]:
    """The tokens of the names worth finding again, with the model's label: names of two words
    or more it labelled, and acronyms the text spells out ("… (KDP)", "G7, or the Group of
    Seven").  A single capitalised word ("South", "Titanic") may be a name in one place and not
    in another, and the model's label alone on an acronym may be wrong (a test's "MMPI")."""
    names: dict[tuple[str, ...], str] = {}
    for m in mentions:
        words = m.text.split()
        if m.label and words and (len(words) >= 2 or (_acronym_like(m.text) and m.acronym_of is not None)):
            # Tokens, not words: "Fishmongers' Hall" is three ("Fishmongers", "'", "Hall").
            tokens = tuple(t.text for t in parsed.paragraphs[m.chunk].doc[slice(*m.tokens)])
            names.setdefault(tokens, m.label)
    return names


__all__ = [
    "LABEL_KIND", "Mention", "after_unopened_bracket", "find_mentions", "is_title", "norp_as_name",
    "opens_sentence", "paragraph_mentions", "speaker_labels",
]
