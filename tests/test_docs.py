"""Docs that cannot go stale: their Python examples run, every CLI option is documented."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import typer

from onrecord.cli import app

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _python_examples() -> list[tuple[str, str]]:
    examples = []
    for path in DOC_FILES:
        for number, block in enumerate(PYTHON_BLOCK.findall(path.read_text(encoding="utf-8"))):
            examples.append((f"{path.name}#{number}", block))
    return examples


@pytest.mark.parametrize(("name", "code"), _python_examples(), ids=lambda v: str(v)[:30])
def test_python_examples_run(name: str, code: str, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    exec(compile(code, name, "exec"), {"__name__": "__doc_example__"})  # noqa: S102


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_every_command_and_option_is_in_the_cli_reference() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in _commands().items():
        assert f"## onrecord {name}" in reference, f"command {name} undocumented"
        section = reference.split(f"## onrecord {name}", 1)[1].split("\n## ", 1)[0]
        for param in command.params:
            if type(param).__name__.endswith("Option"):
                longest = max(param.opts, key=len)
                assert f"`{longest}" in section, f"{name} {longest} undocumented"


def test_no_example_leaves_files_in_the_repo() -> None:
    assert not (ROOT / "example.db").exists(), os.listdir(ROOT)
