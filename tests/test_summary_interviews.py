"""Interviews and sentence ends in the summary, on small texts written for these tests."""

from __future__ import annotations

from generator.analysis.summary import eligible
from generator.analysis.summary.candidates import _speaker_tag_start, candidates
from tests.test_summary import actor, parsed, run

INTERVIEW = (
    "Reporter: You spent a winter on the ice near the station of Port Ellis.\n\n"
    "Ana Lopes: We counted the seals that breed on the ice every week of the winter. "
    "Their numbers fell by a third since the last count.\n\n"
    "Reporter: What will the council of Wellton do with the count now?\n\n"
    "Ana Lopes: The council wants to close the bay to fishing boats for two years."
)




def test_an_answers_first_sentence_keeps_the_speaker_tag_the_rest_do_not(nlp):
    p = parsed(nlp, INTERVIEW)
    texts = {c.text for c in candidates(p)}
    assert "Ana Lopes: We counted the seals that breed on the ice every week of the winter." in texts
    assert "Their numbers fell by a third since the last count." in texts
    for c in candidates(p):
        assert INTERVIEW[c.start : c.end] == c.text


def test_the_interviewer_talking_to_the_interviewee_is_not_a_summary_sentence(nlp):
    shown = [c.text for c in candidates(parsed(nlp, INTERVIEW)) if eligible(c)]
    assert not any("You spent" in t for t in shown)
    _, (gist, summary) = run(nlp, INTERVIEW, [actor(INTERVIEW, "Ana Lopes")])
    assert summary and not any("You spent" in s.text for s in summary)
    assert gist is not None and "You spent" not in gist.text


def test_a_speaker_tag_the_parser_made_a_sentence_of_its_own_is_still_shown():
    # The parser may cut after the colon: the sentence then starts after the tag,
    # and the tag is found on the paragraph.
    para = "Jan Kos: Yes, the talks will go on."
    assert _speaker_tag_start(para, len("Jan Kos: ")) == 0
    # A later sentence of the same answer is shown from where it starts.
    assert _speaker_tag_start(para, len("Jan Kos: Yes, ")) == len("Jan Kos: Yes, ")
    assert _speaker_tag_start("The talks will go on.", 0) == 0


def test_a_sentence_that_trails_off_is_not_shown(nlp):
    body = (
        "The mayor of Wellton opened the new bridge on Monday after three years of work. "
        "Asked about the cost, she said that the city had paid more than it hoped and..."
    )
    shown = [c.text for c in candidates(parsed(nlp, body)) if eligible(c)]
    assert shown == ["The mayor of Wellton opened the new bridge on Monday after three years of work."]
    # Nor one that opens a list or a quotation in the next paragraph.
    body = ("The mayor of Wellton opened the new bridge on Monday after three years of work. "
            "Here is how the new toll works: .\n\nStep one: drivers buy a pass online.")
    shown = [c.text for c in candidates(parsed(nlp, body)) if eligible(c)]
    assert not any(t.rstrip(" .").endswith(":") for t in shown), shown


def test_a_sentence_may_open_with_a_name_written_in_lower_case_first(nlp):
    body = "eBay sold the old harbour crane of Wellton to a museum in Port Ellis on Monday."
    assert [eligible(c) for c in candidates(parsed(nlp, body))] == [True]


def test_a_sentence_cut_at_a_company_suffix_is_joined_again(nlp):
    body = (
        "On Monday the state firm Wellton Ipari Kft. (Wellton Limited) bought the old harbour "
        "crane maker of Port Ellis. eBay sold the last crane of the town to a museum on Friday."
    )
    texts = [c.text for c in candidates(parsed(nlp, body))]
    assert texts[0].startswith("On Monday") and texts[0].endswith("of Port Ellis.")
    assert texts[-1].startswith("eBay sold")


def test_an_answer_opening_with_yes_is_not_the_gist_without_its_question(nlp):
    body = (
        "Reporter: Will the storm lose strength over land?\n\n"
        "Jan Kos: Yes, every storm of this kind weakens once it reaches the coast.\n\n"
        "Jan Kos: The villages of the Wellton coast were cleared on Monday before the storm arrived."
    )
    _, (gist, summary) = run(nlp, body, [actor(body, "Jan Kos")])
    assert gist is not None and "Yes," not in gist.text
    assert not any("Yes," in s.text for s in summary)


def test_an_it_that_stands_for_the_clause_after_it_does_not_lean_back(nlp):
    body = (
        "It was decided that the old harbour bridge of Wellton would be closed for repairs. "
        "It is likely that the council will pay for the work in spring. "
        "It recently opened its tenth branch in the north of the country."
    )
    kinds = [c.opener.kind for c in candidates(parsed(nlp, body))]
    assert kinds == ["", "", "other"]


def test_both_and_the_pair_lean_on_the_sentence_before(nlp):
    body = (
        "Two officers of the Wellton police were found guilty of theft on Monday. "
        "Both received two-year prison terms from the court. "
        "The pair will appeal the ruling of the court next month."
    )
    kinds = [c.opener.kind for c in candidates(parsed(nlp, body))]
    assert kinds == ["", "other", "other"]
