"""Salience features on small texts written for these tests."""

from __future__ import annotations

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
