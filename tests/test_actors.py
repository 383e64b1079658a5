"""Key actors on small texts written for these tests: merging, kinds, roles, salience."""

from __future__ import annotations

import pytest

from generator.analysis.actors import actor_id, find_actors
from generator.analysis.parse import parse
from generator.model import Article
from generator.reader import split_paragraphs


def analyse(nlp, body: str, title: str = "A report"):
    article = Article(source_path="t.md", slug="t", title=title, body=body,
                      paragraphs=split_paragraphs(body))
    return find_actors(parse(article, nlp))


def by_name(actors, text: str):
    """The actor that has ``text`` as its name or an alias."""
    found = [a for a in actors if a.name == text or text in a.aliases]
    assert len(found) == 1, f"{text!r} in {[(a.name, a.aliases) for a in actors]}"
    return found[0]


def names(actors):
    return {a.name for a in actors} | {x for a in actors for x in a.aliases}


def test_id_is_kind_and_fullest_name():
    assert actor_id("person", "Qasym-Zhomart Toqaev") == "person:qasym-zhomart-toqaev"
    office = actor_id("organization", "Prosecutor-General's Office")
    assert office == "organization:prosecutor-general-s-office"


def test_hyphenated_full_name_and_surname_are_one_person_with_title_role(nlp):
    actors, _ = analyse(nlp, (
        "Kazakh President Qasym-Zhomart Toqaev has warned of repercussions for protesters.\n\n"
        "Toqaev said the law was clear. Critics of Toqaev disagreed."
    ))
    toqaev = by_name(actors, "Toqaev")
    assert toqaev.name == "Qasym-Zhomart Toqaev"
    assert toqaev.kind == "person"
    assert toqaev.id == "person:qasym-zhomart-toqaev"
    assert toqaev.role == "Kazakh President"
    assert len(toqaev.spans) == 3
    # The headline-style fragment and the nationality word are not actors.
    assert "Qasym" not in names(actors)
    assert "Kazakh" not in names(actors)


def test_acronym_and_possessor_split_from_an_organisation(nlp):
    body = (
        "Officials banned Petrov's Civic Union of Moldova (CUM) last year.\n\n"
        "Ivan Petrov, an exiled former head of Agroprombank, founded the group. "
        "Hundreds of members of the CUM were arrested."
    )
    actors, _ = analyse(nlp, body)
    union = by_name(actors, "CUM")
    assert union.name == "Civic Union of Moldova"
    assert union.kind == "organization"
    assert len(union.spans) == 3  # the name, the bracketed acronym, the acronym alone
    # No span keeps the possessor or a dangling bracket.
    for s, e in union.spans:
        assert body[s:e] in ("Civic Union of Moldova", "CUM")
    petrov = by_name(actors, "Ivan Petrov")
    assert petrov.kind == "person"
    assert "Petrov" in petrov.aliases and len(petrov.spans) == 2
    assert "former head of Agroprombank" in {r.text.replace("exiled ", "") for r in petrov.roles}


def test_possessive_and_determiner_are_stripped_but_a_name_with_possessive_is_kept(nlp):
    body = ("The Prosecutor-General's Office must explain the law, "
            "the Interior Ministry's spokesman said on Monday.")
    actors, _ = analyse(nlp, body)
    found = names(actors)
    assert "Interior Ministry" in found
    assert not any(n.lower().startswith("the ") or n.endswith("'s") for n in found)
    spans = [body[s:e] for a in actors for s, e in a.spans]
    assert "Prosecutor-General's Office" in spans


def test_a_span_covers_the_possessive_written_onto_the_name(nlp):
    # The span is the word as written ("Ministry's", as a reader would highlight it); the name is
    # the name.  A possessive set off by a space (tokenised text: "Ministry 's") is not taken in.
    body = ("The Interior Ministry's spokesman spoke. Anna Petrova’s office said the Interior "
            "Ministry 's plan was sound.")
    actors, _ = analyse(nlp, body)
    ministry, petrova = by_name(actors, "Interior Ministry"), by_name(actors, "Anna Petrova")
    assert [body[s:e] for s, e in ministry.spans] == ["Interior Ministry's", "Interior Ministry"]
    assert [body[s:e] for s, e in petrova.spans] == ["Anna Petrova’s"]


def test_premodifier_role(nlp):
    text = "Rallies were planned by exiled opposition politician Mukhtar Ablyazov in Paris."
    actors, _ = analyse(nlp, text)
    assert by_name(actors, "Mukhtar Ablyazov").role == "exiled opposition politician"


def test_roles_keep_their_paragraph(nlp):
    actors, _ = analyse(nlp, (
        "Ivan Petrov spoke to farmers on Monday.\n\n"
        "Petrov, the mayor of Balti, later left the city."
    ))
    petrov = by_name(actors, "Ivan Petrov")
    assert [(r.text, r.paragraph) for r in petrov.roles] == [("mayor of Balti", 2)]


def test_nationality_words_are_not_actors(nlp):
    actors, _ = analyse(nlp, (
        "Moldovan authorities designated the group as extremist. The Central Asian country "
        "has no political prisoners, Moldovan officials said in Chisinau."
    ))
    found = names(actors)
    assert "Moldovan" not in found and "Central Asian" not in found
    assert "Chisinau" in found


def test_two_people_sharing_a_surname_are_not_merged(nlp):
    actors, _ = analyse(nlp, (
        "Bill Clinton and Hillary Clinton arrived in Denver on Tuesday.\n\n"
        "Clinton said the trip was long."
    ))
    bill, hillary = by_name(actors, "Bill Clinton"), by_name(actors, "Hillary Clinton")
    assert bill.id != hillary.id
    assert "Clinton" not in bill.aliases and "Clinton" not in hillary.aliases


def test_organisation_word_names_the_model_misses(nlp):
    text = "Human Rights Watch criticized the government for using the laws against critics."
    actors, _ = analyse(nlp, text)
    hrw = by_name(actors, "Human Rights Watch")
    assert hrw.kind == "organization"


def test_salience_prefers_the_headline_and_lead_over_late_repetition(nlp):
    body = (
        "Governor Maria Lopez signed the budget in Austin on Friday.\n\n"
        "Lopez said the budget was balanced.\n\n"
        "Opponents noted that Tom Reyes had proposed cuts. Tom Reyes spoke. Reyes left."
    )
    actors, _ = analyse(nlp, body, title="Lopez signs budget")
    ranked = [a.name for a in actors]
    assert ranked.index("Maria Lopez") < ranked.index("Tom Reyes")
    assert actors == tuple(sorted(actors, key=lambda a: -a.salience))


def test_output_is_deterministic(nlp):
    body = "Ivan Petrov met Anna Smirnova in Kyiv. Petrov and Smirnova spoke to the United Nations."
    assert analyse(nlp, body) == analyse(nlp, body)


@pytest.mark.parametrize("text", ["", "no names here at all."])
def test_no_actors_in_plain_text(nlp, text):
    actors, quotes = analyse(nlp, text or " ")
    assert actors == () and quotes == ()


def test_headline_breaks_a_surname_tie(nlp):
    body = ("Elijah Cummings died on Thursday. His mother, Ruth Cummings, was a preacher.\n\n"
            "In Baltimore, Mr. Cummings said he was proud of the city.")
    actors, _ = analyse(nlp, body, title="Elijah Cummings dies at 68")
    elijah = by_name(actors, "Elijah Cummings")
    assert elijah.kind == "person" and "Cummings" in elijah.aliases
    assert "Cummings" not in by_name(actors, "Ruth Cummings").aliases


def test_a_name_headed_by_an_organisation_word_is_an_organisation(nlp):
    actors, _ = analyse(nlp, "The Maryland Democratic Party said the Maryland Democratic Party would vote.")
    assert by_name(actors, "Maryland Democratic Party").kind == "organization"


def test_acronym_is_not_the_initials_of_a_name_that_contains_it(nlp):
    body = ("The U.S. Senate met on Monday. The United States will respond, "
            "U.S. officials said.")
    actors, _ = analyse(nlp, body)
    senate = by_name(actors, "U.S. Senate")
    assert senate.kind == "organization"
    assert "U.S." not in senate.aliases


def test_a_phrase_ending_in_an_office_is_not_an_actor(nlp):
    actors, _ = analyse(nlp, (
        "Maria Oduya, an Assistant Professor at Lakeside, met the Nevada Governor on Friday. "
        "Oduya said the talks went well. U.S. Trade Representative Karen Mills agreed."
    ))
    assert "Assistant Professor" not in names(actors)
    assert "Trade Representative" not in names(actors)
    assert "Nevada Governor" not in names(actors)
    assert by_name(actors, "Oduya").name == "Maria Oduya"


def test_a_common_word_before_a_name_is_not_part_of_it(nlp):
    actors, _ = analyse(nlp, "Trade grew in united Germany after the treaty, officials in Bonn said.")
    germany = [a for a in actors if "Germany" in a.name]
    assert [a.name for a in germany] == ["Germany"]


def test_a_generic_head_alone_repeats_the_longer_name_unless_a_standing_body(nlp):
    actors, _ = analyse(nlp, (
        "The Harbour City Press printed the letter first. The Press said its reporters were safe.\n\n"
        "The White House declined to comment. The House will vote next week."
    ))
    assert by_name(actors, "Press").name == "Harbour City Press"
    assert by_name(actors, "White House") is not by_name(actors, "House")


def test_the_place_an_office_is_held_over_is_not_a_person(nlp):
    actors, _ = analyse(nlp, (
        "Fighting in Chak Wardan displaced hundreds of families this week. "
        "The governor of Chak Wardan said aid was slow."
    ))
    assert by_name(actors, "Chak Wardan").kind == "place"


def test_a_nickname_and_the_given_name_with_one_surname_are_one_person(nlp):
    actors, _ = analyse(nlp, (
        "William Hartnell opened the exhibition on Monday. Visitors praised the show.\n\n"
        "Bill Hartnell said the paintings had been in storage for years."
    ))
    bill = by_name(actors, "Bill Hartnell")
    assert bill.name == "William Hartnell"
    actors, _ = analyse(nlp, "James Corrigan met John Corrigan at the station on Monday.")
    assert by_name(actors, "James Corrigan") is not by_name(actors, "John Corrigan")


def test_a_compass_point_before_a_generic_head_is_a_region(nlp):
    actors, _ = analyse(nlp, (
        "Farmers in the West Bank lost their harvest, and the Harbour Bank refused new loans."
    ))
    assert by_name(actors, "West Bank").kind == "place"
    assert by_name(actors, "Harbour Bank").kind == "organization"


def test_a_word_coordinated_with_organisations_is_one(nlp):
    actors, _ = analyse(nlp, "Posting on Facebook, Instagram and Telegram, the Harbour Party said "
                             "the vote was rigged.")
    assert by_name(actors, "Instagram").kind == "organization"


def test_an_organisation_named_in_either_word_order_is_one(nlp):
    actors, _ = analyse(nlp, (
        "The Ministry of Fisheries issued new quotas on Monday. "
        "The Fisheries Ministry said the quotas would last a year."
    ))
    ministry = by_name(actors, "Fisheries Ministry")
    assert ministry is by_name(actors, "Ministry of Fisheries")
    assert ministry.kind == "organization"


def test_a_word_one_publishes_on_is_no_person(nlp):
    actors, _ = analyse(nlp, (
        "Opposition leader Jane Forster wrote on Twitter that the count was flawed. "
        "Forster said Twitter had removed her post."
    ))
    assert by_name(actors, "Twitter").kind == "organization"
    assert by_name(actors, "Forster").kind == "person"
    actors, _ = analyse(nlp, (
        "Opposition leader Jane Forster answered via Twitter that the count was flawed. "
        "Forster said Twitter had removed her post."
    ))
    assert by_name(actors, "Twitter").kind == "organization"


def test_a_generic_body_alone_is_the_body_of_the_place_named(nlp):
    actors, _ = analyse(nlp, (
        "The Parliament of Moldova voted to expel the envoy on Sunday. "
        "Parliament also approved the budget. Assemblywoman Rita Ocampo voted against."
    ))
    assert by_name(actors, "Parliament").name == "Parliament of Moldova"
    assert by_name(actors, "Rita Ocampo").kind == "person"
