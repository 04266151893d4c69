"""Installing dipex puts no top-level module on the path that a well-known package owns (a
``tables`` module shadowed PyTables, which pandas imports for HDF5)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Names of well-known distributions' top-level modules that dipex must never install.
TAKEN = {"tables", "workspace", "utils", "common", "config", "settings", "core", "io", "test", "tests"}


def test_no_installed_top_level_module_shadows_a_known_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tool = config["tool"]["setuptools"]
    modules = set(tool.get("py-modules", []))
    packages = {p.rstrip("*") for p in tool["packages"]["find"]["include"]}
    assert not (modules | packages) & TAKEN
    assert not (ROOT / "tables.py").exists() and not (ROOT / "workspace.py").exists()
    assert "dipex" in packages and (ROOT / "dipex" / "tables.py").exists()


def test_the_helpers_import_from_the_package():
    from dipex.tables import format_table
    from dipex.workspace import Workspace

    assert format_table(["a"], [[1]]).splitlines()[0].strip() == "a"
    assert Workspace(ROOT).corpus_dir == ROOT / "corpus"
