"""Calendar arithmetic on TIMEX3 values.

A value is kept as text (what the contract carries); these helpers read the
few shapes the normaliser produces (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
``YYYY-Qn``, ``YYYY-Www``, ``YYY`` decade, ``YY`` century) and shift them by
calendar units.  ``None`` stands for an unknown reference date (an undated
article): results then keep ``X`` where the reference would have been needed.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

GRANULARITY = ("century", "decade", "year", "half", "quarter", "month", "week", "day")

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q(\d)$")
_HALF = re.compile(r"^(\d{4})-H(\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_YEAR = re.compile(r"^(\d{4})$")


def day(d: dt.date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved ``n`` units (negative: back), units of ``lexicon.UNITS``."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise ValueError(unit)


def at(d: dt.date | None, unit: str) -> str:
    """The value of the ``unit`` that holds ``d`` (``X`` for an unknown date)."""
    if d is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
                "decade": "XXX", "century": "XX"}.get(unit, "XXXX")
    if unit == "day":
        return day(d)
    if unit == "week":
        return week(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def parse(value: str) -> tuple[dt.date, str] | None:
    """(first day, granularity) of a value the normaliser wrote, else None."""
    if m := _DAY.match(value):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None
    if m := _MONTH.match(value):
        return (dt.date(int(m[1]), int(m[2]), 1), "month") if 1 <= int(m[2]) <= 12 else None
    if m := _QUARTER.match(value):
        return (dt.date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter") if 1 <= int(m[2]) <= 4 else None
    if m := _HALF.match(value):
        return (dt.date(int(m[1]), 6 * int(m[2]) - 5, 1), "half") if int(m[2]) in (1, 2) else None
    if m := _WEEK.match(value):
        try:
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
        except ValueError:
            return None
    if m := _YEAR.match(value):
        return dt.date(int(m[1]), 1, 1), "year"
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10 or 1, 1, 1), "decade"
    if re.fullmatch(r"\d{2}", value):
        return dt.date(int(value) * 100 or 1, 1, 1), "century"
    return None


def sort_key(value: str) -> tuple | None:
    """Chronological key: first day, then coarser before finer on the same day."""
    parsed = parse(value)
    if parsed is None:
        return None
    first, unit = parsed
    return first, GRANULARITY.index(unit)


def resolve_month(ref: dt.date, mon: int, day_: int | None, tense: str | None) -> int:
    """Year of a month (and day) named without one, as the tense implies.

    Past: the latest such date not after the reference; future: the next one
    not before it; otherwise the nearest one (news mostly speaks of the
    surrounding months).
    """
    here = (ref.month, ref.day if day_ is not None else 0)
    there = (mon, day_ or 0)
    if tense == "past":
        return ref.year if there <= here else ref.year - 1
    if tense == "future":
        return ref.year if there >= here else ref.year + 1
    # No tense to go by: news reports the past, but announces what is due in
    # the next weeks ("payable Dec. 7"); a date up to two months ahead is
    # taken as coming, anything else as past.
    ahead = (mon - ref.month) % 12 * 31 + ((day_ or 1) - (ref.day if day_ else 1))
    if 0 <= ahead <= 62:
        return ref.year if there >= here else ref.year + 1
    return ref.year if there <= here else ref.year - 1


def resolve_weekday(ref: dt.date, wd: int, tense: str | None) -> dt.date:
    """The nearest such weekday in the direction the tense implies.

    Without a future marker, the past: news reports what happened ("over
    Thursday's closing price", "says it signed Monday")."""
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    if tense == "future":
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
