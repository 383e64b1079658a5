"""Nothing lost, nothing written outside: ``write_tree`` and the plugin's collision check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import MANIFEST, BuildError, write_tree
from generator.model import BuildResult

ROOT = Path(__file__).resolve().parents[2]


def result(**pages: str) -> BuildResult:
    return BuildResult(pages={k.replace("__", "/") + ".md": v for k, v in pages.items()})


@pytest.mark.parametrize("rel", ["../escape.md", "/tmp/abs.md", "a/../../escape.md", "a\\b.md", "",
                                 "x\x00.md"])
def test_a_path_out_of_the_output_is_refused(tmp_path, rel):
    out = tmp_path / "out"
    with pytest.raises(BuildError, match="outside"):
        write_tree(BuildResult(pages={rel: "x"}), out)
    assert not (tmp_path / "escape.md").exists()


def test_a_symlinked_folder_in_the_output_is_not_written_through(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "briefings").symlink_to(elsewhere)
    with pytest.raises(BuildError, match="outside"):
        write_tree(result(briefings__a="A"), out)
    assert list(elsewhere.iterdir()) == []


def test_a_file_a_person_put_there_is_never_overwritten(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.md").write_text("my own notes")
    with pytest.raises(BuildError, match="was not written by briefings"):
        write_tree(result(index="generated"), out)
    assert (out / "index.md").read_text() == "my own notes"
    # The same bytes are no loss: a clean checkout of a committed output is adopted.
    (out / "index.md").write_text("generated")
    write_tree(result(index="generated"), out)


def test_stale_pages_go_and_other_files_stay(tmp_path):
    out = tmp_path / "out"
    write_tree(result(index="1", briefings__a="A", briefings__b="B"), out)
    (out / "notes.txt").write_text("mine")
    write_tree(result(index="2", briefings__a="A2"), out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        MANIFEST, "briefings/a.md", "index.md", "notes.txt"]
    assert (out / "index.md").read_text() == "2" and (out / "notes.txt").read_text() == "mine"
    write_tree(result(index="3"), out)
    assert not (out / "briefings").exists()  # emptied by the build, so removed


def test_a_tampered_manifest_cannot_delete_outside(tmp_path):
    victim = tmp_path / "victim.md"
    victim.write_text("keep me")
    out = tmp_path / "out"
    write_tree(result(index="1"), out)
    (out / MANIFEST).write_text(json.dumps(["index.md", "../victim.md", str(victim)]))
    write_tree(result(index="2"), out)
    assert victim.read_text() == "keep me"


def test_written_files_are_readable_by_the_web_server(tmp_path):
    old = os.umask(0o022)
    try:
        write_tree(result(index="1"), tmp_path / "out")
    finally:
        os.umask(old)
    assert (tmp_path / "out" / "index.md").stat().st_mode & 0o777 == 0o644


def _mkdocs_project(tmp_path: Path, hand_written: str, strict: bool = False,
                    bad: bool = False) -> subprocess.CompletedProcess:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\ntitle: A good article\ndate: 2021-03-04\n---\nThe council met.\n")
    if bad:
        (seeds / "bad.md").write_text("---\ntitle: Bad\ndate: yesterday\n---\nText.\n")
    page = tmp_path / "docs" / hand_written
    page.parent.mkdir(parents=True)
    page.write_text("# Mine\n")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\ntheme: mkdocs\nplugins:\n  - briefings:\n"
        f"      seeds: seeds\n      templates: {ROOT / 'site_templates'}\n"
        f"      cache: false\n      workers: 1\n      strict: {'true' if strict else 'false'}\n")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=600)


@pytest.mark.parametrize("hand_written, generated", [
    ("briefings/a-good-article/index.md", "briefings/a-good-article.md"),  # same URL, other file
    ("README.md", "index.md"),  # MkDocs makes README.md the index
])
def test_a_generated_page_never_shadows_a_hand_written_one(tmp_path, hand_written, generated):
    proc = _mkdocs_project(tmp_path, hand_written)
    assert proc.returncode != 0
    assert f"'{generated}'" in proc.stderr and str(tmp_path / "docs" / hand_written) in proc.stderr
    assert (tmp_path / "docs" / hand_written).read_text() == "# Mine\n"


@pytest.mark.parametrize("strict", [False, True])
def test_the_plugin_skips_a_bad_article_and_fails_on_it_under_strict(tmp_path, strict):
    proc = _mkdocs_project(tmp_path, "about.md", strict=strict, bad=True)
    assert "bad.md:3: front matter 'date' is not a date" in proc.stderr
    assert (proc.returncode != 0) == strict
    built = (tmp_path / "site" / "briefings" / "a-good-article" / "index.html").exists()
    assert built != strict


def test_the_cli_refuses_an_output_inside_the_seeds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\ntitle: A\n---\nText.\n")
    command = [sys.executable, "-m", "generator", "build", "--seeds", "seeds", "--out", "seeds/site",
               "--no-cache"]
    proc = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1 and "inside the seeds folder" in proc.stderr
    assert sorted(p.name for p in seeds.iterdir()) == ["a.md"]


def test_leftovers_of_a_killed_build_go_but_a_running_build_keeps_its_own(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True)
    killed = out / f".briefings-tmp-{dead.stdout.strip()}-abc"
    running = out / f".briefings-tmp-{os.getppid()}-def"  # our parent: alive, and not us
    killed.write_text("half")
    running.write_text("half")
    write_tree(result(index="1"), out)
    assert not killed.exists() and running.exists()
