"""Salience features on small texts written for these tests."""

from __future__ import annotations

from tests.test_actors import analyse, by_name


def test_the_actor_who_does_the_talking_outranks_one_quoted_in_passing(nlp):
    # Both are named twice and quoted once, Brandt first; Novak says most of what is quoted.
    body = (
        "The water board met in Dunmore on Tuesday to discuss the dam.\n\n"
        "At the meeting were planner Hugo Brandt and engineer Petra Novak.\n\n"
        '"Fine," Brandt said.\n\n'
        '"The dam is sound, the cracks are old, they are shallow, and we have measured every '
        'one of them twice this year, so nobody needs to leave their home," Novak said.'
    )
    actors, _ = analyse(nlp, body)
    novak, brandt = by_name(actors, "Petra Novak"), by_name(actors, "Hugo Brandt")
    assert novak.salience > brandt.salience
    assert actors.index(novak) < actors.index(brandt)
