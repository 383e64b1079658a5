"""Edges of names and roles on small texts written for these tests (the mentions package, roles.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator.analysis.actors import find_actors
from generator.analysis.actors.mentions import find_mentions
from generator.analysis.actors.mentions.edges import split_joined
from generator.analysis.actors.mentions.runs import proper_runs
from generator.analysis.parse import parse
from generator.model import Article
from generator.reader import split_paragraphs


def parsed(nlp, body: str, title: str = "A report"):
    article = Article(source_path="t.md", slug="t", title=title, body=body,
                      paragraphs=split_paragraphs(body))
    return parse(article, nlp)


def actors(nlp, body: str, title: str = "A report"):
    return find_actors(parsed(nlp, body, title))[0]


def mention_texts(nlp, body: str) -> list[str]:
    return [m.text for m in find_mentions(parsed(nlp, body))]


def test_source_tag_glued_to_the_first_name_is_not_part_of_it(nlp):
    body = "(CNN)Marta Kovacs, who led the orchestra for a decade, has died. Kovacs was 71."
    texts = mention_texts(nlp, body)
    assert "Marta Kovacs" in texts
    assert not any(")" in t or "CNN" in t for t in texts)
    people = [a for a in actors(nlp, body) if a.kind == "person"]
    assert [a.name for a in people] == ["Marta Kovacs"]
    start, end = people[0].spans[0]
    assert body[start:end] == "Marta Kovacs"


def test_a_name_the_model_misses_keeps_its_first_word_glued_to_the_source_tag(nlp):
    body = ("(CNN)Vin Diesel has been paying tribute to his friend Paul Walker as fans await the film. "
            'Diesel told reporters that he named his daughter after him. "I knew he was there," Diesel said.')
    people = [a for a in actors(nlp, body) if a.kind == "person"]
    diesel = next(a for a in people if "Diesel" in a.name)
    assert diesel.name == "Vin Diesel" and len(diesel.spans) == 3, diesel
    assert body[slice(*diesel.spans[0])] == "Vin Diesel"


@pytest.mark.parametrize("body, name", [
    ("(CNN)Lewis Hamilton laid down a daunting marker at Saturday's qualifying.", "Lewis Hamilton"),
    ("(CNN)Tiger Woods won't be playing at the charity tournament next week.", "Tiger Woods"),
    ("(CNN)Actor Jon Hamm has completed a stint in rehab.", "Jon Hamm"),
    ("(CNN)Pope Francis was handed a pizza on Saturday.", "Francis"),
    ("(CNN)President Obama signed the bill on Thursday.", "Obama"),
    ("(CNN)Inmate Daniel Vance told the court he had been beaten.", "Daniel Vance"),
])
def test_a_glued_first_name_joins_the_name_and_a_glued_title_does_not(nlp, body, name):
    texts = mention_texts(nlp, body)
    assert name in texts, texts


def test_a_glued_people_s_adjective_is_no_name(nlp):
    texts = mention_texts(nlp, "(CNN)French lawmakers are weighing a ban on thin models. The bill goes "
                               "before the French Parliament this month.")
    assert "French" not in texts and "Parliament" in texts, texts


def test_source_tag_glued_to_a_common_first_word_gives_no_name(nlp):
    texts = mention_texts(nlp, "(CNN)It's a long road from the valley to the sea, and few make it.")
    assert not any(")" in t or t == "It" for t in texts), texts


def test_determiner_left_after_a_glued_source_tag_is_dropped(nlp):
    texts = mention_texts(nlp, "(CNN)The Justice Department is suing the city of Ferndale "
                                "over its police practices.")
    assert "Justice Department" in texts
    assert not any(")" in t or t.startswith("The ") for t in texts)


def test_role_keeps_nothing_of_a_glued_source_tag(nlp):
    alder = next(a for a in actors(nlp, "(CNN)Former Senator Ruth Alder has died.") if a.name == "Ruth Alder")
    assert alder.role == "Former Senator"


def test_descriptive_label_before_a_name_is_its_role_not_part_of_it(nlp):
    found = actors(nlp, "Inmate Daniel Ortega Vance told the court he had been beaten. "
                        "Vance was moved to another prison.")
    people = [a for a in found if a.kind == "person"]
    assert [a.name for a in people] == ["Daniel Ortega Vance"]
    assert people[0].role == "Inmate"
    assert "Inmate" not in {a.name for a in found}


def test_full_name_whose_first_word_is_also_a_noun_keeps_it(nlp):
    # No given name follows "Ho", so it is part of the name, not a label.
    assert "Ho Chi Minh" in {a.name for a in actors(nlp, "Ho Chi Minh led the country for decades.")}


def test_courtesy_title_is_neither_name_nor_role(nlp):
    found = actors(nlp, "Mme Lefebvre said the school would reopen on Monday. "
                        "Mme Lefebvre has run it since 2009.")
    people = [a for a in found if a.kind == "person"]
    assert [a.name for a in people] == ["Lefebvre"]
    assert people[0].role is None


def test_an_age_is_not_a_role(nlp):
    def role(body: str, name: str):
        return next(a for a in actors(nlp, body) if a.name == name).role

    assert role("Karl Brandt, a 19-year-old student, was hurt.", "Karl Brandt") == "student"
    assert role("Police said 27-year-old German engineer Jonas Weber had fled.", "Jonas Weber") \
        == "German engineer"
    assert role("Dutch 17-year-old Pieter Smit won the race.", "Pieter Smit") is None
    # "a woman" says no more than the name does.
    assert role("A 30-year-old woman, Ana Lopes, was found.", "Ana Lopes") is None


def test_title_like_word_opening_a_company_name_stays_in_it(nlp):
    found = actors(nlp, "Analyst Hugh Jones of First Albany Corp. said stocks would rise.")
    assert ("First Albany Corp.", "organization") in {(a.name, a.kind) for a in found}


def test_possessive_inside_a_registered_company_name_is_kept(nlp):
    texts = mention_texts(nlp, "Shares of Boatmen's Holdings Inc. rose 3 percent on Monday.")
    assert "Boatmen's Holdings Inc." in texts
    # A possessor before an ordinary name is still its own name.
    texts = mention_texts(nlp, "Ablyazov's Democratic Choice of Kazakhstan was banned.")
    assert "Democratic Choice of Kazakhstan" in texts


def test_body_whose_name_ends_in_a_plural_of_members_is_kept(nlp):
    body = "Tom Reyes, president of the Guild of Lighthouse Keepers, spoke to reporters."
    assert "Guild of Lighthouse Keepers" in mention_texts(nlp, body)
    assert "Texans" not in mention_texts(nlp, "Texans voted on Tuesday.")


def test_capitalised_verb_inside_a_run_of_proper_nouns_is_part_of_the_name(nlp):
    texts = mention_texts(nlp, "Who started Heaven Sent Gaming?")
    assert "Heaven Sent Gaming" in texts
    assert not {"Heaven", "Gaming"} & set(texts)


def test_month_before_a_body_dates_it(nlp):
    texts = mention_texts(nlp, "Analysts at the August Kestrel Partners index said prices rose.")
    assert "Kestrel Partners" in texts
    assert not any(t.startswith("August") for t in texts)


def test_place_name_modifying_a_noun_is_still_a_place(nlp):
    body = "Tokyo stock prices recovered on Friday, a Texas trader said."
    found = {(a.name, a.kind) for a in actors(nlp, body)}
    assert {("Tokyo", "place"), ("Texas", "place")} <= found
    # A nationality word modifying a noun is still no actor.
    assert not actors(nlp, "Kazakh authorities detained the protesters.")


def test_apposition_role_keeps_nothing_of_a_glued_source_tag(nlp):
    found = actors(nlp, "(CNN)A former lawyer for the clinic, Ruth Alder, has died.")
    alder = next(a for a in found if a.name == "Ruth Alder")
    assert alder.role == "former lawyer for the clinic"


def test_a_measure_is_not_a_role_but_a_count_of_kin_or_wins_may_be(nlp):
    def role(body: str, name: str):
        return next(a for a in actors(nlp, body) if a.name == name).role

    assert role("Arish, a city of about 100,000 near the border, was hit.", "Arish") is None
    assert role("Jane Roe, a mother of three, spoke.", "Jane Roe") == "mother of three"


def test_a_kind_noun_before_a_name_says_what_it_names(nlp):
    body = "Police in the town of Velbrook said the corporal had been arrested."
    found = {(a.name, a.kind) for a in actors(nlp, body)}
    assert ("Velbrook", "place") in found


def test_dash_between_spaces_separates_two_names(nlp):
    texts = mention_texts(nlp, "BRITAIN - Gilts struggled off the day's lows.")
    assert "BRITAIN" in texts
    assert not any(" - " in t for t in texts)


def test_regnal_number_is_part_of_the_name_but_a_pronoun_is_not(nlp):
    texts = mention_texts(nlp, "The tomb of Henry VIII was opened. Elizabeth I, his daughter, ruled later.")
    assert {"Henry VIII", "Elizabeth I"} <= set(texts)
    assert "Mary" in mention_texts(nlp, "She told Mary I would come.")


def test_apposition_roles_need_punctuation_or_adjacency_and_a_singular(nlp):
    def roles(body: str, name: str):
        return [r.text for r in next(a for a in actors(nlp, body) if a.name == name).roles]

    assert roles("Ruth Alder, a nurse from Leeds, was arrested.", "Ruth Alder") == ["nurse from Leeds"]
    assert roles("Police questioned his wife Ruth Alder on Monday.", "Ruth Alder") == ["wife"]
    # A plural describes the group the names belong to.
    assert roles("The show invited Ruth Alder and Tom Reyes, two guests from Leeds.", "Ruth Alder") == []


def test_plural_label_before_names_is_not_part_of_the_first(nlp):
    names = {a.name for a in actors(nlp, "Cartoonists Bahri Kozan and Emre Dalkir were fined on Tuesday.")}
    assert "Bahri Kozan" in names
    assert not any(n.startswith("Cartoonists") for n in names)


def test_a_run_of_proper_nouns_takes_in_a_hyphen_glued_between_them(nlp):
    # Built by hand: whether the model labels "Mir-Mohammadi" depends on its context.
    words = ["Later", ",", "Mir", "-", "Mohammadi", "was", "71", "."]
    spaces = [False, True, False, False, True, True, False, False]
    tags = ["RB", ",", "NNP", "HYPH", "NNP", "VBD", "CD", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)
    assert proper_runs(doc, set()) == [(2, 5, "")]


def test_a_name_the_model_cut_around_an_unlabelled_word_is_one_name(nlp):
    # The small model reads "116th United" as a place, leaves "States" unlabelled and calls
    # "Congress" a body; the parse keeps the words one noun phrase.
    body = "Pelosi was voted into the post by the incoming 116th United States Congress."
    names = {a.name: a.kind for a in actors(nlp, body)}
    assert names.get("United States Congress") == "organization", names
    assert "United" not in names, names
    # Guard: a place beside a body, with no hole between them, stays a place.
    beside = "The storm hit Kenya on Monday, and the Kenya Red Cross sent teams to the coast."
    assert actors(nlp, beside)[0].name in {"Kenya", "Kenya Red Cross"}
    assert {"Kenya", "Kenya Red Cross"} <= {a.name for a in actors(nlp, beside)}
    # A nation's word before a standing body is its name; a party's word is not.
    names = {a.name for a in actors(nlp, "Both houses of the French Parliament held a minute of silence.")}
    assert "French Parliament" in names, names
    names = {a.name for a in actors(nlp, "Mitch McConnell, the Republican Senate Majority Leader, promised "
                                         "a quick trial in the Senate.")}
    assert "Republican Senate" not in names and "Senate" in names, names


def test_a_middle_initial_the_model_left_unlabelled_stays_in_the_name(nlp):
    # No entity at all here: the run of proper nouns takes the initial in, and the
    # honorific before it is no role.
    body = ("The ruling said that the oath of office of the Honorable Pedro R. Pierluisi Urrutia, "
            "secretary of state, is void. Pierluisi said he would leave.")
    people = [a for a in actors(nlp, body) if a.kind == "person"]
    assert [a.name for a in people] == ["Pedro R. Pierluisi Urrutia"], people
    roles = [r.text for r in people[0].roles]
    assert roles and not any("Honorable" in r or "Pedro" in r for r in roles), roles


def test_single_words_that_name_no_one(nlp):
    body = ("For the reasons stated below, the court ABSTAINS from the dispute. \"We will get through "
            "this TOGETHER!\" The attacks occurred at 4:00 A.M. local time. The group is under the aegis "
            "of Hungarian National Asset Management, Inc. Trump held a Fourth of July rally. Their "
            "ship, MV Alan Kurdi, sailed. The Indian National Congress (INC) lost; the INC said so.")
    names = {a.name for a in actors(nlp, body)}
    assert not {"ABSTAINS", "TOGETHER", "A.M.", "Inc.", "July", "MV"} & names, names
    # Guard: an acronym in capitals stays, even one spelt like a legal form.
    assert "Indian National Congress" in names, names


def test_a_person_run_into_a_body_before_a_noun_is_two_names(nlp):
    body = "Harris blasted his behavior during the Brett Kavanaugh Supreme Court confirmation hearing."
    kinds = {a.name: a.kind for a in actors(nlp, body)}
    assert kinds.get("Brett Kavanaugh") == "person" and "Brett Kavanaugh Supreme Court" not in kinds, kinds
    # Guard: a body named after a person keeps its name.
    body = "Trump was flown to the Walter Reed National Military Medical Center on Friday."
    names = {a.name for a in actors(nlp, body)}
    assert "Walter Reed National Military Medical Center" in names, names


def test_a_surname_tagged_as_a_plural_noun_is_the_name_given_in_full(nlp):
    # The model tags "Sanders" here a plural common noun; the article names Bernie Sanders.
    body = ("Senator Bernie Sanders ended his bid on Wednesday. In a livestream, Sanders shared with his "
            "supporters his reasoning.")
    assert mention_texts(nlp, body).count("Sanders") == 1, mention_texts(nlp, body)
    # Guard: a word tagged as a noun that names no one elsewhere stays out ("Sure" labelled a person).
    assert "Sure" not in mention_texts(nlp, "Sure, the vote was close, officials said on Monday.")


def test_a_body_s_word_then_what_it_is_of_or_on_is_a_body_the_model_missed(nlp):
    body = ("The Commission on Presidential Debates announced the moderator. Jorgensen was barred by "
            "the Commission on Presidential Debates. Jorgensen's bid to be included in the Presidential "
            "Debates trended. Speaker of the House of Representatives Nancy Pelosi spoke.")
    kinds = {a.name: a.kind for a in actors(nlp, body)}
    assert kinds.get("Commission on Presidential Debates") == "organization", kinds
    # Guards: the debates themselves are an event; an office's title is no body.
    assert "Presidential Debates" not in kinds, kinds
    assert not any(n.endswith("Speaker") or n == "House of" for n in kinds), kinds


def test_a_body_whose_name_lists_what_it_serves_keeps_its_commas(nlp):
    body = ("The United Nations Educational, Scientific and Cultural Organization (UNESCO) said the "
            "site is protected. UNESCO will review it. She was born in Paris, France, last year.")
    names = {a.name for a in actors(nlp, body)}
    assert "United Nations Educational, Scientific and Cultural Organization" in names, names
    # Guard: a place and its country stay two.
    assert {"Paris", "France"} <= names
    # The model may cut such a name in two entities; they are one name again.
    cut = ("Erdogan's plan was questioned on Friday by the Greek foreign minister and United Nations "
           "Educational, Scientific and Cultural Organization (UNESCO) who question the move.")
    unesco = "United Nations Educational, Scientific and Cultural Organization"
    assert unesco in {a.name for a in actors(nlp, cut)}
    # Guard: a list of bodies stays a list.
    listed = "He ran for the Prohibition Party, Reform Party, and the Life and Liberty Party in 2020."
    assert {"Prohibition Party", "Life and Liberty Party"} <= {a.name for a in actors(nlp, listed)}


def test_a_field_word_the_model_cut_from_an_institutions_name_is_joined_again(nlp):
    # In a long paragraph the model labelled "Research" and "Referral Hospital" as two bodies;
    # the labels are set here as it gave them.
    from generator.analysis.actors.mentions.edges import joined_listings

    words = ["at", "the", "Army", "’s", "Research", "and", "Referral", "Hospital", "and", "Acme",
             "and", "Zenith", "Inc.", "."]
    ents = ["O", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O"]
    doc = Doc(nlp.vocab, words=words, ents=ents)
    names = [e.text for e in joined_listings(doc)]
    assert "Research and Referral Hospital" in names
    # A firm's name is no field of work: "Acme" and "Zenith Inc." stay two.
    assert "Acme" in names and "Zenith Inc." in names
    # Or cut right after its "and": "the Army’s Research and" + "Referral Hospital".
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, ents=ents)
    assert "the Army ’s Research and Referral Hospital" in [e.text for e in joined_listings(doc)]


def test_lower_case_nouns_after_a_name_say_what_it_is_and_are_no_part_of_it(nlp):
    # The model's entity may run on into "news agency"; the tags are set here.
    from generator.analysis.actors.mentions.edges import trim

    doc = Doc(nlp.vocab, words=["the", "Associated", "Press", "news", "agency", "said"],
              pos=["DET", "PROPN", "PROPN", "NOUN", "NOUN", "VERB"])
    assert trim(doc, 0, 5, "ORG") == (1, 3)
    # One body's word after a one-word name stays, as the name the text gives: "the Koshe (Street)
    # party"; a longer description does not ("the Interfax news agency").
    doc = Doc(nlp.vocab, words=["the", "Koshe", "(", "Street", ")", "party", "said"],
              pos=["DET", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "VERB"])
    assert trim(doc, 0, 6, "ORG") == (1, 6)
    doc = Doc(nlp.vocab, words=["the", "Interfax", "news", "agency", "said"],
              pos=["DET", "PROPN", "NOUN", "NOUN", "VERB"])
    assert trim(doc, 0, 4, "ORG") == (1, 2)
    # Capitalised words of the name stay: "Interfax News Agency" is its name in full.
    doc = Doc(nlp.vocab, words=["the", "Interfax", "News", "Agency", "said"],
              pos=["DET", "PROPN", "PROPN", "PROPN", "VERB"])
    assert trim(doc, 0, 4, "ORG") == (1, 4)


def test_words_the_text_names_once_are_that_name_wherever_they_recur(nlp):
    # The model labels the bracketed acronym and lets "KDP fighters", "the KDP" pass.
    body = ("Faik Nerweyi of the Kurdistan Democratic Party (KDP) told reporters by telephone that "
            "KDP fighters had been easily outgunned. A U.N. official in Baghdad said the KDP, backed "
            "by Iraqi tanks, had taken the town. The PUK accuses the KDP of collaborating with Baghdad.")
    kdp = [a for a in actors(nlp, body) if a.name == "Kurdistan Democratic Party"]
    assert len(kdp) == 1 and [body[s:e] for s, e in kdp[0].spans].count("KDP") == 4, kdp


def test_a_name_the_text_gives_whole_replaces_pieces_of_it_where_it_recurs(nlp):
    # The model labels "Fishmongers' Hall" once, and elsewhere only "Fishmongers" (a place).
    body = ("On Friday a man stabbed several people at Fishmongers' Hall in London. A tusk came from "
            "the wall in Fishmongers' Hall. Marek, who works at Fishmongers' Hall as a chef, used it.")
    found = actors(nlp, body)
    hall = [a for a in found if a.name == "Fishmongers' Hall"]
    assert len(hall) == 1 and len(hall[0].spans) == 3, found
    assert not [a for a in found if a.name in ("Fishmongers", "Hall")], found


def test_the_last_word_of_a_place_with_the_article_stands_for_that_place(nlp):
    body = ("On Friday a man stabbed several people at Fishmongers' Hall in London. "
            "Police said the attacker left the Hall and ran to the bridge.")
    found = actors(nlp, body)
    hall = [a for a in found if "Hall" in a.name]
    assert [a.name for a in hall] == ["Fishmongers' Hall"] and len(hall[0].spans) == 2, found


def test_a_group_of_nations_numbered_like_g7_is_a_body_with_its_spelled_out_name(nlp):
    body = ("French President Emmanuel Macron called for G7 action on the fires. G7 was already "
            "scheduled to meet this weekend. G7, or the Group of Seven, is an informal group of "
            "seven countries. Unlike G20, which focuses on economics, G7 meetings center on politics.")
    found = actors(nlp, body)
    g7 = [a for a in found if "G7" in a.aliases or a.name == "G7"]
    assert len(g7) == 1 and g7[0].kind == "organization", found
    assert g7[0].name == "Group of Seven" and len(g7[0].spans) == 5, g7
    assert not [a for a in found if a.name == "Group of Seven" and a is not g7[0]]
    assert [a.name for a in found].index("Group of Seven") < [a.name for a in found].index("Emmanuel Macron")


def test_an_acronym_given_with_or_names_the_same_body(nlp):
    # Letters that are no initials of the English name: only the text ties them.
    body = ("Turkey struck the Kurdistan Workers' Party, or PKK, in the north. "
            "Officials said the PKK had lost a camp.")
    found = actors(nlp, body)
    pkk = [a for a in found if "PKK" in a.aliases]
    assert len(pkk) == 1 and pkk[0].name == "Kurdistan Workers' Party" and len(pkk[0].spans) == 3, found
    assert not [a for a in found if a.name == "PKK"]


def test_places_joined_by_or_stay_two(nlp):
    body = "The summit will be held in Paris, or Berlin, next year, officials in Vienna said."
    names = [a.name for a in actors(nlp, body)]
    assert "Paris" in names and "Berlin" in names


def test_an_office_is_no_actor_plural_or_of_a_body(nlp):
    body = ("Caldwell, the former Democratic Dean of the House of Representatives, was 90. He had "
            "served longer than any other member, earning him the distinction of Dean of the House "
            "of Representatives. Two Democratic Representatives, Anna Berg and Tom Hale, spoke.")
    names = [a.name for a in actors(nlp, body)]
    assert "Dean" not in names and "Democratic Representatives" not in names, names
    assert "House of Representatives" in names and "Anna Berg" in names


def test_a_body_named_for_its_members_offices_keeps_its_name(nlp):
    body = ("The Council of Ministers met on Monday. Dean Phillips of Minnesota said it had failed. "
            "Howard Dean agreed, and Dean said so again on Tuesday.")
    names = [a.name for a in actors(nlp, body)]
    assert "Council of Ministers" in names and "Dean Phillips" in names, names
    assert "Howard Dean" in names, names


def test_a_long_title_misspelt_by_one_letter_is_still_a_title(nlp):
    body = ("Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee "
            "Represenative Adam Schiff both questioned the plan. Schiff called it a non-starter.")
    schiff = [a for a in actors(nlp, body) if "Schiff" in a.name]
    assert [a.name for a in schiff] == ["Adam Schiff"] and len(schiff[0].spans) == 2, schiff


def test_a_name_one_letter_from_a_short_title_is_a_name(nlp):
    # "Justine" is one letter from "justice", "Marshall" from "marshal": names, not titles.
    body = "Justine Greening met Thurgood Marshall's biographer. Greening said the talks went well."
    names = [a.name for a in actors(nlp, body)]
    assert "Justine Greening" in names and "Thurgood Marshall" in names, names


@pytest.mark.parametrize("body, name, office", [
    ("Director of National Intelligence James Clapper said so on Monday.", "James Clapper",
     "Director of National Intelligence"),
    ("The decision is left to Superintendent of Schools Sal Pascarella, who confers with the mayor. "
     "Schools would open two hours late.", "Sal Pascarella", "Superintendent of Schools"),
])
def test_the_field_of_an_office_before_its_holder_is_no_actor(nlp, body, name, office):
    found = actors(nlp, body)
    people = [(a.name, [r.text for r in a.roles]) for a in found if a.kind == "person"]
    assert people == [(name, [office])], found
    assert not [a for a in found if a.kind != "person"], found


def test_a_plural_noun_opening_a_sentence_is_cut_from_a_name_the_model_calls_a_body(nlp):
    body = ("She would not be the first star to come out of retirement. Veterans Martina Hingis, "
            "Jennifer Capriati and Kimiko Date have returned.")
    names = [a.name for a in actors(nlp, body)]
    assert "Martina Hingis" in names and not [n for n in names if n.startswith("Veterans")], names


def test_a_country_is_not_the_lake_named_after_it(nlp):
    body = "Lake Nicaragua is the largest lake in Central America. Nicaragua plans a canal through it."
    names = [a.name for a in actors(nlp, body)]
    assert "Lake Nicaragua" in names and "Nicaragua" in names, names


def test_a_people_s_noun_and_a_holiday_are_no_actors_and_the_noun_is_cut_from_a_name(nlp):
    body = ("The Spaniard will miss the race in Melbourne. Londoner Tony Francis, 54, runs a pizzeria "
            "in Naples. Worshippers gathered on Easter at St. Peter's Square.")
    names = [a.name for a in actors(nlp, body)]
    assert "Tony Francis" in names and "Melbourne" in names, names
    assert not {"Spaniard", "Easter", "Londoner Tony Francis"} & set(names), names


def test_a_people_s_noun_after_a_verb_of_saying_is_cut_from_the_name(nlp):
    body = '"I just think it is very witty," said Londoner Tony Francis. "I love the horse."'
    names = [a.name for a in actors(nlp, body)]
    assert names == ["Tony Francis"], names


def test_a_common_plural_opening_its_sentences_is_no_name(nlp):
    body = ('"Weasels will go for anything that looks like food," said Marina Pacheco. Weasels would '
            "not normally target woodpeckers. Sanders said so too, and Bernie Sanders agreed.")
    names = [a.name for a in actors(nlp, body)]
    assert "Weasels" not in names and "Marina Pacheco" in names and "Bernie Sanders" in names, names


@pytest.mark.parametrize("body, kept, dropped", [
    # An award and its ceremony are prizes.
    ("I was moved watching Julianne Moore win the Oscar for her role. An Oscar for the film is a "
     "start. Her husband, Oscar-winning actor Brad Pitt, was on a plane. The Grammys were held in "
     "Los Angeles.", {"Julianne Moore", "Brad Pitt"}, {"Oscar", "Oscars", "Grammys"}),
    # What a family calls one of its own names no one a reader can place.
    ('"Mom\'s a stripper. Dad was an alcoholic," said Richard Ross, who photographed the girls. "So '
     'while baby puts on a couple of hundred pounds, Mamma loses about twice that much," William Link '
     "said. Dad paid for the trip.", {"Richard Ross", "William Link"}, {"Mom", "Dad", "Mamma"}),
    # Letters after a person's name are an honour or a rank.
    ("In the words of the Crown prosecutor, Mark Tedeschi, QC, the girl suffered for months. Dame "
     "Ruth Ellery OBE told the court she had warned the parents.", {"Mark Tedeschi", "Ruth Ellery"},
     {"QC", "OBE"}),
])
def test_a_capitalised_word_that_names_no_actor(nlp, body, kept, dropped):
    names = {a.name for a in actors(nlp, body)}
    assert kept <= names and not dropped & names, names


def test_a_platform_after_a_person_s_name_is_cut_off_the_name(nlp):
    body = ('"Seriously, thank you from the bottom of my heart," wrote Alice Gomstyn on Facebook. '
            "Zaleski said she had received many notes.")
    found = {a.name: a.kind for a in actors(nlp, body)}
    assert found.get("Alice Gomstyn") == "person" and found.get("Facebook") == "organization", found


def test_a_run_of_proper_nouns_takes_in_an_ampersand_between_them(nlp):
    # Built by hand, as the model leaves "(CNN)Dolce & Gabbana" out of its entities.
    words = ["(", "CNN)Dolce", "&", "Gabbana", "went", "familial", "."]
    tags = ["-LRB-", "NNP", "CC", "NNP", "VBD", "JJ", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[False, True, True, True, True, False, False], tags=tags)
    assert proper_runs(doc, set()) == [(1, 4, "")]


def test_a_flight_s_number_leaves_the_airline_as_the_run(nlp):
    # Built by hand: whether the model labels "Germanwings Flight 9525" depends on its context.
    words = ["The", "autopilot", "on", "Germanwings", "Flight", "9525", "was", "reprogrammed", "."]
    tags = ["DT", "NN", "IN", "NNP", "NNP", "CD", "VBD", "VBN", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 7 + [False, False], tags=tags)
    assert proper_runs(doc, set()) == [(3, 4, "")]
    assert split_joined(doc, 3, 6, "PERSON") == [(3, 4, "ORG")]  # the model's label on the whole


def test_a_title_the_model_runs_into_a_body_s_name_is_cut_off_it(nlp):
    body = ("After the prisoner exchange that freed him, U.S. Army Sgt. Bowe Bergdahl has been charged "
            "with desertion. Bergdahl left his post. Air Force Staff Sgt. Vernon Young was at the base.")
    found = {a.name: a.kind for a in actors(nlp, body)}
    assert found.get("U.S. Army") == "organization" and found.get("Bowe Bergdahl") == "person", found
    assert "Air Force" in found and not [n for n in found if "Sgt" in n or "Staff" in n], found


def test_a_name_the_model_read_as_two_places_side_by_side_is_one(nlp):
    # "Valeska Paris, an Australian woman": the model labelled each word a place, the parse
    # made the first a compound of the second; labels and parse are set here as it gave them.
    from generator.analysis.actors.mentions.edges import joined_listings

    words = ["Lisette", "Paris", ",", "an", "Australian", "woman", ",", "left", "Paris", ",", "France", "."]
    heads = [1, 7, 1, 5, 5, 1, 1, 7, 7, 8, 8, 7]
    deps = ["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "dobj", "punct", "appos",
            "punct"]
    ents = ["B-GPE", "B-GPE", "O", "O", "B-NORP", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    names = [e.text for e in joined_listings(doc)]
    assert "Lisette Paris" in names
    # A comma sets two places apart.
    assert "Paris" in names and "France" in names


def test_a_body_s_field_goes_on_through_the_and_and_to_the_model_cut_it_at(nlp):
    body = ("The Hartwell Foundation for the Visual Arts made two grants to the college in 2007. "
            "Maurer, treasurer at the Hartwell Foundation, said 190 colleges accepted.")
    assert "Hartwell Foundation for the Visual Arts" in {a.name for a in actors(nlp, body)}
    body = ("The Hartwell Foundation for Visual Arts gave money. The Center for Strategic and "
            "International Studies said so. The Society for the Prevention of Cruelty to Animals agreed.")
    found = {a.name for a in actors(nlp, body)}
    assert {"Center for Strategic and International Studies",
            "Society for the Prevention of Cruelty to Animals"} <= found
    assert "International Studies" not in found


def test_a_field_stops_before_a_second_body_s_name():
    # "… Disease Research and Foreign Office": after the last "and" comes another body.
    from spacy.lang.en import English

    from generator.analysis.actors.mentions.edges import body_field

    words = ["the", "Center", "for", "Disease", "Research", "and", "Foreign", "Office", "staff", "met"]
    doc = English()(" ".join(words))
    for t in doc:
        t.tag_ = "NNP" if t.text[0].isupper() else "NN"
        t.pos_ = "PROPN" if t.text[0].isupper() else "NOUN"
    assert doc[1:body_field(doc, 1, 5, set())].text == "Center for Disease Research"
    assert doc[1:body_field(doc, 1, 2, set())].text == "Center for Disease Research"


def test_two_names_run_together_across_the_are_cut_apart_and_an_adjective_after_is_no_part(nlp):
    # The model read "Osbun the Veritology" as one body, tagging "Osbun" a verb.
    body = "According to Osbun the Veritology land at issue was sold by auction. Dale Osbun said so."
    assert "Osbun the Veritology" not in mention_texts(nlp, body)
    assert [(a.name, len(a.spans)) for a in actors(nlp, body) if "Osbun" in a.name] == [("Dale Osbun", 2)]
    # "Scientology on German" was one body: "German" qualifies the noun after the name.
    body = "Her mother had spoken out against Scientology on German television after her husband died."
    assert mention_texts(nlp, body) == ["Scientology"]


def test_a_glued_given_name_the_tagger_reads_as_an_adjective_opens_a_person_s_name(nlp):
    # "Reporter)Melissa" is tagged an adjective; the tag's "The" is no article of the name.
    body = ("(The Hollywood Reporter)Melissa Dunphy is suited up and ready to fly in the new series. "
            "The show centers on Kara Vell (Dunphy), who hides her powers.")
    dunphy = [a for a in actors(nlp, body) if "Dunphy" in a.name]
    assert [(a.name, a.kind, len(a.spans)) for a in dunphy] == [("Melissa Dunphy", "person", 2)]
