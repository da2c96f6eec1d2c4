"""Bringing an organisation's existing post-mortems into the library.

`read_written` makes a post-mortem written as Markdown or HTML (the Google SRE, PagerDuty
and Atlassian templates, pmdesk's own Markdown export, Confluence or Google Docs
exports) into an interchange document and reports what went where; `load_many` loads
many files and folders of those and of interchange JSON at once (see `batch`).
Nothing here imports Qt.
"""

from pmdesk.archive.written import WRITTEN_FORMATS, WrittenPostmortem, read_written

__all__ = ["WRITTEN_FORMATS", "WrittenPostmortem", "read_written"]
