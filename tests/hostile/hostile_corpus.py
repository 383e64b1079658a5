"""The hostile corpus of issue 8, written on the fly, each case with its expected outcome.

Big and binary cases are generated here rather than committed.  Every script an
article tries to run sets ``window.__pwned`` or opens a dialog, so the browser
test can tell whether any of it ran.  ``SECRET`` is the text of a file outside
``seeds/`` that a symlink and a snippet include point at: it must never appear
in the output.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]

SECRET = "TOP-SECRET-d41d8cd98f"
PWN = "window.__pwned=1"
XSS = [
    f"<script>{PWN}</script>",
    f'<img src=x onerror="{PWN}">',
    f'<iframe src="javascript:{PWN}"></iframe>',
    f'<svg onload="{PWN}">',
    f'<a href="javascript:{PWN}">click</a>',
    f'<a href="data:text/html,<script>{PWN}</script>">data</a>',
]


def png_bytes() -> bytes:
    """A real one-pixel PNG, a few bytes."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixel = zlib.compress(b"\0\0")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixel) + chunk(b"IEND", b"")


def billion_laughs() -> str:
    lines = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lines.append(f"lol{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    return "\n".join(lines)


def md(front: str, body: str = "The council met on Monday.\n\nIt approved the plan.\n") -> str:
    return f"---\n{front}\n---\n{body}"


@dataclass(frozen=True)
class Case:
    name: str  # file name in seeds/
    content: bytes | str
    # "built": a page is expected; "warning": built, and a warning names it;
    # "skipped": no page, a problem names the file with ``message`` (and ``line``).
    outcome: str
    message: str = ""
    line: int | None = None
    title: str | None = None  # expected title of a built page


XSS_BODY = "\n\n".join(
    ["The council met on Monday."]
    + [f"Paragraph with {x} inside." for x in XSS]
    + [
        "[click me](javascript:window.__pwned=1) and ![img](http://127.0.0.9/x.png) and <http://127.0.0.9/>",
        '<div onclick="window.__pwned=1">raw block</div>',
        "[ref]: javascript:window.__pwned=1",
        "Text {: onclick=\"window.__pwned=1\" } with attribute list",
        "**bold** _em_ `code` ~~strike~~ ==mark== ^^ins^^",
        "<!-- a comment that hides text -->",
        "| a | b |\n|---|---|\n| <script>window.__pwned=1</script> | c |",
        "    indented <b>code</b> block",
        "# Not a heading\n\n---\n\n> not a quote",
        "&lt;script&gt;window.__pwned=1&lt;/script&gt; and &amp; and &#60;b&#62;",
    ]
)
DIRECTIVE_BODY = "\n\n".join([
    "The council met on Monday.",
    "!!! note \"Injected\"\n    admonition body",
    "??? danger \"Collapsed\"\n    details body",
    '--8<-- "{secret}"',
    ';--8<-- "{secret}"',
    "/// details | Summary\nblock body\n///",
    ":material-alert: :smile: emoji shortcodes",
    "{{ 7*7 }} and {% include 'base.html' %} and {# comment #} and ${7*7} and <%= 7*7 %>",
    "[TOC]",
    "*[HTML]: Hyper Text",
])
UNICODE_BODY = "\n\n".join([
    "The council met on Monday in \u0627\u0644\u0642\u0627\u0647\u0631\u0629 (Cairo).",
    "\u202eevil\u202c right-to-left override and \u05e9\u05dc\u05d5\u05dd.",
    "CJK: \u5317\u4eac\u5e02\u653f\u5e9c\u4eca\u5929\u5f00\u4f1a\u3002\u6771\u4eac\u3082\u3002",
    "Emoji: \U0001f600\U0001f1fa\U0001f1f8 \U0001f469\u200d\U0001f4bb.",
    "Zero\u200bwidth\u200c join\u200d and\ufeff BOM inside.",
    "Controls: bell\x07 escape\x1b[31m null\x00 delete\x7f end.",
])


def cases(secret_file: Path) -> list[Case]:
    many = "Many paragraphs\n\n" + "\n\n".join(f"P{i}." for i in range(50_000)) + "\n"
    return [
        Case("empty.md", b"", "skipped", "the file is empty"),
        Case("whitespace.txt", " \n\t\n   \n", "skipped", "the file is empty"),
        Case("image.md", png_bytes(), "skipped", "binary file"),
        Case("broken-utf8.txt", "Caf\u00e9 opens\n\nThe caf\u00e9 opened.\n".encode() + b"Bad \xff byte.\n",
             "skipped", "not valid UTF-8", line=4),
        Case("utf16-bom.txt", b"\xff\xfe" + "UTF-16 caf\u00e9 news\n\nThe caf\u00e9 opened on Monday.\n"
             .encode("utf-16-le"), "built", title="UTF-16 caf\u00e9 news"),
        Case("utf8-bom.md", b"\xef\xbb\xbf" + md("title: UTF-8 BOM news").encode(), "built",
             title="UTF-8 BOM news"),
        Case("latin1.txt", "Na\u00efve caf\u00e9 story\n\nThe caf\u00e9 opened.\n".encode("latin-1"),
             "warning", "Windows-1252", line=1, title="Na\u00efve caf\u00e9 story"),
        Case("crlf.md", md("title: CRLF story").replace("\n", "\r\n"), "built", title="CRLF story"),
        Case("cr.txt", "CR story\r\rThe council met.\r\rIt voted.\r", "built", title="CR story"),
        Case("unclosed.md", "---\ntitle: Unclosed\n\nThe council met.\n", "skipped", "not closed", line=1),
        Case("not-mapping.md", md("- a\n- b"), "skipped", "not a list of key: value lines", line=2),
        Case("scalar-front.md", md("just a sentence"), "skipped", "not a list of key: value lines", line=2),
        Case("date-yesterday.md", md("title: Dated\ndate: yesterday"), "skipped", "'date' is not a date",
             line=3),
        Case("date-impossible.md", md("title: Dated\ndate: 2019-13-45"), "skipped", "'date' is not a date",
             line=3),
        Case("tags-5.md", md("title: Tagged\n\ntags: 5"), "skipped", "'tags' must be a list", line=4),
        Case("title-list.md", md("title: [a, b]"), "skipped", "'title' must be text", line=2),
        Case("bad-yaml.md", md("title: T\nsource: [unclosed"), "skipped", "not valid YAML"),
        Case("yaml-bomb.md", md("title: Bomb\n" + billion_laughs()), "skipped", "alias bomb"),
        Case("yaml-python.md", md("title: !!python/object/apply:os.system ['echo pwned']"), "skipped",
             "not valid YAML"),
        Case("no-title.md", md("date: 2020-01-01"), "skipped", "no title"),
        Case("long-title.md", md("title: " + "Council " * 1250), "warning", "characters long"),
        Case("huge.txt", "Huge\n\nThe council met again.\n\n" + "x" * (20 * 1024 * 1024),
             "skipped", "too large"),
        Case("many-paragraphs.txt", many, "skipped", "50,000 paragraphs"),
        Case("same-title-a.md", md("title: Same title"), "built", title="Same title"),
        Case("same-title-b.md", md("title: Same title"), "built", title="Same title"),
        Case("slug-traversal.md", md("title: Traversal\nslug: ../../etc/passwd"), "built", title="Traversal"),
        Case("slug-absolute.md", md("title: Absolute\nslug: /etc/C:\\\\x\\x00"), "built", title="Absolute"),
        Case("xss.md", md(
            "title: '<script>window.__pwned=1</script> Council <img src=x onerror=\"window.__pwned=1\">'\n"
            "date: 2020-05-01\n"
            "source: '<iframe src=\"javascript:window.__pwned=1\"></iframe>'\n"
            "url: 'javascript:window.__pwned=1'\n"
            "licence: '<b>CC</b>'\n"
            "licence_url: 'data:text/html,<script>window.__pwned=1</script>'\n"
            "attribution: '<script>window.__pwned=1</script>'\n"
            "tags: ['<script>window.__pwned=1</script>', '\"><svg onload=window.__pwned=1>']\n"
            "extra_field: '<script>window.__pwned=1</script>'",
            XSS_BODY), "built"),
        Case("url-quote.md", md("title: Quote in URL\nsource: Example\n"
                                "url: 'https://example.org/a\"onmouseover=\"window.__pwned=1'"), "built",
             title="Quote in URL"),
        Case("markdown-title.md", md("title: '**Bold** [link](javascript:x) {{ 7*7 }} !!! note'"), "built"),
        Case("directives.md", md("title: Directives {% include 'x' %}",
                                 DIRECTIVE_BODY.replace("{secret}", str(secret_file))), "built"),
        Case("unicode.md", md("title: \u5317\u4eac \u0627\u0644\u0642\u0627\u0647\u0631\u0629 "
                              "\U0001f600 \u202eevil zero\u200bwidth", UNICODE_BODY), "built"),
        Case("control-title.txt", "Bell\x07 and escape\x1b title\n\nThe council met.\n", "built",
             title="Bell and escape title"),
        Case("good.md", md("title: A good article\ndate: 2021-03-04\nsource: Example\n"
                           "url: https://example.org/good"), "built", title="A good article"),
    ]


def write_corpus(seeds: Path, outside: Path) -> list[Case]:
    """Write the corpus into ``seeds``; ``outside`` is a folder beside it (not in it)."""
    seeds.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    secret_file = outside / "secret.txt"
    secret_file.write_text(f"Secret title {SECRET}\n\n{SECRET} must not be published.\n", encoding="utf-8")
    corpus = cases(secret_file)
    for case in corpus:
        data = case.content.encode("utf-8") if isinstance(case.content, str) else case.content
        (seeds / case.name).write_bytes(data)
    # A file name that is not UTF-8 and holds a newline: read, and named printably.
    with open(os.fsencode(seeds) + b"/odd-\xff-\nname.md", "w", encoding="utf-8") as fh:
        fh.write(md("title: Odd file name"))
    corpus.append(Case("odd-\ufffd-?name.md", "", "built", title="Odd file name"))
    os.symlink(secret_file, seeds / "symlink-out.txt")
    os.symlink(outside, seeds / "symlink-dir")
    corpus.append(Case("symlink-out.txt", "", "skipped", "symbolic link to a file outside"))
    corpus.append(Case("symlink-dir", "", "skipped", "symbolic link to a folder outside"))
    return corpus


def site_config(seeds: Path, docs: Path, site: Path) -> dict:
    """The project's mkdocs.yml (read by MkDocs' own loader, for ``!ENV``), pointed
    at a copy of docs/ and at ``seeds``; never in strict mode: the corpus is bad."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as fh:
        config = yaml_load(fh)
    config.update(docs_dir=str(docs), site_dir=str(site), strict=False)
    config.pop("nav", None)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "briefings" in plugin:
            options = plugin["briefings"] or {}
            options.update(seeds=str(seeds), strict=False)
            plugin["briefings"] = options
    return config


def build_site(seeds: Path, work: Path) -> Path:
    """``seeds`` as an HTML site built by MkDocs with the project's configuration
    (and a copy of its hand-written docs/) in ``work``; returns the site folder."""
    docs = work / "docs"
    subprocess.run(["cp", "-r", str(ROOT / "docs"), str(docs)], check=True)
    # The configuration's other relative paths (templates, overrides, hooks) resolve
    # against the folder of mkdocs.yml: link the project's entries into ``work``.
    for entry in ROOT.iterdir():
        if entry.name not in ("docs", "site", "seeds", "mkdocs.yml") and not entry.name.startswith("."):
            (work / entry.name).symlink_to(entry)
    site = work / "site"
    config = work / "mkdocs.yml"
    config.write_text(yaml.safe_dump(site_config(seeds, docs, site)), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], cwd=work,
                          capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{proc.stdout}\n{proc.stderr}")
    return site


_BUILT: dict[str, tuple[Path, Path]] = {}


def corpus_site(tmp_path_factory) -> tuple[Path, Path]:
    """(seeds, site): the corpus written and built by MkDocs once per test session,
    shared by the corpus tests and the browser test."""
    if "site" not in _BUILT:
        root = tmp_path_factory.mktemp("hostile-corpus-site")
        write_corpus(root / "seeds", root / "outside")
        (root / "work").mkdir()
        _BUILT["site"] = (root / "seeds", build_site(root / "seeds", root / "work"))
    return _BUILT["site"]


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=600)
