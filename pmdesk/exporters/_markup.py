"""Free-text fields are Markdown: render them, then sanitise the HTML.

Whatever a field contains (raw HTML, `<script>`, `<iframe>`, `<style>` with `@import`,
event handlers, `javascript:` links, images pointing at files or servers), what comes
out is a small set of harmless tags. Images survive only as embedded `data:` PNG,
JPEG, GIF or WebP; every other image source is dropped, so nothing is ever fetched.
"""

from __future__ import annotations

import functools
import html
import re
import threading

import markdown
import nh3

__all__ = [
    "MAX_TABLE_ROWS",
    "defuse_markdown",
    "markdown_to_html",
    "markdown_to_inline_html",
    "sanitise_html",
    "shorten_long_tables",
]

# Rows of one Markdown table that a report shows. A pasted 3,000-row table made the PDF
# export take over a minute and most of a gigabyte (WeasyPrint lays out a table that
# spans pages as a whole), and nobody reads row 2,000 of a printed report.
MAX_TABLE_ROWS = 200

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s", "strong", "sub",
    "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
}
_SAFE_IMAGE = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$")
_SAFE_LINK = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)
# Where a link's target or a reference definition's URL may start after "]": "(" or ":"
# (lenient renderers allow white space before them).
_TARGET_START = re.compile(r"\s*[(:]")
_BACKSLASH_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Markdown syntax characters: text without any of them renders to itself, escaped.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_{}\[\]<>()#+\-.!|~&\n:]")
_local = threading.local()
# A table's delimiter row: "| --- | :---: |", "---|---" (Python-Markdown's test: only
# pipes, colons, dashes and spaces).
_TABLE_DELIMITER = re.compile(r"^[ |:-]*-[ |:-]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if _SAFE_IMAGE.match(value) else None
    if tag == "a" and attribute == "href":
        return value if _SAFE_LINK.match(value.strip()) else None
    return value


def sanitise_html(fragment: str) -> str:
    """Keep only harmless tags and attributes (see the module docstring)."""
    return nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "data"},
        attribute_filter=_attribute_filter,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _converter() -> markdown.Markdown:
    # A Markdown instance is not thread-safe; export may run off the UI thread.
    converter: markdown.Markdown | None = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown.Markdown(
            extensions=["tables", "fenced_code", "sane_lists"], output_format="html"
        )
        _local.converter = converter
    return converter


@functools.lru_cache(maxsize=4096)
def markdown_to_html(text: str) -> str:
    """Markdown → sanitised block HTML (paragraphs, lists, tables, code)."""
    if not text.strip():
        return ""
    if not _MARKDOWN_SYNTAX.search(text):
        return f"<p>{html.escape(text, quote=False)}</p>"
    converter = _converter()
    converter.reset()
    return sanitise_html(converter.convert(text))


@functools.lru_cache(maxsize=8192)
def markdown_to_inline_html(text: str) -> str:
    """Markdown → sanitised HTML without the wrapping paragraph, for one-line texts
    (timeline entries, titles, table cells)."""
    if not text.strip():
        return ""
    if not _MARKDOWN_SYNTAX.search(text):
        return html.escape(text, quote=False)
    rendered = markdown_to_html(text)
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def defuse_markdown(text: str) -> str:
    """Markdown that a wiki renders without images, and with links to http(s), mailto
    and "#" anchors only: the same rules as `sanitise_html`, for Markdown kept as
    Markdown.

    Every "![" gets its "!" escaped, so no image is fetched when the page is viewed
    (it shows as a link instead). Every "]" that would start a link target "](…)" or a
    reference definition "]: …" to any other URL is escaped, so the brackets show as
    text. A backslash before punctuation renders as nothing, so the text reads the
    same; raw HTML is `sanitise_html`'s business.
    """
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":  # an escaped character stays as it is
            out.append(text[index : index + 2])
            index += 2
            continue
        if (char == "!" and text.startswith("[", index + 1)) or (
            char == "]" and not _targets_a_safe_url(text, index + 1)
        ):
            out.append("\\")
        out.append(char)
        index += 1
    return "".join(out)


def _targets_a_safe_url(text: str, start: int) -> bool:
    """False when text[start:] is a link target or definition with a disallowed URL."""
    opening = _TARGET_START.match(text, start)
    if opening is None:
        return True  # not a link: nothing to check
    position = opening.end()
    while position < len(text) and text[position].isspace():
        position += 1
    if text.startswith("<", position):
        end = text.find(">", position)
        raw = text[position + 1 : end if end >= 0 else len(text)]
    else:
        end, depth = position, 0
        while end < len(text) and not text[end].isspace() and text[end].isprintable():
            if text[end] == "\\":
                end += 1
            elif text[end] == "(":
                depth += 1
            elif text[end] == ")":
                if depth == 0:
                    break
                depth -= 1
            end += 1
        raw = text[position:end]
    # What a renderer makes of it: backslash escapes and entities resolved.
    url = html.unescape(_BACKSLASH_ESCAPE.sub(r"\1", raw)).strip()
    return bool(_SAFE_LINK.match(url))


def shorten_long_tables(text: str, max_rows: int = MAX_TABLE_ROWS) -> str:
    """`text` with every Markdown table of more than `max_rows` rows cut to its first
    `max_rows` rows, followed by a line saying how many more the post-mortem holds.

    A table is what Python-Markdown renders as one: a block's first line with a pipe,
    then a delimiter row, then rows up to the next blank line. Tables shown as code
    (inside a fenced block) are left alone.
    """
    if text.count("\n") <= max_rows + 1:  # too few lines for a table that long
        return text
    lines = text.split("\n")
    out: list[str] = []
    fence = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        opening = _FENCE.match(line)
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
        elif opening:
            fence = opening.group(1)
        elif _starts_a_table(lines, index):
            end = index + 2
            while end < len(lines) and lines[end].strip():
                end += 1
            hidden = end - index - 2 - max_rows
            if hidden > 0:
                out += lines[index : index + 2 + max_rows]
                out += [
                    "",
                    f"*… {hidden:,} more rows not shown in this report; "
                    "see the post-mortem in pmdesk.*",
                ]
                index = end
                continue
        out.append(line)
        index += 1
    return "\n".join(out)


def _starts_a_table(lines: list[str], index: int) -> bool:
    if index + 1 >= len(lines) or (index > 0 and lines[index - 1].strip()):
        return False
    header, delimiter = lines[index], lines[index + 1]
    return (
        "|" in header + delimiter
        and bool(header.strip())
        and _TABLE_DELIMITER.match(delimiter.strip()) is not None
    )
