"""Timeline importers: chat exports, logs and ops data into timeline events.

One module per family (``slack``, ``chat``, ``hostlogs``, ``applogs``, ``accesslog``,
``ops``, ``tabular``) behind one small interface: :func:`detect_format` and
:func:`import_path`, which stream the input, convert every time to aware UTC
(keeping the original zone), apply the window and filters, drop duplicates and
report skipped lines. Nothing here imports Qt or touches the database; see
``pmdesk.importers.store`` for that.
"""

from ._model import CsvMapping, ImportedEvent, ImportOptions, ImportResult, SkippedLine
from ._sink import ImportCancelledError, ZoneRequiredError
from .api import FORMATS, detect_format, import_path

__all__ = [
    "FORMATS",
    "CsvMapping",
    "ImportCancelledError",
    "ImportOptions",
    "ImportResult",
    "ImportedEvent",
    "SkippedLine",
    "ZoneRequiredError",
    "detect_format",
    "import_path",
]
