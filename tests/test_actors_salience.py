"""Salience features on small texts written for these tests."""

from __future__ import annotations

from generator.analysis.actors.usage import PRONOUN_REACH, pronoun_subjects
from generator.analysis.parse import parse
from generator.model import Article
from generator.reader import split_paragraphs
from tests.test_actors import analyse, by_name


def test_in_a_transcript_the_one_who_answers_most_outranks_a_brief_guest(nlp):
    # Both are named once, Brandt first; both answer twice; Novak's answers are most of the words.
    body = (
        "We spoke with the planner Hugo Brandt and the engineer Petra Novak about the dam.\n\n"
        "Interviewer: Is the dam safe?\n\n"
        "Hugo Brandt: Yes.\n\n"
        "Petra Novak: The dam is sound, the cracks are old, they are shallow, and we have measured "
        "every one of them twice this year, so nobody needs to leave their home.\n\n"
        "Interviewer: What happens next?\n\n"
        "Hugo Brandt: We wait.\n\n"
        "Petra Novak: We will repair the spillway in spring and open the road again by the summer, "
        "when the river is at its lowest and the work is safest."
    )
    actors, quotes = analyse(nlp, body)
    novak, brandt = by_name(actors, "Petra Novak"), by_name(actors, "Hugo Brandt")
    assert sum(q.speaker == novak.id for q in quotes) == sum(q.speaker == brandt.id for q in quotes) == 2
    assert novak.salience > brandt.salience
    assert actors.index(novak) < actors.index(brandt)


def test_the_person_the_story_follows_as_he_or_she_outranks_one_named_as_often(nlp):
    # Both are named twice and Lind first; three "she" subjects after Berg are hers.
    body = ("Tom Lind met Anna Berg in Oslo on Monday. Lind spoke first. Later Berg said she would "
            "resign. She had led the party for ten years. She leaves in March.")
    actors, _ = analyse(nlp, body)
    berg, lind = by_name(actors, "Anna Berg"), by_name(actors, "Tom Lind")
    assert len(berg.spans) == len(lind.spans) == 2
    assert actors.index(berg) < actors.index(lind)


def test_a_pronoun_goes_to_the_person_named_last_before_it_and_not_far_back(nlp):
    rain = " Rain fell." * (PRONOUN_REACH // 10)
    body = "Tom Lind met Anna Berg. She said he was late." + rain + " He left."
    article = Article(source_path="t.md", slug="t", title="t", body=body, paragraphs=split_paragraphs(body))
    people = [(body.index("Tom Lind"), "lind"), (body.index("Anna Berg"), "berg")]
    counts = pronoun_subjects(parse(article, nlp), people)
    # "She" and "he" both follow Berg (no gender check); the last "He" is too far from any name.
    assert counts == {"berg": 2}
