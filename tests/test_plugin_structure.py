"""The plugin's generated files are held packed, and read back unchanged."""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from generator.mkdocs_plugin.structure import PackedFile, PackedPage, generated_file, release_pages


def config(tmp_path) -> MkDocsConfig:
    cfg = MkDocsConfig()
    cfg.load_dict({"site_name": "t", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")})
    (tmp_path / "docs").mkdir()
    errors, _ = cfg.validate()
    assert not errors
    cfg.plugins._current_plugin = "briefings"  # as while MkDocs runs the plugin's on_files
    return cfg


def test_text_and_bytes_come_back_as_they_went_in(tmp_path):
    cfg = config(tmp_path)
    text = "# Ünïcode title\n\n" + "A line that repeats. " * 500
    page = PackedFile.generated(cfg, "briefings/a.md", content=text)
    data = PackedFile.generated(cfg, "api/a.json", content=b'{"k": "\xc3\xa9"}' * 200)
    assert page.content_string == text
    assert data.content_bytes == b'{"k": "\xc3\xa9"}' * 200
    assert len(page._packed) < len(text.encode()) / 10  # held compressed
    feed = PackedFile.generated(cfg, "feed.xml", content=text)
    data.copy_file()
    feed.copy_file()  # how MkDocs writes a file that is not a page
    assert (tmp_path / "site" / "api" / "a.json").read_bytes() == data.content_bytes
    assert (tmp_path / "site" / "feed.xml").read_text(encoding="utf-8") == text


def test_released_pages_drop_their_markdown_html_and_source(tmp_path):
    cfg = config(tmp_path)
    doc = PackedFile.generated(cfg, "a.md", content="# A\n")
    asset = PackedFile.generated(cfg, "a.json", content="{}")
    doc.page = SimpleNamespace(markdown="# A\n", content="<h1>A</h1>", toc=["A"],
                               present_anchor_ids={"a"}, links_to_anchors={})
    release_pages(Files([doc, asset]))
    assert doc.page.markdown is None and doc.page.content is None and doc.page.toc == []
    assert doc.page.present_anchor_ids is None
    assert doc._packed is None and asset._packed is None  # written out before on_post_build


def test_a_generated_page_holds_its_markdown_and_html_packed(tmp_path):
    cfg = config(tmp_path)
    file = generated_file(cfg, "briefings/a.md", "# A\n")
    page = file.page
    assert isinstance(page, PackedPage) and page.file is file
    assert page.markdown is None and page.content is None  # MkDocs fills them in later
    markdown = "# Ünïcode title\n\n" + "A paragraph that repeats. " * 400
    html = "<h1>Ünïcode title</h1>" + "<p>A paragraph that repeats.</p>" * 400
    page.markdown, page.content = markdown, html
    assert (page.markdown, page.content) == (markdown, html)
    held = page.__dict__
    assert len(held["_packed_markdown"]) < len(markdown) / 10
    assert len(held["_packed_content"]) < len(html) / 10
    assert generated_file(cfg, "api/a.json", "{}").page is None  # only Markdown pages have one
