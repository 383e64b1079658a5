"""Byte-identical output across runs, hash seeds and listing orders; a build killed
with SIGKILL leaves a usable output, and the next build is exactly right."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the CLI with the file system listing every folder in reverse order.
REVERSED_LISTING = """
import os, sys
real_scandir, real_listdir = os.scandir, os.listdir
class Reversed:
    def __init__(self, *args, **kwargs):
        with real_scandir(*args, **kwargs) as it:
            self.entries = sorted(it, key=lambda e: e.name, reverse=True)
    def __iter__(self): return self
    def __next__(self):
        if not self.entries: raise StopIteration
        return self.entries.pop(0)
    def __enter__(self): return self
    def __exit__(self, *exc): return False
    def close(self): pass
os.scandir = Reversed
os.listdir = lambda *a, **k: sorted(real_listdir(*a, **k), reverse=True)
from generator.cli import main
sys.exit(main(sys.argv[1:]))
"""

# Runs the CLI and kills it (SIGKILL, no clean-up) at the k-th os.replace: the moment
# a cache entry or an output file is being put in place.
KILLED_AT_REPLACE = """
import os, signal, sys
k, calls, real_replace = int(sys.argv[1]), [0], os.replace
def replace(*args, **kwargs):
    calls[0] += 1
    if calls[0] == k:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(*args, **kwargs)
os.replace = replace
from generator.cli import main
sys.exit(main(sys.argv[2:]))
"""

ARTICLES = {
    "a.md": "---\ntitle: Council approves the bridge\ndate: 2021-03-04\ntags: [transport, city]\n---\n"
            "Mayor Ana Lopez said on Monday that the council approved the new bridge.\n\n"
            "Work starts in May and ends next year, the city engineer Tom Reyes said.\n",
    "b.md": "---\ntitle: Same headline\ndate: 2021-03-02\n---\nThe Port Authority of Lisbon met on Monday.\n",
    "c.md": "---\ntitle: Same headline\ndate: 2021-03-02\n---\nThe Port Authority of Lisbon met again.\n",
    "d.txt": "Undated note\n\nBERLIN -- The museum opened a new wing last week, director Eva Klein said.\n",
    "bad.md": "---\ntitle: [broken\n---\nText.\n",
}


def write_seeds(folder: Path, articles: dict[str, str], order=sorted) -> Path:
    folder.mkdir(parents=True)
    for name in order(articles):
        (folder / name).write_text(articles[name], encoding="utf-8")
    return folder


def run(args: list[str], cwd: Path, *, script: str | None = None, hash_seed: str = "0",
        extra: list[str] = ()) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", script, *extra] if script else [sys.executable, "-m", "generator"]
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONHASHSEED": hash_seed})


def build_args(seeds: Path, out: Path, cache: Path | None = None) -> list[str]:
    cache_args = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    return ["build", "--seeds", str(seeds), "--out", str(out), "--workers", "1", *cache_args]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_output_is_byte_identical_across_hash_seeds_and_listing_orders(tmp_path):
    first = write_seeds(tmp_path / "seeds1", ARTICLES)
    second = write_seeds(tmp_path / "seeds2", ARTICLES, order=lambda a: sorted(a, reverse=True))
    one = run(build_args(first, tmp_path / "out1"), tmp_path, hash_seed="0")
    two = run(build_args(second, tmp_path / "out2"), tmp_path, hash_seed="4242", script=REVERSED_LISTING)
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    a, b = tree(tmp_path / "out1"), tree(tmp_path / "out2")
    assert len(a) > 4
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
    # The same problem report, in the same order, too.
    reports = [run.stderr.splitlines()[:-1] for run in (one, two)]  # the last line names the output
    assert reports[0] == reports[1] and any("bad.md:2:" in line for line in reports[0])


@pytest.fixture(scope="module")
def before_and_after(tmp_path_factory):
    """An output (and cache) built from the old seeds, the new seeds, and the
    output a clean build of the new seeds gives."""
    root = tmp_path_factory.mktemp("interrupted")
    old_seeds = write_seeds(root / "old", ARTICLES)
    changed = {k: v for k, v in ARTICLES.items() if k != "d.txt"}
    changed["a.md"] = changed["a.md"].replace("next year", "in 2023")
    changed["e.md"] = "---\ntitle: A new article\ndate: 2021-03-05\n---\nThe library reopened on Friday.\n"
    new_seeds = write_seeds(root / "new", changed)
    assert run(build_args(old_seeds, root / "out", root / "cache"), root).returncode == 0
    assert run(build_args(new_seeds, root / "reference"), root).returncode == 0
    return root, new_seeds


# Kill at the first os.replace (a cache entry of the changed articles) and at the
# fifth (the output half-written).
@pytest.mark.parametrize("kill_at", [1, 5])
def test_a_killed_build_leaves_a_usable_output_and_the_next_build_is_right(before_and_after, tmp_path,
                                                                            kill_at):
    root, new_seeds = before_and_after
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(root / "out", out, symlinks=True)
    shutil.copytree(root / "cache", cache, symlinks=True)
    old, new = tree(out), tree(root / "reference")
    assert old != new

    killed = run(build_args(new_seeds, out, cache), tmp_path, script=KILLED_AT_REPLACE, extra=[str(kill_at)])
    assert killed.returncode == -9, killed.stderr

    # The previous output is still there and every file in it is whole: old or new.
    after = {k: v for k, v in tree(out).items() if ".briefings-tmp-" not in k}
    assert set(old) <= set(after)
    assert all(after[k] in (old.get(k), new.get(k)) for k in after if k != ".briefings-manifest.json")

    again = run(build_args(new_seeds, out, cache), tmp_path)
    assert again.returncode == 0, again.stderr
    assert tree(out) == new  # stale pages gone, leftovers gone, every byte right


def test_two_builds_at_once_share_the_cache_and_the_output(before_and_after, tmp_path):
    root, new_seeds = before_and_after
    out, cache = tmp_path / "out", tmp_path / "cache"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    command = [sys.executable, "-m", "generator", *build_args(new_seeds, out, cache)]
    builds = [subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True) for _ in range(2)]
    results = [b.communicate(timeout=600) for b in builds]
    assert [b.returncode for b in builds] == [0, 0], results
    assert tree(out) == tree(root / "reference")
    # And the cache they filled together serves a third build the same pages.
    assert run(build_args(new_seeds, tmp_path / "third", cache), tmp_path).returncode == 0
    assert tree(tmp_path / "third") == tree(root / "reference")
