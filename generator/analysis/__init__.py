"""Analysis: an ``Article`` in, a ``Briefing`` out.

``analyse`` is a pure function of the article (and the model): no I/O, no
global state beyond the loaded model, a JSON-serialisable result.  That is what
lets the build cache it and run it in worker processes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.language import Language

from generator.analysis.actors import find_actors
from generator.analysis.parse import ParsedArticle, load_model, model_version, parse_many
from generator.analysis.summary import summarise
from generator.analysis.timeline import build_timeline
from generator.analysis.timex import find_timexes
from generator.model import Article, Briefing

log = logging.getLogger("briefings")
T = TypeVar("T")

# Bump when a change to the analysis changes its output: cached results made
# by another version are recomputed.
ANALYSER_VERSION = "0.1.0"


def analyser_id(nlp: Language | None = None) -> str:
    return f"briefings-{ANALYSER_VERSION}+{model_version(nlp)}"


def analyse_parsed(parsed: ParsedArticle, summary_length: int = 3, analyser: str = "") -> Briefing:
    article = parsed.article
    errors: list[str] = []

    def step(name: str, run: Callable[[], T], empty: T) -> T:
        # A bug in one step must not cost the article its page, nor the other
        # articles theirs: the step's part stays empty and the error travels
        # with the briefing (shown on the page, reported by the build).
        try:
            return run()
        except Exception as exc:  # noqa: BLE001 - any bug in a step is contained
            log.error("%s: the %s step failed (%s: %s); please report this bug",
                      article.source_path, name, type(exc).__name__, exc)
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
            return empty

    actors, quotes = step("actors", lambda: find_actors(parsed), ((), ()))
    timexes = step("timex", lambda: find_timexes(parsed, article.date), ())
    timeline = step("timeline", lambda: build_timeline(parsed, timexes), ())
    gist, summary = step("summary", lambda: summarise(parsed, actors, summary_length), (None, ()))
    return Briefing(
        article=article,
        gist=gist,
        summary=summary,
        actors=actors,
        quotes=quotes,
        timexes=timexes,
        timeline=timeline,
        analyser=analyser,
        errors=tuple(errors),
    )


def analyse_many(
    articles: Iterable[Article], nlp: Language | None = None, summary_length: int = 3
) -> Iterator[Briefing]:
    nlp = nlp or load_model()
    who = analyser_id(nlp)
    for parsed in parse_many(articles, nlp):
        yield analyse_parsed(parsed, summary_length, who)


def analyse(article: Article, nlp: Language | None = None, summary_length: int = 3) -> Briefing:
    return next(analyse_many([article], nlp, summary_length))
