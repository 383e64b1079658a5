"""The first seed's "done when" list for key actors (issue 3)."""

from __future__ import annotations

from generator.analysis.actors import find_actors
from generator.analysis.parse import parse
from generator.reader import read_files
from tests.conftest import SEED


def test_seed_actors_kinds_roles_and_quotes(nlp):
    articles, problems = read_files([SEED])
    assert not problems
    actors, quotes = find_actors(parse(articles[0], nlp))
    kinds = {a.name: a.kind for a in actors}
    assert kinds["Qasym-Zhomart Toqaev"] == "person"
    assert kinds["Mukhtar Ablyazov"] == "person"
    assert kinds["Democratic Choice of Kazakhstan"] == "organization"
    assert kinds["Koshe party"] == "organization"
    assert kinds["Human Rights Watch"] == "organization"
    assert kinds["Kazakhstan"] == "place"
    by = {a.name: a for a in actors}
    assert by["Qasym-Zhomart Toqaev"].role == "Kazakh President"
    assert "DVK" in by["Democratic Choice of Kazakhstan"].aliases
    ablyazov_roles = {r.text for r in by["Mukhtar Ablyazov"].roles}
    assert "exiled opposition politician" in ablyazov_roles
    assert any("former head of BTA Bank" in r for r in ablyazov_roles)
    # No nationality word, no headline fragment, no bracket or possessive left in a name.
    every = {a.name for a in actors} | {x for a in actors for x in a.aliases}
    assert not every & {"Kazakh", "Central Asian", "Qasym", "Toqaev's"}
    assert not any(c in n for n in every for c in "()\"“”")
    assert not any(n.endswith(("'s", "’s")) or n.lower().startswith("the ") for n in every)
    # The two leading actors are the president and the opposition politician.
    assert [a.name for a in actors[:2]] == ["Qasym-Zhomart Toqaev", "Mukhtar Ablyazov"]
    # Every statement the seed quotes from Toqaev is attributed to him.
    toqaev = by["Qasym-Zhomart Toqaev"].id
    statements = [q for q in quotes if len(q.text.split()) >= 4]
    assert len(statements) == 4
    assert all(q.speaker == toqaev for q in statements)
