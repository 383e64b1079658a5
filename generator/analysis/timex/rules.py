"""Recognition patterns and their normalisation, one rule per family.

Why our own rules rather than a date-parsing library: dateparser and spaCy
DATE spans were measured at value F1 34 on the development set; they know no
durations, sets, quarters, ``*_REF`` values or tense.  The families and span
conventions follow the TimeML/TIMEX3 annotation guidelines (modifiers such as
"early", "the past", "more than" belong to the expression; prepositions do not).

Each rule is a regular expression over a paragraph's text and a function that
turns a match into ``(type, value)`` given a ``Context`` (reference date,
tense, last mentioned date), or None to reject the match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.analysis.timex import calendar as cal
from generator.analysis.timex.lexicon import (
    DIGIT_WORDS,
    HOLIDAYS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASON_START,
    SEASONS,
    TENS,
    TIME_UNITS,
    UNITS,
    VAGUE,
    WEEKDAYS,
    number_value,
)


@dataclass
class Context:
    """What a rule may look at besides its match."""

    dct: dt.date | None
    text: str  # the paragraph
    tense: Callable[[int, int], str | None]  # tense of the clause at doc offsets
    ent_type: Callable[[int], str]  # spaCy entity label at a doc offset ("" if none)
    tag: Callable[[int], str]  # spaCy fine tag at a doc offset
    ref: str | None = None  # last mentioned date value (anchor for "two days later")
    # the last date named, when it was written with a year before the
    # publication year and no other date came since: the time of a narrative
    narrative: dt.date | None = None
    ref_at: int | None = None  # doc offset of the last mentioned date, in this paragraph
    same_sentence: Callable[[int, int], bool] = field(default=lambda i, j: False)
    quarter: str | None = None  # last mentioned quarter (anchor for "the quarter")
    sentence_start: Callable[[int], bool] = field(default=lambda i: False)


Result = tuple[str, str] | None


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    normalise: Callable[[re.Match, Context], Result]


# -- pattern pieces ---------------------------------------------------------

def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_FULL_MONTHS = [m.capitalize() for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m.capitalize() for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july", "mar")]
MONTH = rf"(?-i:(?P<month>{_alt(_FULL_MONTHS)}|(?:{_alt(_ABBR_MONTHS)})\.?))"
WEEKDAY = rf"(?-i:(?P<weekday>{_alt(w.capitalize() for w in WEEKDAYS if len(w) > 5)}))"
DAYNUM = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d,.]\d)"
_NUM_WORD = (rf"(?:(?:{_alt(TENS)})(?:[\s-](?:{_alt(DIGIT_WORDS)}))?|"
             rf"{_alt(w for w in NUMBERS if ' ' not in w and w not in ('a', 'an', 'half'))})")
# Repetitions are bounded ({0,3}, {0,4}) so that a hostile paragraph of
# "the the the …" cannot make a pattern take quadratic time.
NUM = (rf"(?P<num>\d+\s+1/2|\d+(?:,\d{{3}}){{0,4}}(?:\.\d+)?|(?:a\s+|one\s+)?hundred|"
       rf"a\s+couple\s+of|a\s+dozen|{_NUM_WORD}(?:\s+(?:hundred|thousand))?|an?)")
VAGUE_RE = rf"(?P<vague>{_alt(VAGUE)})"
UNIT = r"(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ies))(?:s)?"
# Bounds ("more than", "at least") are part of a TIMEX3; hedges ("about",
# "nearly") and prepositions ("over the past …") are not.
MODS = (r"(?P<mods>(?:(?:no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|"
        r"fewer\s+than|at\s+least|at\s+most|up\s+to|"
        r"the\s+past|the\s+last|the\s+next|the\s+first|the\s+final|the\s+coming|the\s+previous|"
        r"the\s+following|the\s+same|the|another|an\s+additional|past|last|next|first)\s+){0,3})")
POD = rf"(?P<pod>{_alt(PARTS_OF_DAY)})"
EDGE = (r"(?P<edge>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
        r"the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of|earlier|later)")


def _month(m: re.Match) -> int:
    return MONTHS[m["month"].lower().rstrip(".")]


def _year_of(tense: str | None, ctx: Context, mon: int, day: int | None = None) -> str:
    if ctx.dct is None:
        return "XXXX"
    if ctx.narrative and tense in ("past", None):
        # a story told from an earlier year ("the army moved on November 15,
        # 2017 ... on November 21"): a date in the weeks after the last one
        # named continues the story
        y = cal.resolve_month(ctx.narrative, mon, day, "future")
        later = cal.safe_date(y, mon, day or 1)
        if later is not None and (later - ctx.narrative).days <= 62:
            return f"{y:04d}"
    return f"{cal.resolve_month(ctx.dct, mon, day, tense):04d}"


def _num(m: re.Match) -> str:
    """The count of a duration as TIMEX3 writes it (X for vague quantities)."""
    if m.groupdict().get("vague"):
        return "X"
    n = number_value(m["num"]) if m["num"] else None
    if n is None:
        return "X"
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def _unit(word: str) -> str:
    w = word.lower()
    return "century" if w.startswith("centur") else w.rstrip("s")


# A fractional count is written in the next smaller unit: "2 1/2 years" is P2Y6M.
_SPLIT = {"year": (12, "M", ""), "day": (24, "H", "T"), "hour": (60, "M", ""),
          "minute": (60, "S", ""), "week": (7, "D", "")}


def _duration(n: str, unit: str) -> str:
    if "." in n and unit in _SPLIT:
        whole, frac = divmod(float(n), 1)
        k, sub, t = _SPLIT[unit]
        part = round(frac * k)
        if part and whole:
            head = _duration(str(int(whole)), unit)
            return head + (t if "T" not in head else "") + f"{part}{sub}"
    if unit == "decade":
        return "PXDE" if n == "X" else f"P{_scale(n, 10)}Y"
    if unit == "century":
        return "PXE" if n == "X" else f"P{_scale(n, 100)}Y"
    if unit == "quarter":
        return f"P{n}Q"
    if unit in TIME_UNITS:
        if n == "0.5" and unit == "hour":
            return "PT30M"
        return f"PT{n}{UNITS[unit]}"
    return f"P{n}{UNITS[unit]}"


def _scale(n: str, k: int) -> str:
    v = float(n) * k
    return str(int(v)) if v.is_integer() else str(v)


# -- explicit calendar dates -----------------------------------------------

def n_iso(m, ctx):
    d = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", d.isoformat()) if d else None


def n_slash(m, ctx):
    y = int(m["y"])
    y = y + (1900 if y >= 30 else 2000) if y < 100 else y
    d = cal.safe_date(y, int(m["m"]), int(m["d"]))
    return ("DATE", d.isoformat()) if d else None


def n_month_day(m, ctx):
    mon, day = _month(m), int(m["day"])
    gd = m.groupdict()
    det = (gd.get("det") or "").lower()
    if gd.get("year"):
        y = gd["year"]
    elif gd.get("rel"):
        y = _rel_year(m["rel"], ctx)
    elif gd.get("weekday") and ctx.dct is not None:
        y = _year_with_weekday(ctx.dct, mon, day, WEEKDAYS[gd["weekday"].lower()])
    else:
        tense = {"last": "past", "next": "future"}.get(det) or ctx.tense(m.start(), m.end())
        y = _year_of(tense, ctx, mon, day)
    if cal.safe_date(2000, mon, day) is None:
        return None
    return "DATE", f"{y}-{mon:02d}-{day:02d}"


def _year_with_weekday(ref: dt.date, mon: int, day: int, wd: int) -> str:
    """"Saturday, April 25": the year near the reference where the day is a Saturday."""
    for y in (ref.year, ref.year + 1, ref.year - 1):
        d = cal.safe_date(y, mon, day)
        if d is not None and d.weekday() == wd:
            return f"{y:04d}"
    return f"{cal.resolve_month(ref, mon, day, None):04d}"


def _rel_year(word: str, ctx: Context) -> str:
    if ctx.dct is None:
        return "XXXX"
    off = {"this": 0, "last": -1, "next": 1}[word.split()[0].lower()]
    return f"{ctx.dct.year + off:04d}"


def n_month_year(m, ctx):
    return "DATE", f"{m['year']}-{_month(m):02d}"


def n_month_rel_year(m, ctx):
    return "DATE", f"{_rel_year(m['rel'], ctx)}-{_month(m):02d}"


def n_month(m, ctx):
    word = m["month"]
    if ctx.ent_type(m.start("month")) in _NAMES:
        return None  # "Theresa May"
    # modal "May", verb "March": only a proper noun in the parse counts
    if word in ("May", "March") and not m["det"] and not m["edge"] and (
            ctx.tag(m.start("month")) not in ("NNP", "NNPS") or ctx.sentence_start(m.start("month"))):
        return None
    if word.lower().rstrip(".") not in ("may", "june", "july") and len(word) <= 4 \
            and not word.endswith("."):
        return None  # "Jan Kavan": an abbreviation stands for a month only with its period
    mon = _month(m)
    det = (m["det"] or "").lower().split()
    if ctx.dct is None:
        return "DATE", f"XXXX-{mon:02d}"
    tense = ctx.tense(m.start(), m.end())
    if det and det[0] == "last" or det[-1:] == ["past"]:
        # "last February" said in March is February a year ago: the one just
        # gone would be "last month" or "this February"
        y = ctx.dct.year if mon < ctx.dct.month - 1 else ctx.dct.year - 1
    elif det and det[0] == "next" or det[-1:] == ["coming"]:
        y = ctx.dct.year if mon > ctx.dct.month else ctx.dct.year + 1
    elif det and det[0] == "this":
        y = ctx.dct.year
    else:
        y = int(_year_of(tense, ctx, mon))
        prev = re.fullmatch(r"(\d{4})-(\d\d)", ctx.ref or "")
        before = ctx.text[max(0, m.start() - 40):m.start()]
        starting = re.search(r"\b(?:from|since)\s+(?:\S+\s+){0,3}$", before, re.I)
        if prev and tense != "past" and not starting and ctx.ref_at is not None and \
                ctx.same_sentence(ctx.ref_at, m.start()) and (y, mon) < (int(prev[1]), int(prev[2])):
            # a list of plans ("Italy in November, Mexico in January") runs
            # forward from the month before it
            y = int(prev[1]) + (1 if mon <= int(prev[2]) else 0)
    return "DATE", f"{y:04d}-{mon:02d}"


def n_day_month(m, ctx):
    return n_month_day(m, ctx)


def n_holiday(m, ctx):
    if ctx.ent_type(m.start()) in _NAMES:
        return None
    name = " ".join(m["hol"].lower().split())
    if name.startswith("thanksgiving"):
        return _thanksgiving(m, ctx)
    if name == "election day":
        return _election_day(m, ctx)
    mon, day = HOLIDAYS[name]
    y = m["year"] or _year_of(ctx.tense(m.start(), m.end()), ctx, mon, day)
    return "DATE", f"{y}-{mon:02d}-{day:02d}"


def _election_day(m, ctx):
    """US Election Day: the Tuesday after the first Monday of November."""
    y = m["year"] or _year_of(ctx.tense(m.start(), m.end()), ctx, 11, 5)
    if y == "XXXX":
        return "DATE", "XXXX-11-XX"
    first = dt.date(int(y), 11, 2)
    return "DATE", (first + dt.timedelta(days=(1 - first.weekday()) % 7)).isoformat()


def _thanksgiving(m, ctx):
    y = m["year"] or _year_of(ctx.tense(m.start(), m.end()), ctx, 11, 25)
    if y == "XXXX":
        return "DATE", "XXXX-11-XX"
    first = dt.date(int(y), 11, 1)
    day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return "DATE", day.isoformat()


# -- years, decades, centuries ---------------------------------------------

# "1800 UTC" is a clock time, "2000 tons" a quantity
_NOT_A_YEAR_AFTER = re.compile(r"\s*(?:%|percent\b|per\s*cent\b|UTC\b|GMT\b|hours\b|hrs\b|"
                               r"tons?\b|yards?\b|feet\b|miles?\b|meters?\b|metres?\b|"
                               r"kilometres?\b|kilometers?\b|km\b|people\b|troops\b)", re.I)
# Names that carry a number or a holiday: "Directive 2000", "the Christmas Charity"
_NAMES = ("ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "PERSON", "NORP")
_PREPOSITIONS = ("in", "since", "of", "by", "until", "till", "before", "after", "from", "during",
                 "through", "to", "fiscal", "and", "or", "early", "late", "mid", "year")


def n_year(m, ctx):
    start = m.start("year")
    before = ctx.text[max(0, start - 2):start]
    if "$" in before or "#" in before or (m.start() > 0 and ctx.text[m.start() - 1] in "-/.") \
            or (not m["edge"] and before.endswith("-")):
        return None
    if _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    if ctx.ent_type(start) in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL") + _NAMES \
            and not m["edge"]:
        prev = ctx.text[max(0, start - 12):start].lower().split()
        if not prev or prev[-1] not in _PREPOSITIONS:
            return None
    y = m["year"]
    edge = (m["edge"] or "").lower()
    if "first half" in edge:
        return "DATE", f"{y}-H1"
    if "second half" in edge:
        return "DATE", f"{y}-H2"
    return "DATE", y


def n_decade(m, ctx):
    digits = m["dec"]
    if len(digits) == 2:  # "the '90s", "the 90s"
        digits = ("19" if int(digits) >= 30 else "20") + digits
    return "DATE", digits[:3]


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def n_decade_word(m, ctx):
    return "DATE", f"19{_DECADE_WORDS[m['decw'].lower()]}"


def n_century(m, ctx):
    word = m["ord"].lower()
    n = ORDINALS.get(word) or (int(re.sub(r"\D", "", word)) if re.sub(r"\D", "", word) else None)
    if not n:
        return None
    return "DATE", f"{n - 1:02d}"


def n_spelled_year(m, ctx):
    words = re.split(r"[\s-]+", m.group().lower())
    if words[0] == "the":
        words = words[2:]  # "the year two thousand"
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return "DATE", f"{2000 + (number_value(' '.join(rest)) or 0) if rest else 2000}"
    century = NUMBERS.get(words[0])
    rest = number_value(" ".join(words[1:]))
    if century is None or rest is None:
        return None
    return "DATE", f"{century * 100 + rest:04d}"


# -- quarters and halves -----------------------------------------------------

_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
          "4th": 4, "final": 4, "last": 4}


def _quarter_year(q: int, m: re.Match, ctx: Context) -> str:
    if m.groupdict().get("year"):
        return m["year"]
    owner = (m.groupdict().get("owner") or "").lower()
    if owner:
        return _rel_year(owner, ctx)
    if ctx.dct is None:
        return "XXXX"
    here = cal.quarter_of(ctx.dct)
    tense = ctx.tense(m.start(), m.end())
    if q > here and tense != "future":
        return f"{ctx.dct.year - 1:04d}"
    return f"{ctx.dct.year:04d}"


def n_quarter(m, ctx):
    q = _Q_ORD[m["qord"].lower()]
    y = _quarter_year(q, m, ctx)
    if m["ago"] and "year" in m["ago"].lower() and y != "XXXX":
        y = f"{int(y) - 1:04d}"
    return "DATE", f"{y}-Q{q}"


def n_period(m, ctx):
    """"the latest period", "the year-ago period": a company's reporting quarter."""
    if ctx.quarter is None and "latest" not in m.group().lower():
        return None
    return n_quarter_rel(m, ctx)


def n_quarter_rel(m, ctx):
    which = " ".join((m["which"] or "").lower().split())
    det = (m["det"] or "").lower()
    if ctx.dct is None:
        return "DATE", "XXXX-QX"
    now = dt.date(ctx.dct.year, 3 * cal.quarter_of(ctx.dct) - 2, 1)
    latest = cal.shift(now, "quarter", -1)
    anchor = cal.parse(ctx.quarter)[0] if ctx.quarter else latest
    if which in ("year-ago", "year-earlier", "year ago", "year earlier", "comparable",
                 "year-before", "comparable year-earlier", "year-earlier fiscal"):
        return "DATE", cal.at(cal.shift(anchor, "year", -1), "quarter")
    if which in ("current", "present") or det == "this":
        return "DATE", cal.at(now, "quarter")
    if det == "next" or which in ("next", "coming"):
        return "DATE", cal.at(cal.shift(now, "quarter", 1), "quarter")
    if det == "last" or which in ("latest", "previous", "past", "recent", "last", "most recent",
                                  "prior"):
        return "DATE", cal.at(latest, "quarter")
    return "DATE", cal.at(anchor, "quarter")


def n_half(m, ctx):
    h = 1 if m["hord"].lower() == "first" else 2  # "second", "last"
    if m["year"]:
        y = m["year"]
    elif m["rel"]:
        y = _rel_year(m["rel"], ctx)
    elif ctx.dct is None:
        y = "XXXX"
    else:
        here = 1 if ctx.dct.month <= 6 else 2
        y = f"{ctx.dct.year - (1 if h > here and ctx.tense(m.start(), m.end()) != 'future' else 0):04d}"
    return "DATE", f"{y}-H{h}"


# -- relative to the reference date ----------------------------------------

_OFFSETS = {"this": 0, "last": -1, "next": 1, "this past": -1, "this coming": 1, "past": -1,
            "coming": 1, "current": 0, "previous": -1, "prior": -1, "following": 1, "same": 0,
            "that": 0, "the current": 0, "the previous": -1, "the prior": -1,
            "the following": 1, "the same": 0, "the next": 1, "the coming": 1, "the last": -1,
            "the past": -1, "earlier this": 0}
_ANAPHORIC = {"the following", "the previous", "the prior", "the same", "that", "following",
              "previous", "prior", "same"}


def n_rel_unit(m, ctx):
    det = " ".join(m["det"].lower().split())
    unit = m["runit"].lower()
    edge = " ".join((m["edge"] or "").lower().split())
    if det in ("the past", "the last", "the next", "the coming") and not edge:
        if unit in SEASONS or unit in ("weekend", "season"):
            pass  # a season has no TIMEX3 duration unit: handled below
        else:  # "over the past year": a stretch of time, not a calendar year
            return "DURATION", _duration("1", unit)
    off = _OFFSETS[det]
    base = ctx.dct
    anchor = cal.parse(ctx.ref) if det in _ANAPHORIC and ctx.ref else None
    # "the previous month" counts from the last date named, if that date is
    # at least as fine as a month; "in 2020 ... the previous month" is not
    if anchor and unit in cal.GRANULARITY and \
            cal.GRANULARITY.index(anchor[1]) >= cal.GRANULARITY.index(unit):
        base = anchor[0]
    if unit in SEASONS:
        return "DATE", _season(SEASONS[unit], off, base, ctx, m)
    if unit == "weekend":
        if base is None:
            return "DATE", "XXXX-WXX-WE"
        return "DATE", cal.week(cal.shift(base, "week", off)) + "-WE"
    if unit == "season":
        return None
    if base is None:
        return "DATE", cal.at(None, unit)
    return "DATE", cal.at(cal.shift(base, unit, off), unit)


def _season(code: str, off: int, base: dt.date | None, ctx: Context, m: re.Match) -> str:
    if base is None:
        return f"XXXX-{code}"
    start = SEASON_START[code]
    # the season occurrence holding or last started before the base date
    y = base.year if base.month >= start else base.year - 1
    if code == "WI" and base.month <= 2:
        y = base.year - 1
    current = y if (base.month - start) % 12 < 3 else None
    if off == 0:
        if current is not None:
            return f"{current:04d}-{code}"
        tense = ctx.tense(m.start(), m.end())
        y = y + 1 if tense == "future" else (base.year if code != "WI" else y)
        return f"{y:04d}-{code}"
    if off < 0:
        y = y - 1 if current is not None else y
        return f"{y:04d}-{code}"
    return f"{(current if current is not None else y) + 1:04d}-{code}"


def n_bare_season(m, ctx):
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    return "DATE", _season(code, 0, ctx.dct, ctx, m)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def n_deictic(m, ctx):
    word = m["deictic"].lower()
    pod = m["pod"] or ("night" if word == "tonight" else None)
    d = ctx.dct + dt.timedelta(days=_DEICTIC[word]) if ctx.dct else None
    value = cal.at(d, "day")
    if pod:
        return "TIME", f"{value}T{PARTS_OF_DAY[pod.lower()]}"
    return "DATE", value


def n_this_pod(m, ctx):
    word = m["det"].lower()
    pod = m["pod"].lower()
    d = ctx.dct
    if d is not None and word == "last":
        d = d - dt.timedelta(days=1)
    return "TIME", f"{cal.at(d, 'day')}T{PARTS_OF_DAY[pod]}"


def n_weekday(m, ctx):
    wd = WEEKDAYS[m["weekday"].lower()]
    det = (m["det"] or "").lower().split()
    if m["plural"]:
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{PARTS_OF_DAY[m['pod'].lower()]}" if m["pod"] else "")
    if ctx.dct is None:
        value = f"XXXX-WXX-{wd + 1}"
    else:
        if det[:1] == ["last"] or det[-1:] == ["past"]:
            tense = "past"
        elif det[:1] == ["next"] or det[-1:] == ["coming"]:
            tense = "future"
        else:
            tense = ctx.tense(m.start(), m.end())
        d = cal.resolve_weekday(ctx.dct, wd, tense)
        if det[:1] == ["last"] and d == ctx.dct:
            d -= dt.timedelta(days=7)
        if det[:1] == ["next"] and d == ctx.dct:
            d += dt.timedelta(days=7)
        value = d.isoformat()
    if m["pod"]:
        return "TIME", f"{value}T{PARTS_OF_DAY[m['pod'].lower()]}"
    return "DATE", value


_CLOCK_ZONES = r"(?:\s+(?P<zone>EST|EDT|GMT|PST|PDT|CST|CDT|MST|MDT|UTC|BST|CET|local\s+time))?"


def n_clock(m, ctx):
    hour = int(m["hour"])
    minute = int(m["minute"] or 0)
    mer = (m["mer"] or "").lower().replace(".", "").replace(" ", "")
    if hour > 23 or minute > 59:
        return None
    if mer == "pm" and hour < 12:
        hour += 12
    if mer == "am" and hour == 12:
        hour = 0
    day = _clock_day(m, ctx)
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


def _clock_day(m, ctx) -> str:
    gd = m.groupdict()
    if gd.get("month") and gd.get("day"):
        return n_month_day(m, ctx)[1] if n_month_day(m, ctx) else cal.at(None, "day")
    if gd.get("weekday") or gd.get("wd2"):
        wd = WEEKDAYS[(gd.get("weekday") or gd["wd2"]).lower()]
        if ctx.dct is None:
            return f"XXXX-WXX-{wd + 1}"
        return cal.resolve_weekday(ctx.dct, wd, ctx.tense(m.start(), m.end())).isoformat()
    if gd.get("deictic") or gd.get("dct2"):
        word = (gd.get("deictic") or gd["dct2"]).lower()
        d = ctx.dct + dt.timedelta(days=_DEICTIC[word]) if ctx.dct else None
        return cal.at(d, "day")
    # "Early yesterday morning ... at 2:45 a.m. he died": a bare clock time
    # belongs to the day last named
    last = cal.parse(ctx.ref) if ctx.ref else None
    if last and last[1] == "day":
        return last[0].isoformat()
    return cal.at(ctx.dct, "day")


def n_noon(m, ctx):
    t = "12:00" if m["noon"].lower() == "noon" else "24:00"
    return "TIME", f"{_clock_day(m, ctx)}T{t}"


def n_the_year(m, ctx):
    words = m["x"].lower().split()
    if m["post"]:
        return "DURATION", "P1Y"  # "the year ended Sept. 30": a fiscal year, a stretch
    if ctx.dct is None:
        return "DATE", "XXXX"
    if "latest" in words or "previous" in words or "past" in words:
        return "DATE", f"{ctx.dct.year - 1:04d}"
    if m["pre"] or "current" in words:
        return "DATE", f"{ctx.dct.year:04d}"
    return None


def n_anaphoric_day(m, ctx):
    """"the next day", "that morning": a day counted from the last mentioned day."""
    parsed = cal.parse(ctx.ref) if ctx.ref else None
    if parsed is None or parsed[1] != "day":
        return None
    det = " ".join(m["det"].lower().split())
    off = {"the following": 1, "the next": 1, "the previous": -1}.get(det, 0)
    d = parsed[0] + dt.timedelta(days=off)
    unit = m["dunit"].lower()
    if unit == "day":
        return "DATE", d.isoformat()
    return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[unit]}"


def n_weekend(m, ctx):
    if ctx.dct is None:
        return "DATE", "XXXX-WXX-WE"
    sat = 5
    if ctx.tense(m.start(), m.end()) == "future":
        d = ctx.dct + dt.timedelta(days=(sat - ctx.dct.weekday()) % 7)
    else:
        d = ctx.dct - dt.timedelta(days=(ctx.dct.weekday() - sat) % 7)
    return "DATE", cal.week(d) + "-WE"


def n_period_end(m, ctx):
    unit = "month" if "month" in m.group().lower() else "year"
    return "DATE", cal.at(ctx.dct, unit)


def n_part_of_day(m, ctx):
    word = m["podw"].lower().replace("-", "")
    code = {"midafternoon": "AF", "midday": "MI", "overnight": "NI", "midmorning": "MO"}[word]
    return "TIME", f"{cal.at(ctx.dct, 'day')}T{code}"


def n_season_prep(m, ctx):
    code = SEASONS[m["season"].lower()]
    return "DATE", _season(code, 0, ctx.dct, ctx, m)


# -- durations and their relatives ------------------------------------------

def n_duration(m, ctx):
    unit = _unit(m["unit"])
    after = ctx.text[m.end():m.end() + 6].lower()
    if after.startswith("-old") or after.startswith(" old"):
        return None
    n = _num(m)
    if n != "X" and re.search(r"and[\s-]+a[\s-]+half", m.group(), re.I):
        n = str(float(n) + 0.5)
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", n) and not m["unit"].lower().endswith("s"):
        return None  # "the 1988 quarter" names a year, it does not count quarters
    if unit == "quarter" and (re.search(r"\w-quarters?$", m.group(), re.I)
                              or ctx.text[m.end():m.end() + 4] == " of "):
        return None  # "three-quarters of the staff": a fraction
    if unit == "quarter" and not re.search(r"\d|quarters", m.group()) and n == "1":
        return None  # "a quarter" of something is a fraction
    if unit == "second" and n == "1":
        return None  # "a second" is an ordinal more often than a second
    return "DURATION", _duration(n, unit)


def n_vague_plural(m, ctx):
    unit = _unit(m["punit"])
    mod = (m["pmod"] or "").lower()
    if not mod:
        prev = ctx.text[max(0, m.start() - 10):m.start()].lower().split()
        if unit in ("day", "hour", "minute", "second") and prev[-1:] not in (["for"], ["within"]):
            return None
        if unit not in ("day", "hour", "minute", "second") and prev[-1:] in (["the"], ["these"],
                                                                              ["those"], ["of"]):
            return None
    after = ctx.text[m.end():m.end() + 5].lower()
    if after.startswith(" old") or after.startswith("-old") or after.startswith(" ago"):
        return None
    return "DURATION", _duration("X", unit)


def n_ago(m, ctx):
    if m["vague"] or m["unit"] is None:
        return "DATE", "PAST_REF"
    unit = _unit(m["unit"])
    n = number_value(m["num"])
    if n is None or ctx.dct is None:
        return "DATE", cal.at(None, unit if unit != "decade" else "year")
    if unit in TIME_UNITS:
        return "DATE", cal.at(ctx.dct, "day")
    n = int(n) if float(n).is_integer() else n
    if not isinstance(n, int):
        return "DATE", "PAST_REF"
    if unit == "year" and n == 1 and ctx.quarter:
        return "DATE", cal.at(cal.shift(cal.parse(ctx.quarter)[0], "year", -1), "quarter")
    gran = {"decade": "year", "century": "year"}.get(unit, unit)
    return "DATE", cal.at(cal.shift(ctx.dct, unit, -n), gran)


def n_later(m, ctx):
    """"two days later", "a year earlier": shifted from the last mentioned date."""
    unit = _unit(m["unit"])
    n = number_value(m["num"]) if m["num"] else None
    if n is None or not float(n).is_integer() or unit in TIME_UNITS:
        return "DURATION", _duration(_num(m), unit)
    n = int(n) * (-1 if m["dir"].lower() in ("earlier", "before", "previously", "prior") else 1)
    if unit == "year" and abs(n) == 1 and ctx.quarter:
        return "DATE", cal.at(cal.shift(cal.parse(ctx.quarter)[0], "year", n), "quarter")
    parsed = cal.parse(ctx.ref) if ctx.ref else None
    base, gran = parsed if parsed else (ctx.dct, "year")
    if base is None:
        return "DATE", cal.at(None, unit)
    gran = unit if cal.GRANULARITY.index(unit) > cal.GRANULARITY.index(gran) else gran
    if gran == "half":
        gran = "quarter"
    return "DATE", cal.at(cal.shift(base, unit, n), gran if unit != "day" else "day")


def n_year_earlier(m, ctx):
    unit = m["yunit"].lower()
    if ctx.quarter and unit == "year":
        return "DATE", cal.at(cal.shift(cal.parse(ctx.quarter)[0], "year", -1), "quarter")
    if ctx.dct is None:
        return "DATE", cal.at(None, unit)
    base = cal.parse(ctx.ref)[0] if ctx.ref and cal.parse(ctx.ref) else ctx.dct
    return "DATE", cal.at(cal.shift(base, unit, -1), unit)


# -- vague references and sets ----------------------------------------------

_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "right now": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the distant past": "PAST_REF", "the distant future": "FUTURE_REF",
}
# Left out on purpose: "soon", "previously", "future"/"recent" as adjectives.
# TimeML news annotation marks them rarely, and marking them cost precision.


def n_ref(m, ctx):
    word = " ".join(m["ref"].lower().split())
    if word == "current":
        nxt = ctx.text[m.end():m.end() + 12].lower()
        if re.match(r"\s+(?:account|dollars|prices|affairs|events|density|flow)", nxt) or \
                ctx.tag(m.start()) != "JJ":
            return None
    return "DATE", _REFS[word]


_SET_UNITS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H", "quarterly": "P1Q",
              "biweekly": "P2W", "biannually": "P6M", "semiannually": "P6M"}


def n_set_adverb(m, ctx):
    nxt = re.match(r"\s+(\w)", ctx.text[m.end():])
    if ctx.tag(m.start()) == "JJ" and nxt and ctx.tag(m.end() + nxt.start(1)).startswith("NN"):
        return None  # "a daily newspaper", "quarterly results": not a recurrence
    return "SET", _SET_UNITS[m["adv"].lower()]


def n_every(m, ctx):
    word = m["every"].lower()
    n = number_value(m["num"]) if m["num"] else 1
    if word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}"
    if word in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"
    if word in SEASONS:
        return "SET", f"XXXX-{SEASONS[word]}"
    if word in MONTHS:
        return "SET", f"XXXX-{MONTHS[word]:02d}"
    unit = _unit(word)
    return "SET", _duration(str(int(n or 1)), unit)


def n_per(m, ctx):
    before = ctx.text[max(0, m.start() - 30):m.start()].lower()
    if re.search(r"\b(?:in|for|within|over|than|about|nearly|almost)\s*$", before):
        return None  # "in a year", "for a year": a stretch of time, not a rate
    if m["det"].lower() in ("a", "an") and not re.search(r"[\d$%]|percent|once|twice|times|"
                                                         r"million|billion|dollars?\s*$", before):
        return None
    return "SET", _duration("1", _unit(m["sunit"]))


def n_times_a(m, ctx):
    return "SET", _duration("1", _unit(m["sunit"]))


# -- the rule table ----------------------------------------------------------

def _r(name: str, pattern: str, fn) -> Rule:
    return Rule(name, re.compile(pattern, re.I), fn)


_REL_DET = (r"(?P<det>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|"
            r"the\s+current|the\s+previous|the\s+prior|the\s+following|the\s+same|this|last|next|"
            r"that|earlier\s+this)")

RULES: tuple[Rule, ...] = (
    _r("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b", n_iso),
    _r("slash", r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b", n_slash),
    _r("month_day", rf"(?:\b(?:{WEEKDAY},?|(?P<det>last|this|next))\s+)?(?<![\w.]){MONTH}\s*"
       rf"{DAYNUM}(?:,?\s+{YEAR})?", n_month_day),
    _r("month_day_rel", rf"(?<![\w.]){MONTH}\s+{DAYNUM}\s+(?P<rel>this|last|next)\s+year\b",
       n_month_day),
    _r("day_month", rf"\b{DAYNUM}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?\b", n_day_month),
    _r("month_year", rf"(?:\b{EDGE}[\s-]+)?(?<![\w.]){MONTH},?\s+(?:of\s+)?{YEAR}", n_month_year),
    _r("month_rel_year", rf"(?<![\w.]){MONTH}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
       n_month_rel_year),
    _r("month", rf"(?:\b(?P<det>this\s+past|this\s+coming|this|last|next)\s+)?(?:\b{EDGE}[\s-]+)?"
       rf"(?<![\w.]){MONTH}(?![\w-])", n_month),
    _r("holiday", rf"\b(?P<hol>{_alt(HOLIDAYS)}|thanksgiving(?:\s+day)?|(?-i:Election\s+Day))"
       rf"(?:,?\s+{YEAR})?\b", n_holiday),
    _r("year", rf"(?:\b(?P<edge>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|"
       r"the\s+start\s+of|the\s+middle\s+of|end\s+of|the\s+first\s+half\s+of|"
       r"the\s+second\s+half\s+of|fiscal|calendar|the\s+year|the\s+fiscal\s+year|"
       rf"fiscal\s+year)"
       rf"[\s-]+)?(?<![\w$#.,/]){YEAR}(?!\s*(?:%|percent))\b", n_year),
    _r("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>1[6-9]\d0|20\d0)|"
       r"'(?P<dec2>\d0))'?s\b", lambda m, c: n_decade(_Dec(m), c)),
    _r("decade_word", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<decw>twenties|thirties|"
       r"forties|fifties|sixties|seventies|eighties|nineties)\b", n_decade_word),
    _r("century", rf"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<ord>{_alt(ORDINALS)}|"
       r"\d{1,2}(?:st|nd|rd|th))[\s-]+century\b", n_century),
    _r("spelled_year", rf"\b(?:the\s+year\s+)?(?:(?:nineteen|eighteen)[\s-]+(?:{_alt(TENS)})"
       rf"(?:[\s-]+(?:{_alt(DIGIT_WORDS)}))?|two\s+thousand(?:\s+and)?(?:\s+(?:{_alt(DIGIT_WORDS)}"
       r"|ten|eleven|twelve))?)\b", n_spelled_year),
    _r("quarter", rf"\b(?:(?:the|this|last|next)\s+)?(?:(?P<owner>this\s+year|last\s+year|"
       rf"next\s+year)'s\s+)?(?:(?P<ago>comparable\s+|year-ago|year-earlier|year-before|"
       rf"comparable)\s+)?(?:(?:fiscal|calendar)\s+)?(?:{YEAR}\s+)?(?:fiscal[\s-]+)?"
       r"(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal\s+)?quarter"
       rf"(?:\s+of\s+(?:fiscal\s+|calendar\s+)?{YEAR.replace('year>', 'y2>')})?\b(?!\s+(?:of\s+)?"
       r"(?:a|the)\s+century)", lambda m, c: n_quarter(_Q(m), c)),
    _r("quarter_rel", r"\b(?P<det>the|this|last|next|that)\s+(?:(?P<which>latest|current|"
       r"present|previous|prior|past|recent|most\s+recent|same|year-ago|year-earlier|"
       r"comparable(?:\s+year-earlier)?|fiscal|year\s+ago|year\s+earlier|coming|"
       r"year-before)\s+)?(?:fiscal\s+)?quarter\b(?![\s-]+(?:of\s+a|century|mile|point|"
       r"percent|-point))", n_quarter_rel),
    _r("period", r"\b(?P<det>the)\s+(?P<which>latest|year-ago|year-earlier|comparable|"
       r"year-before)\s+period\b", n_period),
    _r("anaphoric_day", r"\b(?:(?P<edge>earlier|later)\s+)?(?P<det>the\s+following|the\s+next|"
       r"the\s+previous|that\s+same|the\s+same|that)\s+(?P<dunit>day|morning|afternoon|evening|"
       r"night)\b", n_anaphoric_day),
    _r("half", r"\b(?:the\s+)?(?P<hord>first|second|last)\s+half(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?"
       rf"(?:{YEAR}|(?P<rel>this|last|next)\s+year|the\s+year))?\b(?!\s+of\s+the\s+(?!year))",
       n_half),
    _r("rel_unit", rf"(?:\b{EDGE}[\s-]+)?\b{_REL_DET}\s+(?P<runit>week|weekend|month|year|"
       r"decade|century|spring|summer|fall|autumn|winter|season)\b", n_rel_unit),
    _r("season", rf"(?<![\w-])(?:\bthe\s+)?(?:\b{EDGE}[\s-]+)?"
       rf"(?-i:(?P<season>spring|summer|fall|autumn|winter|Spring|Summer|Autumn|Winter))"
       rf"(?:\s+(?:of\s+)?{YEAR})\b", n_bare_season),
    _r("the_year", r"(?:\b(?P<pre>for|during|in|of|throughout|earlier\s+in|later\s+in)\s+)?"
       r"(?P<x>\bthe\s+(?:(?:full|fiscal|calendar|current|latest|entire|whole|past|previous)\s+){0,3}"
       r"year)\b(?P<post>\s+(?:ended|ending|that\s+ended|to\s+date|through))?", n_the_year),
    _r("weekend", r"\bthe\s+weekend\b", n_weekend),
    _r("period_end", r"\b(?:the\s+)?(?:year[\s-]end|year's\s+end|end\s+of\s+the\s+(?:year|month))\b",
       n_period_end),
    _r("part_of_day", r"\b(?P<podw>mid-?afternoon|mid-?morning|midday|overnight)\b", n_part_of_day),
    _r("season_prep", r"\b(?:in|during|until|by|through|since|over)\s+(?P<x>(?:the\s+)?"
       r"(?:(?:early|late)\s+)?(?P<season>spring|summer|fall|autumn|winter))\b(?!\s+(?:of|\d))",
       n_season_prep),
    _r("deictic", rf"\b(?:(?:early|late|earlier|later)\s+)?(?P<deictic>today|yesterday|tomorrow|"
       rf"tonight)(?:\s+{POD})?\b", n_deictic),
    _r("this_pod", rf"\b(?P<det>this|last)\s+{POD}\b", n_this_pod),
    _r("weekday", rf"(?:\b(?P<det>last|next|this|this\s+past|this\s+coming|early|late)\s+)?"
       rf"\b{WEEKDAY}(?P<plural>s)?(?:\s+{POD})?\b", n_weekday),
    _r("clock", rf"(?:\b(?:(?:{WEEKDAY}|(?P<deictic>today|yesterday|tomorrow))\s+(?:at\s+)?))?"
       r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*(?P<mer>[ap]\.\s?m\.|[ap]m\b)"
       rf"{_CLOCK_ZONES}(?:,?\s+(?:on\s+)?(?:{WEEKDAY.replace('weekday>', 'wd2>')}|"
       rf"(?P<dct2>today|yesterday|tomorrow)|{MONTH}\s+{DAYNUM}))?", n_clock),
    _r("oclock", r"\b(?P<hour>\d{1,2}|" + _alt(DIGIT_WORDS + ("ten", "eleven", "twelve"))
       + r")\s+o'clock\b(?P<mer>)(?P<minute>)", lambda m, c: n_clock(_Clock(m), c)),
    _r("noon", rf"\b(?P<noon>noon|midnight)(?:\s+(?:on\s+)?(?:{WEEKDAY}|(?P<deictic>today|"
       r"yesterday|tomorrow)))?\b", n_noon),
    _r("ago", rf"\b{MODS}(?:(?:{NUM}|(?P<vague>{_alt(VAGUE)}))[\s-]+{UNIT}|"
       r"(?P<vague2>years|months|weeks|decades|long|a\s+while|some\s+time))\s+ago\b",
       lambda m, c: n_ago(_Ago(m), c)),
    _r("later", rf"\b{MODS}{NUM}[\s-]+{UNIT}\s+(?P<dir>earlier|later|afterwards?|previously|"
       r"before|after|prior)\b(?!\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|i|this|that|"
       r"[A-Z]\w+|\w+ed|\w+ing)\b)",
       n_later),
    _r("year_earlier", r"\b(?:the\s+)?(?P<yunit>year|month|quarter)[\s-](?:earlier|ago)"
       r"(?:\s+(?:quarter|period|month|year|level|figure))?\b", n_year_earlier),
    _r("per", r"(?<![\w-])(?P<det>per|a|an)\s+(?P<sunit>year|month|week|day|hour|quarter)\b"
       r"(?!\s+(?:ago|earlier|later|before|after|or|and|to|of|from|old)\b)(?!-)", n_per),
    _r("times_a", r"\b(?:once|twice|\w+\s+times)\s+(?:a|per|each)\s+(?P<sunit>year|month|week|"
       r"day|hour|quarter)\b", n_times_a),
    _r("duration", rf"\b{MODS}(?:{NUM}|{VAGUE_RE})(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+"
       rf"(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+|long\s+)?{UNIT}\b",
       n_duration),
    _r("vague_plural", r"\b(?P<pmod>(?:recent|past|coming|the\s+past|the\s+last|"
       r"the\s+next|the\s+coming|the\s+first)\s+)?(?P<punit>years|months|weeks|days|decades|"
       r"centuries|hours|minutes)\b", n_vague_plural),
    _r("ref", r"\b(?P<ref>right\s+now|now|currently|current|presently|nowadays|these\s+days|"
       r"the\s+present|recently|lately|the\s+(?:distant\s+)?past|the\s+(?:near\s+|distant\s+)?"
       r"future|the\s+near\s+term)\b(?!-)", n_ref),
    _r("set_adverb", rf"\b(?P<adv>{_alt(_SET_UNITS)})\b", n_set_adverb),
    _r("every", rf"\b(?:every|each)\s+(?:(?:other|single)\s+)?(?:(?P<num>{_NUM_WORD}|\d+)\s+)?"
       r"(?P<every>days?|weeks?|months?|years?|quarters?|hours?|decades?|monday|tuesday|"
       r"wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|summer|"
       r"winter|spring|fall|autumn)\b", n_every),
)


class _View:
    """A match with some groups renamed, for rules that share a normaliser."""

    def __init__(self, m: re.Match, **extra):
        self._m, self._extra = m, extra

    def __getitem__(self, k):
        return self._extra[k] if k in self._extra else self._m[k]

    def groupdict(self):
        return {**self._m.groupdict(), **self._extra}

    def __getattr__(self, k):
        return getattr(self._m, k)


def _Dec(m):
    return _View(m, dec=m["dec"] or m["dec2"])


def _Q(m):
    return _View(m, year=m["year"] or m["y2"])


def _Clock(m):
    h = m["hour"]
    hour = str(number_value(h)) if not h.isdigit() else h
    return _View(m, hour=hour)


def _Ago(m):
    vague = m["vague"] or m["vague2"]
    return _View(m, vague=vague, num=m["num"], unit=m["unit"])
