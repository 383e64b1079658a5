"""Reading a built page the way a browser would: its elements, scripts and visible text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

DANGEROUS_SCHEMES = re.compile(r"^\s*(javascript|data|vbscript|file):", re.IGNORECASE)
URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background"}


class PageScan(HTMLParser):
    """Every element, attribute and script body of a page, and its visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self.title = ""
        self._in = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in = tag if tag in ("script", "style", "title") else ""

    def handle_endtag(self, tag):
        self._in = ""

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "title":
            self.title += data
        elif self._in != "style":
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def scan(path: Path) -> PageScan:
    parser = PageScan()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def injected_markup(page: PageScan) -> list[str]:
    """What in a page could run code: handlers, script URLs, frames, scripts with our marker."""
    found = []
    for tag, attrs in page.tags:
        refresh = tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh"
        if tag in ("iframe", "object", "embed", "frame", "base") or refresh:
            found.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}=…>")
            if name in URL_ATTRS and DANGEROUS_SCHEMES.match(value) and not _theme_own(tag, attrs):
                found.append(f"<{tag} {name}={value[:40]!r}>")
            if tag == "img" and name == "src" and value == "x":
                found.append("<img src=x>")
    found += [f"<script>{s[:40]!r}" for s in page.scripts if "__pwned" in s]
    return found


def _theme_own(tag: str, attrs: dict[str, str]) -> bool:
    """Material's search box has a share button with a ``javascript:void(0)`` link."""
    return (tag == "a" and attrs.get("href") == "javascript:void(0)"
            and "md-search__icon" in attrs.get("class", ""))
