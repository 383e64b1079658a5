"""One place decides an actor's kind (``kinds.kind_of``), and the merge asks it: small
clusters built by hand, so the model's labels are fixed by the test."""

from __future__ import annotations

from generator.analysis.actors.cluster import Cluster
from generator.analysis.actors.kinds import actor_kind, kind_of
from generator.analysis.actors.mentions import Mention
from generator.analysis.actors.merge import merge


def mention(name: str, label: str, start: int = 0, **evidence) -> Mention:
    return Mention(paragraph=1, start=start, end=start + len(name), text=name, name=name, label=label,
                   sent_start=0, chunk=0, tokens=(0, len(name.split())), **evidence)


def test_a_region_name_the_model_calls_a_body_is_a_place():
    assert kind_of(Cluster([mention("Victoria", "ORG")])) == "place"


def test_a_given_name_that_is_also_a_region_joins_the_full_name_when_the_model_said_nothing():
    # "Victoria Lund ... Victoria and Acme": only a coordination votes for a body; the word is
    # her first name, not the Australian state.
    clusters = merge([mention("Victoria Lund", "", start=0),
                      mention("Victoria", "", start=40, conj_label="ORG")])
    assert len(clusters) == 1
    assert kind_of(clusters[0]) == "person"


def test_the_merge_and_the_actor_list_see_the_same_kind():
    # A plain full name with "he" after it: the usage evidence (not only the label) says person,
    # so the bare surname the model calls a place joins it.
    clusters = merge([mention("Orsino Vakt", "ORG", start=0, he_she=True),
                      mention("Orsino Vakt", "ORG", start=30),
                      mention("Vakt", "GPE", start=60)])
    assert len(clusters) == 1
    assert actor_kind(clusters[0]) == "person"


def test_both_before_a_full_name_says_nothing_against_a_person():
    assert kind_of(Cluster([mention("Pete Varga", "PERSON", det="both")])) == "person"
    # An article does: "the Varga Centre" would not be called "the Pete Varga".
    c = Cluster([mention("Zorbat", "PERSON", det="the")])
    assert kind_of(c) == "organization"


def test_three_capitalised_words_nothing_labels_need_a_given_name_to_be_a_person():
    assert kind_of(Cluster([mention("Silver Lining Studios", "")])) == "organization"
    assert kind_of(Cluster([mention("Peter Paul Quist", "")])) == "person"
    assert kind_of(Cluster([mention("Ann Quist", "")])) == "person"


def test_a_surname_with_its_particle_joins_the_full_name_the_model_calls_a_place():
    clusters = merge([mention("Louis van Dalen", "FAC", start=0), mention("van Dalen", "PERSON", start=50)])
    assert len(clusters) == 1
    assert kind_of(clusters[0]) == "person"


def test_an_apposition_does_not_overrule_the_name_s_own_generic_head():
    c = Cluster([mention("Porto Vello City", "GPE", described="man")])
    assert kind_of(c) == "place"
    assert kind_of(Cluster([mention("Porto Vello", "GPE", described="man")])) == "person"
