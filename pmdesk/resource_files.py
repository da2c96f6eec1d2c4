"""pmdesk's data files: templates, rule packs, the sample, the schema, translations, icons.

They live in ``resources/`` at the top of the repository. The build installs that folder
as the package ``pmdesk.resources`` (see pyproject.toml), so an installed pmdesk -- a
wheel, a zipapp, a frozen bundle -- reads them with importlib.resources. A source
checkout reads its own ``resources/`` folder: an editable install maps
``pmdesk.resources`` to that same folder, and several checkouts sharing one virtual
environment each read their own data.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["resource", "resource_path"]

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent
# Copies of files taken out of a zip archive, removed when the process exits.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


@functools.cache
def _root() -> Traversable:
    own = _CHECKOUT / "resources"
    if (_CHECKOUT / "pyproject.toml").is_file() and (own / "__init__.py").is_file():
        return own
    installed = _PACKAGE / "resources"
    if (installed / "__init__.py").is_file():
        # Installed as files: what importlib.resources would answer, without importing it
        # (a tenth of `pmdesk lint`'s cold start).
        return installed
    from importlib import resources

    return resources.files("pmdesk.resources")


def resource(*parts: str) -> Traversable:
    """A bundled file or folder, e.g. ``resource("lint", "en.toml")``, to read from."""
    item = _root()
    for part in parts:
        item = item / part
    return item


@functools.cache
def resource_path(*parts: str) -> Path:
    """A bundled file or folder as a real path, for APIs that need one.

    Qt's translator and WeasyPrint's base URL need files on disk. Installed as files
    (a wheel, a checkout, a frozen bundle) this is the file itself; inside a zip archive
    (a zipapp) it is a copy in a temporary folder, removed at exit.
    """
    item = resource(*parts)
    if isinstance(item, Path):
        return item
    from importlib import resources

    if not item.is_dir():
        return _extracted.enter_context(resources.as_file(item))
    import tempfile

    folder = Path(_extracted.enter_context(tempfile.TemporaryDirectory(prefix="pmdesk-")))
    _copy_folder(item, folder)
    return folder


def _copy_folder(source: Traversable, target: Path) -> None:
    for child in source.iterdir():
        if child.is_dir():
            (target / child.name).mkdir()
            _copy_folder(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())
