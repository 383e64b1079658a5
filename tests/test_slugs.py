"""Slugs are stable, unique and never a path."""

from __future__ import annotations

import dataclasses

from generator.model import Article, Paragraph
from generator.slugs import assign_slugs, make_slug


def article(path: str, title: str, slug: str = "") -> Article:
    return Article(source_path=path, slug=slug, title=title, body="x", paragraphs=(Paragraph(1, 0, 1),))


def test_slug_from_title():
    assert make_slug("Kazakh President Warns Against 'Illegal' Gatherings") == (
        "kazakh-president-warns-against-illegal-gatherings"
    )


def test_front_matter_slug_is_sanitised():
    assert make_slug("../../etc/passwd") == "etc-passwd"
    assert make_slug("///") == "article"


def test_same_titles_get_unique_slugs_whatever_the_order():
    arts = [article("b.md", "Same title"), article("a.md", "Same title"), article("c.md", "Same Title!")]
    first = {a.source_path: a.slug for a in assign_slugs(arts)}
    second = {a.source_path: a.slug for a in assign_slugs(list(reversed(arts)))}
    assert first == second
    assert first == {"a.md": "same-title", "b.md": "same-title-2", "c.md": "same-title-3"}


def test_assign_keeps_input_order_and_other_fields():
    arts = [article("z.md", "Zed"), article("a.md", "Aye", slug="custom")]
    out = assign_slugs(arts)
    assert [a.source_path for a in out] == ["z.md", "a.md"]
    assert out[1].slug == "custom"
    assert dataclasses.replace(out[0], slug="") == arts[0]
