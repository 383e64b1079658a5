"""Direct quotations and their speakers, on small texts written for these tests."""

from __future__ import annotations

import pytest

from generator.analysis.actors import find_actors
from generator.analysis.actors.quotes import quoted_spans
from generator.analysis.parse import parse
from generator.model import Article
from generator.reader import split_paragraphs
from tests.cases import load_cases


def analyse(nlp, body: str):
    article = Article(source_path="t.md", slug="t", title="A report", body=body,
                      paragraphs=split_paragraphs(body))
    return find_actors(parse(article, nlp))


def speaker_name(actors, quote):
    return next((a.name for a in actors if a.id == quote.speaker), None)


def test_quoted_spans_without_marks():
    text = 'He said "we will win" and “they will lose.”'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["we will win", "they will lose."]


def test_a_straight_mark_shaped_to_open_never_closes_a_quotation():
    # The writer nested a quotation with the same marks and never closed the outer one: the
    # pairs after it must not flip (narrative read as quotation and back).
    text = ('Alonso wrote: "It will be tough. A second impact in 21 days "NO". McLaren said: '
            '"His doctors advised rest," the team added. "He feels fit," it said.')
    assert [text[s:e] for s, e in quoted_spans(text)] == [
        "It will be tough. A second impact in 21 days", "NO", "His doctors advised rest", "He feels fit"]
    # Nested and closed: the outer quotation goes on after the inner one.
    text = 'He wrote: "The "United States" holds no one. They are all held by the SDF." Later he added, "No."'
    assert [text[s:e] for s, e in quoted_spans(text)] == [
        'The "United States" holds no one. They are all held by the SDF.', "No."]
    # A closing mark spaced from the single mark it follows is still a closing one.
    text = ('"We had support."Our phones rang with e-mails saying \'Thank you.\' " Pastor Mike Woods '
            'agreed. "I am glad," he said.')
    assert [text[s:e] for s, e in quoted_spans(text)] == ["We had support.", "I am glad"]


def test_straight_marks_pair_as_before_when_balanced():
    text = 'He said:"we will win" and then " they will lose " and "so on."'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["we will win", "they will lose", "so on."]
    text = '“He called it "madness" today,” she said. “Again.'
    assert [text[s:e] for s, e in quoted_spans(text)] == ['He called it "madness" today', "Again."]


def test_named_and_pronoun_speakers(nlp):
    body = (
        "Mayor Anna Berg spoke in Oslo on Monday.\n\n"
        '"The city will build more housing for young families this year," Berg said.\n\n'
        '"We have waited long enough for this," she added.'
    )
    actors, quotes = analyse(nlp, body)
    assert len(quotes) == 2
    assert [speaker_name(actors, q) for q in quotes] == ["Anna Berg", "Anna Berg"]
    for q in quotes:
        assert body[q.start:q.end] == q.text
        assert '"' not in q.text
    assert [q.paragraph for q in quotes] == [2, 3]


def test_inverted_and_introduced_quotes(nlp):
    body = (
        '"Prices will rise again next spring," said Carl Olsen, an economist.\n\n'
        'Olsen warned on Tuesday that "the worst is still ahead of us."'
    )
    actors, quotes = analyse(nlp, body)
    assert [speaker_name(actors, q) for q in quotes] == ["Carl Olsen", "Carl Olsen"]


def test_pronoun_skips_names_inside_the_quotation(nlp):
    body = (
        "Anna Berg met reporters in Oslo.\n\n"
        '"I told Peter Hansen that the plan is finished and will not change," she said.'
    )
    actors, quotes = analyse(nlp, body)
    assert speaker_name(actors, quotes[0]) == "Anna Berg"


def test_short_scare_quotes_are_not_quotations(nlp):
    _, quotes = analyse(nlp, 'The group was labelled "extremist" by Norwegian officials last year.')
    assert quotes == ()


def test_unattributed_quotation_has_no_speaker(nlp):
    _, quotes = analyse(nlp, '"Nobody expected the river to rise so fast in one night."')
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_interview_turns_are_quotes_of_their_speaker_not_mentions(nlp):
    body = (
        "Reporters spoke with the engineer Lena Dahl in Bergen.\n\n"
        "Reporter: Why did you build the bridge?\n\n"
        "Lena Dahl: Because the ferry was too slow for the town.\n\n"
        "Reporter: Will you build another one?\n\n"
        "Lena Dahl: Perhaps, if the council pays for it."
    )
    actors, quotes = analyse(nlp, body)
    dahl = next(a for a in actors if a.name == "Lena Dahl")
    # The labels are not mentions in the prose: only the first paragraph's.
    assert [body[s:e] for s, e in dahl.spans] == ["Lena Dahl"]
    assert len(dahl.spans) == 1
    assert [q.text for q in quotes] == ["Because the ferry was too slow for the town.",
                                        "Perhaps, if the council pays for it."]
    assert {q.speaker for q in quotes} == {dahl.id}
    assert "Reporter" not in {a.name for a in actors}


def test_relative_clause_and_two_subjects(nlp):
    body = (
        'The bill was drafted by Alex Greenwich, who said on the floor, "This law is long overdue."\n\n'
        'Early opponent Tanya Davies said, "This is a bad law for our state."'
    )
    actors, quotes = analyse(nlp, body)
    assert [speaker_name(actors, q) for q in quotes] == ["Alex Greenwich", "Tanya Davies"]


SPEAKER_CASES = [pytest.param(c["body"], c["speaker"], id=c["id"]) for c in load_cases("speakers.yaml")]


@pytest.mark.parametrize(("body", "speaker"), SPEAKER_CASES)
def test_speaker_of_the_last_quotation(nlp, body, speaker):
    actors, quotes = analyse(nlp, body)
    assert quotes, "the quotation was not found"
    assert speaker_name(actors, quotes[-1]) == speaker


def test_a_quotation_that_goes_on_after_its_attribution_keeps_the_voice():
    from generator.analysis.actors.quotes import QuoteSpan, continued

    body = ('"The summary is damning," tweeted analyst Ken Gude. "That is the only explanation." '
            'Officials disagreed. "It was routine."')

    def span(text: str, verb: str | None) -> QuoteSpan:
        start = body.index(text)
        return QuoteSpan(chunk=0, paragraph=1, start=start, end=start + len(text), text=text,
                         subject=None, verb_at=body.index(verb) if verb else -1)

    spans = [span("The summary is damning", "tweeted"), span("That is the only explanation.", None),
             span("It was routine.", None)]
    # The second goes on after the first's attribution; the third follows another sentence.
    assert continued(spans, ["person:ken-gude", None, None], body) == ["person:ken-gude"] * 2 + [None]
    # A quotation with a speaker of its own keeps it.
    assert continued(spans, ["person:ken-gude", "person:other", None], body)[1] == "person:other"
