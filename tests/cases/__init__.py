"""Tables of small texts and what the analysis must say of them, kept as YAML beside the tests
that read them: a long table of cases reads better as data than as repeated ``pytest.param``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent


def load_cases(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
