"""Archive-level actor ids, on briefings built by hand (no model needed)."""

from __future__ import annotations

import random

from generator.analysis.actors import actor_id
from generator.analysis.linking import link_actors
from generator.model import Actor, Article, Briefing, Quote, Role


def actor(name: str, kind: str = "person", aliases=(), spans=((0, 1),), salience=1.0, roles=()):
    return Actor(id=actor_id(kind, name), name=name, kind=kind, role=roles[0].text if roles else None,
                 aliases=tuple(aliases), spans=spans, salience=salience, roles=roles)


def briefing(slug: str, *actors: Actor, quotes=()) -> Briefing:
    article = Article(source_path=f"{slug}.md", slug=slug, title=slug, body="x" * 100, paragraphs=())
    return Briefing(article=article, actors=tuple(actors), quotes=tuple(quotes))


def ids(briefings, slug):
    b = next(b for b in briefings if b.article.slug == slug)
    return {a.name: a.id for a in b.actors}


def test_surname_full_name_and_titled_name_share_one_id():
    # "President Trump" reaches linking as "Trump": the analysis cuts the title off the name.
    linked = link_actors([
        briefing("a", actor("Donald Trump")),
        briefing("b", actor("Trump")),
        briefing("c", actor("Donald J. Trump")),
    ])
    all_ids = {a.id for b in linked for a in b.actors}
    assert all_ids == {"person:donald-trump"}
    b = linked[1].actors[0]
    assert b.name == "Donald Trump" and "Trump" in b.aliases


def test_people_sharing_a_surname_keep_apart():
    linked = link_actors([
        briefing("a", actor("Bill Clinton")),
        briefing("b", actor("Hillary Clinton")),
        briefing("c", actor("Clinton")),
    ])
    assert ids(linked, "a") == {"Bill Clinton": "person:bill-clinton"}
    assert ids(linked, "b") == {"Hillary Clinton": "person:hillary-clinton"}
    assert ids(linked, "c") == {"Clinton": "person:clinton"}


def test_two_middle_named_variants_are_not_guessed_apart():
    linked = link_actors([
        briefing("a", actor("George W. Bush")),
        briefing("b", actor("George H. W. Bush")),
        briefing("c", actor("George Bush")),
    ])
    assert len({a.id for b in linked for a in b.actors}) == 3


def test_a_full_name_another_article_gives_as_an_alias_links_there():
    # One article names "Pedro R. Pierluisi Urrutia" and calls him "Pedro Pierluisi" too.
    linked = link_actors([
        briefing("a", actor("Pedro Pierluisi")),
        briefing("b", actor("Pedro R. Pierluisi Urrutia", aliases=("Pedro Pierluisi", "Pierluisi"))),
    ])
    assert {a.id for b in linked for a in b.actors} == {"person:pedro-pierluisi"}


def test_acronym_takes_the_id_its_expansion_has_elsewhere():
    linked = link_actors([
        briefing("a", actor("Democratic Choice of Kazakhstan", "organization", aliases=("DVK",))),
        briefing("b", actor("DVK", "organization")),
        briefing("c", actor("United States", "place")),
        briefing("d", actor("U.S.", "place")),
    ])
    dvk = "organization:democratic-choice-of-kazakhstan"
    assert ids(linked, "b") == {"Democratic Choice of Kazakhstan": dvk}
    assert ids(linked, "d") == {"United States": "place:united-states"}


def test_kinds_do_not_link_across():
    linked = link_actors([briefing("a", actor("Jordan Peterson")), briefing("b", actor("Jordan", "place"))])
    assert ids(linked, "b") == {"Jordan": "place:jordan"}


def test_quote_speakers_follow_and_one_article_duplicates_merge():
    trump, short = actor("Donald Trump"), actor("Trump", spans=((5, 10),), salience=2.0,
                                               roles=(Role("President", 1),))
    other = briefing("b", actor("Mike Pence", spans=((0, 4),), salience=0.5), short,
                     quotes=[Quote("we will win", short.id, 1)])
    # Within one article "Trump" stayed apart (say, two Trumps were named there); the archive knows one.
    linked = link_actors([briefing("a", trump), other])
    b = linked[1]
    assert [a.id for a in b.actors] == ["person:donald-trump", "person:mike-pence"]
    assert b.quotes[0].speaker == "person:donald-trump"
    assert b.actors[0].roles == (Role("President", 1),)


def test_merging_duplicates_in_one_briefing_keeps_every_span():
    linked = link_actors([
        briefing("a", actor("Donald Trump", spans=((0, 12),))),
        briefing("b", actor("Donald J. Trump", spans=((0, 15),), salience=3.0),
                 actor("Trump", spans=((40, 45),), salience=1.0)),
    ])
    b = linked[1]
    assert len(b.actors) == 1
    assert b.actors[0].spans == ((0, 15), (40, 45))
    assert b.actors[0].salience == 4.0


def test_result_does_not_depend_on_archive_order():
    items = [briefing("a", actor("Donald Trump")), briefing("b", actor("Trump")),
             briefing("c", actor("Bill Clinton")), briefing("d", actor("Clinton")),
             briefing("e", actor("Democratic Choice of Kazakhstan", "organization", aliases=("DVK",))),
             briefing("f", actor("DVK", "organization"))]
    first = {b.article.slug: b for b in link_actors(items)}
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    second = {b.article.slug: b for b in link_actors(shuffled)}
    assert first == second


def test_nothing_to_link_returns_the_same_briefings():
    items = [briefing("a", actor("Anna Berg")), briefing("b", actor("Oslo", "place"))]
    assert link_actors(items) == items


def test_archive_outvotes_a_kind_slip_but_not_a_close_call():
    places = [briefing(f"p{i}", actor("United States", "place")) for i in range(3)]
    slip = briefing("slip", actor("United States", "organization"),
                    quotes=[Quote("we act", "organization:united-states", 1)])
    linked = link_actors([*places, slip])
    assert ids(linked, "slip") == {"United States": "place:united-states"}
    assert linked[-1].quotes[0].speaker == "place:united-states"
    # Two against one is not a clear majority: each keeps what its article said.
    close = link_actors([briefing("a", actor("Georgia", "place")), briefing("b", actor("Georgia", "place")),
                         briefing("c", actor("Georgia", "organization"))])
    assert ids(close, "c") == {"Georgia": "organization:georgia"}


def test_an_article_that_says_what_a_name_is_keeps_its_kind_against_the_archive():
    # Four articles where only the model's label spoke ("the Hebdo massacre") ...
    labelled = [briefing(f"p{i}", actor("Le Hebdo", "person")) for i in range(4)]
    said = Role("French magazine", 1)
    described = briefing("d", actor("Le Hebdo", "organization", roles=(said,)))
    bare = briefing("b", actor("Le Hebdo", "organization"))
    linked = link_actors([*labelled, described, bare])
    # ... do not outvote the one whose text calls it a magazine; they do outvote a bare label.
    assert ids(linked, "d") == {"Le Hebdo": "organization:le-hebdo"}
    assert ids(linked, "b") == {"Le Hebdo": "person:le-hebdo"}
    # A role that does not say the kind ("absent") protects nothing, nor does a noun sport
    # says of teams as well as people ("champion Spain").
    odd = briefing("o", actor("Le Hebdo", "organization", roles=(Role("absent", 1),)))
    assert ids(link_actors([*labelled, odd]), "o") == {"Le Hebdo": "person:le-hebdo"}
    places = [briefing(f"s{i}", actor("Spain", "place")) for i in range(4)]
    team = briefing("t", actor("Spain", "person", roles=(Role("champion", 1),)))
    assert ids(link_actors([*places, team]), "t") == {"Spain": "place:spain"}


def test_a_surname_goes_to_a_full_name_that_dominates_the_archive():
    donald = [briefing(f"d{i}", actor("Donald Trump")) for i in range(3)]
    linked = link_actors([*donald, briefing("m", actor("Melania Trump")), briefing("t", actor("Trump"))])
    assert ids(linked, "t") == {"Donald Trump": "person:donald-trump"}
    assert ids(linked, "m") == {"Melania Trump": "person:melania-trump"}
    # Two to one is no such majority.
    close = link_actors([*donald[:2], briefing("m", actor("Melania Trump")), briefing("t", actor("Trump"))])
    assert ids(close, "t") == {"Trump": "person:trump"}


def test_a_company_without_its_legal_form_takes_the_id_of_the_one_with_it():
    linked = link_actors([
        briefing("a", actor("Norvale Holdings Corp.", "organization")),
        briefing("b", actor("Norvale Holdings", "organization")),
        briefing("c", actor("Kestrel Mining Ltd", "organization")),
        briefing("e", actor("Kestrel Mining Inc", "organization")),
        briefing("d", actor("Kestrel Mining", "organization")),
    ])
    assert ids(linked, "b") == {"Norvale Holdings Corp.": "organization:norvale-holdings-corp"}
    # Two companies so named: the short name keeps its own id.
    assert ids(linked, "d") == {"Kestrel Mining": "organization:kestrel-mining"}


def test_a_nickname_and_the_given_name_are_one_person_unless_the_surname_is_crowded():
    linked = link_actors([
        briefing("a", actor("Bill Okafor")),
        briefing("b", actor("Bill Okafor")),
        briefing("c", actor("William Okafor")),
        briefing("d", actor("William J. Okafor"), actor("Okafor")),
    ])
    assert {a.id for b in linked for a in b.actors} == {"person:bill-okafor"}
    crowded = link_actors([
        briefing("a", actor("Bill Mensah")),
        briefing("b", actor("William Mensah")),
        briefing("c", actor("Hilda Mensah")),
    ])
    assert len({a.id for b in crowded for a in b.actors}) == 3
    unrelated = link_actors([briefing("a", actor("Jim Osei")), briefing("b", actor("John Osei"))])
    assert len({a.id for b in unrelated for a in b.actors}) == 2


def test_a_quoted_nickname_links_the_full_name_and_the_nickname_with_the_surname():
    linked = link_actors([
        briefing("a", actor('Jeremy "Spike" Moreno')),
        briefing("b", actor("Spike Moreno")),
        briefing("c", actor("Ana Moreno")),
    ])
    (a,), (b,), (c,) = (x.actors for x in linked)
    assert a.id == b.id == "person:spike-moreno"
    assert 'Jeremy "Spike" Moreno' in a.aliases
    assert c.id == "person:ana-moreno"


def test_a_surname_an_article_left_apart_from_its_own_full_names_is_not_linked_elsewhere():
    # The article names two people of the surname and could not tell which a bare "Malik" is;
    # that one of them fills the archive does not settle it.  (One full name in the article
    # and the surname apart: the archive links as usual, see the tests above.)
    rana = [briefing(f"r{i}", actor("Rana Malik")) for i in range(3)]
    story = briefing("s", actor("Malik"), actor("Imran Malik"), actor("Rana Malik"))
    linked = link_actors([*rana, story])
    assert ids(linked, "s") == {"Malik": "person:malik", "Imran Malik": "person:imran-malik",
                                "Rana Malik": "person:rana-malik"}
    # Without a full name of its own, the bare surname still takes the dominant one.
    alone = link_actors([*rana, briefing("t", actor("Malik"))])
    assert ids(alone, "t") == {"Rana Malik": "person:rana-malik"}


def test_a_place_has_one_id_by_the_name_it_goes_by():
    # One actor page for "Washington, D.C." and "Washington", "America" and "United States".
    assert actor_id("place", "Washington D.C.") == actor_id("place", "Washington") == "place:washington"
    assert actor_id("place", "America") == actor_id("place", "United States")
    assert actor_id("place", "Slovak Republic") == "place:slovakia"
    # Only places: a person or a body keeps the slug of its own name.
    assert actor_id("organization", "DC") == "organization:dc"


def test_a_name_under_a_regnal_title_is_no_surname():
    # "Pope Francis" reaches linking as "Francis" with the role "Pope": not Tony Francis.
    linked = link_actors([
        briefing("a", actor("Tony Francis")),
        briefing("b", actor("Francis", roles=(Role(text="Pope", paragraph=1),))),
        briefing("c", actor("Francis")),
    ])
    assert ids(linked, "b") == {"Francis": "person:francis"}
    assert ids(linked, "c") == {"Tony Francis": "person:tony-francis"}
