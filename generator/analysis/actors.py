"""Key actors: people, organisations and places, with roles and quotes.

First cut: spaCy entities grouped by normalised name.  Issue #3 raises this to
merged, typed, ranked actors with roles and attributed quotes.
"""

from __future__ import annotations

from collections import defaultdict

from slugify import slugify

from generator.analysis.parse import ParsedArticle
from generator.model import Actor, Quote

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}


def _clean(text: str) -> str:
    text = text.strip(" \t\n\"'“”‘’()[]")
    if text.lower().startswith("the "):
        text = text[4:]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def find_actors(parsed: ParsedArticle) -> tuple[tuple[Actor, ...], tuple[Quote, ...]]:
    groups: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for para in parsed.paragraphs:
        for ent in para.doc.ents:
            kind = KINDS.get(ent.label_)
            name = _clean(ent.text)
            if not kind or len(name) < 2:
                continue
            start, end = para.offsets(ent)
            groups[name.lower()].append((name, kind, start, end))
    actors = []
    for mentions in groups.values():
        name = max((m[0] for m in mentions), key=len)
        kinds = [m[1] for m in mentions]
        kind = max(sorted(set(kinds)), key=kinds.count)
        spans = tuple(sorted((m[2], m[3]) for m in mentions))
        salience = len(spans) + 1.0 / (1 + spans[0][0] / 500)
        actors.append(
            Actor(id=f"{kind}:{slugify(name)}", name=name, kind=kind, role=None,
                  spans=spans, salience=round(salience, 4))
        )
    actors.sort(key=lambda a: (-a.salience, a.name))
    return tuple(actors), ()
