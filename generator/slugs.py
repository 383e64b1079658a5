"""Slugs: the URL-safe, stable and unique name of each briefing."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from slugify import slugify

from generator.model import Article

MAX_LENGTH = 80


def make_slug(text: str) -> str:
    """A lower-case ASCII slug; never empty, never a path."""
    return slugify(text, max_length=MAX_LENGTH, word_boundary=True) or "article"


def unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is free; marks it taken."""
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def assign_slugs(articles: Iterable[Article]) -> list[Article]:
    """Give every article a unique slug: its front-matter ``slug`` or its title.

    Slugs are given in ``source_path`` order, so the same set of files gets
    the same slugs whatever order the file system lists them in; a clash gets a
    ``-2``, ``-3``… suffix.
    """
    articles = list(articles)
    taken: set[str] = set()
    slugs: dict[int, str] = {}
    for i in sorted(range(len(articles)), key=lambda i: articles[i].source_path):
        slugs[i] = unique(make_slug(articles[i].slug or articles[i].title), taken)
    return [dataclasses.replace(a, slug=slugs[i]) for i, a in enumerate(articles)]
