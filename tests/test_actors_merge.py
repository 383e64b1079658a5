"""Within-article merging on small texts written for these tests."""

from __future__ import annotations

import pytest

from generator.analysis.actors import actor_id
from generator.analysis.actors.cluster import canonical_key
from generator.analysis.actors.merge import person_part
from tests.test_actors import analyse, by_name


def test_a_company_named_in_full_then_by_its_first_words_is_one(nlp):
    body = (
        "Shares of Norvale Holdings Corp. rose 4 percent after the company said profits doubled. "
        "Analysts said Norvale was likely to raise its dividend.\n\n"
        "Kestrel Financial Group Inc, a rival, reported flat earnings. Kestrel shares fell."
    )
    actors, _ = analyse(nlp, body)
    norvale, kestrel = by_name(actors, "Norvale"), by_name(actors, "Kestrel")
    assert norvale.name == "Norvale Holdings Corp." and norvale.kind == "organization"
    assert kestrel.name == "Kestrel Financial Group Inc"
    assert len(norvale.spans) == 2 and len(kestrel.spans) == 2


def test_a_short_name_two_companies_begin_with_stays_apart(nlp):
    body = (
        "Kestrel Mining Ltd and Kestrel Financial Group Inc are not related, lawyers said.\n\n"
        "Kestrel said on Monday it would sue."
    )
    actors, _ = analyse(nlp, body)
    mining, financial = by_name(actors, "Kestrel Mining Ltd"), by_name(actors, "Kestrel Financial Group Inc")
    assert "Kestrel" not in mining.aliases + financial.aliases


def test_a_country_is_not_the_company_named_after_it(nlp):
    body = (
        "Oil output in Norway fell in May, Nordvik Petroleum Corp said.\n\n"
        "The government of Norway said exports would recover."
    )
    actors, _ = analyse(nlp, body)
    assert "Norway" not in by_name(actors, "Nordvik Petroleum Corp").aliases


def test_a_given_name_the_model_calls_a_place_is_the_person(nlp):
    body = (
        "Nina Marquez, 14, asked the president for help in a video. Nina has a rare illness, "
        "her father said.\n\nNina met the president on Saturday."
    )
    actors, _ = analyse(nlp, body)
    nina = by_name(actors, "Nina")
    assert nina.name == "Nina Marquez" and nina.kind == "person" and len(nina.spans) == 3


def test_a_given_name_the_text_uses_as_a_place_stays_a_place(nlp):
    body = (
        "Virginia Comolli, an analyst, said the attacks would go on. "
        "The group also recruits in Virginia, officials in Virginia said."
    )
    actors, _ = analyse(nlp, body)
    assert by_name(actors, "Virginia").kind == "place"
    assert by_name(actors, "Virginia Comolli").aliases == ()


def test_an_organisation_cut_before_its_complement_is_one(nlp):
    body = (
        "The Baltic Institute for Economic Research said growth would slow.\n\n"
        "The Baltic Institute expects a recovery next year."
    )
    actors, _ = analyse(nlp, body)
    institute = by_name(actors, "Baltic Institute")
    assert institute.name == "Baltic Institute for Economic Research"
    assert len(institute.spans) == 2


def test_a_surname_with_a_generational_suffix_is_the_person(nlp):
    body = (
        "Ambassador Arthur Pendle Jr. was recalled on Monday. Pendle said he would return "
        "to the capital.\n\nOfficials praised Pendle for his work."
    )
    actors, _ = analyse(nlp, body)
    pendle = by_name(actors, "Pendle")
    assert pendle.name == "Arthur Pendle Jr." and len(pendle.spans) == 3


# (text, the full name a bare surname stands for, another person of that surname)
SURNAME_CASES = [
    # News names the second person of a surname by the first name: "Brandvik" is the one the
    # article is about, not his father named once.
    pytest.param("Tomas Brandvik was arrested in Oslo on Friday. Tomas Brandvik denies the charges.\n\n"
                 "His father, Erik Brandvik, said the family was shocked.\n\n"
                 "Tomas Brandvik will appear in court next week. Brandvik faces ten years in prison.",
                 "Tomas Brandvik", "Erik Brandvik", id="not-a-relative-named-once"),
    # News introduces a person in full before using the surname; "Rana Malik", named later
    # (and "no relation"), is not the "Malik" of the story.
    pytest.param("On Friday, Imran Malik stabbed two people at a market in Leeds. Police stopped Malik on "
                 "a bridge.\n\nWitnesses said Malik was calm. The city's mayor, Rana Malik (no relation), "
                 "thanked the police.\n\nMalik had been released from prison in 2018.",
                 "Imran Malik", "Rana Malik", id="introduced-before"),
]


@pytest.mark.parametrize(("body", "owner", "other"), SURNAME_CASES)
def test_a_bare_surname_goes_to_one_of_two_people(nlp, body, owner, other):
    actors, _ = analyse(nlp, body)
    one, two = by_name(actors, owner), by_name(actors, other)
    surname = owner.split()[-1]
    assert surname in one.aliases and surname not in two.aliases
    assert one.id != two.id and len(two.spans) == 1


def test_a_surname_two_people_share_about_equally_stays_apart(nlp):
    body = (
        "Lena Moberg and Karl Moberg, a married couple, won the lottery on Friday.\n\n"
        "Lena Moberg said she would quit her job. Karl Moberg said he would not.\n\n"
        "Moberg said the money would go to their children."
    )
    actors, _ = analyse(nlp, body)
    lena, karl = by_name(actors, "Lena Moberg"), by_name(actors, "Karl Moberg")
    assert "Moberg" not in lena.aliases + karl.aliases


def test_a_country_and_its_official_name_are_one_place_by_its_common_name(nlp):
    body = (
        "The Islamic Republic of Iran rejected the offer on Monday.\n\n"
        "Iran said talks could resume next month."
    )
    actors, _ = analyse(nlp, body)
    iran = by_name(actors, "Iran")
    assert iran.name == "Iran" and iran.id == "place:iran" and len(iran.spans) == 2


def test_a_nickname_in_quotes_is_the_person(nlp):
    body = (
        'Jorge "Ace" Moreno won the race on Sunday.\n\n'
        "Ace Moreno said the track was wet. Moreno will race again in May."
    )
    actors, _ = analyse(nlp, body)
    people = [a for a in actors if a.kind == "person"]
    assert len(people) == 1, [(a.name, a.aliases) for a in people]
    assert len(people[0].spans) == 3


def test_a_full_name_with_an_initial_and_a_second_surname_is_the_short_full_name(nlp):
    body = (
        "Governor Pedro R. Pierluisi Urrutia was sworn in on Friday.\n\n"
        "Pedro Pierluisi said the island needed stability. Officials said Pierluisi would meet the "
        "senators in San Juan on Monday."
    )
    actors, _ = analyse(nlp, body)
    people = [a for a in actors if a.kind == "person"]
    assert [(a.name, len(a.spans)) for a in people] == [("Pedro R. Pierluisi Urrutia", 3)]


@pytest.mark.parametrize(("short", "full", "part"), [
    ("Rosselló", "Ricardo Rosselló Nevares", True),
    ("García", "Gabriel José García Márquez", True),
    ("Pedro Pierluisi", "Pedro R. Pierluisi Urrutia", True),
    ("Márquez", "Gabriel José García Márquez", True),
    ("José", "Gabriel José García Márquez", False),  # a second given name is no surname
    ("Gabriel García", "Gabriel José García Márquez", True),
    ("Terrell", "Tony Terrell Robinson Jr.", True),  # the suffix is no surname (a CNN story's case)
])
def test_the_first_of_two_surnames_stands_for_the_full_name(short, full, part):
    assert person_part(tuple(short.split()), tuple(full.split())) is part


def test_a_generic_body_alone_is_the_one_named_for_what_it_does(nlp):
    body = (
        "A report by the Commission on Maritime Safety was published on Tuesday.\n\n"
        "The Commission said two piers must close."
    )
    actors, _ = analyse(nlp, body)
    commission = by_name(actors, "Commission")
    assert commission.name == "Commission on Maritime Safety" and len(commission.spans) == 2


def test_washington_and_dc_are_one_city(nlp):
    body = ("Thousands gathered in Washington, D.C. on Saturday. Police in D.C. said the march was "
            "peaceful. Washington police made no arrests.")
    actors, _ = analyse(nlp, body)
    places = [a for a in actors if a.kind == "place"]
    assert len(places) == 1 and len(places[0].spans) == 4, places


def test_the_court_alone_is_the_one_court_the_article_names(nlp):
    body = ("The US Supreme Court ruled on Monday that the law stands. The Court said the state may "
            "enforce it. Critics of the Court were angry.")
    actors, _ = analyse(nlp, body)
    courts = [a for a in actors if "Court" in a.name]
    assert [(a.name, len(a.spans)) for a in courts] == [("US Supreme Court", 3)]


def test_a_country_abbreviation_before_a_body_is_the_country_s_full_name(nlp):
    body = ("The incoming United States Congress met on Monday. The U.S. Congress has the most women "
            "in its history. Members of the US House were sworn in.")
    actors, _ = analyse(nlp, body)
    congress = [a for a in actors if "Congress" in a.name]
    assert len(congress) == 1 and len(congress[0].spans) == 2, congress
    # One id across the archive, however an article writes the country.
    org = "organization"
    assert actor_id(org, "U.S. Supreme Court") == actor_id(org, "United States Supreme Court")
    assert actor_id(org, "UK Parliament") == actor_id(org, "United Kingdom Parliament")
    # Guard: "US" alone may be the pronoun in capitals; "USA Today" keeps its name's own words.
    assert canonical_key("US") == "us" and canonical_key("USA Today") == "usa today"
    assert actor_id("person", "Usha Patel") == "person:usha-patel"


def test_a_standing_body_alone_is_the_one_named_with_whose_it_is(nlp):
    body = ("The U.S. Congress met on Monday. Congress passed the bill. The White House said the House "
            "would vote next week.")
    actors, _ = analyse(nlp, body)
    names = {a.name: len(a.spans) for a in actors}
    assert names.get("U.S. Congress") == 2 and "Congress" not in names, names
    # Guard: "White" says no one's; "the House" is a body of its own.
    assert names.get("White House") == 1 and names.get("House") == 1, names
    # Named alone first, the standing body is the story's own, not the one named later.
    island = ("The Senate had not confirmed Pierluisi. Senate President Rivera said the Senate would meet "
              "on Monday. A vote in the U.S. Senate is not needed.")
    later, _ = analyse(nlp, island)
    assert {"Senate", "U.S. Senate"} <= {a.name for a in later}


def test_a_sentence_opening_word_before_a_surname_describes_the_person_named_in_full(nlp):
    body = ("Britain's Lewis Hamilton won the opening race in Australia on Sunday. Polesitter "
            "Hamilton controlled the race from the start. Hamilton said the car felt strong.")
    found, _ = analyse(nlp, body)
    assert [a.name for a in found if "Hamilton" in a.name] == ["Lewis Hamilton"], found


def test_a_first_name_the_article_uses_alone_is_no_description(nlp):
    body = ("Rob Kardashian posted a photo on Sunday. Khloe Kardashian replied within the hour. "
            "Khloe later deleted her reply.")
    found, _ = analyse(nlp, body)
    assert {"Rob Kardashian", "Khloe Kardashian"} <= {a.name for a in found}, found


def test_a_surname_fits_one_person_once_a_nickname_and_the_given_name_are_joined(nlp):
    body = ("Officer Darren Wilson shot teenager Michael Brown in August. The protests after Mike "
            "Brown's death went on for months. Wilson said he shot Brown in self-defense.")
    found, _ = analyse(nlp, body)
    assert [a.name for a in found if "Brown" in a.name or "Brown" in a.aliases] == ["Michael Brown"], found


def test_an_acronym_may_keep_the_of_of_its_name(nlp):
    body = ("The Department of Justice released a scathing report on the city. The DOJ found a "
            "pattern of abuse. Dolce & Gabbana dedicated its show to mothers. D&G later apologized.")
    found, _ = analyse(nlp, body)
    assert by_name(found, "DOJ").name == "Department of Justice"
    assert by_name(found, "D&G").name == "Dolce & Gabbana"


def test_a_department_named_either_way_round_is_one_body(nlp):
    body = ("The Justice Department released a scathing report on the city. The U.S. Department of "
            "Justice found a pattern of abuse. The State Department said nothing.")
    found, _ = analyse(nlp, body)
    assert by_name(found, "Justice Department").name == "U.S. Department of Justice"
    assert by_name(found, "State Department").aliases == ()


def test_a_person_named_in_full_is_not_the_body_named_after_them(nlp):
    body = ("Prints by Marta Kessler hang in the hall. Kessler took thousands of photographs. "
            "The Marta Kessler Foundation gave them to the college.")
    actors, _ = analyse(nlp, body)
    kessler = by_name(actors, "Kessler")
    assert kessler.name == "Marta Kessler" and kessler.kind == "person" and len(kessler.spans) == 2
    foundation = by_name(actors, "Marta Kessler Foundation")
    assert foundation.kind == "organization" and len(foundation.spans) == 1


def test_the_north_or_the_south_alone_is_the_one_place_it_opens(nlp):
    body = ("North Korea fired shells at a loudspeaker in South Korea that broadcasts propaganda into "
            "the North. The South retaliated by firing dozens of rounds.")
    actors, _ = analyse(nlp, body)
    assert {a.name: len(a.spans) for a in actors} == {"North Korea": 2, "South Korea": 2}


def test_a_body_named_once_with_whose_it_is_is_then_named_without(nlp):
    body = ("The Italian Supreme Court of Cassation ruled on Friday that the schools must pay. The "
            "Supreme Court said the schools run a business. The Court also said the church must pay.")
    actors, _ = analyse(nlp, body)
    assert [(a.name, len(a.spans)) for a in actors] == [("Italian Supreme Court of Cassation", 3)]
    # Only where the name is cut at its complement: a union is not the service it speaks for.
    body = ("The American Foreign Service Association keeps a list of diplomats killed abroad. "
            "The Foreign Service lost four ambassadors in those years.")
    names = {a.name for a in analyse(nlp, body)[0]}
    assert {"American Foreign Service Association", "Foreign Service"} <= names


def test_an_acronym_may_leave_out_whose_the_body_is(nlp):
    body = ("The United States Commission on Harbor Safety said on Friday that two piers must close. "
            'In a statement, CHS said: "The piers are not safe."')
    actors, _ = analyse(nlp, body)
    commission = by_name(actors, "United States Commission on Harbor Safety")
    assert len(commission.spans) == 2 and "CHS" in commission.aliases
    assert "CHS" not in {a.name for a in actors}
