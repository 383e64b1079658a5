"""Across the archive: a body's name with and without a generic tail is one actor."""

from __future__ import annotations

from generator.analysis.linking import link_actors
from tests.test_linking import actor, briefing, ids


def test_a_station_without_its_band_takes_the_id_of_the_one_with_it():
    linked = link_actors([
        briefing("a", actor("KXLT-TV", "organization")),
        briefing("b", actor("KXLT", "organization")),
        briefing("c", actor("Oxfam International", "organization")),
        briefing("d", actor("Oxfam", "organization")),
    ])
    assert ids(linked, "b") == {"KXLT-TV": "organization:kxlt-tv"}
    assert ids(linked, "d") == {"Oxfam International": "organization:oxfam-international"}


def test_a_place_is_not_linked_to_a_body_named_after_it():
    linked = link_actors([
        briefing("a", actor("Ruritania International", "organization")),
        briefing("b", actor("Ruritania", "place")),
    ])
    assert ids(linked, "b") == {"Ruritania": "place:ruritania"}


def test_a_long_body_s_name_misspelt_without_its_final_plural_is_the_same_body():
    linked = link_actors([
        briefing("a", actor("National Institute of Allergy and Infectious Diseases", "organization")),
        briefing("b", actor("National Institute of Allergy and Infectious Disease", "organization")),
        briefing("c", actor("Time", "organization")),
        briefing("d", actor("Times", "organization")),
    ])
    want = "organization:national-institute-of-allergy-and-infectious-diseases"
    assert set(ids(linked, "a").values()) == set(ids(linked, "b").values()) == {want}
    # Short names stay apart: "Time" and "Times" are two publications.
    assert ids(linked, "c") == {"Time": "organization:time"}
    assert ids(linked, "d") == {"Times": "organization:times"}
