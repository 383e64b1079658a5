"""Errors a spot check of the demo archive found (false roles, a person split in two), on small
texts written for these tests."""

from __future__ import annotations

import pytest

from generator.analysis.actors.lexicon import is_given_name
from generator.analysis.actors.merge import same_but_vowels, swapped
from tests.test_actors_mentions import actors


def kinds_of(nlp, body: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors(nlp, body)}


def roles_of(nlp, body: str, name: str) -> list[str]:
    found = {a.name: [r.text for r in a.roles] for a in actors(nlp, body)}
    assert name in found, found
    return found[name]


GOLAN = ("On Friday, Ari Golan, the former head of Israel's intelligence agency, Mossad, told a "
         "newspaper that he was worried.")
# (text, name, the roles it gives the name): each a construction the parse misreads or a
# guard that a fix for one does not take away a right role.
ROLE_CASES = [
    # A capitalised office in apposition is tagged as a proper noun; a party's word on the
    # standing body in it is no part of the body's name ("Republican Senate").
    pytest.param("Mitch McConnell, the Republican Senate Majority Leader, promised a quick trial "
                 "in the Senate.", "Mitch McConnell", ["Republican Senate Majority Leader"],
                 id="capitalised-office-in-apposition"),
    pytest.param("The reform was signed by Qaboos bin Said, the long-serving Sultan of Oman, in 1996.",
                 "Qaboos bin Said", ["long-serving Sultan of Oman"], id="capitalised-office-of-a-place"),
    # The parse cuts "vice-president" into three appositions; the last alone would make her
    # the president.
    pytest.param("Marta Ilunga, former vice-president of Zembla, died on Sunday. She was 82 years old.",
                 "Marta Ilunga", ["former vice-president of Zembla"], id="hyphenated-office"),
    pytest.param("\"It is hard,\" said his father, Samir Haddad, after the ceremony.",
                 "Samir Haddad", ["father"], id="single-apposition"),
    # "the city of São Paulo, Brazil": a place after a place names where the first one is.
    pytest.param("By noon, ash from the fires had turned the city of São Paulo, Brazil dark as night.",
                 "Brazil", [], id="place-after-place"),
    pytest.param("A spokeswoman said: \"The name 'Omar Haddad' shall be a reminder of our work.\"",
                 "Omar Haddad", [], id="name-as-a-name"),
    pytest.param("Senators Kamala Harris and Marco Rubio asked for a vote on Monday.",
                 "Kamala Harris", ["Senator"], id="plural-title-singular"),
    pytest.param("Secretary of State Mike Pompeo said the talks would resume.",
                 "Mike Pompeo", ["Secretary of State"], id="office-of-a-field"),
    pytest.param("Secretary of Justice Wanda Vela said the talks would resume.",
                 "Wanda Vela", ["Secretary of Justice"], id="office-of-justice"),
    # "a spokesperson for President X": X is the president, not the spokesperson.
    pytest.param("The decision was announced by a spokesperson for President Alvaro Duarte in Manila.",
                 "Alvaro Duarte", ["President"], id="office-for-a-titled-name"),
    pytest.param("Hossein Azimi, the sister of Grand Ayatollah Mousa Rahimi Zanjani, was arrested.",
                 "Mousa Rahimi Zanjani", ["Grand Ayatollah"], id="office-of-a-titled-name"),
    # The parse hangs the quotation and its verb on the office: neither is part of the role.
    # A list cut after its first member would misstate the phrase: it is kept whole.
    pytest.param("Greece signed a deal on Thursday for the EuroAfrica Interconnector, a similar project "
                 "between Greece, Cyprus and Egypt, officials said.", "EuroAfrica Interconnector",
                 ["similar project between Greece, Cyprus and Egypt"], id="list-in-an-apposition"),
    # A phrase of a quotation in another language is no role.
    pytest.param('The court wrote: "El Tribunal concluye que la juramentación como gobernador del honorable '
                 'Pedro Pierluisi Urrutia es inconstitucional."', "Pedro Pierluisi Urrutia", [],
                 id="not-english"),
    # The parse cuts "son-in-law" at its hyphens; the role is the whole word.
    pytest.param("Chirac died on Thursday at home. He was 86. The news came from his son-in-law, "
                 "Frédéric Salat-Baroux, and came after a long period of health problems.",
                 "Frédéric Salat-Baroux", ["son-in-law"], id="hyphenated-kinship"),
    pytest.param('"I am in awe of the people who ran towards danger to keep us all safe" tweeted Mayor '
                 'of London Sadiq Khan.', "Sadiq Khan", ["Mayor of London"], id="quote-before-an-office"),
    # "the former head of … agency, Mossad,": Mossad is the agency; the office is Golan's.
    pytest.param(GOLAN, "Ari Golan", ["former head of Israel's intelligence agency"],
                 id="description-before-a-body-s-name"),
    pytest.param(GOLAN, "Mossad", [], id="the-body-after-a-description"),
    # Common nouns after an office's "of" describe the name, not a field: she is the heiress.
    pytest.param("Tom Vallen, the younger brother of celebrity heiress Mara Vallen, has reached a plea "
                 "deal.", "Mara Vallen", ["celebrity heiress"], id="common-nouns-after-of"),
    pytest.param("Speakers include Jilly Evans, co-founder of biotechnology firm Farnsworth Therapeutics.",
                 "Farnsworth Therapeutics", ["biotechnology firm"], id="a-firm-after-of"),
    # A participle right after a person's name is a verb: "leading" is no part of the title.
    pytest.param("A poll showed Democratic nominee Joe Biden leading President Donald Trump by seven "
                 "points in Ohio.", "Donald Trump", ["President"], id="a-verb-after-a-name"),
]


@pytest.mark.parametrize(("body", "name", "roles"), ROLE_CASES)
def test_the_roles_a_text_gives_a_name(nlp, body, name, roles):
    assert roles_of(nlp, body, name) == roles


# (text, name, the kind the text says it is, where the small model says another).
HOUTHIS = ("Officials attributed the bombing to Houthi rebels. The city fell under Houthi control in "
           "2014. Tamim claimed Houthis have attacked journalists. The town was recaptured from Houthis.")
SAMOA = ("The judge ruled on American Samoa. Denying American Samoans citizenship is unlawful, he "
         "wrote. The statement cited American Samoan objections.")
LAHOOD = ("Officials pressured Trump, including Republican members of the House of Representatives "
          "Darin LaHood and Mike Bost.")
CENTER = ("The Puerto Rico Center for Investigative Journalism obtained the messages. The nominee of "
          "the Party for Socialism and Liberation spoke on Monday.")
STATES = ("Last April, the United States Department of State designated the group. Militants of the "
          "Islamic State attacked the town; the Islamic State claimed the attack.")
KIND_CASES = [
    # A trade capitalised at the start of a sentence is no part of the name.
    pytest.param("Broadcaster Piers Morgan criticised the decision on Monday.\n\nMorgan said it was wrong.",
                 "Piers Morgan", "person", id="trade-before-a-name"),
    # "Mahan" alone looks like the first name of "Mahan Air"; "the airline" says what it is.
    pytest.param("Germany on Monday banned Iranian airline Mahan Air from flying in the country. Mahan has "
                 "been under sanctions since 2011. The US asked allies to restrict Mahan's operations. "
                 "Officials suspended Mahan's permit. The US claims Mahan flies cargo to Syria.",
                 "Mahan Air", "organization", id="described-over-shape"),
    # "Speaking to X, the president of …, Jane Doe, said": the office is the next name's.
    pytest.param("Speaking to Agence Nouvelle-Presse, the president of the Tunisian League for Human "
                 "Rights, Amel Sassi, said, \"We are for the freedom to dress.\"",
                 "Agence Nouvelle-Presse", "organization", id="office-of-the-next-name"),
    # "film star X" and "his client X" are said of people only.
    pytest.param("The lawyer who represented film star Tempest Daniels in her lawsuit was convicted of "
                 "stealing money that his client Tempest Daniels had earned.",
                 "Tempest Daniels", "person", id="person-noun-before"),
    # "our biggest island X" and "his wife X" say what they are.
    pytest.param('"The agreement assumes that our islands, including our biggest island Crete, have '
                 'no economic zone," he said.', "Crete", "place", id="kind-noun-before-place"),
    pytest.param("The president, his wife Melania, and son Barron all tested positive.",
                 "Melania", "person", id="kind-noun-before-person"),
    pytest.param("The attack took place at a military base in Maidan Shahr in the centre of Afghanistan's "
                 "Maidan Wardak province. Sharif Hotak, of the Maidan Wardak provincial council, "
                 "described witnessing the blast.", "Maidan Wardak", "place", id="province-and-council"),
    # The start of a route whose end is a place is a place, whatever the model says.
    pytest.param("Last month, Alexei Navalny was airlifted from Omsk to Berlin because of falling ill.",
                 "Omsk", "place", id="route-from-to"),
    # A name the model missed that says which bar it is names a business.
    pytest.param("The Northern Standard bar opened in 2015, the owner said.",
                 "Northern Standard", "organization", id="name-of-a-bar"),
    # A plural whose singular names what is its own ("Houthi control") is a group's name; a
    # surname ending in "s" with no such singular stays a person.
    pytest.param(HOUTHIS, "Houthis", "organization", id="plural-of-a-group"),
    pytest.param("Officials said Daniel Matthews had left. Matthews declined to comment.",
                 "Daniel Matthews", "person", id="surname-ending-in-s"),
    # A place's name and "n" or "ns" are its people, no actor.
    pytest.param(SAMOA, "American Samoans", None, id="a-places-people"),
    pytest.param(SAMOA, "American Samoan", None, id="a-places-person"),
    pytest.param(SAMOA, "American Samoa", "place", id="the-place-itself"),
    # A surname's particle is no word of its own; a given name and two surnames are a person's
    # ("Luis", "Darin": the census's first names, which have no nicknames).
    pytest.param("The Native American Rights Fund's Jacqueline De León said the law is unfair.",
                 "Jacqueline De León", "person", id="capitalised-particle"),
    pytest.param("The office stands vacant after the resignation of Luis Rivera Marín.",
                 "Luis Rivera Marín", "person", id="given-name-and-two-surnames"),
    pytest.param(LAHOOD, "Darin LaHood", "person", id="census-given-name-after-a-body"),
    pytest.param(LAHOOD, "House of Representatives", "organization", id="body-before-a-census-name"),
    # A body cut at its head word goes on through "for" and its field.
    pytest.param(CENTER, "Puerto Rico Center for Investigative Journalism", "organization",
                 id="body-through-its-field"),
    pytest.param(CENTER, "Investigative Journalism", None, id="field-no-person"),
    # The head of "X of Y" is X's; a state named for a creed is a movement.
    pytest.param(STATES, "United States Department of State", "organization", id="head-of-x-of-y"),
    pytest.param(STATES, "Islamic State", "organization", id="state-named-for-a-creed"),
    pytest.param("Militants attacked the town. The Islamic Republic of Iran condemned it.",
                 "Islamic Republic of Iran", "place", id="a-countrys-official-name"),
    # A given name and a surname that is a place's word are a person's name; a body's name
    # ends where "of" meets a lower-case word.
    pytest.param("In 2016, the Constitution Party ticket of Darrell Castle for president and Scott "
                 "Bradley for vice president received 0.1 percent.", "Darrell Castle", "person",
                 id="surname-a-place-word"),
    pytest.param("The assailant was reported by Associated Press of bank robberies to be a convict.",
                 "Associated Press", "organization", id="of-a-lower-case-word"),
    pytest.param("The lawsuit was filed on behalf of the Crow Tribe and the Fort Belknap Indian "
                 "Community.", "Crow Tribe", "organization", id="a-tribe"),
    # "the" of another name the model saw, and the domain of an office ("Ambassador to"), say
    # nothing of the name after them.
    pytest.param('Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "We must '
                 'always have the backs of our allies."', "Nikki Haley", "person", id="after-an-office-to"),
    # A given name alone is the person whose full name opens with it, particles or not.
    pytest.param("The party nominated businessman Rocky De La Fuente for president. Some will vote for "
                 "Rocky because of his name.", "Rocky", None, id="given-name-of-a-name-with-particles"),
    # "the people of X": a place, whatever the model called it.
    pytest.param("He offered honest services such as representing the honorable people of Qom, chairing "
                 "the office and joining the council.", "Qom", "place", id="the-people-of-a-place"),
    # A body of two places is one body ("of England and Wales"); an office's portfolio and the
    # abbreviation of a common noun are no actor.
    pytest.param("The High Court of England and Wales also ruled on the same day.",
                 "High Court of England and Wales", "organization", id="a-body-of-two-places"),
    pytest.param("Pompeo sent a letter to Elaine Chao, the Secretary of Transportation, on Friday.",
                 "Transportation", None, id="a-portfolio-of-transportation"),
    pytest.param("Competition from liquid natural gas (LNG) terminals is likely to keep investors away.",
                 "LNG", None, id="abbreviation-of-a-common-noun"),
    # A word quoted on its own is spoken of as a word.
    pytest.param('The agency named the disease on Tuesday. Reportedly, "COVI" represents the coronavirus '
                 'and "D" the disease.', "COVI", None, id="a-quoted-word"),
    # Guard: a place the model knows stays one before a body noun.
    pytest.param("Officers of the Minneapolis police department were charged on Monday.",
                 "Minneapolis", "place", id="place-before-a-body-noun"),
]


@pytest.mark.parametrize(("body", "name", "kind"), KIND_CASES)
def test_the_kind_a_text_gives_a_name(nlp, body, name, kind):
    found = kinds_of(nlp, body)
    assert found.get(name) == kind, found


def test_a_list_of_relatives_is_no_apposition(nlp):
    body = ("The charity renamed its ship after Omar Haddad. Haddad, his brother, and his mother "
            "were among the migrants who died at sea in 2015.")
    assert "brother" not in roles_of(nlp, body, "Omar Haddad")
    assert "mother" not in roles_of(nlp, body, "Omar Haddad")


def test_a_time_word_before_a_name_is_no_role(nlp):
    body = "He posted on Twitter: \"Tonight, [Melania] and I tested positive. We will recover.\""
    found = {a.name: [r.text for r in a.roles] for a in actors(nlp, body)}
    assert "Melania" in found
    assert all("Tonight" not in r for roles in found.values() for r in roles), found


def test_platform_before_a_surname_is_cut_off(nlp):
    body = ("Singer Jon Marlow said he would run for mayor. Marlow held a rally on Friday. "
            "The next day on Twitter Marlow accused his rivals of lying.")
    people = [a for a in actors(nlp, body) if a.kind == "person"]
    assert [a.name for a in people] == ["Jon Marlow"]
    assert len(people[0].spans) == 3


def test_a_surname_that_is_also_a_word_stays_the_person(nlp):
    # "Park" is a place word; a one-word name the model calls a person is not a park.
    body = ("Park Min-jun, the mayor of Daegu, was found dead on Friday. Park was 64 years old. "
            "The city government said Park had cancelled his schedule.")
    people = [a for a in actors(nlp, body) if a.name.startswith("Park")]
    assert [(a.name, a.kind) for a in people] == [("Park Min-jun", "person")]
    assert len(people[0].spans) == 3


def test_a_city_after_an_office_is_not_a_person(nlp):
    body = ("Jon Marlow said he would continue his work as mayor of New York City. "
            "He ended his campaign on Friday.")
    found = kinds_of(nlp, body)
    assert found.get("New York City") == "place", found
    assert "York City" not in found


def test_a_name_particle_is_no_part_of_a_title_role(nlp):
    body = ("Yesterday, Bill de Lucca, the mayor of Leeds, ended his campaign. Mayor de Lucca, a member "
            "of the Labour Party, spoke on the radio.")
    roles = roles_of(nlp, body, "Bill de Lucca")
    assert "Mayor de" not in roles and "mayor of Leeds" in roles


def test_a_description_before_a_name_is_that_names_not_the_previous_ones(nlp):
    body = ("Speaking to Agence France-Presse, the president of the Lisbon League for Press Freedom, "
            "Marta Ilunga, said the law was unjust.")
    assert roles_of(nlp, body, "Agence France-Presse") == []
    assert roles_of(nlp, body, "Marta Ilunga") == ["president of the Lisbon League for Press Freedom"]


def test_the_first_of_two_surnames_is_the_person(nlp):
    body = ("On Friday, Ricardo Rosales Nevares resigned as the governor of the province. "
            "The exiting governor Rosales appointed his successor.")
    people = [a for a in actors(nlp, body) if "Rosales" in a.name]
    assert [(a.name, a.kind, len(a.spans)) for a in people] == [("Ricardo Rosales Nevares", "person", 2)]


def test_a_phrase_past_a_clause_is_no_apposition(nlp):
    body = ("Marta Ilunga, a UN rapporteur for the Office of the High Commissioner who had investigated "
            "the case, cautioned justice does not come swiftly.")
    assert "cautioned justice" not in roles_of(nlp, body, "Marta Ilunga")


def test_an_office_in_apposition_makes_a_person_of_a_name_the_model_calls_a_body(nlp):
    # The small model calls this name an organisation; "X, Puerto Rico's governor," says whom
    # it names, and the surname alone then joins the full name.
    body = ("Ricardo Castelló Nevares, Puerto Rico's governor, announced his resignation shortly "
            "before midnight Wednesday night in an internet video broadcast to the U.S. island "
            "territory. Castelló said he is to leave office next month. In his speech, Castelló "
            "said, \"I feel that to continue represents difficulty.\"")
    found = {a.name: a for a in actors(nlp, body)}
    assert "Castelló" not in found, list(found)
    assert found["Ricardo Castelló Nevares"].kind == "person"
    assert found["Ricardo Castelló Nevares"].aliases == ("Castelló",)


def test_a_capitalised_title_run_into_a_name_is_no_organisation(nlp):
    body = ("Police Senior Superintendent Yolanda Yu Hoi-kwan said the officer had fired in "
            "self-defence. Yu said the protester was in stable condition.")
    found = {a.name: a for a in actors(nlp, body)}
    assert list(found) == ["Yolanda Yu Hoi-kwan"], list(found)
    assert found["Yolanda Yu Hoi-kwan"].role == "Police Senior Superintendent"


def test_a_family_named_by_its_plural_is_no_actor(nlp):
    # "the Marlows" is Jon Marlow's family: not one actor, and not another person.
    body = ("Officials said the Marlows' 14-year-old son Barron had tested negative. Jon Marlow "
            "said he felt well.")
    names = [a.name for a in actors(nlp, body)]
    assert "Marlows" not in names, names
    assert "Jon Marlow" in names


def test_a_role_no_actor_of_that_kind_can_have_is_dropped(nlp):
    # The parse hangs "Donald Trump's younger brother" on the convention too: a body has no brother.
    body = ("Just ahead of the 2020 Democratic National Convention, Donald Trump's younger brother "
            "Robert died of an unspecified illness.")
    assert roles_of(nlp, body, "Democratic National Convention") == []
    assert roles_of(nlp, body, "Robert") == ["Donald Trump's younger brother"]


def test_roles_that_fit_each_kind(nlp):
    from generator.analysis.actors.roles import fits_kind

    def fits(role: str, kind: str) -> bool:
        return fits_kind(nlp(role)[-1], kind)

    assert fits("capital", "place") and fits("hometown", "place")
    assert not fits("treaty", "place") and not fits("wife", "place")
    assert fits("company", "organization") and fits("producer", "organization")
    assert not fits("brother", "organization") and not fits("spokesperson", "organization")
    assert not fits("island", "organization")
    assert fits("think tank", "organization") and fits("messaging app", "organization")
    assert fits("separatist", "organization") and fits("investment bank", "organization")
    assert not fits("tweet", "organization") and not fits("police shooting", "organization")
    assert not fits("pressure", "organization") and not fits("prosecutor general", "organization")
    assert fits("secretary", "person") and fits("motorcyclist", "person") and fits("niece", "person")
    assert fits("President-elect", "person") and fits("Taoiseach", "person")
    assert not fits("organization", "person") and not fits("capital", "person")
    assert not fits("live television", "person") and not fits("manifesto", "person")


def test_a_surname_the_model_leaves_out_of_a_full_name_is_taken_in(nlp):
    # The model's entity is "Amy Berman"; the parse hangs it on "Jackson", her surname.
    body = ("Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in federal prison. "
            "Judge Jackson clarified in the proceedings that her sentence was not about politics.")
    found = {a.name: a for a in actors(nlp, body)}
    assert "Amy Berman Jackson" in found, list(found)
    assert "Amy Berman" not in found and "Jackson" not in found


def test_a_surname_is_taken_in_but_a_bodys_head_word_is_not(nlp):
    from spacy.tokens import Span

    from generator.analysis.actors.mentions.edges import _surname_after

    doc = nlp("Judge Amy Berman Jackson spoke.")  # the model's person: "Amy Berman"
    assert _surname_after(doc, 1, 3) == 4
    # Were the model to stop at "Anna Berg", "Institute" would still be the body's, not hers.
    doc = nlp("The Anna Berg Institute spoke.")
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    assert doc[2].head.i == 3  # the parse hangs the name on "Institute", as on "Jackson"
    assert _surname_after(doc, 1, 3) == 3


def test_a_word_before_a_day_name_is_part_of_the_day_not_a_place(nlp):
    body = ("Warren ended her campaign after Super Tuesday. By reports Bloomberg secured five "
            "delegates on Super Tuesday, in an event known as \"Super Tuesday\".")
    names = {a.name for a in actors(nlp, body)}
    assert "Super" not in names, names


def test_a_place_before_a_day_in_american_style_stays_a_place(nlp):
    body = "Two car bombs exploded in Baghdad Tuesday, police said. Officials in Mosul Friday denied it."
    names = {a.name for a in actors(nlp, body)}
    assert {"Baghdad", "Mosul"} <= names, names


def test_a_body_after_an_office_of_is_not_its_holder(nlp):
    # "director of Youth Forum Zimbabwe": the office's field, not "Mayor of Paris Jane Doe".
    body = ('"He was a dictator. He was ruthless," said Ashton Bumhira, director of Youth Forum '
            "Zimbabwe.")
    found = kinds_of(nlp, body)
    assert found.get("Forum Zimbabwe") is None and found.get("Youth Forum Zimbabwe") != "person", found


def test_two_transliterations_of_one_name_are_one_person(nlp):
    # "Hamza" alone then stands for one person, not for two spellings.
    body = ("Hamza bin Laden, the son of Osama bin Laden, was killed, officials said. A reward had "
            "been offered for Hamza bin Ladin in February. Hamza bin Laden was thought to be 30. "
            "Hamza had called for attacks.")
    found = [a for a in actors(nlp, body) if "Hamza" in a.name or "Hamza" in a.aliases]
    assert [a.name for a in found] == ["Hamza bin Laden"], found
    assert found[0].kind == "person"


def test_a_churchman_s_title_in_spanish_is_no_part_of_his_name(nlp):
    found = kinds_of(nlp, "The bill was criticised by archbishop Monsenor Jorge Eduardo Scheinig on "
                          "Sunday, and Scheinig called for a vote.")
    assert found.get("Jorge Eduardo Scheinig") == "person" and "Monsenor" not in found, found
    assert roles_of(nlp, "The bill was criticised by archbishop Monsenor Jorge Eduardo Scheinig.",
                    "Jorge Eduardo Scheinig") == ["archbishop"]


def test_a_storm_is_no_actor_under_any_of_its_names(nlp):
    # "Cyclone Phailin" once and "T C Phailin" (the advisory's tropical-cyclone prefix) after.
    found = kinds_of(nlp, "Cyclone Phailin reached the coast of Odisha on Saturday. As of the last "
                          "advisory, T C Phailin had winds of 190 kilometres per hour.")
    assert not any("Phailin" in name for name in found) and "Odisha" in found, found


# Words before or beside a name that the parse hangs on it but that say no role.
NO_ROLE_CASES = [
    pytest.param("The Acme Party (AP), the same party that nominated Jane Doe for governor in 1968, "
                 "chose its ticket on Monday.", "Acme Party",
                 id="'same' points at a clause the role leaves out"),
    pytest.param("Benin and Nigeria joined the African Union (AU) trade zone on Sunday. With the "
                 "signings, all but one of the member states of the 55-member AU have signed on to "
                 "the agreement.", "African Union", id="a body's size"),
]


@pytest.mark.parametrize(("body", "name"), NO_ROLE_CASES)
def test_words_that_say_no_role(nlp, body, name):
    found = {a.name: [r.text for r in a.roles] for a in actors(nlp, body)}
    assert found.get(name) == [], found


def test_a_bracketed_acronym_keeps_a_listing_name_whole(nlp):
    # The acronym's letters are the initials of the whole name, commas and all.
    body = ("As of yesterday, Bangladesh's Institute of Epidemiology, Disease Control and Research "
            "(IEDCR) reported 5 new deaths. The IEDCR said tests would double.")
    found = {a.name: a for a in actors(nlp, body)}
    institute = found.get("Institute of Epidemiology, Disease Control and Research")
    assert institute is not None and "IEDCR" in institute.aliases, found
    assert "Disease Control and Research" not in found and "Institute of Epidemiology" not in found


def test_a_full_name_of_a_body_is_a_member_of_it(nlp):
    # "Suman Haripriya of the Hajo assembly said": a person's name, then the body they belong to.
    body = ('A video was shared by a member of the Legislative Assembly from Assam earlier this month. '
            'Suman Haripriya of the Hajo assembly said "Cow dung cures the flu."')
    assert kinds_of(nlp, body).get("Suman Haripriya") == "person"
    # Guard: a body's own "of" stays inside its name.
    assert kinds_of(nlp, "The Bank of Norway said rates would rise.").get("Bank of Norway") == "organization"


def test_a_disease_named_with_a_capital_is_no_actor(nlp):
    found = kinds_of(nlp, 'He tweeted, "Don\'t be afraid of Covid." Doctors at Walter Reed said Ebola '
                          "was never a risk.")
    assert "Covid" not in found and "Ebola" not in found, found


def test_a_hashtag_names_no_one(nlp):
    found = kinds_of(nlp, "Her Twitter bio includes the hashtags #MAGA and #Teamwork, and Ana Lopes "
                          "writes there every day.")
    assert "MAGA" not in found and "Teamwork" not in found and "Ana Lopes" in found, found


def test_a_one_word_name_in_two_transliterations_is_one_actor():
    # "Al-Qaeda" and a quotation's "al-Qa’ida": a vowel for a vowel inside the word, the
    # apostrophe and the hyphen aside; whatever the model called each.  Not a short word, nor one
    # that differs at its end ("Maria", "Mario").
    from generator.analysis.actors.merge import merge
    from tests.test_actors_kind_of import mention

    clusters = merge([mention("Al-Qaeda", "ORG", start=0), mention("Al-Qaeda", "ORG", start=30),
                      mention("al-Qa’ida", "PERSON", start=60)])
    assert len(clusters) == 1 and {m.name for m in clusters[0].mentions} == {"Al-Qaeda", "al-Qa’ida"}
    for a, b in (("Hussein", "Hussain"),):
        assert len(merge([mention(a, "PERSON", start=0), mention(b, "PERSON", start=30)])) == 1
    for a, b in (("Mali", "Mola"), ("Nadia", "Nadio"), ("Sudan", "Sedan"), ("Marina", "Marino")):
        assert len(merge([mention(a, "GPE", start=0), mention(b, "GPE", start=30)])) == 2, (a, b)


def test_a_building_in_two_spellings_is_one_place_under_its_usual_one(nlp):
    # "formerly a church": an adverb before the apposition's article; a quotation's "Haghia"
    # spelling (an "h" after a consonant) is the same name.
    body = ("The president pledged to convert Hagia Sophia, formerly a Byzantine church and now a "
            "museum, to a mosque. \"It [Haghia Sophia] belongs to humanity,\" the minister said. "
            "Visitors still queue at Hagia Sophia every day.")
    found = [a for a in actors(nlp, body) if "Sophia" in a.name]
    assert [(a.name, a.kind) for a in found] == [("Hagia Sophia", "place")], found
    assert "Haghia Sophia" in found[0].aliases
    # Guard: an "h" after a vowel is no such variant ("Sarah" and "Sara" may be two people).
    assert not same_but_vowels(("Sarah", "Lopez"), ("Sara", "Lopez"))
    assert same_but_vowels(("Haghia", "Sophia"), ("Hagia", "Sophia"))








def test_a_name_the_model_calls_a_body_is_a_person_by_an_office_or_a_given_name(nlp):
    # "the Secretary of Justice": a capitalised office in apposition, tagged as a proper noun.
    body = ("Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for "
            "Puerto Rico. In a statement, Vázquez said she was ready.")
    found = {a.name: (a.kind, a.aliases) for a in actors(nlp, body)}
    assert found.get("Wanda Vázquez Garced", ("",))[0] == "person", found
    assert "Vázquez" in found["Wanda Vázquez Garced"][1], found
    # Guard: a first name that is an English word too is no given name ("Hope"); see KIND_CASES.
    assert is_given_name("Darin") and not is_given_name("Hope") and not is_given_name("Chase")





def test_a_surname_typed_once_with_two_letters_swapped_is_the_person(nlp):
    body = ("Jacques Chirac was born in 1932 in Paris. Chirac was mayor of Paris from 1977. In 1995, "
            "Chriac was elected President of France.")
    found = {a.name: a.aliases for a in actors(nlp, body) if a.kind == "person"}
    assert list(found) == ["Jacques Chirac"] and "Chriac" in found["Jacques Chirac"], found
    # Guard: letters swapped across a third are no slip of the keyboard.
    assert swapped("chriac", "chirac") and not swapped("chirac", "chirac") and not swapped("charic", "chirac")





def test_names_that_differ_in_a_given_names_ending_stay_apart(nlp):
    # Maria and Mario are two people, sister and brother.
    body = "Maria Lopez won the race on Sunday. Her brother Mario Lopez came second."
    people = sorted(a.name for a in actors(nlp, body) if a.kind == "person")
    assert people == ["Maria Lopez", "Mario Lopez"], people


KESTRELS = ("On Sunday the radio spoke to Jane Roe, a former captain of the national women's rugby team, "
            "known as the Kestrels. Roe retired last year.\n\nThe Kestrels won the cup in 2019, and the "
            "Kestrels team now trains in Perth. Many Texans watched the final.")


def test_a_plural_the_text_names_a_team_by_is_an_organisation(nlp):
    # "Texans" describes people; "the Kestrels", which the text gives a team as its name, names one.
    found = {a.name: a for a in actors(nlp, KESTRELS)}
    assert found["Kestrels"].kind == "organization" and len(found["Kestrels"].spans) == 3, found
    assert "Texans" not in found


def test_a_plural_the_text_names_a_thing_by_stays_no_actor(nlp):
    # Guard: only a name given to an actor's kind ("team") keeps a plural.
    body = ("The bar serves small cakes known as the Gliders. Bartenders say the Gliders sell well, "
            "and the Gliders cost two dollars.")
    assert "Gliders" not in kinds_of(nlp, body)


def test_a_plural_possessive_inside_a_name_keeps_the_name(nlp):
    # "Fishmongers' Hall" is one name; "the Philippines' Coast Guard" is a place's body.
    hall = kinds_of(nlp, "On Friday a man stabbed several people at Fishmongers' Hall in London. Police "
                         "said the attacker left Fishmongers' Hall at 2pm.")
    assert "Fishmongers' Hall" in hall and "Hall" not in hall, hall
    guard = kinds_of(nlp, "The Philippines' Coast Guard said on Sunday that it had found the boat.")
    assert {"Philippines", "Coast Guard"} <= set(guard), guard


def test_the_possessive_of_a_word_for_people_inside_a_name_keeps_the_name(nlp):
    # "People's Liberation Army", "Women's Hospital": the possessor names whom the body is for;
    # "the Army's Research Hospital" is still the Army's.
    found = kinds_of(nlp, "The protesters faced threats of the People's Liberation Army and water "
                          "cannons on Sunday, a witness said.")
    assert "People's Liberation Army" in found and "Liberation Army" not in found, found


def test_a_name_only_of_a_process_is_no_actor(nlp):
    found = kinds_of(nlp, "Johnson stressed his support for the Brexit movement on Monday.\n\n"
                          "Following the UK's Brexit vote, Theresa May resigned in protest to the Brexit "
                          "agreement.")
    assert "Brexit" not in found and found.get("Theresa May") == "person", found
    # Guard: a person's surname before "deal" stays the person named in full.
    found = kinds_of(nlp, "Donald Trump met the Chinese delegation on Monday. Critics called the Trump deal "
                          "a gift to farmers.")
    assert found.get("Donald Trump") == "person", found


def test_a_process_argued_over_or_got_done_is_still_no_actor(nlp):
    # "debating X", "argue about X", "the final say on X": topics; and a subject the process's
    # uses outnumber ("get X done") is no agent.
    found = kinds_of(nlp, "The Brexit deadline is October 31. MPs want to stop Parliament debating Brexit. "
                          "Corbyn wants to argue about Brexit for years.")
    assert "Brexit" not in found, found
    found = kinds_of(nlp, "Leaving the union has been termed Brexit. The Brexit deadline is near and the "
                          "Brexit referendum is long past. Johnson said: \"We must get Brexit done.\"")
    assert "Brexit" not in found and found.get("Johnson") == "person", found
    found = kinds_of(nlp, "May could not negotiate a Brexit deal. Protesters want the final say on Brexit. "
                          "Markets fear Brexit.")
    assert "Brexit" not in found, found
    # Guard: someone argued about is still a person, with no thing's use to say otherwise.
    found = kinds_of(nlp, "Reporters argued about Maria Haldane for weeks. The Haldane deal was her last.")
    assert found.get("Maria Haldane") == "person", found


def test_a_nations_noun_or_a_party_member_is_no_actor(nlp):
    found = kinds_of(nlp, "Greta Thunberg won the award. The sixteen-year-old Swede is its youngest "
                          "recipient. Sanders said: \"I'm asking every Democrat, I'm asking every "
                          "Independent, to support Biden.\"")
    assert not {"Swede", "Democrat", "Independent"} & set(found), found
    # Guard: a place the model calls a nationality, used as a name, stays a place.
    assert kinds_of(nlp, "He flew between Sochi and New York twice a year.").get("Sochi") == "place"
    assert "Greens" in kinds_of(nlp, "Eva Roth, the chair and spokesperson for The Greens, sued Facebook.")


def test_the_title_of_a_work_or_a_craft_is_no_actor(nlp):
    found = actors(nlp, "The drink was inspired by columnist Dan Savage's column Savage Love. Readers of the "
                        "Savage Love advice column voted. The charity Sea-Eye renamed its ship Alan Kurdi "
                        "after the boy Alan Kurdi.")
    names = {a.name: a for a in found}
    assert "Savage Love" not in names, names
    # The ship's name is not a mention of the boy.
    assert len(names["Alan Kurdi"].spans) == 1
    # Guard: the maker of a work, named before its noun, is an actor; the work is not.
    made = kinds_of(nlp, "The festival in Cannes opened on Monday with the film Jaws, a Steven Spielberg "
                         "film. Spielberg did not attend.")
    assert made.get("Steven Spielberg") == "person" and "Jaws" not in made, made


def test_a_ship_named_after_a_person_and_a_company_by_its_legal_form(nlp):
    # "MV Professor Albrecht Penck" is a ship; "Kft." ends a (Hungarian) company's name.
    found = kinds_of(nlp, "Their ship, MV Alan Kurdi, was previously MV Professor Albrecht Penck.")
    assert "Albrecht Penck" not in found, found
    body = ("On Monday the state-owned enterprise HDT Védelmi Ipari Kft. bought the group. Védelmi Ipari "
            "Kft. will run its plants.")
    assert kinds_of(nlp, body).get("Védelmi Ipari Kft") == "organization", kinds_of(nlp, body)


def test_a_species_or_a_thing_the_text_names_is_no_actor(nlp):
    body = ("The team at the University of Helsinki used Formica fusca, an ant species that forms large "
            "colonies. Some ants were infected with Beauveria bassiana, a fungus. In the wild, Formica "
            "fusca can meet the fungus Beauveria bassiana in dead wood.")
    found = kinds_of(nlp, body)
    assert "University of Helsinki" in found
    assert not {"Formica", "Formica fusca", "Beauveria bassiana"} & set(found), found
    # "a range of neurotoxins": the noun a sort noun is of says what the thing is.
    body = ("Tests in Berlin showed Navalny was poisoned with Novichok, a range of neurotoxins "
            "developed in the Soviet Union. A laboratory found Novichok in his blood.")
    found = kinds_of(nlp, body)
    assert "Novichok" not in found and "Berlin" in found, found
    # With "the" too: "Reactive Oxygen Species, the group of chemicals that…" is no body.
    body = ("Healthy ants in Helsinki die sooner when they eat ROS [Reactive Oxygen Species, the group "
            "of chemicals that includes hydrogen peroxide], the team found.")
    found = kinds_of(nlp, body)
    assert "Reactive Oxygen Species" not in found and "Helsinki" in found, found
    assert "ROS" not in found, found  # the thing's acronym is the thing


def test_an_offices_portfolio_is_no_actor(nlp):
    found = kinds_of(nlp, "John Luk Jok, the South Sudanese minister for East African Affairs and a figure "
                          "in independence from Sudan, died yesterday in Juba.")
    assert not {"African Affairs", "East African Affairs", "East"} & set(found), found
    assert roles_of(nlp, "John Luk Jok, the South Sudanese minister for East African Affairs, died.",
                    "John Luk Jok") == ["South Sudanese minister for East African Affairs"]
    # Guard: a company after "CEO of" is a company, not a portfolio.
    assert "Massey Energy" in kinds_of(nlp, "Don Blankenship, the former CEO of Massey Energy, ran in 2020.")
