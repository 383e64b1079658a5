"""Rendering: briefings to Markdown pages through the Jinja2 templates.

The environment is safe by default: every ``{{ … }}`` is escaped for Markdown
by ``finalize`` unless a filter has already produced ``Markup`` (a URL that
passed ``safe_url``, a number, a fragment built here from escaped parts).
Templates are trusted (they are the site's own); article text never is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.model import Briefing
from generator.render.escape import md_text, safe_url, slug_path, yaml_string

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup) or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return md_text(value)


def human_date(value: dt.date | str | None) -> str:
    """``2021-10-21`` → ``21 October 2021``; partial values stay partial."""
    if value is None:
        return "undated"
    if isinstance(value, dt.date):
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return human_value(value)


def human_value(value: str) -> str:
    """A TIMEX3 value for readers: ``2018-03`` → ``March 2018``, ``XXXX-10-21`` → ``21 October``."""
    date, _, clock = value.partition("T") if value[:1] in "0123456789X" else (value, "", "")
    shown = _human_date_value(date)
    if clock:
        shown += f", {_PARTS_OF_DAY.get(clock, clock)}"
    return shown


_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFS = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _human_date_value(value: str) -> str:
    parts = value.split("-")
    year = parts[0]
    known = year.isdigit()
    suffix = f" {year}" if known else ""
    try:
        if len(parts) == 3 and len(year) == 4 and parts[1].isdigit() and parts[2].isdigit():
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]}{suffix}"
        if len(parts) == 2 and len(year) == 4 and parts[1].isdigit():
            return MONTHS[int(parts[1]) - 1] + suffix
        if len(parts) == 2 and parts[1] in _SEASONS:
            return _SEASONS[parts[1]] + suffix
        if len(parts) == 2 and parts[1][:1] in "QH" and parts[1][1:].isdigit():
            name = "quarter" if parts[1][0] == "Q" else "half"
            return f"{_ordinal(int(parts[1][1:]))} {name}{' of' + suffix if known else ''}"
        if len(parts) >= 2 and parts[1].startswith("W") and parts[1][1:].isdigit():
            what = "weekend of week" if parts[2:] == ["WE"] else "week"
            return f"{what} {int(parts[1][1:])}{',' + suffix if known else ''}"
        if len(parts) == 3 and parts[1] == "WXX" and parts[2].isdigit():
            return f"a {_WEEKDAYS[int(parts[2]) - 1]}"
    except (ValueError, IndexError):
        pass
    if len(parts) == 1 and known and len(year) == 3:
        return f"the {year}0s"
    if len(parts) == 1 and known and len(year) == 2:
        return f"the {_ordinal(int(year) + 1)} century"
    if value.startswith("XXXX"):
        return "unresolved"  # relative to an unknown publication date
    return _REFS.get(value, value)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Renderer:
    """Renders pages from the templates in one folder."""

    def __init__(self, templates: Path):
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            finalize=_finalize,
            autoescape=False,  # the output is Markdown; ``finalize`` escapes for it
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            md=md_text, url=safe_url, slug=slug_path, yaml=yaml_string,
            human_date=human_date, human_value=human_value,
        )

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    def briefing(self, briefing: Briefing, **context: Any) -> str:
        return self.render("briefing.md.j2", b=briefing, a=briefing.article, **context)

    def home(self, briefings: list[Briefing], **context: Any) -> str:
        return self.render("home.md.j2", briefings=briefings, **context)
