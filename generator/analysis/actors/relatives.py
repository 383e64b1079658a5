"""People the text introduces as someone's relative ("his brother, George Vane").

When two people share a surname, news prose names the main one by surname alone and the
one introduced through a kinship noun by the full or the first name; the merge uses this
to choose which full name a bare surname stands for.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.analysis.actors.mentions import Mention
from generator.analysis.parse import ParsedArticle

# Lower-case kinship nouns ("Brother John" with a capital is a religious title).
_KINSHIP = """
brother sister son daughter father mother wife husband cousin uncle aunt nephew niece grandson
granddaughter grandfather grandmother grandchild widow widower twin sibling stepson stepdaughter
stepfather stepmother fiance fiancee fiancé fiancée spouse brother-in-law sister-in-law son-in-law
daughter-in-law father-in-law mother-in-law
"""
KINSHIP = frozenset(_KINSHIP.split())


def relative_mentions(parsed: ParsedArticle, mentions: Iterable[Mention]) -> frozenset[int]:
    """Starts of the mentions that name someone as a relative: in apposition to a kinship
    noun ("his brother, George Vane"; "her husband Tom Hart") or after one ("son Peter Cole")."""
    out = set()
    for m in mentions:
        doc = parsed.paragraphs[m.chunk].doc
        if not 0 <= m.tokens[0] < m.tokens[1] <= len(doc):
            continue
        span = doc[m.tokens[0]:m.tokens[1]]
        root = span.root
        kin = [root.head] if root.dep_ == "appos" else []
        kin += [t for t in root.children if t.i < span.start and t.dep_ in ("compound", "nmod", "amod")]
        if any(t.text in KINSHIP for t in kin):  # the exact text: lower case only
            out.add(m.start)
    return frozenset(out)
