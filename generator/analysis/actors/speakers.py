"""Transcript speakers: who talks in an interview is in it.

An interview printed as "Jane Doe: …" turns names its speakers at every turn,
but the labels are not prose, so the mention finder skips them; a speaker the
prose never names (often the interviewee herself) would be missing from the key
actors of an article that is all her words.  Here each label becomes a mention
of the actor it names (found in the prose, else a new one), and in the
speaker's own turn "I", "me" and "my" are her: the cheap, certain part of
coreference, kept as spans of that actor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.analysis.actors.cluster import Cluster, name_key, plain_name
from generator.analysis.actors.kinds import kind_of
from generator.analysis.actors.mentions import Mention
from generator.analysis.actors.merge import person_part
from generator.analysis.parse import ParsedArticle

FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
# Labels that say what a turn is, not who speaks ("Q:", "Interviewer:").
ROLE_LABELS = {"q", "a", "question", "answer", "interviewer", "interviewee", "reporter", "moderator",
               "host", "narrator", "announcer", "audience", "caller", "speaker", "voice", "note", "update",
               "editor", "source", "photo", "video", "transcript"}


@dataclass(frozen=True)
class Turn:
    label: Mention  # the speaker's name opening the turn, as a mention
    pronouns: tuple[tuple[int, int], ...]  # body spans of "I", "me", "my"… in the turn


def find_turns(parsed: ParsedArticle, labels: dict[int, tuple[str, int]]) -> list[Turn]:
    """One turn per labelled paragraph (``mentions.speaker_labels``), in reading order; the
    interviewer's aside: one whose turns are mostly questions asks, the story is the answers."""
    turns = []
    for chunk, para in enumerate(parsed.paragraphs):
        label = labels.get(para.index)
        if not label or name_key(label[0]) in ROLE_LABELS or len(label[0]) < 2:
            continue
        name, turn_start = label
        label_start = turn_start - len(name) - 2  # the label is "Name: " right before the turn
        offset = label_start - para.start
        if not 0 <= offset < len(para.doc.text) or para.doc.text[offset:offset + len(name)] != name:
            continue  # the turn's first slice only; a later slice of a long turn has no label
        span = para.doc.char_span(offset, offset + len(name), alignment_mode="expand")
        if span is None:
            continue
        pronouns = _pronouns(parsed, para.index, turn_start)
        asks = para.doc.text.rstrip().endswith("?")
        turns.append((Turn(Mention(
            paragraph=para.index, start=label_start, end=label_start + len(name), text=name, name=name,
            label="", sent_start=label_start, chunk=chunk, tokens=(span.start, span.end)), pronouns), asks))
    questions: dict[str, list[bool]] = {}
    for t, asks in turns:
        questions.setdefault(name_key(t.label.name), []).append(asks)
    return [t for t, _ in turns if 2 * sum(questions[name_key(t.label.name)])
            <= len(questions[name_key(t.label.name)])]


def _pronouns(parsed: ParsedArticle, paragraph: int, turn_start: int) -> tuple[tuple[int, int], ...]:
    """First-person pronouns of one paragraph after its label, quotations of others aside."""
    out = []
    for para in parsed.paragraphs:
        if para.index != paragraph:
            continue
        quoted = False
        for tok in para.doc:
            if tok.text in ('"', "“", "”"):  # "he told me 'I…'": someone else's words
                quoted = not quoted if tok.text == '"' else tok.text == "“"
            start = para.start + tok.idx
            if start >= turn_start and not quoted and tok.lower_ in FIRST_PERSON \
                    and tok.tag_ in ("PRP", "PRP$"):
                out.append((start, start + len(tok.text)))
    return tuple(out)


def owner(name: str, clusters: list[Cluster]) -> tuple[Cluster | None, bool]:
    """The one actor a label names, and whether the label is a fuller name than it has:
    any of its names (spacing aside: "Tomas Mc Aldin" is "Tomas McAldin"), else the one
    person the label names in part ("Vestby") or in full ("Karin Vestby" of "Karin")."""
    key = name_key(name)
    flat = key.replace(" ", "")
    exact = [c for c in clusters if any(name_key(n) == key or name_key(n).replace(" ", "") == flat
                                        for n in c.names())]
    if exact:
        return (exact[0] if len(exact) == 1 else None), False
    words = tuple(name.split())
    # Who speaks is a person: a plain full name the model called something else is one too.
    people = [c for c in clusters if kind_of(c) == "person" or plain_name(c.words)]
    shorter = [c for c in people if person_part(words, c.words)]
    if shorter:
        if len(shorter) > 1:
            return None, False
        shorter[0].kind_hint = "person"
        return shorter[0], False
    longer = [c for c in people if person_part(c.words, words)]
    if longer:
        return (longer[0] if len(longer) == 1 else None), len(longer) == 1
    # "Jean Ferrand:" for "Jean-Luc P. Ferrand": the one person of that surname.
    same = [c for c in people if len(words) > 1 and c.words[-1].lower() == words[-1].lower()]
    if len(same) != 1:
        return None, False
    same[0].kind_hint = "person"
    return same[0], False


def attach(turns: list[Turn], clusters: list[Cluster]) -> dict[int, tuple[tuple[int, int], ...]]:
    """Add each label to the actor it names, or make the speaker an actor; returns the
    label starts (not prose: salience does not count them as mentions) and their pronouns."""
    made: dict[str, Cluster] = {}
    for t in turns:
        c, fuller = owner(t.label.name, clusters)
        label = t.label
        if c is not None and not fuller:  # the prose's spelling names the actor
            label = replace(label, name=c.longest.name)
        if c is None:
            c = made.get(name_key(t.label.name))
            if c is None:
                words = t.label.words
                # A speaker is a person unless the name looks like anything else.
                hint = "person" if plain_name(words) or len(words) == 1 else None
                c = made[name_key(t.label.name)] = Cluster(kind_hint=hint)
                clusters.append(c)
        c.mentions.append(label)
    return {t.label.start: t.pronouns for t in turns}
