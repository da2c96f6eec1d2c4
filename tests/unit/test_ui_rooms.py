"""Every Qt class of the UI in its room, read from the source: dialogs in
pmdesk/ui/dialogs, item delegates in pmdesk/ui/delegates, item models in
pmdesk/ui/itemmodels, the item data roles in one module; and constructors short
enough to read as a table of contents."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "pmdesk" / "ui"
ROOMS = {"Dialog": "dialogs", "Delegate": "delegates", "Model": "itemmodels"}
LONGEST_CONSTRUCTOR = 60


def _modules() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in UI.rglob("*.py")}


def _base_names(node: ast.ClassDef) -> list[str]:
    names = []
    for base in node.bases:
        if isinstance(base, ast.Name):
            names.append(base.id)
        elif isinstance(base, ast.Attribute):
            names.append(base.attr)
    return names


def test_dialogs_delegates_and_item_models_live_in_their_packages() -> None:
    misplaced = []
    for path, module in _modules().items():
        room = path.relative_to(UI).parts[0]
        for node in ast.walk(module):
            if not isinstance(node, ast.ClassDef):
                continue
            for kind, home in ROOMS.items():
                if any(base.endswith(kind) for base in _base_names(node)) and room != home:
                    misplaced.append(f"{node.name} ({kind.lower()}) in {path.relative_to(UI)}")
    assert misplaced == []


@pytest.mark.parametrize("definition", [r"ItemDataRole\.UserRole", r"^AnyIndex ="])
def test_the_item_data_roles_and_the_index_type_are_defined_once(definition: str) -> None:
    defining = sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if re.search(definition, path.read_text(encoding="utf-8"), re.MULTILINE)
    )
    assert defining == ["itemmodels/roles.py"]


def test_no_constructor_is_longer_than_a_table_of_contents() -> None:
    long = [
        f"{node.name}.__init__ in {path.relative_to(UI)}: {length} lines"
        for path, module in _modules().items()
        for node in ast.walk(module)
        if isinstance(node, ast.ClassDef)
        for function in node.body
        if isinstance(function, ast.FunctionDef) and function.name == "__init__"
        if (length := (function.end_lineno or 0) - function.lineno + 1) > LONGEST_CONSTRUCTOR
    ]
    assert long == []
