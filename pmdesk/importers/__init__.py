"""Timeline importers: chat exports, logs and ops data into timeline events.

One module per family behind one small interface, :func:`detect_format` and
:func:`import_path`. Every importer streams its input, converts each time to aware
UTC (keeping the original text and zone), applies the window and filters while
reading, drops duplicates (same ``native_id`` or ``fingerprint``) and reports the
first 20 skipped lines with their numbers. Hostile or unusable input raises one
:class:`~pmdesk.errors.UserFacingError`; naive times without ``ImportOptions.tz``
raise :class:`ZoneRequiredError`. Nothing here imports Qt or opens a database;
``pmdesk.importers.store`` adds results to a post-mortem in the caller's session.

Families (format ids):

- ``slack``: Slack export zip or folder (``slack``)
- ``chat``: Teams Graph JSON, Mattermost bulk JSONL, DiscordChatExporter JSON,
  pasted ``HH:MM name: text`` notes (``teams``, ``mattermost``, ``discord``, ``notes``)
- ``irc``: irssi and WeeChat channel logs (``irc``)
- ``whatsapp``: WhatsApp "Export chat" text files and zips (``whatsapp``)
- ``hostlogs``: ``journalctl -o json``, syslog RFC 3164/5424 (``journald``, ``syslog``)
- ``applogs``: JSON lines (ECS, Bunyan, pino, structlog, Docker/CRI), logfmt
  (``jsonl``, ``logfmt``)
- ``accesslog``: nginx/Apache access logs as aggregates, and their error logs
  (``access-log``)
- ``ops``: Kubernetes events, PagerDuty, Opsgenie, GitHub deployments and runs
  (``k8s-events``, ``pagerduty``, ``opsgenie``, ``github``)
- ``tabular``: generic CSV/TSV with a column mapping (``csv``)
"""

from ._model import (
    CsvMapping,
    ImportedEvent,
    ImportedPerson,
    ImportOptions,
    ImportResult,
    SkippedLine,
)
from ._sink import ImportCancelledError, ZoneRequiredError
from .api import FORMATS, detect_format, import_path

__all__ = [
    "FORMATS",
    "CsvMapping",
    "ImportCancelledError",
    "ImportOptions",
    "ImportResult",
    "ImportedEvent",
    "ImportedPerson",
    "SkippedLine",
    "ZoneRequiredError",
    "detect_format",
    "import_path",
]
