"""Escaping article text for the contexts it lands in.

Article text is untrusted.  It reaches the site through Markdown, which MkDocs
and its extensions (admonitions, attribute lists, snippets, emoji, magic links…)
turn into HTML, so escaping ``<`` alone is not enough: every ASCII punctuation
character that some Markdown construct could start with is written as a
numeric character reference.  Python-Markdown passes references through as
text, the browser shows the character, and no construct can be formed.

Which function for which place (``tests/hostile`` checks each one, through
Python-Markdown with the extensions of mkdocs.yml, MkDocs and a browser):

* ``md_text``: text in Markdown (headings, lists, tables, admonitions, link
  text) and in raw HTML blocks, including *double-quoted* attribute values
  (``'`` is left as it is: never put article text in a single-quoted one).
* ``yaml_string``: a front-matter value.  MkDocs parses it, and Material
  prints ``page.meta.title`` and ``description`` into the HTML unescaped, so
  the value is HTML-escaped inside a JSON (hence YAML) string.
* ``safe_url``: an ``href``; only http(s) and mailto, percent-encoded.
* ``slug_path``: a path segment we made (``generator.slugs``), checked.

Feeds (XML, JSON) and SVG charts escape for their own formats in
``generator.archive``.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Characters left as they are: frequent in prose and harmless in every
# Markdown context we emit (inline text, table cells, list items, HTML blocks).
_SAFE = set(" ,.'?;")
# A str.translate table: rendering escapes every text of every page, and
# translate is several times faster than a per-character join.
_MARKDOWN_SPECIAL = {ord(c): f"&#{ord(c)};" for c in map(chr, range(33, 127))
                     if not c.isalnum() and c not in _SAFE}
# Controls other than tab and newline have no place in a page; nor has what
# YAML cannot carry (C1 controls, U+FFFE/U+FFFF, lone surrogates): one such
# character in a title makes MkDocs drop the page's whole front matter and
# print it as text.  U+2028/2029 break lines in YAML and JavaScript.
_CONTROL = re.compile(r"[^\t\n\x20-\x7e\x85\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_WHITESPACE = re.compile(r"\s+")


def md_text(value: object) -> Markup:
    """Inline text for a Markdown page: one line, nothing Markdown or HTML can read."""
    text = _CONTROL.sub("", str(value))
    text = _WHITESPACE.sub(" ", text).strip()
    return Markup(text.translate(_MARKDOWN_SPECIAL))


def safe_url(value: object) -> Markup | None:
    """An http(s) or mailto URL, percent-encoded for a Markdown link; else None."""
    url = _CONTROL.sub("", str(value or "")).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https", "mailto") or (
        parts.scheme.lower() != "mailto" and not parts.netloc
    ):
        return None
    # Keep URL syntax, encode everything that could end the link or open HTML.
    return Markup(quote(url, safe=":/?#@!$&'*+,;=%~-._[]"))


def yaml_string(value: object) -> Markup:
    """A front-matter value: JSON is YAML, and MkDocs' themes print some meta
    values unescaped (``<title>{{ page.meta.title }}``), so HTML-escape first."""
    text = _WHITESPACE.sub(" ", _CONTROL.sub("", str(value))).strip()
    return Markup(json.dumps(html.escape(text), ensure_ascii=False))


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slug_path(value: object) -> Markup:
    """A slug for a link path; anything else is a bug upstream, not a page."""
    text = str(value)
    if not _SLUG.fullmatch(text):
        raise ValueError(f"not a slug: {text!r}")
    return Markup(text)
