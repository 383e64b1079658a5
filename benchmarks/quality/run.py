"""Quality evaluation: run the analysis on a development set and score it.

    python benchmarks/quality/run.py --eval-dir ../shared/eval --sets timex,summary,ner,actors

For each set it runs ``briefings analyze`` on ``<set>/articles/*.md`` (the
same code path as the CLI), writes ``<out>/<set>.jsonl``, then runs the
set's reference scorer from the evaluation folder so that figures are
comparable with the published baselines.  Gold data is read only from the
path given; nothing of it is copied into the project.
"""

from __future__ import annotations

import argparse
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


def score(eval_dir: Path, name: str, pred: Path, scorer: list[str], json_out: Path | None) -> None:
    cmd = [sys.executable, str(eval_dir / scorer[0]), *scorer[1:],
           "--gold", str(eval_dir / name / "gold.jsonl"), "--pred", str(pred)]
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
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets.split(","):
        pred = args.out / f"{name}.jsonl"
        if not (args.reuse and pred.exists()):
            pred = analyse_set(args.eval_dir, name, args.out)
        score(args.eval_dir, name, pred, SCORERS[name], args.out / f"{name}.scores.json")
        for extra in EXTRA.get(name, []):
            score(args.eval_dir, name, pred, extra, None)


if __name__ == "__main__":
    main()
