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
import math
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.model import Article, Paragraph, Problem

SUFFIXES = (".txt", ".md", ".markdown")

KNOWN_KEYS = ("title", "date", "source", "url", "tags", "slug", "licence", "license",
              "licence_url", "license_url", "attribution")


@dataclass(frozen=True)
class Limits:
    """Bounds on one article, so that one hostile file cannot stall the build.

    A news article is a few kilobytes and a few dozen paragraphs; the analysis
    takes seconds per hundred kilobytes, so a 20 MB "article" is refused with a
    clear message rather than analysed for an hour.
    """

    max_bytes: int = 512 * 1024
    max_paragraphs: int = 2_000
    # Longer titles are cut at a word and end with "…" (a warning says so):
    # a title is a headline, and it is shown in <title>, lists and feeds.
    max_title: int = 200
    # Nodes of the front matter once YAML aliases are expanded: bounds a
    # "billion laughs" bomb, which PyYAML loads lazily as shared references but
    # which explodes as soon as anything walks or serialises it.
    max_front_matter_nodes: int = 10_000


DEFAULT_LIMITS = Limits()

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


# Byte-order marks, longest first (the UTF-32 LE mark starts with UTF-16 LE's).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
         (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
         (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"))
# A well-formed multi-byte UTF-8 sequence: a file that has one and also has an
# invalid byte is broken UTF-8, not Latin-1 (reading it as Latin-1 would turn
# every "é" into "Ã©").
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Controls that have no place in an article; form feed and vertical tab break lines.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\f\v\x85\u2028\u2029]")
_BINARY_HINT = "remove it from the seeds folder, or save the article as UTF-8 text"


def normalise_newlines(text: str) -> str:
    """CRLF, CR and the other line separators become ``\n``; stray controls go."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))


def _looks_binary(text: str) -> bool:
    """Over 5 % control characters: an image, an archive or UTF-16 without a
    BOM, not prose (random bytes give about 12 %; a text with a stray escape
    or NUL is still read, and the controls are dropped)."""
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return controls * 20 > len(text) + 40


def decode(data: bytes, path: str, warnings: list[Problem] | None = None) -> str:
    """Bytes to text: a BOM decides; else UTF-8; else Windows-1252 with a warning."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise ArticleError(Problem(path, f"starts with a {label} byte-order mark but is not "
                                           f"valid {label}", "save the file as UTF-8")) from None
            break
    else:
        text = _decode_unmarked(data, path, warnings)
    if _looks_binary(text):
        raise ArticleError(Problem(path, "is a binary file, not text", _BINARY_HINT))
    return text


def _decode_unmarked(data: bytes, path: str, warnings: list[Problem] | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_binary(data.decode("latin-1")):  # before guessing an encoding for it
            raise ArticleError(Problem(path, "is a binary file, not text", _BINARY_HINT)) from None
        line = data[: exc.start].count(b"\n") + 1
        if _UTF8_MULTIBYTE.search(data):
            bad = f"byte {exc.start} (0x{data[exc.start]:02x})"
            raise ArticleError(Problem(path, f"is not valid UTF-8: {bad} in a file that is otherwise UTF-8",
                                       "fix the broken character and save the file as UTF-8", line)) from None
        if warnings is not None:
            warnings.append(Problem(path, "is not UTF-8; read as Windows-1252 (Latin-1)",
                                    "save the file as UTF-8", line, severity="warning"))
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


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


# The fence of python-frontmatter's YAML handler: a line of three or more dashes.
_FENCE = re.compile(r"-{3,}[ \t]*")


def split_front_matter(text: str, path: str) -> tuple[str | None, str, int]:
    """(front matter or None, body, line number of the front matter's first line).

    Split here rather than by ``frontmatter.loads``: that one strips the text
    first (so its line numbers are off), silently ignores an unclosed fence or
    a front matter that is not a mapping, and guesses TOML or JSON from the
    first character.
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _FENCE.fullmatch(lines[first]):
        return None, text, 0
    for end in range(first + 1, len(lines)):
        if _FENCE.fullmatch(lines[end]):
            return "\n".join(lines[first + 1 : end]), "\n".join(lines[end + 1 :]), first + 2
    raise ArticleError(Problem(path, "the front matter is not closed: there is no second '---' line",
                               "end the front matter with a line of three dashes", first + 1))


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader (no Python objects) whose impossible dates stay text, so that
    ``date: 2019-13-45`` is reported as a bad date on its line, not as a crash."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def expanded_size(root: yaml.Node, cap: int) -> int:
    """Nodes of the document once aliases are expanded, counted without
    expanding them; raises ``ValueError`` past ``cap`` or on a cycle."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in _children(node))
            if sizes[key] > cap:
                raise ValueError(f"it expands to more than {cap:,} values (a YAML alias bomb?)")
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise ValueError("an alias refers to the value that contains it")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)
    return sizes[id(root)]


def load_front_matter(source: str, path: str, first_line: int, limits: Limits = DEFAULT_LIMITS,
                      ) -> tuple[dict[str, Any], dict[str, int]]:
    """The front matter as a dict, and the file line of each top-level key."""
    fix = "fix the YAML between the --- lines"
    loader = _Loader(source)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}
        expanded_size(node, limits.max_front_matter_nodes)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        # Where the broken construct starts (an unclosed "[" …) beats where the
        # parser gave up, which is often the closing --- line.
        mark = exc.context_mark or exc.problem_mark
        raise ArticleError(Problem(path, f"front matter is not valid YAML: {exc.problem or exc.context}",
                                   fix, first_line + mark.line if mark else first_line)) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise ArticleError(Problem(path, f"front matter is refused: {exc}", fix, first_line)) from None
    except RecursionError:
        raise ArticleError(Problem(path, "front matter is nested too deeply", fix, first_line)) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ArticleError(Problem(path, f"front matter is a {_kind(data)}, not a list of key: value lines",
                                   "write key: value lines, e.g. title: …", first_line))
    lines = {str(k.value): first_line + k.start_mark.line
             for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    return data, lines


def read_markdown(text: str, path: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    source, content, first_line = split_front_matter(text, path)
    meta, lines = ({}, {}) if source is None else load_front_matter(source, path, first_line, limits)
    meta = {str(k): v for k, v in meta.items()}
    body, place = strip_dateline(content.strip())
    meta.setdefault("dateline", place)
    meta["body"] = body
    meta["_lines"] = lines
    return meta


def _kind(value: Any) -> str:
    return {list: "list", dict: "mapping", str: "text", bool: "yes/no value", int: "number",
            float: "number", dt.date: "date", dt.datetime: "date and time",
            type(None): "empty value"}.get(type(value), type(value).__name__)


def _field_error(meta: dict[str, Any], key: str, path: str, message: str, hint: str) -> ArticleError:
    return ArticleError(Problem(path, message, hint, meta.get("_lines", {}).get(key)))


def _text_field(meta: dict[str, Any], key: str, path: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return " ".join(str(value).split()) or None
    raise _field_error(meta, key, path, f"front matter '{key}' must be text, not a {_kind(value)}",
                       f"write {key}: some text (quote it if it contains a colon or brackets)")


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
    raise _field_error(meta, "date", path, f"front matter 'date' is not a date: {str(value)[:40]!r}",
                       "write date: YYYY-MM-DD, or leave it out for an undated article")


def _tags_field(meta: dict[str, Any], path: str) -> tuple[str, ...]:
    value = meta.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(
        isinstance(t, (str, int)) and not isinstance(t, bool) for t in value
    ):
        raise _field_error(meta, "tags", path, f"front matter 'tags' must be a list of words, "
                           f"not a {_kind(value)}", "write tags: [politics, elections]")
    return tuple(dict.fromkeys(" ".join(str(t).split()) for t in value if str(t).strip()))


def plain(value: Any) -> Any:
    """A front-matter value as JSON data: the contract and the cache are JSON.

    Dates become ISO text, keys become text, NaN and infinities (not JSON)
    become text, anything else YAML can build (sets, bytes) becomes text.
    """
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (set, frozenset)):
        return sorted(str(v) for v in value)
    return str(value)


def shorten_title(title: str, path: str, limit: int, warnings: list[Problem] | None) -> str:
    """Cut a headline longer than ``limit`` at a word, with "…"."""
    if len(title) <= limit:
        return title
    cut = title.rfind(" ", limit // 2, limit)
    short = title[: cut if cut > 0 else limit - 1].rstrip() + "…"
    if warnings is not None:
        warnings.append(Problem(path, f"the title is {len(title):,} characters long; it is cut to "
                                f"{len(short)}", "write a shorter title", severity="warning"))
    return short


def _read_bytes(path: Path, name: str, limits: Limits) -> bytes:
    # Read at most one byte over the limit: a file that grows while it is read
    # (or /dev/zero behind a name) still cannot fill the memory.
    with open(path, "rb") as fh:
        data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        size = max(path.stat().st_size, len(data))
        raise ArticleError(Problem(name, f"is too large for an article ({_human_size(size)}; the limit is "
                                   f"{_human_size(limits.max_bytes)})",
                                   "split it, or raise max_article_kb (--max-article-kb) if it is "
                                   "really one article"))
    return data


def _human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{math.ceil(n / 1024)} KB"


def read_article(path: Path, display_path: str | None = None, limits: Limits = DEFAULT_LIMITS,
                 warnings: list[Problem] | None = None) -> Article:
    """Read one article.  ``display_path`` is how the file is named in the output;
    problems that still let the article be built are appended to ``warnings``."""
    name = display_path or display_name(str(path))
    text = normalise_newlines(decode(_read_bytes(path, name, limits), name, warnings))
    if not text.strip():
        raise ArticleError(Problem(name, "the file is empty", "write an article in it, or remove it"))
    is_text = path.suffix.lower() == ".txt"
    meta = read_text(text, name) if is_text else read_markdown(text, name, limits)
    title = _text_field(meta, "title", name)
    if not title:
        raise ArticleError(Problem(name, "the article has no title",
                                   "write the title on the first line" if is_text
                                   else "add title: … to the front matter"))
    body = meta["body"]
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise ArticleError(Problem(name, "the article has no text", "add paragraphs after the title"))
    if len(paragraphs) > limits.max_paragraphs:
        raise ArticleError(Problem(name, f"has {len(paragraphs):,} paragraphs; the limit is "
                                   f"{limits.max_paragraphs:,}", "split it into several articles"))
    extra = tuple(sorted((k, plain(v)) for k, v in meta.items()
                         if k not in KNOWN_KEYS and k not in ("body", "dateline", "_lines")))
    return Article(
        source_path=name,
        slug=_text_field(meta, "slug", name) or "",
        title=shorten_title(title, name, limits.max_title, warnings),
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


def display_name(name: str) -> str:
    """A file name that can be printed: undecodable bytes and controls become "?"."""
    text = os.fsencode(name).decode("utf-8", "replace")
    return "".join("?" if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def scan_folder(folder: Path) -> tuple[list[Path], list[Problem]]:
    """Article files under ``folder``, sorted so that builds are deterministic,
    and the entries refused: links out of the folder, devices, pipes.

    Hidden files and folders are ignored.  Symbolic links are followed only
    when they stay inside the folder: a link in ``seeds/`` must not publish
    ``/etc/passwd``."""
    root = folder.resolve()
    found: list[Path] = []
    problems: list[Problem] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in dirnames:
            if (here / d).is_symlink() and not _inside(here / d, root):
                problems.append(_outside(here / d, folder, "folder"))
        for fn in filenames:
            path = here / fn
            if fn.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            if path.is_symlink() and not _inside(path, root):
                problems.append(_outside(path, folder, "file"))
            elif not _regular(path):
                problems.append(Problem(_rel(path, folder), "is not a regular file (a broken link, a pipe "
                                        "or a device)", "remove it from the seeds folder"))
            else:
                found.append(path)
    found.sort(key=lambda p: p.relative_to(folder).as_posix())
    problems.sort(key=lambda p: p.path)
    return found, problems


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _rel(path: Path, folder: Path) -> str:
    return display_name(path.relative_to(folder).as_posix())


def _outside(path: Path, folder: Path, what: str) -> Problem:
    return Problem(_rel(path, folder), f"is a symbolic link to a {what} outside the seeds folder; "
                   "not followed", f"copy the {what} into the seeds folder instead")


def read_folder(folder: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[list[Article], list[Problem]]:
    """Every article of ``folder``; the problems (errors: skipped; warnings:
    built anyway) in file order."""
    paths, refused = scan_folder(folder)
    articles, problems = _read_all(((p, _rel(p, folder)) for p in paths), limits, refused)
    return articles, sorted(problems, key=lambda p: p.path)


def read_files(paths: Iterable[Path], limits: Limits = DEFAULT_LIMITS) -> tuple[list[Article], list[Problem]]:
    return _read_all(((p, display_name(str(p))) for p in paths), limits, [])


def _read_all(named: Iterable[tuple[Path, str]], limits: Limits, problems: list[Problem],
              ) -> tuple[list[Article], list[Problem]]:
    articles = []
    for path, name in named:
        warnings: list[Problem] = []
        try:
            articles.append(read_article(path, name, limits, warnings))
        except ArticleError as exc:
            problems.append(exc.problem)
            continue
        except OSError as exc:
            problems.append(Problem(name, f"cannot be read: {exc.strerror or exc}",
                                    "check that the file exists and can be read"))
            continue
        problems.extend(warnings)
    return articles, problems
