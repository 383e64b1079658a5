"""The briefing page template, on a hand-built briefing."""

from __future__ import annotations

from generator.build import DEFAULT_TEMPLATES
from generator.model import Actor, Article, Briefing, Paragraph, Role
from generator.render import Renderer

BODY = "Exiled politician Ann Roe spoke.\n\nRoe, a former bank head, left."


def page(actor: Actor) -> str:
    article = Article("a.md", "a", "Title", BODY, (Paragraph(1, 0, 32), Paragraph(2, 34, len(BODY))))
    return Renderer(DEFAULT_TEMPLATES).briefing(Briefing(article, actors=(actor,)), max_actors=8)


def actor_row(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("| [Ann Roe]"))


def test_every_role_is_shown_once_with_its_paragraph():
    roles = (Role("exiled politician", 1), Role("former bank head", 2), Role("Exiled politician", 2))
    row = actor_row(page(Actor("person:ann-roe", "Ann Roe", "person", "exiled politician",
                               spans=((18, 25), (34, 37)), roles=roles)))
    assert "exiled politician [¶1](#p1){ .ref } / former bank head [¶2](#p2){ .ref } |" in row
    assert row.lower().count("exiled politician") == 1


def test_an_actor_without_roles_has_an_empty_role_cell():
    row = actor_row(page(Actor("person:ann-roe", "Ann Roe", "person", None, spans=((18, 25),))))
    assert row.split(" | ")[2] == ""
