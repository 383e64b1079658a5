"""What the text says of a person's sex, so that "she" is not read as the man named last.

The text's own words come first: an honorific before the name ("Mrs. Hale") or a role noun
that has a sex ("the spokeswoman").  Failing them, the first name, when one sex holds it far
more often in the US census (``lexicon.given_name_sex``).  Nothing is said when nothing tells, or
when the signals disagree: the pronoun may then stand for that person, as for anyone.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.analysis.actors.cluster import Cluster
from generator.analysis.actors.lexicon import FEMALE_WORDS, MALE_WORDS, given_name_sex
from generator.analysis.parse import ParsedArticle

_SEX_WORDS = {"m": MALE_WORDS, "f": FEMALE_WORDS}
PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}  # the speaker pronouns of ``lexicon``


def person_sex(parsed: ParsedArticle, cluster: Cluster, roles: Iterable[str]) -> str | None:
    """"m", "f" or None for a person: from the words before its names and its ``roles``, else
    from the first name."""
    said = {sex for word in _title_words(parsed, cluster, roles)
            for sex, words in _SEX_WORDS.items() if word in words}
    if said:
        return said.pop() if len(said) == 1 else None
    words = cluster.longest.name.split()
    return given_name_sex(words[0]) if len(words) >= 2 else None


def _title_words(parsed: ParsedArticle, cluster: Cluster, roles: Iterable[str]) -> list[str]:
    """The word right before each mention ("Mrs." Hale), a mention's own first word when the
    name kept its honorific, and the words of the roles."""
    out = [w.lower().strip(".,") for role in roles for w in role.split()]
    for m in cluster.mentions:
        doc = parsed.paragraphs[m.chunk].doc
        if m.tokens[0] > 0:
            out.append(doc[m.tokens[0] - 1].lower_.rstrip("."))
        out.append(m.text.split()[0].lower().rstrip("."))
    return out


def agrees(pronoun: str, sex: str | None) -> bool:
    """Can the pronoun stand for a person of that sex?  Yes when either says nothing."""
    want = PRONOUN_SEX.get(pronoun.lower())
    return want is None or sex is None or want == sex
