"""Quality evaluation: run the analysis on a development set and score it.

    python benchmarks/quality/run.py --eval-dir ../shared/eval --sets timex,summary,ner,actors
    python benchmarks/quality/run.py --eval-dir ../shared/eval --sets summary --half held-out

For each set it runs ``briefings analyze`` on ``<set>/articles/*.md`` (the
same code path as the CLI), writes ``<out>/<set>.jsonl``, then runs the
set's reference scorer from the evaluation folder so that figures are
comparable with the published baselines.  Gold data is read only from the
path given; nothing of it is copied into the project.

``--half fit`` or ``--half held-out`` scores only one half of each set's
documents: the summary weights (``generator/analysis/summary/weights.py``)
were fitted on the stories whose ``sha1(id)`` is even, so the odd half is the
honest estimate for unseen news.  The gold and the predictions of that half are
written to ``<out>/<set>.<half>.gold.jsonl`` and ``.jsonl`` and scored there.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

SCORERS = {
    "timex": ["score_timex.py"],
    "summary": ["score_summary.py", "--no-ci"],
    "ner": ["score_ner.py"],
    "actors": ["score_actors.py"],
}
EXTRA = {"actors": [["score_summary.py", "--no-ci"]]}  # gist on the interviews


def analyse_set(eval_dir: Path, name: str, out: Path) -> Path:
    articles = sorted((eval_dir / name / "articles").glob("*.md"))
    if not articles:
        sys.exit(f"no articles in {eval_dir / name / 'articles'}")
    pred = out / f"{name}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "generator", "analyze", *map(str, articles)],
                       stdout=fh, check=True)
    return pred


def in_half(doc_id: str, half: str) -> bool:
    """The fit half is sha1(id) even, the held-out half odd (the rule of the weights' comment)."""
    if half == "all":
        return True
    odd = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 1
    return odd == (half == "held-out")


def split_half(eval_dir: Path, name: str, pred: Path, half: str, out: Path) -> tuple[Path, Path]:
    """Gold and predictions of one half, written beside the predictions.

    A prediction line belongs to the document named by the stem of its
    ``source_path``, as the scorers match them."""
    gold = eval_dir / name / "gold.jsonl"
    if half == "all":
        return gold, pred
    keep: set[str] = set()
    half_gold = out / f"{name}.{half}.gold.jsonl"
    with gold.open(encoding="utf-8") as src, half_gold.open("w", encoding="utf-8") as dst:
        for line in src:
            doc_id = json.loads(line)["id"]
            if in_half(doc_id, half):
                keep.add(doc_id)
                dst.write(line)
    half_pred = out / f"{name}.{half}.jsonl"
    with pred.open(encoding="utf-8") as src, half_pred.open("w", encoding="utf-8") as dst:
        for line in src:
            if Path(json.loads(line).get("source_path", "")).stem in keep:
                dst.write(line)
    print(f"\n{name}: {half} half, {len(keep)} documents", flush=True)
    return half_gold, half_pred


def score(eval_dir: Path, name: str, gold: Path, pred: Path, scorer: list[str],
          json_out: Path | None) -> None:
    cmd = [sys.executable, str(eval_dir / scorer[0]), *scorer[1:], "--gold", str(gold), "--pred", str(pred)]
    if json_out:
        cmd += ["--json", str(json_out)]
    print(f"\n## {name}: {' '.join(scorer)}", flush=True)
    subprocess.run(cmd, check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, required=True, help="folder of the development sets")
    ap.add_argument("--sets", default="timex,summary,ner,actors")
    ap.add_argument("--out", type=Path, default=Path("eval-out"))
    ap.add_argument("--reuse", action="store_true", help="score existing predictions, do not re-analyse")
    ap.add_argument("--half", choices=("all", "fit", "held-out"), default="all",
                    help="score only the documents whose sha1(id) is even (fit) or odd (held-out)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets.split(","):
        pred = args.out / f"{name}.jsonl"
        if not (args.reuse and pred.exists()):
            pred = analyse_set(args.eval_dir, name, args.out)
        gold, pred = split_half(args.eval_dir, name, pred, args.half, args.out)
        suffix = "" if args.half == "all" else f".{args.half}"
        score(args.eval_dir, name, gold, pred, SCORERS[name], args.out / f"{name}{suffix}.scores.json")
        for extra in EXTRA.get(name, []):
            score(args.eval_dir, name, gold, pred, extra, None)


if __name__ == "__main__":
    main()
