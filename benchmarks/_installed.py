"""The environment a benchmark's child processes run in: like an installed pmdesk.

pip compiles every module to byte-code when it installs a package, so an installed
pmdesk starts from cached byte-code, as PySide6 does beside it. A checkout run with
PYTHONDONTWRITEBYTECODE (set on some machines and in containers) would instead compile
pmdesk's modules on every start and charge the app for work a user never sees. The
byte-code goes to a folder of the run, so the checkout stays as it was.
"""

from __future__ import annotations

import os
from pathlib import Path


def installed_env(folder: Path, **extra: str) -> dict[str, str]:
    """os.environ with byte-code cached under `folder`, plus `extra`."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / "pycache"), **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
