"""Temporal expressions: recognised and normalised to TIMEX3 values.

First cut: spaCy DATE/TIME entities, with a value only for explicit years.
Issue #4 replaces this with a full recogniser and normaliser.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.analysis.parse import ParsedArticle
from generator.model import Timex

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def find_timexes(parsed: ParsedArticle, dct: dt.date | None) -> tuple[Timex, ...]:
    out = []
    for para in parsed.paragraphs:
        for ent in para.doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            year = _YEAR.search(ent.text)
            start, end = para.offsets(ent)
            out.append(Timex(start, end, ent.text, ent.label_,
                             year.group(1) if year else "XXXX", para.index))
    return tuple(out)
