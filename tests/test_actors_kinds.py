"""Kinds of actors and the edges of their names, on small texts written for these tests."""

from __future__ import annotations

import pytest

from generator.analysis.actors.cluster import Cluster
from generator.analysis.actors.kinds import actor_kind, is_given_name, label_kind
from generator.analysis.actors.mentions import Mention, find_mentions
from generator.analysis.actors.mentions.edges import trim
from tests.test_actors import analyse, by_name, names
from tests.test_actors_mentions import parsed


def kinds(actors):
    return {a.name: a.kind for a in actors}


def mention(name: str, label: str, start: int = 0, **evidence) -> Mention:
    return Mention(paragraph=1, start=start, end=start + len(name), text=name, name=name, label=label,
                   sent_start=0, chunk=0, tokens=(0, len(name.split())), **evidence)


# Spans


def test_an_office_holder_is_cut_from_the_body_the_office_is_of(nlp):
    actors, _ = analyse(nlp, '"The ruling is a relief," Lisbon director of Greenpeace International '
                             'Ana Sousa said on Friday.')
    assert kinds(actors).get("Ana Sousa") == "person"
    assert kinds(actors).get("Greenpeace International") == "organization"
    assert not any("Greenpeace" in n and "Sousa" in n for n in names(actors))


def test_a_state_after_from_is_not_a_first_name(nlp):
    actors, _ = analyse(nlp, "Yesterday, United States Senator from Ohio Sherrod Brown won the vote. "
                             "Brown thanked his staff.")
    brown = by_name(actors, "Brown")
    assert brown.name == "Sherrod Brown"
    assert kinds(actors).get("Ohio") == "place"


def test_an_occupation_before_a_name_is_a_role_not_part_of_the_name(nlp):
    actors, _ = analyse(nlp, "Historian Kate Marlow commented on the strike. Marlow said it was unfair.")
    marlow = by_name(actors, "Marlow")
    assert marlow.name == "Kate Marlow"
    assert marlow.kind == "person"


def test_a_name_does_not_end_in_a_small_word(nlp):
    doc = nlp("He met Patrice Dossou of Benin on Monday.")
    start, end = trim(doc, 2, 5, "PERSON")  # the model's span "Patrice Dossou of"
    assert doc[start:end].text == "Patrice Dossou"


def test_time_zones_diseases_brackets_and_common_nouns_are_not_names(nlp):
    actors, _ = analyse(nlp, (
        "The blast came at 14:00 local time (1200 UTC). Doctors fear COVID-19 will spread.\n\n"
        "She would be a Whig now, said Tom Reyes. The cabinet met [Pittsb]urgh officials."
    ))
    found = names(actors)
    assert "Tom Reyes" in found
    assert not found & {"UTC", "COVID-19", "Whig"}
    assert not any("[" in n or "]" in n for n in found)


# Kinds


def test_an_event_or_idea_is_no_actor(nlp):
    actors, _ = analyse(nlp, "The vote came weeks before Brexit. The process was termed Brexit by the press. "
                             "Others fear a hard Brexit.")
    assert "Brexit" not in names(actors)


def test_a_platform_one_posts_to_is_not_a_person(nlp):
    actors, _ = analyse(nlp, "The minister posted a photo to Twitter on Monday. "
                             "The hashtag trended on Twitter within hours.")
    assert kinds(actors).get("Twitter") == "organization"


def test_a_title_with_a_capital_the_is_a_publication_not_a_person(nlp):
    actors, _ = analyse(nlp, "By then she was a writer for The Beacon, a satirical paper. "
                             "The Beacon has a large staff.")
    assert kinds(actors).get("Beacon") == "organization"


def test_a_state_named_like_a_body_is_a_place(nlp):
    actors, _ = analyse(nlp, "Historians say the Soviet Union collapsed in 1991. "
                             "After the Soviet Union fell, borders moved.")
    assert kinds(actors).get("Soviet Union") == "place"


def test_a_given_name_makes_a_plain_name_a_person_whatever_the_label():
    c = Cluster([mention("Elijah Cranmore", "ORG"), mention("Elijah Cranmore", "ORG", start=40)])
    assert label_kind(c) == "organization"  # the model's label alone
    assert actor_kind(c) == "person"
    # A state's name is not a given name, even where people bear it.
    assert is_given_name("Elijah") and not is_given_name("Virginia")
    assert actor_kind(Cluster([mention("Virginia Tech", "ORG")])) == "organization"


def test_a_name_with_its_own_article_is_not_a_person():
    c = Cluster([mention("Zorbat", "PERSON", det="the")])
    assert label_kind(c) == "person"
    assert actor_kind(c) == "organization"
    # One odd "the" among several plain uses does not outvote them.
    c = Cluster([mention("Ava Zorbat", "PERSON", det="the"), mention("Ava Zorbat", "PERSON", start=30),
                 mention("Ava Zorbat", "PERSON", start=60)])
    assert actor_kind(c) == "person"



def test_what_the_text_calls_a_name_decides_its_kind(nlp):
    actors, _ = analyse(nlp, "Marvola is the most populous state in the federation. "
                             "Its governor resigned.\n\nKelvish, a company based in Oslo, hired staff.")
    assert kinds(actors).get("Marvola") == "place"
    assert kinds(actors).get("Kelvish") == "organization"


def test_a_channel_phrase_hung_on_a_noun_still_marks_a_platform(nlp):
    # The parse hangs "on Twitter" on "courage", not on "noted".
    actors, _ = analyse(nlp, "The mayor noted her courage and patience on Twitter.")
    assert kinds(actors).get("Twitter") == "organization"


def test_he_or_she_after_a_full_name_makes_it_a_person():
    c = Cluster([mention("Orsino Vakt", "ORG", he_she=True), mention("Orsino Vakt", "ORG", start=40)])
    assert label_kind(c) == "organization"
    assert actor_kind(c) == "person"
    # A single word's "his" is too often its user's ("Twitter removed his post").
    assert actor_kind(Cluster([mention("Vaktor", "ORG", he_she=True)])) == "organization"


def test_a_bare_surname_that_says_and_is_then_he_is_a_person(nlp):
    actors, _ = analyse(nlp, "Trump said on Monday he would veto the bill.")
    assert kinds(actors) == {"Trump": "person"}


def test_a_province_the_model_calls_a_body_is_a_place():
    assert actor_kind(Cluster([mention("Ontario", "ORG")])) == "place"
    # Not when the text treats it as a person.
    assert actor_kind(Cluster([mention("Ontario", "PERSON"), mention("Ontario", "ORG", start=30)])) != "place"


def test_names_run_together_are_cut_apart(nlp):
    actors, _ = analyse(nlp, (
        "The cable ends the isolation of Malta and Gozo, officials said. He was flown from the city of "
        "Tomsk in Siberia to Berlin.\n\nThe Hawkins/Walker ticket won votes. "
        "Later the blogger Ann Ruiz founded the |Green Tea Party in Ohio."
    ))
    found = names(actors)
    assert not any(" and " in n or " in " in n or "/" in n or "|" in n for n in found), found
    assert {"Tomsk", "Siberia"} <= found


def test_a_body_then_a_person_are_two_names(nlp):
    doc = nlp("Terrorism expert Ali Soufan told NPR Hamza bin Laden had appeared in videos.")
    from generator.analysis.actors.mentions.edges import split_joined
    start = next(t.i for t in doc if t.text == "NPR")
    parts = split_joined(doc, start, start + 4, "ORG")
    assert [(doc[s:e].text, label) for s, e, label in parts] == [
        ("NPR", "ORG"), ("Hamza bin Laden", "PERSON")]


def test_a_plural_office_titles_every_name_it_governs(nlp):
    actors, _ = analyse(nlp, "On Sunday Presidents Oyelaran Badmus of Ruvania and Tomasz Wielki of Ostrela "
                             "signed the treaty.")
    assert kinds(actors).get("Oyelaran Badmus") == "person"
    assert kinds(actors).get("Tomasz Wielki") == "person"


def test_an_office_over_a_field_is_the_holders_role_not_the_fields(nlp):
    actors, _ = analyse(nlp, "Mayor of Paris Anne Hidalgo opened the bridge.")
    assert by_name(actors, "Anne Hidalgo").role == "Mayor of Paris"
    assert by_name(actors, "Paris").role is None


def test_an_article_apart_from_the_name_still_makes_it_a_common_noun(nlp):
    actors, _ = analyse(nlp, "Critics fear a no-deal Brexit.")
    assert "Brexit" not in names(actors)


# What the text around a name says it is: (text, {name: kind}).
KIND_CASES = [
    # "daily" (read as an adverb) and "weekly" before a name call it a newspaper.
    ("The agreement was signed by the ministers. Greek daily Kathimerini said Greece had to speed "
     "up. The Portuguese weekly Expresso reported the deal.",
     {"Kathimerini": "organization", "Expresso": "organization"}),
    # One word that only reports and quotes is an outlet…
    ("The agency will lead the response, which Politico reported had surprised experts. Politico "
     "quoted Tim Manning, a former official.",
     {"Politico": "organization", "Tim Manning": "person"}),
    # …but a reporter named in full, or titled, stays a person.
    ("Reporter Jane Hale covered the trial. Hale reported that the jury was out. Mr. Brooks quoted "
     "the judge, and Brooks reported a verdict.",
     {"Jane Hale": "person", "Brooks": "person"}),
    # A platform is its company, whatever the model's label.
    ("A photo of a weasel riding a woodpecker has gone viral on Twitter, with thousands sharing it. "
     "The creature spawned a number of parodies on Twitter.",
     {"Twitter": "organization"}),
    # An apposition set off by dashes, with "another".
    ("Earlier this month, Boko Haram -- another Islamist extremist group with ties to West Africa "
     "-- pledged allegiance to ISIS.",
     {"Boko Haram": "organization"}),
    # A producer is a person far more often than a company; a blog is a body.
    ("Executive producer Robert Kirkman announced Friday that the series would air. Roy founded "
     "the religion critical blog Mukto Mona, which served many writers.",
     {"Robert Kirkman": "person", "Mukto Mona": "organization"}),
    # A name of Greek letters is a fraternity's.
    ("A video of a chant by the now-disbanded Sigma Alpha Epsilon fraternity made headlines. The "
     "university cut ties with Sigma Alpha Epsilon.",
     {"Sigma Alpha Epsilon": "organization"}),
    # A lake's, a mount's name; a football club; armed members are a body's.
    ("In one of her poems she describes the tranquil waters of Lake Waban as her only comfort. "
     "Del Piero later joined Sydney FC. Villagers fled after Boko Haram militants attacked.",
     {"Lake Waban": "place", "Sydney FC": "organization", "Boko Haram": "organization"}),
    # Two words nothing marks as a person's (no title, given name or "he"), used as a body's.
    ("Four guards were killed by Jamaat Kadiri gunmen on Sunday. Jamaat Kadiri had seized two "
     "villages last year.",
     {"Jamaat Kadiri": "organization"}),
    ("Police said the suspects were linked to the Jamaat Kadiri network. Jamaat Kadiri pledged "
     "allegiance to ISIS in 2015.",
     {"Jamaat Kadiri": "organization"}),
    # A body's noun glued by a hyphen names a person's trade.
    ("Cabinet-maker Tomas Varga finished the oak table on Friday. Varga says the wood came from "
     "Hungary.",
     {"Tomas Varga": "person"}),
    # An office set off by a pair of dashes says what the name is, as one between commas does.
    ("Police say the fire was an accident, though Nadia Salem -- executive director of the "
     "Tenants Union of Dallas -- said residents had warned the owner. Salem spoke on Friday.",
     {"Nadia Salem": "person"}),
    # A noun before a name that goes on as a noun phrase describes the whole ("the star
    # Patriots tight end" is a player); a plural after a name is the next item of a list; a teen.
    ("The owner said he had a private talk with the star Patriots tight end on June 19. The "
     "Patriots released him a week later.",
     {"Patriots": "organization"}),
    ("I owe it all to my family, my friends, Dr. Jo Ilson, the support groups, the doctors.",
     {"Jo Ilson": "person"}),
    ("Why transgender teen Jazz Jennings is everywhere this spring.",
     {"Jazz Jennings": "person"}),
    # "the head of an agency, X": X may be the head or the agency, so the phrase says nothing.
    ("On Friday, Ari Golan, the former head of Israel's intelligence agency, Mossad, told a "
     "newspaper that he was worried. Golan ran Mossad for eight years.",
     {"Ari Golan": "person", "Mossad": "organization"}),
    # A club's word; the team or the show a "star" or a "manager" belongs to is no person.
    ("Former Leeds United star Danny Carver returned to haunt his old club on Sunday. United "
     "never recovered, and United fans left early.",
     {"Leeds United": "organization", "Danny Carver": "person"}),
    ("Reality show Dragon Pit star Marc Quill invested in the firm. Quill said the show had "
     "changed his life.",
     {"Dragon Pit": "organization", "Marc Quill": "person"}),
    # An heiress or a mogul is a person; so is a bare surname shared by two people named in full,
    # though which of them it is stays open.
    ("The guests at the gala in Monaco included celebrity heiress Paris Hilton and two bankers.",
     {"Paris Hilton": "person"}),
    ("Rick Hilton and Kathy Hilton own a hotel. Prosecutors said Hilton threatened the crew on a "
     "flight to London. Hilton, 20, is free on bail. Hilton will be sentenced in May.",
     {"Hilton": "person", "Rick Hilton": "person", "Kathy Hilton": "person"}),
    # Initials mark a person's name as a given name does.
    ("What is your favourite question? I don't know, the J.R. Hollis one. Yes, I see J.R. Hollis "
     "in that.",
     {"J.R. Hollis": "person"}),
    # A name before "magazine" is the magazine's, whatever the model read elsewhere ("told X");
    # a place's name before "newspaper" stays the place.
    ("The row stems from comments in Panorama magazine, in which the designers spoke. He denied "
     "that they told Panorama they objected. The Texas newspaper said Texas would sue.",
     {"Panorama": "organization", "Texas": "place"}),
    # A broadcaster's word ends a broadcaster's name.
    ("Usher stars in the Lebron James-produced Starz TV series as Cam Calloway. The first season "
     "premiered in October, and Starz quickly renewed the show.",
     {"Starz TV": "organization", "Lebron James": "person"}),
    # A road is a place, as a street is.
    ("The 131-page envelope was found on Hollyfield Road in Kanata by a passerby. Police closed "
     "Hollyfield Road on Monday.",
     {"Hollyfield Road": "place"}),
]


@pytest.mark.parametrize("text, expected", KIND_CASES)
def test_what_the_words_around_a_name_make_it(nlp, text, expected):
    found = kinds(analyse(nlp, text)[0])
    assert {name: found.get(name) for name in expected} == expected, found


def test_a_participle_opening_the_sentence_is_no_part_of_the_name(nlp):
    body = ("Suspected Jamaat Kadiri gunmen killed four guards near the border on Sunday. Exiled "
            "opposition leader Mukhtar Ablyazov called for rallies. Accused banker Tomas Varga "
            "denied the charges.")
    found = names(analyse(nlp, body)[0])
    assert {"Jamaat Kadiri", "Mukhtar Ablyazov", "Tomas Varga"} <= found, found
    assert not [n for n in found if n.split()[0] in ("Suspected", "Exiled", "Accused")], found


def test_a_disease_named_after_its_finder_is_no_one(nlp):
    body = ("The film follows a professor who loses herself to early-onset Alzheimer's disease. "
            "Witnessing Alzheimer's progress on the big screen is terrifying. Alzheimer's is the "
            "costliest disease in America, said Dr. Maria Shriver.")
    found = names(analyse(nlp, body)[0])
    assert not [n for n in found if "Alzheimer" in n], found
    assert "Maria Shriver" in found and "America" in found


def test_an_era_a_religion_and_a_sentence_opening_verb_are_no_names(nlp):
    body = ("Nimrud flourished between 900 B.C. and 612 B.C. under the Assyrian kings. Roy had no "
            "place for dogma, including from Islam, the main religion of Bangladesh. Following "
            "Hamid Karzai's visit, the museum reopened.")
    found = names(analyse(nlp, body)[0])
    assert not {"B.C.", "Islam", "Following Hamid Karzai"} & found, found
    assert {"Nimrud", "Bangladesh", "Hamid Karzai"} <= found, found


def test_a_quoted_title_after_or_before_the_work_s_noun_is_no_actor(nlp):
    body = ('The BBC has suspended Jeremy Clarkson, the host of car show "Top Gear," after a fracas. '
            'Julianne Moore won the Oscar for "Still Alice," a movie about memory. "Still Alice" '
            "shows us the truth, and Top Gear will not air on Sunday.")
    found = names(analyse(nlp, body)[0])
    assert not {"Top Gear", "Still Alice"} & found, found
    assert {"Jeremy Clarkson", "Julianne Moore", "BBC"} <= found, found


def test_a_name_whose_residents_the_text_speaks_of_is_a_place():
    # The model called the town a body each time; "Danbury residents" says where people live.
    residents = {"modifier": True, "modifies": "resident"}
    c = Cluster([mention("Danbury", "ORG"), mention("Danbury", "ORG", start=30, **residents),
                 mention("Danbury", "ORG", start=60, **residents)])
    assert actor_kind(c) == "place"
    voters = Cluster([mention("Trump", "PERSON", modifier=True, modifies="voter"),
                      mention("Trump", "PERSON", start=30)])
    assert actor_kind(voters) == "person"


def test_a_name_one_is_a_member_of_is_a_body():
    # The model called the movement a place twice and a body once; its members say what it is.
    member = {"member_of": True}
    c = Cluster([mention("Veritology", "LOC"), mention("Veritology", "LOC", start=30),
                 mention("Veritology", "ORG", start=60, **member),
                 mention("Veritology", "", start=90, **member)])
    assert actor_kind(c) == "organization"
    # Without the members, the model's labels decide.
    plain = Cluster([mention("Veritology", "LOC"), mention("Veritology", "LOC", start=30),
                     mention("Veritology", "ORG", start=60), mention("Veritology", "", start=90)])
    assert actor_kind(plain) == "place"


def test_members_and_a_church_of_a_creed_are_read_from_the_text(nlp):
    body = ("Daniel Ortiz, 19, a member of Veritology all his life, was arrested. Former members of "
            "Veritology helped him. He called himself an enemy of the church of Veritology.")
    mentions = [m for m in find_mentions(parsed(nlp, body)) if m.name == "Veritology"]
    assert [m.member_of for m in mentions] == [True, True, False]
    # "the church of X" is of a creed, not a place called so; "the town of X" is.
    assert mentions[2].described == ""
    town = [m for m in find_mentions(parsed(nlp, "They drove to the town of Marlow on Sunday."))
            if m.name == "Marlow"]
    assert town and town[0].described == "town"
