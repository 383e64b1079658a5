"""Timeline entries: the dated events of an article, in chronological order.

First cut: the sentence around each DATE timex.  Issue #4 raises it.
"""

from __future__ import annotations

from generator.analysis.parse import ParsedArticle
from generator.model import TimelineEntry, Timex


def build_timeline(parsed: ParsedArticle, timexes: tuple[Timex, ...]) -> tuple[TimelineEntry, ...]:
    entries = []
    for para, sent in parsed.sentences():
        s, e = para.offsets(sent)
        for t in timexes:
            if t.type == "DATE" and s <= t.start < e and t.value != "XXXX":
                entries.append(TimelineEntry(t.value, t.text, sent.text.strip(), para.index))
    entries.sort(key=lambda x: x.value)
    return tuple(entries)
