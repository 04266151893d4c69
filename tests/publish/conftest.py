"""Fixtures of the publish tests: hand-built records (make_records.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
