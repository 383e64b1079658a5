"""Quotation marks in summary candidates: which text lies inside a quotation.

Texts written for these tests."""

from __future__ import annotations

from generator.analysis.quotations import quoted_mask
from generator.analysis.summary import eligible
from generator.analysis.summary.candidates import candidates
from tests.test_summary import parsed


def _inside(text: str, part: str) -> bool:
    mask = quoted_mask(text)
    i = text.index(part)
    return all(mask[i : i + len(part)])


def test_a_quoted_passage_reopened_without_closing_stays_a_quotation():
    # The first quotation is never closed: a new one opens. A plain toggle would
    # take the second mark for a closing one and the rest for the reporter's words.
    text = 'The mayor pleaded: "Keep the park open. "Please keep it. It matters," she said.'
    assert _inside(text, "Please keep it")
    assert _inside(text, "It matters")
    assert not _inside(text, "she said")


def test_balanced_quotes_and_apostrophes():
    text = 'He called it "a good day" and left the mayor\'s office.'
    assert _inside(text, "a good day")
    assert not _inside(text, "and left the mayor's office")


def test_a_piece_of_a_reopened_quotation_is_not_shown_as_a_sentence(nlp):
    body = (
        'The mayor of Wellton made a plea to the council on Monday: "Keep the old park open '
        'for the children of the town. "Please keep it open for all of them. It matters to every one of us."'
    )
    shown = [c.text for c in candidates(parsed(nlp, body)) if eligible(c)]
    assert not any(t.startswith('"Please') for t in shown)


def test_a_sentence_run_on_after_a_closing_quotation_is_cut_there(nlp):
    # The parser runs the end of the quotation and the next sentence together.
    body = (
        'State Senator Jane Roe remarked, "Women in Wellton have said, \'It\'s time to change the '
        "old rules that hold people back. It's just time to do away with them.'\" Democrat Roe, "
        "a teacher and former nurse, was first elected to the state senate in 2012."
    )
    cands = candidates(parsed(nlp, body))
    shown = [c.text for c in cands if eligible(c)]
    assert "Democrat Roe, a teacher and former nurse, was first elected to the state senate in 2012." in shown
    assert not any(t.startswith("It's just time") for t in shown)
    assert all(body[c.start : c.end] == c.text for c in cands)


def test_a_verbless_piece_after_a_m_belongs_to_the_sentence_before(nlp):
    body = (
        "The mayor of Wellton, Jan Kos, died today at 10:00 a.m. Wellton time (2100 UTC, yesterday) "
        "at the age of 78. He had been mayor of the town since 2014."
    )
    texts = [c.text for c in candidates(parsed(nlp, body))]
    assert texts[0] == body[: body.index(" He had")]
    assert texts[1] == "He had been mayor of the town since 2014."
