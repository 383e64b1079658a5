"""The plugin's file objects, and how their memory is given back.

A generated file's content lives in memory from ``on_files`` until MkDocs
renders the page or copies the file, and MkDocs renders every page before it
writes any.  At 10,000 briefings the generated Markdown and JSON come to about
a gigabyte: benchmarks/scale.py measured the build at 2.6 GB against 1.6 GB
for bare MkDocs reading the same files from disk.  Kept zlib-compressed, the
same text takes about a tenth, and is unpacked once, when MkDocs reads it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import zlib

from mkdocs.structure.files import File, Files

# Fastest level: the text compresses to about a tenth anyway, and a stronger
# level would cost more CPU than the build's whole analysis-cache lookup.
LEVEL = 1


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
        if self._packed is None:
            return None
        raw = zlib.decompress(self._packed)
        return raw.decode("utf-8") if self._text else raw

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        if value is None:
            self._packed = None
            return
        self._text = isinstance(value, str)
        self._packed = zlib.compress(value.encode("utf-8") if self._text else value, LEVEL)


def release_pages(files: Files) -> None:
    """Drop every page's Markdown and HTML once the site is written, and hand
    the freed memory back to the system.

    Pagefind then indexes the written site in a process of its own: without
    this, its memory comes on top of the rendered site that MkDocs still holds.
    """
    for file in files.documentation_pages():
        if file.page is not None:
            file.page.markdown = None
            file.page.content = None
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
