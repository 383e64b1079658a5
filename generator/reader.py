"""Readers: files in ``seeds/`` to ``Article`` objects.

Two formats:

* ``.txt``: the first non-empty line is the title; paragraphs are separated by
  blank lines; a dateline such as ``NUR-SULTAN --`` opening the first paragraph
  is taken as the place, not as text.
* ``.md``: YAML front matter (``title``, ``date``, ``source``, ``url``,
  ``tags``, ``slug``, ``licence``, ``attribution``…; unknown keys are kept),
  then the body in plain paragraphs.

A file that cannot be read raises ``ArticleError`` carrying a ``Problem`` that
names the file and says what to do; the build reports it and goes on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from generator.model import Article, Paragraph, Problem

SUFFIXES = (".txt", ".md", ".markdown")

KNOWN_KEYS = ("title", "date", "source", "url", "tags", "slug", "licence", "license",
              "licence_url", "license_url", "attribution")

# "NUR-SULTAN --", "WASHINGTON (Reuters) -", "LONDON, Oct 3 —": an all-caps place,
# an optional parenthesised agency or a comma clause, then a dash.
_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'’\-]*(?:[ ][A-Z][A-Z.'’\-]*){0,3})
        (?:,[ ][^\n—–-]{1,40}?)?
        (?:[ ]\([^)\n]{1,30}\))?
        [ ]?(?:--|—|–|-)[ ]+""",
    re.VERBOSE,
)
_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n")


class ArticleError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Blank-line separated blocks of ``body``, trimmed, as offset ranges."""
    paragraphs = []
    pos = 0
    for block_end in [m.start() for m in _BLANK_LINES.finditer(body)] + [len(body)]:
        raw = body[pos:block_end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if text:
            start = pos + lead
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, start + len(text)))
        match = _BLANK_LINES.match(body, block_end)
        pos = match.end() if match else block_end
    return tuple(paragraphs)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: str) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(Problem(path, f"not valid UTF-8 (byte {exc.start})",
                                   "save the file as UTF-8", line)) from None


def strip_dateline(body: str) -> tuple[str, str | None]:
    """Remove a leading dateline; return the body and the place it named."""
    match = _DATELINE.match(body)
    if not match:
        return body, None
    place = match.group("place").strip().title()
    return body[match.end():], place


def read_text(text: str, path: str) -> dict[str, Any]:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            title = line.strip()
            rest = "\n".join(lines[i + 1 :]).strip()
            break
    else:
        raise ArticleError(Problem(path, "the file is empty", "write the title on the first line"))
    body, place = strip_dateline(rest)
    return {"title": title, "body": body, "dateline": place}


def read_markdown(text: str, path: str) -> dict[str, Any]:
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ArticleError(Problem(path, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}",
                                   "fix the YAML between the --- lines",
                                   mark.line + 2 if mark else None)) from None
    meta = dict(post.metadata)
    if not isinstance(post.metadata, dict):
        raise ArticleError(Problem(path, "front matter is not a mapping", "write key: value lines"))
    body, place = strip_dateline(post.content.strip())
    meta.setdefault("dateline", place)
    meta["body"] = body
    return meta


def _text_field(meta: dict[str, Any], key: str, path: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    raise ArticleError(Problem(path, f"front matter '{key}' must be text, not {type(value).__name__}",
                               f"write {key}: some text"))


def _date_field(meta: dict[str, Any], path: str) -> dt.date | None:
    value = meta.get("date")
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ArticleError(Problem(path, f"front matter 'date' is not a date: {str(value)[:40]!r}",
                               "write date: YYYY-MM-DD, or leave it out for an undated article"))


def _tags_field(meta: dict[str, Any], path: str) -> tuple[str, ...]:
    value = meta.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        value = [t for t in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(t, (str, int)) for t in value):
        raise ArticleError(Problem(path, "front matter 'tags' must be a list of words",
                                   "write tags: [politics, elections]"))
    return tuple(dict.fromkeys(str(t).strip() for t in value if str(t).strip()))


def read_article(path: Path, display_path: str | None = None) -> Article:
    """Read one article.  ``display_path`` is how the file is named in the output."""
    name = display_path or str(path)
    text = normalise_newlines(decode(path.read_bytes(), name))
    if path.suffix.lower() == ".txt":
        meta = read_text(text, name)
    else:
        meta = read_markdown(text, name)
    title = _text_field(meta, "title", name)
    if not title:
        raise ArticleError(Problem(name, "the article has no title",
                                   "add title: … to the front matter"))
    body = meta["body"]
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise ArticleError(Problem(name, "the article has no text", "add paragraphs after the title"))
    extra = tuple(sorted((str(k), v) for k, v in meta.items()
                         if k not in KNOWN_KEYS and k not in ("body", "dateline")))
    return Article(
        source_path=name,
        slug=_text_field(meta, "slug", name) or "",
        title=" ".join(title.split()),
        body=body,
        paragraphs=paragraphs,
        date=_date_field(meta, name),
        dateline=meta.get("dateline") if isinstance(meta.get("dateline"), str) else None,
        source=_text_field(meta, "source", name),
        url=_text_field(meta, "url", name),
        tags=_tags_field(meta, name),
        licence=_text_field(meta, "licence", name) or _text_field(meta, "license", name),
        licence_url=_text_field(meta, "licence_url", name) or _text_field(meta, "license_url", name),
        attribution=_text_field(meta, "attribution", name),
        extra=extra,
    )


def find_articles(folder: Path) -> list[Path]:
    """Article files under ``folder``, sorted so that builds are deterministic."""
    return sorted(
        (p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
         and not any(part.startswith(".") for part in p.relative_to(folder).parts)),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def read_folder(folder: Path) -> tuple[list[Article], list[Problem]]:
    articles, problems = [], []
    for path in find_articles(folder):
        rel = path.relative_to(folder).as_posix()
        try:
            articles.append(read_article(path, rel))
        except ArticleError as exc:
            problems.append(exc.problem)
    return articles, problems


def read_files(paths: Iterable[Path]) -> tuple[list[Article], list[Problem]]:
    articles, problems = [], []
    for path in paths:
        try:
            articles.append(read_article(path))
        except ArticleError as exc:
            problems.append(exc.problem)
        except OSError as exc:
            problems.append(Problem(str(path), f"cannot be read: {exc.strerror}"))
    return articles, problems
