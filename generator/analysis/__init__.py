"""Analysis: an ``Article`` in, a ``Briefing`` out.

``analyse`` is a pure function of the article (and the model): no I/O, no
global state beyond the loaded model, a JSON-serialisable result.  That is what
lets the build cache it and run it in worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from generator.analysis.actors import find_actors
from generator.analysis.parse import ParsedArticle, load_model, model_version, parse_many
from generator.analysis.summary import summarise
from generator.analysis.timeline import build_timeline
from generator.analysis.timex import find_timexes
from generator.model import Article, Briefing

# Bump when a change to the analysis changes its output: cached results made
# by another version are recomputed.
ANALYSER_VERSION = "0.1.0"


def analyser_id(nlp: Language | None = None) -> str:
    return f"briefings-{ANALYSER_VERSION}+{model_version(nlp)}"


def analyse_parsed(parsed: ParsedArticle, summary_length: int = 3, analyser: str = "") -> Briefing:
    article = parsed.article
    actors, quotes = find_actors(parsed)
    timexes = find_timexes(parsed, article.date)
    timeline = build_timeline(parsed, timexes)
    gist, summary = summarise(parsed, actors, summary_length)
    return Briefing(
        article=article,
        gist=gist,
        summary=summary,
        actors=actors,
        quotes=quotes,
        timexes=timexes,
        timeline=timeline,
        analyser=analyser,
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
