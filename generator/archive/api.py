"""The static JSON API: the same data as the pages, for programs.

``api/index.json`` lists every briefing and actor with the path of its own
file; ``api/briefings/<slug>.json`` is the ``briefings analyze`` contract
(``Briefing.to_dict``, see docs/contract.md) plus the site links;
``api/actors/<page>.json`` is one actor across the archive.  Serialised with
``json.dumps`` (sorted keys, so the bytes are stable).
"""

from __future__ import annotations

import json
from typing import Any

from generator.archive.model import Archive, ArchiveActor, Event

API_VERSION = 1


def _dump(data: Any) -> bytes:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def _ref(b, prefix: str) -> dict[str, Any]:
    a = b.article
    return {"slug": a.slug, "title": a.title, "date": a.date.isoformat() if a.date else None,
            "page": f"{prefix}/{a.slug}/", "api": f"api/briefings/{a.slug}.json"}


def _event(e: Event, prefix: str) -> dict[str, Any]:
    return {"value": e.entry.value, "expression": e.entry.expression, "text": e.entry.text,
            "future": e.entry.future, "paragraph": e.entry.paragraph,
            "briefing": e.briefing.article.slug,
            "page": f"{prefix}/{e.briefing.article.slug}/#p{e.entry.paragraph}"}


def files(archive: Archive, prefix: str) -> dict[str, bytes]:
    out = {"api/index.json": _dump(index(archive, prefix))}
    pages = archive.actor_pages
    for b in archive.briefings:
        data = b.to_dict()
        data["links"] = {
            "page": f"{prefix}/{b.article.slug}/",
            "actors": {x.id: f"api/actors/{pages[x.id]}.json" for x in b.actors if x.id in pages},
            "related": [r.article.slug for r in archive.related.get(b.article.slug, ())],
        }
        out[f"api/briefings/{b.article.slug}.json"] = _dump(data)
    for actor_id in archive.actor_pages:
        actor = archive.actors[actor_id]
        out[f"api/actors/{actor.page}.json"] = _dump(actor_data(actor, archive, prefix))
    return out


def index(archive: Archive, prefix: str) -> dict[str, Any]:
    return {
        "version": API_VERSION,
        "briefings": [_ref(b, prefix) for b in archive.briefings],
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "briefings": a.briefing_count,
                    "page": f"actors/{a.page}/", "api": f"api/actors/{a.page}.json"}
                   for a in (archive.actors[i] for i in archive.ranked_actors)],
    }


def actor_data(actor: ArchiveActor, archive: Archive, prefix: str) -> dict[str, Any]:
    return {
        "version": API_VERSION,
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "page": f"actors/{actor.page}/",
        "briefings": [_ref(m.briefing, prefix) for m in actor.mentions],
        "roles": [{"text": r.text, "paragraph": r.paragraph, "briefing": m.briefing.article.slug,
                   "date": m.briefing.article.date.isoformat() if m.briefing.article.date else None}
                  for m in actor.mentions for r in m.actor.roles],
        "quotes": [{"text": q.text, "paragraph": q.paragraph, "briefing": b.article.slug}
                   for q, b in actor.quotes],
        "timeline": [_event(e, prefix) for e in actor.events],
        "appears_with": [{"id": i, "name": archive.actors[i].name, "briefings": n,
                          "api": f"api/actors/{archive.actor_pages[i]}.json"}
                         for i, n in actor.co_actors if i in archive.actor_pages],
    }
