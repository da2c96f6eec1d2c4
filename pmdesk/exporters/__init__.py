"""Exports: the post-mortem as PDF, self-contained HTML, Markdown and action-item CSV.

All exporters read the post-mortem through an export profile (internal or public, see
`pmdesk.domain.pseudonyms`). PDF is `render_html` then `write_pdf`, which imports
WeasyPrint only when called and loads nothing but pmdesk's own templates and the
chosen logo.
"""

from pmdesk.exporters.actions_csv import export_actions_csv
from pmdesk.exporters.export import EXTENSIONS, ExportResult, export_to_file, render_export
from pmdesk.exporters.html import ExportOptions, content_hash, export_html_file, render_html
from pmdesk.exporters.markdown import export_markdown
from pmdesk.exporters.pdf import SafeUrlPolicy, write_pdf

__all__ = [
    "EXTENSIONS",
    "ExportOptions",
    "ExportResult",
    "SafeUrlPolicy",
    "content_hash",
    "export_actions_csv",
    "export_html_file",
    "export_markdown",
    "export_to_file",
    "render_export",
    "render_html",
    "write_pdf",
]
