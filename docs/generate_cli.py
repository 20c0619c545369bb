"""Write docs/CLI.md from the commands' own --help (tests/test_docs.py checks it is current).

    PYTHONPATH=src python docs/generate_cli.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.cli import cli  # noqa: E402


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name in sorted(group.commands):
        path = prefix + (name,)
        found.append(path)
        command = group.commands[name]
        if isinstance(command, click.Group):
            found.extend(commands(command, path))
    return found


def reference() -> str:
    runner = CliRunner()
    parts = ["# Command-line reference", "",
             "Generated from each command's `--help` by `PYTHONPATH=src python docs/generate_cli.py`.", ""]
    for path in [()] + commands(cli):
        result = runner.invoke(cli, [*path, "--help"], prog_name="dateline", terminal_width=100)
        title = " ".join(("dateline",) + path)
        parts += [f"## {title}", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    (ROOT / "docs" / "CLI.md").write_text(reference(), encoding="utf-8")
