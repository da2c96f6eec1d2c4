"""Exports: the post-mortem as PDF, self-contained HTML, Markdown and action-item CSV.

All exporters read the post-mortem through an export profile (internal or public, see
`pmdesk.domain.pseudonyms`). PDF is `render_html` then `write_pdf`, which imports
WeasyPrint only when called and loads nothing but pmdesk's own templates and the
chosen logo.

The names below are loaded on first use, so that `pmdesk --help` and the CLI commands
that do not export pay nothing for Jinja2, Markdown and YAML.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pmdesk.exporters.actions_csv import export_actions_csv
    from pmdesk.exporters.export import (
        EXTENSIONS,
        ExportResult,
        export_file_name,
        export_to_file,
        render_export,
    )
    from pmdesk.exporters.html import (
        ExportOptions,
        content_hash,
        export_html_file,
        render_html,
    )
    from pmdesk.exporters.markdown import export_markdown
    from pmdesk.exporters.pdf import SafeUrlPolicy, write_pdf

__all__ = [
    "EXTENSIONS",
    "ExportOptions",
    "ExportResult",
    "SafeUrlPolicy",
    "content_hash",
    "export_actions_csv",
    "export_file_name",
    "export_html_file",
    "export_markdown",
    "export_to_file",
    "render_export",
    "render_html",
    "write_pdf",
]

_HOMES = {
    "EXTENSIONS": "export",
    "ExportOptions": "html",
    "ExportResult": "export",
    "SafeUrlPolicy": "pdf",
    "content_hash": "html",
    "export_actions_csv": "actions_csv",
    "export_file_name": "export",
    "export_html_file": "html",
    "export_markdown": "markdown",
    "export_to_file": "export",
    "render_export": "export",
    "render_html": "html",
    "write_pdf": "pdf",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
