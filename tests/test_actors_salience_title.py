"""The headline feature of salience, on clusters built by hand."""

from __future__ import annotations

from generator.analysis.actors.cluster import Cluster
from generator.analysis.actors.salience import in_title
from tests.test_actors_kind_of import mention


def test_a_name_in_the_headline_without_its_accents_is_in_the_headline():
    c = Cluster([mention("Zdeněk Kubíček", "PERSON")])
    assert in_title(c, "An interview with Zdenek Kubicek", "person")
    assert in_title(c, "Kubicek speaks", "person")  # a person's surname alone
    assert not in_title(c, "An interview with Zdenek Kubacek", "person")


def test_an_acronym_in_the_headline_must_keep_its_capitals():
    c = Cluster([mention("WHO", "ORG")])
    assert in_title(c, "WHO warns of a new strain", "organization")
    assert not in_title(c, "Who warns of a new strain?", "organization")
