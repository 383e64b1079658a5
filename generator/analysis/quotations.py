"""Where quotations open and close in a paragraph's text.

Shared by the quotation finder (``actors.quotes``: who said what) and the summary's candidates
(how much of a sentence is quoted).  Straight marks do not say which way they face, and news
text often leaves one unbalanced (a quotation nested in the same marks, one never closed); a
plain toggle then turns the rest of the paragraph inside out, so each straight mark is read by
its neighbours.
"""

from __future__ import annotations

import re

QUOTE_MARK = re.compile(r"[\"“”]")
# The marks that may open or close a quotation, single ones too: the tests on the tokens around
# a name or a reporting verb read them (the pairing below reads the double ones only).
OPENING_MARKS = frozenset({'"', "“", "‘", "'"})
CLOSING_MARKS = frozenset({'"', "”", "’", "'"})
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS
# Characters that may stand right before an opening mark, and right after a closing one.
OPEN_SIDE = "([{—–-/"
CLOSE_SIDE = ".,;:!?)]}—–-"


def quotation_pairs(text: str) -> list[tuple[int, int]]:
    """The text between each opening mark and the mark that closes it (end exclusive: the
    closing mark's index, or the text's end).  Curly marks say which they are; a straight one
    is taken for what its neighbours make it.

    A straight mark shaped only to open (a space before, a word after) inside a quotation is
    read by what follows the pair it starts.  If a closing mark comes next, the pair was nested
    in the same marks ('"The "United States" is not holding …," X wrote'); if an opening one
    (or nothing) comes next, the writer left the first quotation open and began another
    ('"Keep the park open. "Please keep it," she said.', '"… in 21 days "NO". McLaren said:
    "…"').  An unclosed quotation runs to the text's end."""
    out: list[tuple[int, int]] = []
    opened, curly, inner, inner_end = -1, False, -1, -1
    for m in QUOTE_MARK.finditer(text):
        i, mark = m.start(), m.group()
        if opened < 0:
            if mark == "“" or (mark == '"' and not shaped_to_close(text, i)):
                opened, curly, inner, inner_end = i, mark == "“", -1, -1
            continue
        if curly != (mark != '"'):
            continue  # marks of the other kind inside a quotation are the speaker's own
        if curly:  # “…“: the first one was never closed
            out.append((opened + 1, i))
            opened = i if mark == "“" else -1
        elif inner >= 0 and inner_end < 0:
            inner_end = i
        elif not shaped_to_open(text, i):
            out.append((opened + 1, i))
            opened = -1
        elif inner >= 0:  # a second opening: the first quotation ended where the inner one began
            out.extend([(opened + 1, inner), (inner + 1, inner_end)])
            opened, inner, inner_end = i, -1, -1
        else:
            inner = i
    if opened >= 0 and inner_end >= 0:
        out.extend([(opened + 1, inner), (inner + 1, inner_end)])
    elif opened >= 0:
        out.append((opened + 1, len(text)))
    return out


def quoted_mask(text: str) -> list[bool]:
    """For each character (and one past the end), whether it lies inside a quotation; a
    closing mark counts as inside, an opening one does not."""
    mask = [False] * (len(text) + 1)
    for s, e in quotation_pairs(text):
        mask[s:e] = [True] * (e - s)
        if e < len(text) and text[e] in "\"”":
            mask[e] = True
    return mask


def shaped_to_open(text: str, i: int) -> bool:
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in OPEN_SIDE) \
        and i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in CLOSE_SIDE


def shaped_to_close(text: str, i: int) -> bool:
    # "… for our rights.' " X said": after a nested quotation's closing single mark, spaced or not.
    if i > 1 and text[i - 1] == " " and text[i - 2] in "'’":
        return True
    return i > 0 and not text[i - 1].isspace() and text[i - 1] not in OPEN_SIDE \
        and (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in CLOSE_SIDE)
