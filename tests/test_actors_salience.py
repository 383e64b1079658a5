"""Salience features on small texts written for these tests."""

from __future__ import annotations

from generator.analysis.actors.kinds import actor_kind
from generator.analysis.actors.mentions import find_mentions
from generator.analysis.actors.merge import merge
from generator.analysis.actors.usage import PRONOUN_REACH, body_nouns, kind_references, pronoun_subjects
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
    people = [(body.index("Tom Lind"), "lind"), (body.index("Anna Berg"), "berg")]
    counts = pronoun_subjects(_parsed(nlp, body), people)
    # Their sexes unknown, "She" and "he" both follow Berg; the last "He" is too far from any name.
    assert counts == {"berg": 2}
    # Known, "he" goes back past her to him; still too far for the last "He".
    counts = pronoun_subjects(_parsed(nlp, body), people, {"lind": "m", "berg": "f"})
    assert counts == {"berg": 1, "lind": 1}


def test_a_pronoun_skips_a_person_the_first_name_says_it_cannot_be(nlp):
    # "She" after Devin Marsh is Anna Berg's: "Devin" is a man's name seven times in eight.
    body = ("Anna Berg founded the studio with friends, among them Devin Marsh. She drew the "
            "levels. She wrote the music. A band in Leeds hired Marsh in May.")
    actors, _ = analyse(nlp, body)
    berg, marsh = by_name(actors, "Anna Berg"), by_name(actors, "Devin Marsh")
    assert len(berg.spans) == 1 and len(marsh.spans) == 2
    assert actors.index(berg) < actors.index(marsh)


def test_a_body_the_story_calls_by_its_kind_noun_outranks_one_named_as_often(nlp):
    # Both bodies are named once, the bar last; the lead's "a Leeds bar" and the later "the bar"
    # are the Northern Standard bar's, since no other body is called a bar.
    body = ("A Leeds bar has put a cocktail named after a storm on its menu.\n\n"
            "The Northern Standard bar opened in 2015, the owner said. The cocktail costs eight pounds. "
            "The Yorkshire Tourist Board listed it in a guide. Customers at the bar like it.")
    actors, _ = analyse(nlp, body)
    bar, board = by_name(actors, "Northern Standard"), by_name(actors, "Yorkshire Tourist Board")
    assert bar.kind == board.kind == "organization"
    assert actors.index(bar) < actors.index(board)


def test_kind_references_are_singular_noun_phrases_outside_the_name(nlp):
    body = ("The Harbor Light bar opened in 2015. The bar was full on Friday. The bar owners met "
            "at a bar in York, and the bars closed early.")
    doc = _parsed(nlp, body)
    name = body.index("Harbor Light")
    found = kind_references(doc, {"bar": ("organization:harbor-light", [(name, name + 12)])})
    # Not the name's own "bar", not "bar owners" (a modifier), not the plural "bars".
    at = [offset for _, offset in found["organization:harbor-light"]]
    assert at == [body.index("bar was"), body.index("bar in")]


def test_a_kind_noun_two_bodies_share_stands_for_neither(nlp):
    one = "The Northern Standard bar opened in 2015. The bar was full on Friday."
    two = "The Northern Standard bar and the Hudson Union bar opened in 2015. The bar was full on Friday."
    assert set(_owned_nouns(nlp, one)) == {"bar"}
    assert "bar" not in _owned_nouns(nlp, two)


def _owned_nouns(nlp, body: str) -> dict:
    doc = _parsed(nlp, body)
    clusters = merge(find_mentions(doc), "")
    kinds = {id(c): actor_kind(c) for c in clusters}
    return body_nouns(clusters, kinds, {id(c): c.longest.name for c in clusters})


def _parsed(nlp, body: str):
    article = Article(source_path="t.md", slug="t", title="t", body=body, paragraphs=split_paragraphs(body))
    return parse(article, nlp)
