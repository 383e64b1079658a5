"""Across the archive: one id per real-world actor.

Analysis is per article; this pass, run once over all briefings of a build,
gives "Trump" in one article the id of "Donald Trump" in another when that is
the only full name it can stand for.  First cut: identity.  Issue #3 fills it.
"""

from __future__ import annotations

from generator.model import Briefing


def link_actors(briefings: list[Briefing]) -> list[Briefing]:
    return briefings
