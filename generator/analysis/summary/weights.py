"""Feature weights (names of ``scoring.FEATURES``)."""

from __future__ import annotations

import numpy as np

from generator.analysis.summary.scoring import FEATURES

SUMMARY = {
    "lead": 1.45, "first": 0.3, "para_first": 0.1, "centrality": 0.5, "title": 0.5,
    "actors": 0.3, "who_did_what": 0.1, "saying": -0.05, "quote": -0.55, "length": 0.1,
    "short": 0.1, "long": -0.7, "first_person": -0.4, "turn": -0.3, "dependent": -0.1,
}
GIST = SUMMARY


def _vector(weights: dict[str, float]) -> np.ndarray:
    return np.array([weights.get(f, 0.0) for f in FEATURES])


SUMMARY_WEIGHTS = _vector(SUMMARY)
GIST_WEIGHTS = _vector(GIST)
