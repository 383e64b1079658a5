"""Pictures: a timeline chart and a who-appears-with-whom graph, as inline SVG.

Static SVG drawn here rather than Mermaid: Material loads Mermaid from a CDN,
and the site must work offline.  Inline (not ``<img>``) so the page's CSS
colours it in light and dark schemes alike (classes ``chart-*`` in
``docs/assets/briefings.css``).  Every piece of article text is HTML-escaped;
links are built from page slugs only.  Output is a raw HTML block for Markdown:
one ``<figure>`` without blank lines, which Python-Markdown passes through.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from generator.archive.model import Archive, ArchiveActor, Event
from generator.render import human_value

WIDTH = 640
MAX_POINTS = 80  # a chart is a picture, not a listing: the latest events only
MAX_LABEL = 140


def _text(value: object, limit: int = MAX_LABEL) -> str:
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return escape(text, quote=True)


def _position(event: Event) -> float:
    """Years as a real number: 2020-07 is 2020.5."""
    year, month = int(event.year), int(event.month or 0)
    day = 1
    parts = event.entry.value.split("-")
    if len(parts) >= 3 and parts[2][:2].isdigit():
        day = max(1, min(28, int(parts[2][:2])))
    if not month:
        return year + 0.5
    return year + (dt.date(2001, month, day).timetuple().tm_yday - 1) / 365


def timeline_chart(events: Sequence[Event], label: str) -> Markup:
    """Dots on a time axis, one per dated event; empty when there are none."""
    events = list(events)[-MAX_POINTS:]
    if not events:
        return Markup("")
    xs = [_position(e) for e in events]
    lo, hi = math.floor(min(xs)), math.floor(max(xs)) + 1
    span = hi - lo
    left, right, axis_y = 24, WIDTH - 24, 70
    scale = (right - left) / span
    stack: dict[int, int] = {}
    dots = []
    for e, x in zip(events, xs, strict=True):
        px = round(left + (x - lo) * scale)
        level = stack[px // 8] = stack.get(px // 8, -1) + 1
        cy = axis_y - 10 - min(level, 5) * 9
        cls = "chart-dot chart-future" if e.entry.future else "chart-dot"
        tip = f"{human_value(e.entry.value)}: {e.entry.text}"
        dots.append(f'<circle class="{cls}" cx="{px}" cy="{cy}" r="4"><title>{_text(tip)}</title></circle>')
    step = max(1, math.ceil(span / 8))
    ticks = []
    for year in range(lo, hi + 1, step):
        px = round(left + (year - lo) * scale)
        ticks.append(f'<line class="chart-tick" x1="{px}" y1="{axis_y}" x2="{px}" y2="{axis_y + 5}"/>'
                     f'<text class="chart-label" x="{px}" y="{axis_y + 18}" '
                     f'text-anchor="middle">{year}</text>')
    first, last = human_value(events[0].entry.value), human_value(events[-1].entry.value)
    n = len(events)
    span = f"in {first}" if first == last else f"from {first} to {last}"
    summary = f"{label}: {n} dated event{'s' if n != 1 else ''} {span}"
    return Markup(
        f'<figure class="chart chart-timeline" data-search-exclude>'
        f'<svg viewBox="0 0 {WIDTH} 96" role="img" aria-label="{_text(summary, 300)}">'
        f'<line class="chart-axis" x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}"/>'
        + "".join(ticks) + "".join(dots)
        + f'</svg><figcaption>{_text(summary, 300)}. Hollow dots are planned or expected.</figcaption>'
        f'</figure>'
    )


def cooccurrence_graph(actor: ArchiveActor, archive: Archive, limit: int = 10) -> Markup:
    """The actor in the middle, the actors it appears with most around it.

    Edge width grows with the briefings two actors share; edges between two
    neighbours come from their own most-shared lists, so drawing one graph
    costs the same whatever the archive's size.
    """
    neighbours = [(archive.actors[i], n) for i, n in actor.co_actors[:limit] if i in archive.actors]
    if not neighbours:
        return Markup("")
    cx, cy, radius, height = WIDTH // 2, 190, 140, 380
    top = max(n for _, n in neighbours)
    where = {}
    for k, (other, _n) in enumerate(neighbours):
        angle = -math.pi / 2 + 2 * math.pi * k / len(neighbours)
        where[other.id] = (round(cx + 1.6 * radius * math.cos(angle)), round(cy + radius * math.sin(angle)))
    edges = []
    for k, (a, _) in enumerate(neighbours):
        shared = dict(a.co_actors)
        for b, _ in neighbours[k + 1:]:
            if shared.get(b.id):
                (x1, y1), (x2, y2) = where[a.id], where[b.id]
                edges.append(f'<line class="chart-edge chart-edge-weak" '
                             f'x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>')
    for other, n in neighbours:
        x, y = where[other.id]
        w = 1 + 5 * n / top
        edges.append(f'<line class="chart-edge" x1="{cx}" y1="{cy}" x2="{x}" y2="{y}" stroke-width="{w:.1f}">'
                     f'<title>{_text(f"{actor.name} and {other.name}: {n} briefings")}</title></line>')
    nodes = [_node(actor, cx, cy, 9, None)]
    nodes += [_node(other, *where[other.id], 6, n) for other, n in neighbours]
    label = f"{actor.name} appears most often with " + ", ".join(o.name for o, _ in neighbours[:5])
    return Markup(
        f'<figure class="chart chart-graph" data-search-exclude>'
        f'<svg viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{_text(label, 400)}">'
        + "".join(edges) + "".join(nodes)
        + '</svg><figcaption>Who appears with whom: line width is the number of briefings shared. '
        'People, organisations and places are coloured apart.</figcaption></figure>'
    )


def _node(actor: ArchiveActor, x: int, y: int, r: int, shared: int | None) -> str:
    kind = actor.kind if actor.kind in ("person", "organization", "place") else "other"
    circle = f'<circle class="chart-node chart-{kind}" cx="{x}" cy="{y}" r="{r}"/>'
    name = _text(actor.name, 32)
    text = f'<text class="chart-name" x="{x}" y="{y + r + 14}" text-anchor="middle">{name}</text>'
    if shared is None:
        return f"<g>{circle}{text}</g>"
    # No <a> inside the SVG: Material's instant navigation rewrites every
    # link's ``href``, which an SVG link does not allow (a console error); the
    # table under the graph links each actor's page.
    return f"<g><title>{name}: {shared} briefings together</title>{circle}{text}</g>"
