"""Docs that cannot rot: the CLI reference is generated from --help, and the README names every
top-level command."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from dateline.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("generate_cli", ROOT / "docs" / "generate_cli.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_cli_reference_is_current() -> None:
    current = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    assert current == _generator().reference(), (
        "docs/CLI.md is out of date: run `PYTHONPATH=src python docs/generate_cli.py`")


def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"dateline {name}" not in readme]
    assert not missing, f"README.md does not mention: {missing}"
