"""Fixtures for the importer tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pmdesk.importers import ImportOptions, ImportResult, import_path

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def run_import() -> Callable[..., ImportResult]:
    def run(name: str | Path, **options: object) -> ImportResult:
        path = name if isinstance(name, Path) else DATA / name
        return import_path(path, ImportOptions(**options))  # type: ignore[arg-type]

    return run
