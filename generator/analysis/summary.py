"""Extractive summary and one-line gist.

First cut: the lead sentences.  Issue #5 raises it above Lead-3.
"""

from __future__ import annotations

from generator.analysis.parse import ParsedArticle
from generator.model import Actor, Sentence


def summarise(
    parsed: ParsedArticle, actors: tuple[Actor, ...], length: int = 3
) -> tuple[Sentence | None, tuple[Sentence, ...]]:
    chosen = []
    for para, sent in parsed.sentences():
        if len(sent.text.split()) < 4:
            continue
        s, e = para.offsets(sent)
        chosen.append(Sentence(sent.text.strip(), para.index, s, e))
        if len(chosen) == length:
            break
    return (chosen[0] if chosen else None), tuple(chosen)
