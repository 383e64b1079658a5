"""How central an actor is to the article.

Raw mention counts favour places and organisations named in passing; what a
reader means by a key actor is who the story is about: named in the headline
and the lead, the subject of its clauses, quoted.  The weights are round
numbers, chosen so that each signal can lift an actor over one or two extra
mentions, not over a whole article's worth.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container

from generator.analysis.actors.cluster import Cluster, fold, is_acronym

MENTION = 1.0
SUBJECT = 1.0  # per mention as a grammatical subject
TITLE = 3.0  # named in the headline
LEAD = 1.5  # named in the lead paragraph(s)
EARLY = 1.5  # scaled by how early the first mention comes
# Per quotation attributed, up to MAX_QUOTES: small, for a quoted source is as often a
# commentator as the subject (measured on CNN highlights: more weight ranked worse).
QUOTED = 0.25
MAX_QUOTES = 4
ROLE = 0.5  # the text says who or what it is
VOICE = 3.0  # times the actor's share of a transcript's answers: whose interview it is
# Per "he"/"she" subject that stands for the person (``usage.pronoun_subjects``): half a
# mention, for the attribution is a guess.  On the interviews: +1.1 P@5; CNN summary within noise.
PRONOUN = 0.5
# Per common-noun reference ("the bar" for the Pacific Standard bar, ``usage.kind_references``):
# half a mention, like a pronoun; one in the lead counts as naming the body there.
REFERENCE = 0.5


def in_title(cluster: Cluster, title: str, kind: str) -> bool:
    """Any of the actor's names (a person's surname too) in the headline, as whole words."""
    names = {m.name for m in cluster.mentions}
    if kind == "person":
        names |= {cluster.words[-1]}
    # "Zdenek Kubicek" in the headline is the body's "Zdeněk Kubíček": accents aside (copy desks drop them).
    folded_title = fold(title)
    for name in names:
        if len(name) < 2:
            continue
        if is_acronym(name):
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title):
                return True
        elif re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", folded_title):
            return True
    # "Tomas Mc Aldin" (a transcript's label) is the headline's "Tomas McAldin": spacing aside,
    # for full names long enough not to turn up inside other words.
    flat = re.sub(r"[\s.]", "", folded_title)
    return any(len(n.split()) >= 2 and len(n) >= 8 and re.sub(r"[\s.]", "", fold(n)) in flat for n in names)


def salience(cluster: Cluster, kind: str, title: str, lead: set[int], body_length: int,
             quotes: int, has_role: bool, labels: Container[int] = (), voice: float = 0.0,
             pronouns: int = 0, references: Collection[tuple[int, int]] = ()) -> float:
    """``labels``: body starts of transcript speaker labels, which are not prose mentions
    (an interviewer's name opens every question); ``voice``: the actor's share of the words
    answered in a transcript; ``pronouns``: the "he"/"she" subjects that stand for it."""
    prose = [m for m in cluster.mentions if m.start not in labels]
    titled = in_title(cluster, title, kind)
    score = sum(MENTION + (SUBJECT if m.subject else 0.0) for m in prose)
    if titled:
        score += TITLE
    if any(m.paragraph in lead for m in prose) or any(p in lead for p, _ in references):
        score += LEAD
    if prose:
        first = min([m.start for m in prose] + [at for _, at in references])
        score += EARLY * (1.0 - first / max(body_length, 1))
    score += QUOTED * min(quotes, MAX_QUOTES)
    # A speaker named by the headline or the prose is whom the interview is with; one only
    # the turn labels name is a source, like someone quoted (a panel of experts on a storm).
    if prose or titled:
        score += VOICE * voice
    if has_role:
        score += ROLE
    score += PRONOUN * pronouns + REFERENCE * len(references)
    return round(score, 4)
