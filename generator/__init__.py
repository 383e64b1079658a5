"""Briefings: news articles in, a searchable briefing archive out."""

__version__ = "0.1.0"
