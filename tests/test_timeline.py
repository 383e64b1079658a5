"""Timeline: dated events in chronological order, on texts written for the test
and on the seed article (the issue's "done when")."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.analysis.parse import parse
from generator.analysis.timeline import build_timeline
from generator.analysis.timex import find_timexes
from generator.model import Article
from generator.reader import read_article, split_paragraphs
from tests.conftest import SEED


def timeline(nlp, article: Article):
    parsed = parse(article, nlp)
    return build_timeline(parsed, find_timexes(parsed, article.date))


def article(body: str, date: dt.date | None = dt.date(2021, 10, 21)) -> Article:
    return Article("t.md", "t", "t", body, split_paragraphs(body), date)


def test_entries_are_chronological_with_coarse_dates_before_finer_ones(nlp):
    body = ("The plant closed in 2019.\n\nWorkers went on strike on March 3, 2018.\n\n"
            "The owners sold the firm in 2018.")
    entries = timeline(nlp, article(body))
    assert [e.value for e in entries] == ["2018", "2018-03-03", "2019"]
    assert [e.paragraph for e in entries] == [3, 2, 1]
    assert entries[0].expression == "2018"
    assert "sold the firm" in entries[0].text


def test_durations_sets_and_vague_references_are_not_entries(nlp):
    body = ("The strike lasted three weeks. The union meets every month. "
            "Prices are now higher. The minister resigned on Monday.")
    entries = timeline(nlp, article(body))
    assert [(e.value, e.expression) for e in entries] == [("2021-10-18", "Monday")]


def test_planned_events_are_marked_future(nlp):
    body = "The summit will be held on November 3. The previous summit took place on June 2."
    entries = timeline(nlp, article(body))
    assert [(e.value, e.future) for e in entries] == [("2021-06-02", False), ("2021-11-03", True)]


def test_event_phrase_is_the_clause_of_the_expression(nlp):
    body = ("Rights groups have criticised the country's new law on street protests adopted "
            "last year, saying it limits assembly.")
    (entry,) = timeline(nlp, article(body))
    assert entry.value == "2020"
    assert "new law on street protests adopted last year" in entry.text
    assert "saying" not in entry.text  # the participle clause is another event


def test_a_date_that_names_a_thing_gives_that_thing_as_the_event(nlp):
    body = "Ahead of the 2018 elections, the army moved on November 15, 2017."
    entries = {e.value: e.text for e in timeline(nlp, article(body))}
    assert entries["2018"] == "the 2018 elections"
    assert "army moved" in entries["2017-11-15"]


def test_duration_before_an_event_is_dated_from_the_nearest_dated_event(nlp):
    body = ("The mayor spoke on May 4.\n\n"
            "His speech came three days before elections planned by the council.")
    entries = timeline(nlp, article(body))
    assert [e.value for e in entries] == ["2021-05-04", "2021-05-07"]
    assert entries[1].text == "elections planned by the council"
    assert entries[1].paragraph == 2


def seed_entries(nlp, date: dt.date | None):
    art = read_article(SEED)
    assert art.date is None  # the seed is undated: the test relies on it
    return timeline(nlp, dataclasses.replace(art, date=date))


def test_seed_read_without_a_date_keeps_relative_dates_unresolved(nlp):
    entries = seed_entries(nlp, None)
    assert [e.expression for e in entries] == [
        "March 2018", "last year", "earlier this year", "October 21", "two days before rallies"]
    assert [e.value for e in entries] == ["2018-03", "XXXX", "XXXX", "XXXX-10-21", "XXXX-10-23"]
    assert "designated" in entries[0].text and "law" in entries[1].text
    assert "Human Rights Watch" in entries[2].text and "parliament" in entries[3].text
    assert entries[4].text.startswith("rallies") and entries[4].future


def test_seed_with_a_date_resolves_every_entry(nlp):
    entries = seed_entries(nlp, dt.date(2021, 10, 21))
    assert [e.value for e in entries] == ["2018-03", "2020", "2021", "2021-10-21", "2021-10-23"]
    assert [e.future for e in entries] == [False, False, False, False, True]
