"""The core imports, scripts and tests without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pmdesk


def test_no_core_module_loads_pyside6() -> None:
    core = sorted(
        info.name
        for info in pkgutil.walk_packages(pmdesk.__path__, "pmdesk.")
        if not info.name.startswith(("pmdesk.ui", "pmdesk.store.migrations"))
    )
    assert "pmdesk.cli" in core
    script = (
        "import importlib, sys\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
