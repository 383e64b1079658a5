"""The plugin's file and page objects, and how their memory is given back.

A generated file's content lives in memory from ``on_files`` until MkDocs
renders the page or copies the file, and MkDocs reads and renders every page
before it writes any: at 10,000 briefings all their Markdown and all their HTML
are held at once, on top of the generated Markdown itself (benchmarks/scale.py
measured 2.6 GB against 1.6 GB for bare MkDocs reading the same files from
disk).  Kept zlib-compressed, the same text takes about a tenth, and is
unpacked only when MkDocs reads it: the Markdown once to render it, the HTML
once to write the page.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import zlib
from collections.abc import Container

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

# Fastest level: the text compresses to about a tenth anyway, and a stronger
# level would cost more CPU than the build's whole analysis-cache lookup.
LEVEL = 1


def _pack(value: str | bytes | None) -> bytes | None:
    if value is None:
        return None
    return zlib.compress(value.encode("utf-8") if isinstance(value, str) else value, LEVEL)


def _unpack(packed: bytes | None, text: bool = True) -> str | bytes | None:
    if packed is None:
        return None
    raw = zlib.decompress(packed)
    return raw.decode("utf-8") if text else raw


class PackedFile(File):
    """A generated file whose content is held compressed.

    MkDocs reads and writes a generated file's content through ``_content``
    (``content_string``, ``content_bytes``, ``copy_file``), so packing it there
    keeps every one of those paths unchanged.
    """

    _packed: bytes | None = None
    _text: bool = True

    @property
    def _content(self) -> str | bytes | None:  # type: ignore[override]
        return _unpack(self._packed, self._text)

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self._text = not isinstance(value, bytes)
        self._packed = _pack(value)


class _Packed:
    """A text attribute held zlib-compressed: reading it unpacks, setting it packs."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_packed_{name}"

    def __get__(self, obj: object, owner: type | None = None) -> str | None:
        return self if obj is None else _unpack(obj.__dict__.get(self.slot))  # type: ignore[return-value]

    def __set__(self, obj: object, value: str | None) -> None:
        obj.__dict__[self.slot] = _pack(value)


class PackedPage(Page):
    """A generated page whose Markdown and rendered HTML are held compressed.

    MkDocs and its plugins read and set ``markdown`` and ``content`` as plain
    attributes; here they unpack and pack on the way, so every reader sees the
    same text and nothing else changes.  MkDocs lets a plugin give a file its
    page before the navigation is built (``File.page``), as Material's blog
    plugin does for its posts.
    """

    markdown = _Packed()  # type: ignore[assignment]
    content = _Packed()  # type: ignore[assignment]


def generated_file(config: MkDocsConfig, path: str, content: str | bytes,
                   in_nav: Container[str] = ()) -> PackedFile:
    """A generated file, and its packed page when it is a Markdown page.

    A page the ``nav`` names is left for MkDocs to make, with the nav's title
    ("Home: index.md"); those are a handful, the briefings and actors are not."""
    file = PackedFile.generated(config, path, content=content)
    if file.is_documentation_page() and file.src_uri not in in_nav:
        PackedPage(None, file, config)  # sets file.page
    return file


def nav_paths(nav: object) -> set[str]:
    """The page paths the ``nav`` of mkdocs.yml names, at any depth."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(nav_paths(v) for v in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_paths(v) for v in nav))
    return set()


def release_pages(files: Files) -> None:
    """Drop what every page holds once the site is written and its links are
    checked (MkDocs checks anchors before ``on_post_build``), and hand the freed
    memory back to the system.

    Pagefind then indexes the written site in a process of its own: without
    this, its memory comes on top of the rendered site that MkDocs still holds.
    """
    for file in files:
        page = file.page
        if page is not None:
            page.markdown = page.content = None
            page.toc = []  # type: ignore[assignment]
            page.present_anchor_ids = page.links_to_anchors = None
        if isinstance(file, PackedFile):  # written out: its source text is needed no more
            file._packed = None
    gc.collect()
    trim_heap()


def trim_heap() -> None:
    """Return free heap pages to the system (glibc's ``malloc_trim``).

    Python frees the strings, but glibc keeps the space for reuse, so the
    process's resident size would not go down; elsewhere this does nothing.
    """
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None)
    except OSError:
        trim = None
    if trim is not None:
        trim(0)
