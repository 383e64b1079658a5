"""Summary and gist selection rules, on small texts written for these tests.

Actors are built by hand (every occurrence of the given strings) so that these
tests pin the summary's own rules, not the actor finder's.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from generator.analysis.parse import parse
from generator.analysis.summary import eligible, summarise
from generator.analysis.summary.candidates import candidates
from generator.analysis.summary.references import referent, shown_text
from generator.model import Actor, Article
from generator.reader import split_paragraphs
from tests.cases import load_cases


def parsed(nlp, body: str, title: str = "A report"):
    article = Article(source_path="t.md", slug="t", title=title, body=body,
                      paragraphs=split_paragraphs(body))
    return parse(article, nlp)


def actor(body: str, name: str, kind: str = "person", *aliases: str, salience: float = 1.0) -> Actor:
    spans = sorted(
        (m.start(), m.end())
        for n in (name, *aliases)
        for m in re.finditer(rf"\b{re.escape(n)}\b", body)
    )
    return Actor(id=f"{kind}:{name}", name=name, kind=kind, role=None, aliases=aliases,
                 spans=tuple(spans), salience=salience)


def run(nlp, body: str, actors=(), title: str = "A report", length: int = 3):
    p = parsed(nlp, body, title)
    return p, summarise(p, tuple(actors), length)


def test_sentences_are_the_articles_own_in_reading_order_with_their_paragraph(nlp):
    body = (
        "The city council of Wellton voted on Monday to close the old harbour bridge for repairs.\n\n"
        "Engineers found deep cracks in two of the bridge's steel supports last month.\n\n"
        "Traffic will be sent through the northern tunnel while the work goes on.\n\n"
        "The repairs are expected to cost about four million dollars and take a year."
    )
    p, (gist, summary) = run(nlp, body)
    assert len(summary) == 3
    assert [s.start for s in summary] == sorted(s.start for s in summary)
    for s in (gist, *summary):
        assert body[s.start : s.end] == s.text
        assert p.article.paragraph_at(s.start) == s.paragraph


def test_dateline_and_agency_tag_are_not_part_of_the_sentence(nlp):
    body = (
        "PORT ELLIS -- The harbour authority of Port Ellis closed the container terminal on "
        "Friday after a fire damaged two cranes.\n\n"
        "(Wire)Dock workers were sent home and ships were told to wait outside the harbour."
    )
    _, (gist, summary) = run(nlp, body)
    shown = [s.text for s in summary]
    assert shown[0].startswith("The harbour authority")
    assert shown[1].startswith("Dock workers")
    assert gist is not None and "--" not in gist.text


def test_bare_quotation_fragments_are_never_chosen(nlp):
    body = (
        "The mayor of Wellton announced new limits on night-time noise in the city centre on Monday.\n\n"
        '"We have listened to the residents. Nobody wants to close the bars. '
        'Everybody needs to sleep at night," the mayor said.\n\n'
        "Bar owners said the limits would cost them customers and jobs."
    )
    _, (_, summary) = run(nlp, body, length=3)
    texts = [s.text for s in summary]
    assert "Nobody wants to close the bars." not in texts
    assert not any(t.startswith('"We have listened') for t in texts)


def test_questions_headings_and_verbless_lines_are_not_candidates(nlp):
    body = (
        "Budget talks\n\n"
        "What happens to the schools now?\n\n"
        "The regional government cut the school budget by a tenth on Tuesday."
    )
    p = parsed(nlp, body)
    chosen = [c.text for c in candidates(p) if eligible(c)]
    assert chosen == ["The regional government cut the school budget by a tenth on Tuesday."]


def test_sentence_split_after_a_title_abbreviation_is_joined_again(nlp):
    body = (
        "Investigators do not think the driver knew the cyclist, Harbor City Police Maj. "
        "Ellen Brisk told reporters on Monday.\n\n"
        "The cyclist had moved to the city three weeks earlier with his family."
    )
    p = parsed(nlp, body)
    shown = [c.text for c in candidates(p) if eligible(c)]
    # The parser cuts at "Maj."; joined again, the sentence stands alone.
    assert shown == [
        "Investigators do not think the driver knew the cyclist, Harbor City Police Maj. "
        "Ellen Brisk told reporters on Monday.",
        "The cyclist had moved to the city three weeks earlier with his family.",
    ]
    assert [c.index for c in candidates(p)] == [0, 1]


def test_paragraph_ending_at_a_title_abbreviation_is_a_fragment(nlp):
    body = (
        "The prize for the best portrait went to Navy Petty Officer Sgt.\n\n"
        "The jury met in the harbour museum for two days in late spring."
    )
    shown = [c.text for c in candidates(parsed(nlp, body)) if eligible(c)]
    assert shown == ["The jury met in the harbour museum for two days in late spring."]


def test_dateline_paragraph_of_an_interview_is_never_the_gist(nlp):
    body = (
        "Tuesday, March 3, 2015\n\n"
        "The marine biologist Ana Lopes talked to reporters about her study of coral reefs near Belize.\n\n"
        "Reporter: What did you find?\n\n"
        "Ana Lopes: We found that the reefs recover faster than we thought. I was surprised.\n\n"
        "Reporter: What comes next?\n\n"
        "Ana Lopes: We go back in the spring to measure the new growth."
    )
    _, (gist, summary) = run(nlp, body, [actor(body, "Ana Lopes")],
                             title="Biologist Ana Lopes talks about coral reefs")
    assert gist is not None
    assert gist.paragraph == 2
    assert all("2015" not in s.text or s.paragraph != 1 for s in summary)
    # The interviewer's tag never shows; an answer keeps its speaker's (tests/test_summary_interviews.py).
    assert not any(s.text.startswith("Reporter:") for s in summary)


def test_short_article_gives_what_it_has(nlp):
    body = "The museum in Wellton reopened on Saturday after two years of building work."
    _, (gist, summary) = run(nlp, body)
    assert gist is not None and gist.text == body
    assert [s.text for s in summary] == [body]


def test_empty_or_verbless_article_has_no_summary(nlp):
    _, (gist, summary) = run(nlp, "Wellton, 3 March")
    assert gist is None and summary == ()


def test_redundant_sentences_are_not_both_chosen(nlp):
    body = (
        "Floods closed the main road between Wellton and Port Ellis on Thursday.\n\n"
        "The main road between Wellton and Port Ellis was closed by floods on Thursday.\n\n"
        "Farmers along the river moved their cattle to higher ground.\n\n"
        "The weather service expects more rain over the weekend."
    )
    _, (_, summary) = run(nlp, body)
    texts = [s.text for s in summary]
    assert not (texts[0].startswith("Floods closed") and texts[1].startswith("The main road"))


def test_he_is_resolved_only_when_one_person_was_just_named(nlp):
    body = (
        "Minister Karl Brandt presented the budget to parliament on Wednesday.\n\n"
        "He also promised lower taxes for small firms."
    )
    brandt = actor(body, "Karl Brandt", "person", "Brandt")
    p = parsed(nlp, body)
    he = next(c for c in candidates(p) if c.text.startswith("He"))
    assert he.opener.kind == "person"
    assert referent(he, p, (brandt,)) == brandt
    assert shown_text(he, brandt, []) == "[Karl Brandt] also promised lower taxes for small firms."
    # Once the full name has been shown, the surname is enough.
    assert shown_text(he, brandt, ["Karl Brandt spoke."]).startswith("[Brandt] also")


def test_he_is_left_alone_when_two_people_could_be_meant(nlp):
    body = (
        "Minister Karl Brandt met the union leader Otto Weiss on Wednesday.\n\n"
        "He said the talks would go on."
    )
    p = parsed(nlp, body)
    he = next(c for c in candidates(p) if c.text.startswith("He"))
    found = (actor(body, "Karl Brandt"), actor(body, "Otto Weiss"))
    assert referent(he, p, found) is None


def test_the_team_is_not_resolved_to_an_unrelated_organisation(nlp):
    body = (
        "Researchers at the University of Wellton studied how bees find water.\n\n"
        "The team used small radio tags to follow the bees."
    )
    p = parsed(nlp, body)
    team = next(c for c in candidates(p) if c.text.startswith("The team"))
    uni = actor(body, "University of Wellton", "organization")
    assert team.opener.kind == "org"
    assert referent(team, p, (uni,)) is None


def test_the_bank_is_resolved_to_the_bank_just_named(nlp):
    body = (
        "Regulators fined Harbour Bank two million euros on Monday.\n\n"
        "The bank said it would appeal against the fine."
    )
    p = parsed(nlp, body)
    bank = next(c for c in candidates(p) if c.text.startswith("The bank"))
    harbour = actor(body, "Harbour Bank", "organization")
    assert referent(bank, p, (harbour,)) == harbour
    assert shown_text(bank, harbour, []).startswith("[Harbour Bank] said")


def test_no_summary_sentence_leans_on_an_unchosen_one(nlp):
    body = (
        "Storms cut power to forty thousand homes across the northern valleys on Sunday night.\n\n"
        "Repair crews worked through the night to restore the lines in the hardest-hit towns.\n\n"
        "The minister for energy Karl Brandt visited the worst-hit valley on Monday morning.\n\n"
        "He promised compensation for every family that lost power for more than a day.\n\n"
        "But the opposition said the grid had been neglected for years.\n\n"
        "They called for an inquiry into the state of the power lines."
    )
    p, (gist, summary) = run(nlp, body, [actor(body, "Karl Brandt", "person", "Brandt")], length=4)
    chosen = {s.start for s in summary}
    by_start = {c.start: c for c in candidates(p)}
    starts = sorted(by_start)
    for s in (gist, *summary):
        c = by_start[s.start]
        if not c.opener.kind or c.start == starts[0]:
            continue
        before = starts[starts.index(c.start) - 1]
        resolved = s.text.startswith("[")
        assert s is not gist and before in chosen or resolved, s.text
        if resolved:
            assert s.text.startswith("[Karl Brandt]") or s.text.startswith("[Brandt]")


def test_the_lead_wins_over_a_late_sentence_with_the_same_words(nlp):
    body = (
        "Wellton's council approved a new bus network on Tuesday, the first change in twenty years.\n\n"
        "The network adds night buses and three new lines to the hospital.\n\n"
        "Council members argued for an hour about fares.\n\n"
        "Some residents wrote letters.\n\n"
        "A spokesman said the council had approved a bus network for Wellton."
    )
    _, (gist, _) = run(nlp, body, title="Wellton approves new bus network")
    assert gist.text.startswith("Wellton's council approved")


def test_title_and_key_actors_pull_a_sentence_into_the_summary(nlp):
    body = (
        "It was a cold morning in the valley.\n\n"
        "Snow had fallen overnight on the hills above the town.\n\n"
        "Children walked to school through the white streets.\n\n"
        "Later that day, Governor Mia Stone declared a state of emergency over the avalanche risk "
        "in the valley."
    )
    stone = actor(body, "Mia Stone", salience=5.0)
    _, (gist, summary) = run(nlp, body, [stone],
                             title="Governor Stone declares avalanche emergency", length=2)
    assert any("state of emergency" in s.text for s in summary)
    assert "state of emergency" in gist.text


def test_selection_is_deterministic(nlp):
    body = "\n\n".join(
        f"Report {i}: the committee of Wellton discussed item {i} of the harbour plan on Monday."
        for i in range(1, 8)
    )
    p = parsed(nlp, body)
    assert summarise(p, (), 3) == summarise(p, (), 3)


def test_a_long_article_still_gets_three_sentences(nlp):
    who = ["The council", "Farmers", "The harbour master", "Teachers", "Bus drivers", "Nurses", "Police"]
    did = ["debated", "rejected", "praised", "questioned", "welcomed"]
    what = ["the water plan", "new tunnel tolls", "school meals", "hospital parking", "rent limits",
            "the bridge repairs", "night trains", "park lighting", "tax relief", "flood barriers",
            "museum fees"]
    body = "\n\n".join(
        f"{who[i % 7]} {did[i % 5]} {what[i % 11]} in district {i} on Monday."
        for i in range(1, 301)
    )
    _, (gist, summary) = run(nlp, body)
    assert gist is not None
    assert len(summary) == 3
    assert summary[-1].paragraph < 300  # the lead counts, even in a long article


def test_first_person_means_the_pronoun_not_the_country(nlp):
    body = (
        "US President Ann Cole signed the trade bill on Friday.\n\n"
        "We will not sign anything like it again, the opposition leader told supporters.\n\n"
        'The minister said: "We are ready."'
    )
    p = parsed(nlp, body)
    flags = {c.text[:10]: c.first_person for c in candidates(p)}
    assert flags == {"US Preside": False, "We will no": True, "The minist": False}


@pytest.mark.parametrize("case", load_cases("openers.yaml"), ids=lambda c: c["id"])
def test_how_each_sentence_opens(nlp, case):
    kinds = [c.opener.kind for c in candidates(parsed(nlp, case["body"]))]
    assert kinds == case["openers"]


def test_a_first_sentence_dated_by_this_morning_is_the_gist(nlp):
    body = "This morning the former mayor Ana Lopes died at home in Wellton. This decision surprised all."
    _, (gist, summary) = run(nlp, body, title="Former Wellton mayor Ana Lopes dies")
    assert gist.text.startswith("This morning") and summary[0].text.startswith("This morning")


def test_a_sentence_that_frames_a_quotation_is_kept_a_quoted_one_is_not(nlp):
    body = (
        'The biologist Ana Lopes studies "how coral reefs recover after a storm has broken them".\n\n'
        '"We were surprised by how fast the reefs grew back," Lopes said.'
    )
    p = parsed(nlp, body)
    shown = [c.text[:15] for c in candidates(p) if eligible(c)]
    assert shown == ["The biologist A"]


def test_a_first_person_story_still_has_a_gist(nlp):
    # The only sentence in the reporter's voice leans on the one before it.
    body = (
        "I climbed the hill behind our village every morning in May. "
        "That was harder than it sounds. "
        "I lost four kilos and found a new hobby."
    )
    _, (gist, summary) = run(nlp, body)
    assert summary
    assert gist is not None


def test_a_first_sentence_opening_with_a_pronoun_is_not_shown_bare(nlp):
    body = (
        "It recently opened its tenth branch in the north of the country.\n\n"
        "The Wellton Library Trust runs ten libraries and two mobile book buses."
    )
    _, (gist, summary) = run(nlp, body, title="Wellton library trust opens tenth branch")
    assert not gist.text.startswith("It ")
    assert not any(s.text.startswith("It ") for s in summary)


def test_a_reply_opening_with_yes_leans_back(nlp):
    p = parsed(nlp, "Do storms weaken over land? Yes, storms weaken once they reach land.")
    kinds = {c.text[:5]: c.opener.kind for c in candidates(p)}
    assert kinds["Yes, "] == "reply"


def _page_summary_part(briefing) -> str:
    from generator.build import DEFAULT_TEMPLATES
    from generator.render import Renderer

    text = Renderer(DEFAULT_TEMPLATES).briefing(briefing, max_actors=8)
    return text[text.index('!!! abstract "In one line"') : text.index("## Key actors")]


def test_the_page_says_the_gist_once_and_lists_the_other_summary_sentences():
    from generator.model import Briefing, Sentence

    body = "Ann Roe won the vote in Wellton.\n\nShe thanked her staff.\n\nTurnout was low."
    article = Article(source_path="t.md", slug="t", title="T", body=body,
                      paragraphs=split_paragraphs(body))
    first, second, third = (
        Sentence(body[s:e], n, s, e)
        for n, (s, e) in enumerate(((0, 32), (34, 56), (58, len(body))), start=1)
    )
    part = _page_summary_part(Briefing(article, gist=first, summary=(first, second, third)))
    assert part.count("Ann Roe won the vote") == 1
    assert "- She thanked her staff. [¶2](#p2){ .ref }" in part
    assert "- Turnout was low. [¶3](#p3){ .ref }" in part
    # A gist that is not one of the summary sentences leaves the list whole.
    part = _page_summary_part(Briefing(article, gist=third, summary=(first, second)))
    assert "- Ann Roe won the vote in Wellton. [¶1](#p1){ .ref }" in part
    # When the gist is the whole summary, the list does not claim there is none.
    part = _page_summary_part(Briefing(article, gist=first, summary=(first,)))
    assert part.count("Ann Roe won the vote") == 1
    assert "No summary" not in part


def test_centrality_favours_the_sentence_the_others_talk_about(nlp):
    from generator.analysis.summary.scoring import _centrality

    body = (
        "The river flooded the village of Marn after three days of heavy rain.\n\n"
        "Rescue boats took families from the flooded village to the school on the hill.\n\n"
        "The rain stopped on Sunday and the river began to fall.\n\n"
        "A choir from the capital sang carols at the cathedral."
    )
    cands = candidates(parsed(nlp, body))
    central = _centrality(cands)
    assert len(central) == 4
    assert max(central) == 1.0
    # The choir shares no word with the rest; the flood sentence shares most.
    assert central[3] == 0.0
    assert central[0] > central[2] > central[3]


def test_a_framed_quotation_is_told_by_the_reporter_an_unframed_one_is_not(nlp):
    body = (
        'Mayor Ann Roe warned on Monday that "those who park on the square will be fined."\n\n'
        'According to the council, "the square will be closed to cars from next year."'
    )
    framed, unframed = candidates(parsed(nlp, body))
    assert framed.framed and framed.quote_share > 0.3
    assert not unframed.framed


def test_a_named_day_marks_the_event_not_a_year(nlp):
    body = (
        "The council of Wellton closed the harbour bridge on Monday.\n\n"
        "The bridge was built in 1950 and last repaired ten years ago."
    )
    event, background = candidates(parsed(nlp, body))
    assert event.dated
    assert not background.dated


def test_a_pick_that_repeats_one_already_taken_is_worth_less(nlp):
    from generator.analysis.summary import OVERLAP, REDUNDANT, _pick
    from generator.analysis.summary.scoring import similarity

    body = (
        "The council of Wellton voted to close the old harbour bridge for repairs.\n\n"
        "Traffic from the harbour bridge will use the northern tunnel and the ring road.\n\n"
        "Engineers found deep cracks in two steel supports last month."
    )
    cands = candidates(parsed(nlp, body))
    assert OVERLAP > 0
    assert 0.2 < similarity(cands[1], cands[0]) < REDUNDANT  # overlaps, is not redundant
    # The second sentence scores a little higher than the third on its own, but
    # a quarter of its words are already in the first: the third is the better pick.
    scores = np.array([3.0, 1.0 + OVERLAP * 0.2, 1.0])
    picked = _pick(cands, scores, 2, lambda c: None)
    assert [s.paragraph for s in picked] == [1, 3]
    # Without the first sentence the second is simply the best.
    picked = _pick(cands[1:], scores[1:], 1, lambda c: None)
    assert [s.paragraph for s in picked] == [2]


def test_a_sentence_opening_with_a_connective_goes_with_the_one_it_continues(nlp):
    from generator.analysis.summary import _pick

    claim = "The mayor of Wellton said on Monday that the river water was safe to drink.\n\n"
    other = "Wellton's library will close on Friday for a month of repairs.\n\n"
    body = claim + "But chemists at the city's university say their samples show lead in it.\n\n" + other
    cands = candidates(parsed(nlp, body))
    assert [c.opener.kind for c in cands] == ["", "connective", ""]
    # The rebuttal scores lowest, yet a summary that shows the claim shows its rebuttal ...
    scores = np.array([3.0, 0.5, 2.0])
    assert [s.paragraph for s in _pick(cands, scores, 2, lambda c: None)] == [1, 2]
    # ... a full summary stays full, and the rebuttal alone is not shown.
    assert [s.paragraph for s in _pick(cands, scores, 1, lambda c: None)] == [1]
    without_claim = np.array([-np.inf, 0.5, 2.0])
    assert [s.paragraph for s in _pick(cands, without_claim, 2, lambda c: None)] == [3]
    # A sentence that goes on with a pronoun is not pulled in this way.
    body = claim + "He added that the water board had tested every district in the spring.\n\n" + other
    cands = candidates(parsed(nlp, body))
    assert [c.opener.kind for c in cands] == ["", "person", ""]
    assert [s.paragraph for s in _pick(cands, scores, 2, lambda c: None)] == [1, 3]


def test_the_interviewers_statements_are_the_reporters_voice(nlp):
    body = (
        "Wikinews: The storm has winds of two hundred kilometres an hour and is heading for the "
        "coast of Orissa. How strong will it be when it lands?\n\n"
        "Ana Lopes: It will weaken a little over the shallow water near the coast.\n\n"
        "Wikinews: Will the evacuation be fast enough?\n\n"
        "Ana Lopes: I think the warnings came in time for most villages."
    )
    cands = candidates(parsed(nlp, body))
    by_paragraph = {c.paragraph: c for c in reversed(cands)}  # first sentence of each
    assert by_paragraph[1].interviewer and not by_paragraph[1].speaker_turn
    assert by_paragraph[2].speaker_turn and not by_paragraph[2].interviewer
    assert by_paragraph[1].text.startswith("The storm")
    _, (gist, summary) = run(nlp, body, [actor(body, "Ana Lopes")])
    # The set-up of a question is no gist; an answer is, when all is interview.
    assert gist is not None and gist.paragraph in (2, 4)
    assert any(s.paragraph == 1 for s in summary)


def test_a_sentence_cut_inside_a_quotation_is_not_shown(nlp):
    body = (
        'The former minister Jan Kos wrote "Let us all pray for the mayor. He is a brave man '
        'and he will fight," on his page.\n\n'
        "The mayor of Wellton was attacked on a stage during a charity concert on Sunday."
    )
    cands = candidates(parsed(nlp, body))
    cut = [c for c in cands if c.text.endswith("pray for the mayor.")]
    assert cut and not cut[0].complete
    _, (_, summary) = run(nlp, body)
    assert not any(s.text.endswith("pray for the mayor.") for s in summary)


def test_a_sentence_presenting_the_article_itself_is_not_news(nlp):
    body = (
        "The following is the second edition of a weekly digest of the county's council meetings.\n\n"
        "The county council voted on Tuesday to close two libraries in the north of the county."
    )
    p = parsed(nlp, body)
    chosen = [c.text for c in candidates(p) if eligible(c)]
    assert chosen == [body.split("\n\n")[1]]
    _, (gist, summary) = run(nlp, body)
    assert gist.text.startswith("The county council voted")


@pytest.mark.parametrize("line", [
    "Click here to read the transcript of the program.",
    "Follow our photo desk on Twitter to join the conversation.",
    "Read more: Floods close the valley road for a week.",
    "See the original story at the county paper's website.",
    "Please share your thoughts with the editors on Facebook.",
])
def test_a_line_that_tells_the_reader_to_do_something_is_not_news(nlp, line):
    body = f"The county council voted on Tuesday to close two libraries.\n\n{line}"
    cands = candidates(parsed(nlp, body))
    assert [c.text for c in cands if eligible(c)] == [body.split("\n\n")[0]]


def test_a_sentence_whose_subject_the_reader_can_see_is_news_even_with_a_bare_verb(nlp):
    # Not imperatives: a subject, a quotation the reporter frames, a clause with its subject.
    for line in ("Rescuers follow the river to reach the last village.",
                 '"Leave now," the officer told the families on the bank.',
                 "Visitors read the notices at the gate before the park closed."):
        cands = candidates(parsed(nlp, line))
        assert not cands[0].imperative, line


def test_a_name_tagged_as_a_bare_verb_before_a_finite_one_is_no_imperative(nlp):
    # In a long paragraph the tagger read "Trump lauded Cain…" with "Trump" a bare verb (VB);
    # the tags are set here as it gave them.
    from spacy.tokens import Doc

    from generator.analysis.summary.candidates import _imperative

    words = ["Trump", "lauded", "Cain", "."]
    doc = Doc(nlp.vocab, words=words, tags=["VB", "VBD", "NNP", "."], heads=[0, 0, 0, 0],
              deps=["ROOT", "dobj", "dobj", "punct"])
    assert not _imperative(list(doc), [False] * len(doc.text), 0)
    doc = Doc(nlp.vocab, words=["Read", "the", "report", "."], tags=["VB", "DT", "NN", "."],
              heads=[0, 2, 0, 0], deps=["ROOT", "det", "dobj", "punct"])
    assert _imperative(list(doc), [False] * len(doc.text), 0)


def test_a_person_first_named_by_surname_in_the_summary_gets_the_given_names(nlp):
    import numpy as np

    from generator.analysis.summary import select
    from generator.analysis.summary.scoring import FEATURES

    body = (
        "Joanna Vell, a member of parliament, led a challenge to the suspension of the assembly.\n\n"
        "Judges in Wellton ruled on Wednesday that the move was unlawful.\n\n"
        "Vell and all but one of the petitioners are members of the assembly."
    )
    vell = actor(body, "Joanna Vell", "person", "Vell")
    cands = candidates(parsed(nlp, body))
    # Scores that make the summary the second and third sentences, without the first.
    features = np.zeros((len(cands), len(FEATURES)))
    features[1:, FEATURES.index("lead")] = 1.0
    _, summary = select(cands, features, lambda c: None, length=2, people=(vell,))
    shown = [s.text for s in summary]
    assert shown[1] == "[Joanna] Vell and all but one of the petitioners are members of the assembly.", shown
    # Only the bracket is added: the offsets still point at the article's own words.
    assert all(s.text.replace("[Joanna] ", "") == body[s.start:s.end] for s in summary)


def candidate_at(cands, offset: int):
    return next(c for c in cands if c.start <= offset < c.end)


def test_the_given_names_go_in_only_where_the_summary_names_a_person_first(nlp):
    from generator.analysis.summary.candidates import candidates
    from generator.analysis.summary.references import introduced

    body = "Joanna Vell spoke first. Vell and all but one of the petitioners are members of the assembly."
    cands = candidates(parsed(nlp, body))
    vell = actor(body, "Joanna Vell", "person", "Vell")
    expected = "[Joanna] Vell and all but one of the petitioners are members of the assembly."
    assert introduced(cands[1], (vell,), set()) == expected
    assert introduced(cands[1], (vell,), {vell.id}) == cands[1].text
    named: set[str] = set()
    assert introduced(cands[0], (vell,), named) == cands[0].text and named == {vell.id}
    # Not after a word of a name the mention missed, nor inside a brand ("Lopes & Vell").
    for body in ("Since then Joanna Vell spoke first. (AP)Joanna Vell left the assembly on Monday.",
                 "Joanna Vell spoke first. The label Lopes & Vell sold its shops on Monday."):
        cands = candidates(parsed(nlp, body))
        spans = [(m.start(), m.end()) for m in re.finditer("Vell", body)]
        first = [(s, e) for s, e in spans if candidate_at(cands, s) is cands[-1]][:1]
        vell = Actor(id="person:joanna-vell", name="Joanna Vell", kind="person", role=None,
                     aliases=(), spans=tuple(first), salience=1.0)
        assert "[" not in introduced(cands[-1], (vell,), set()), body
    # A span runs to the end of its word ("Vell's"): the surname is what it starts with.
    body = "Joanna Vell spoke first. Vell's petition was heard on Monday by the court."
    cands = candidates(parsed(nlp, body))
    at = body.index("Vell's")
    vell = Actor(id="person:joanna-vell", name="Joanna Vell", kind="person", role=None,
                 aliases=(), spans=((at, at + len("Vell's")),), salience=1.0)
    assert introduced(cands[-1], (vell,), set()).startswith("[Joanna] Vell's petition")
    # A capitalised common noun or a word set off by a comma is no part of the name: the given
    # names still go in ("Democrat [Joanna] Vell", "On Tuesday, [Joanna] Vell").
    for body in ("Joanna Vell spoke first. Democrat Vell was first elected in 2012.",
                 "Joanna Vell spoke first. On Tuesday, Vell won four states."):
        cands = candidates(parsed(nlp, body))
        vell = actor(body, "Joanna Vell", "person", "Vell")
        assert "[Joanna] Vell" in introduced(cands[-1], (vell,), {"person:other"}), body
    # A name that is no given name and surname gets no brackets: a word the actor finder took
    # into a name ("Witnessing Alzheimer"), a possessive ("Gene Simmons's KISS").
    body = "The film was praised. She loses herself to early-onset Alzheimer's disease."
    cands = candidates(parsed(nlp, body))
    for name in ("Witnessing Alzheimer", "Gene Simmons's Alzheimer"):
        junk = actor(body, name, "person", "Alzheimer")
        assert "[" not in introduced(cands[-1], (junk,), set()), name


def test_a_headline_word_matches_the_storys_whatever_its_tense_or_number(nlp):
    from generator.analysis.summary.scoring import _title_overlap, _title_words

    body = "The prime minister of Tonga died today at the age of 78. Ships left the harbour."
    died, ships = candidates(parsed(nlp, body))
    words = _title_words("Tongan prime minister dies aged 78")
    assert len(words) == 5  # words of four letters or more
    assert _title_overlap(died, words) == 4 / 5  # all but "Tongan"
    assert _title_overlap(ships, words) == 0
