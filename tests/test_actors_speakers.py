"""Transcript speakers on small interviews written for these tests."""

from __future__ import annotations

from tests.test_actors import analyse, by_name


def spoken(body, actor):
    return [body[s:e] for s, e in actor.spans]


def test_a_speaker_the_prose_never_names_is_a_key_actor_with_her_pronouns(nlp):
    body = (
        "The harbour of Tromso reopened on Monday after a storm.\n\n"
        "Interviewer: What did you see when the storm arrived?\n\n"
        "Ingrid Solberg: I saw the waves cross the pier. My boat was lucky.\n\n"
        "Interviewer: Will the harbour be rebuilt?\n\n"
        'Ingrid Solberg: The mayor told me "I will pay for it" and I believe him.'
    )
    actors, quotes = analyse(nlp, body, title="Skipper Ingrid Solberg on the storm")
    solberg = next(a for a in actors if a.name == "Ingrid Solberg")
    assert solberg.kind == "person"
    assert actors[0] is solberg  # the headline names her and the interview is hers
    # Her "I", "My", "me" are her; the mayor's quoted "I" is not; labels are not prose.
    assert spoken(body, solberg) == ["I", "My", "me", "I"]
    assert {q.speaker for q in quotes} == {solberg.id}
    assert "Interviewer" not in {a.name for a in actors}


def test_the_interviewer_who_only_asks_is_not_made_an_actor(nlp):
    body = (
        "Rolf Berg: Why did the ferry stop running?\n\n"
        "Ada Lind: The engine failed twice in one week.\n\n"
        "Rolf Berg: When will it run again?\n\n"
        "Ada Lind: Next month, once the new engine arrives."
    )
    actors, _ = analyse(nlp, body)
    found = {a.name for a in actors}
    assert "Ada Lind" in found
    assert "Rolf Berg" not in found


def test_a_label_joins_the_actor_the_prose_names(nlp):
    body = (
        "Wind engineer Tomas Mc Aldin spoke about the new turbines in Bergen.\n\n"
        "Reporter: How tall are they?\n\n"
        "Tomas McAldin: They are much higher than the old towers.\n\n"
        "Reporter: Who pays for them?\n\n"
        "Tomas McAldin: The regional council does."
    )
    actors, quotes = analyse(nlp, body)
    people = [a for a in actors if a.kind == "person"]
    assert len(people) == 1, [a.name for a in people]
    assert people[0].name == "Tomas Mc Aldin"  # the prose's spelling, not the label's
    assert len(quotes) == 2 and {q.speaker for q in quotes} == {people[0].id}


def test_a_surname_label_is_the_person_the_prose_names_in_full(nlp):
    body = (
        "The ferry operator Karin Vestby said the route would close.\n\n"
        "Reporter: Why close it now?\n\n"
        "Vestby: The boats are old and I cannot find new ones.\n\n"
        "Reporter: Is there another way across?\n\n"
        "Vestby: There is a bridge forty minutes north."
    )
    actors, quotes = analyse(nlp, body)
    vestby = next(a for a in actors if a.name == "Karin Vestby")
    assert "Vestby" not in {a.name for a in actors}
    assert "I" in spoken(body, vestby)
    assert {q.speaker for q in quotes} == {vestby.id}


def test_question_and_answer_labels_are_no_one(nlp):
    body = (
        "Q: Where were you on the night of the flood?\n\n"
        "A: At home in Lillehammer with my family.\n\n"
        "Q: Did the water reach the house?\n\n"
        "A: Only the cellar."
    )
    actors, _ = analyse(nlp, body)
    assert not {"Q", "A"} & {a.name for a in actors}


def test_a_label_with_another_first_name_is_the_one_person_of_that_surname(nlp):
    body = (
        "The bar is owned by Jean-Luc P. Ferrand, who opened it in 2009.\n\n"
        "Reporter: Why did you open a bar?\n\n"
        "Jean Ferrand: I wanted a place for my neighbours to meet.\n\n"
        "Reporter: Has it worked out?\n\n"
        "Jean Ferrand: Better than I ever hoped."
    )
    actors, quotes = analyse(nlp, body)
    people = [a for a in actors if a.kind == "person"]
    assert [a.name for a in people] == ["Jean-Luc P. Ferrand"]
    assert {q.speaker for q in quotes} == {people[0].id}


def test_a_speaker_only_the_labels_name_is_a_source_not_the_subject(nlp):
    body = (
        "The storm reached the coast of Norland on Monday and Norland closed its ports.\n\n"
        "Interviewer: How strong will the storm get?\n\n"
        "Berg: It will weaken once it crosses the coast, as all such storms do.\n\n"
        "Interviewer: Were people ready?\n\n"
        "Berg: The warnings came early and most people left in time.\n\n"
        "Interviewer: What about the boats?\n\n"
        "Berg: They stayed in the harbours, which was wise.\n\n"
        "Interviewer: And next week?\n\n"
        "Berg: Calm weather, and a lot of cleaning up."
    )
    actors, quotes = analyse(nlp, body, title="Experts on the storm")
    berg, norland = by_name(actors, "Berg"), by_name(actors, "Norland")
    assert {q.speaker for q in quotes} == {berg.id}  # present, and her answers are hers
    assert actors.index(norland) < actors.index(berg)


def test_a_first_name_says_a_sex_only_when_one_sex_holds_it_far_more_often():
    from generator.analysis.actors.gender import agrees
    from generator.analysis.actors.lexicon import given_name_sex

    assert given_name_sex("Devin") == "m" and given_name_sex("Isabel") == "f"
    # Either sex: "Jordan" in the census, "Jean" and "Andrea" across languages; "Xi" unknown;
    # "Ma" too rare a given name to say (a surname first: "Ma Ngok").
    assert [given_name_sex(w) for w in ("Jordan", "Jean", "Andrea", "Xi", "Ma")] == [None] * 5
    assert agrees("she", "f") and agrees("she", None) and agrees("they", "m")
    assert not agrees("She", "m") and not agrees("he", "f")
