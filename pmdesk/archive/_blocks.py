"""A written post-mortem as a flat run of blocks: headings, paragraphs, lists, tables.

Markdown is rendered to HTML with Python-Markdown first, so both formats are read by
one walk over an HTML tree built by tinyhtml5 (the WHATWG parser WeasyPrint uses),
which copes with whatever a wiki or a word processor exports. Only text is kept:
scripts, styles, images and links' targets never reach a post-mortem.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element

__all__ = [
    "Block",
    "Heading",
    "ListItem",
    "Paragraph",
    "Table",
    "TextList",
    "html_blocks",
    "markdown_blocks",
    "split_front_matter",
    "walk_items",
]

_XHTML = "{http://www.w3.org/1999/xhtml}"
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Containers whose children are blocks of their own.
_CONTAINERS = {
    "body", "div", "section", "article", "main", "blockquote", "details", "header",
    "footer", "aside", "center", "form", "fieldset", "figure", "dd", "span",
}  # fmt: skip
_SKIPPED = {"script", "style", "head", "template", "noscript", "nav", "svg", "math", "iframe"}
_BOLD = {"strong", "b"}
_TITLE_CLASSES = {"title", "MsoTitle"}
_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
# Page chrome of wiki exports (Confluence): where the page is, who edited it, when.
_CHROME = {"breadcrumb-section", "breadcrumbs", "footer", "page-metadata", "navigation"}
# A nesting deeper than any document a person wrote: past it, text is taken flat.
_MAX_DEPTH = 64
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    # A paragraph that opens with bold text ending in a colon ("**Impact**: …").
    label: str = ""
    # All in italics: in templates, the instruction of what to write here.
    emphasised: bool = False
    # A term of a definition list and its description: facts, or a glossary.
    is_definition: bool = False


@dataclass(frozen=True)
class ListItem:
    text: str
    checked: bool | None = None
    children: tuple[ListItem, ...] = ()
    # The bold text an item opens with ("**Why 1:** …"), without its colon, and the
    # text after it.
    label: str = ""
    emphasised: bool = False
    after_label: str = ""


@dataclass(frozen=True)
class TextList:
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | TextList | Table


def split_front_matter(text: str) -> tuple[str, str]:
    """The YAML front matter of a Markdown text (without its fences) and the rest."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return "", text
    return match.group(1), text[match.end() :]


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown text (without front matter)."""
    import markdown

    rendered = markdown.markdown(text, extensions=["tables", "fenced_code", "sane_lists"])
    return html_blocks(rendered)


def html_blocks(markup: str | bytes) -> list[Block]:
    """The blocks of an HTML document or fragment (bytes: its encoding is sniffed)."""
    import tinyhtml5

    # A str is wrapped in a file object: tinyhtml5 would open a short one as a file name.
    source: Any = io.StringIO(markup) if isinstance(markup, str) else markup
    root = tinyhtml5.parse(source)
    body = next((child for child in root if _tag(child) == "body"), root)
    blocks = list(_blocks(body, 0))
    if not any(isinstance(block, Heading) and block.level == 1 for block in blocks):
        # A Google Docs or Word export names the document in its <title> only.
        title = " ".join((root.findtext(f"{_XHTML}head/{_XHTML}title") or "").split())
        if title:
            blocks.insert(0, Heading(1, title))
    return blocks


def _tag(element: Element) -> str:
    tag = element.tag
    return tag.removeprefix(_XHTML).lower() if isinstance(tag, str) else ""


def _blocks(element: Element, depth: int) -> Iterator[Block]:
    loose: list[str] = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag in _SKIPPED or _is_chrome(child):
            loose.append(child.tail or "")
            continue
        if (
            tag in _HEADINGS
            or tag in {"p", "ul", "ol", "table", "pre", "dl"}
            or (tag in _CONTAINERS and tag != "span" and depth < _MAX_DEPTH)
        ):
            yield from _loose_paragraph(loose)
            loose = [child.tail or ""]
            if tag in _HEADINGS:
                text = _strip_trailing_footnote(_flat(child))
                if child.get("id") == "title-heading":
                    text = text.partition(" : ")[2] or text  # Confluence's "Space : Page"
                # A section number in a span of its own: "<span>1</span>Impact".
                text = re.sub(r"^(\d+(?:\.\d+)*\.?)(?=[^\W\d_])", r"\1 ", text)
                if text:
                    yield Heading(_HEADINGS[tag], text)
            elif tag == "p" and not _TITLE_CLASSES.isdisjoint(child.get("class", "").split()):
                # The "Title" paragraph style of Google Docs and Word exports.
                yield Heading(1, _flat(child))
            elif tag == "p":
                yield from _paragraph(child)
            elif tag in {"ul", "ol"}:
                items = tuple(_items(child, depth))
                if items:
                    yield TextList(items)
            elif tag == "table":
                table = _table(child)
                if table is not None:
                    yield table
            elif tag == "pre":
                code = "".join(child.itertext()).strip("\n")
                if code.strip():
                    yield Paragraph(code)
            elif tag == "dl":
                yield from _definitions(child)
            else:
                yield from _blocks(child, depth + 1)
        else:
            # Inline content between blocks (a Google Docs span, a bare text node).
            loose.append(_inline(child) + (child.tail or ""))
    yield from _loose_paragraph(loose)


def _definitions(element: Element) -> Iterator[Paragraph]:
    """A definition list's terms and descriptions, as "**Term**: description" paragraphs."""
    term = ""
    for part in element.iter():
        tag = _tag(part)
        if tag == "dt":
            term = _flat(part)
        elif tag == "dd" and term:
            value = (
                " ".join(" ".join(chip.split()) for chip in part.itertext() if chip.strip())
                if len(part)
                else _flat(part, marked=True)
            )
            yield Paragraph(value, label=term, is_definition=True)
            term = ""


def _is_chrome(element: Element) -> bool:
    names = {element.get("id", ""), *element.get("class", "").split()}
    return not names.isdisjoint(_CHROME)


def _loose_paragraph(parts: list[str]) -> Iterator[Paragraph]:
    text = " ".join("".join(parts).split())
    if text:
        yield Paragraph(text)


def _paragraph(element: Element) -> Iterator[Block]:
    text = _flat(element)
    if not text:
        return
    bold = _leading_bold(element)
    if bold and bold.rstrip(":").strip() and not _strip_footnote(text[len(bold) :]).strip():
        # A paragraph that is all bold ("**What went well**") is a heading in disguise.
        yield Heading(7, bold.rstrip(":").strip())
        return
    if bold:
        rest = text[len(bold) :].lstrip()
        if bold.endswith(":") or rest.startswith(":"):
            label = bold.rstrip(":").strip()
            value = _strip_footnote(_after_first(element).lstrip().removeprefix(":")).strip()
            yield Paragraph(value, label=label, emphasised=_is_emphasised(element, bold))
            return
    yield Paragraph(_flat(element, marked=True), emphasised=_is_emphasised(element))


def _after_first(element: Element) -> str:
    """The text after an element's first child (not its nested lists), with its inline
    Markdown."""
    children = list(element)
    parts = [children[0].tail or ""]
    for child in children[1:]:
        inline = "" if _tag(child) in {"ul", "ol"} else _inline(child, marked=True)
        parts.append(inline + (child.tail or ""))
    return " ".join("".join(parts).split())


def _is_emphasised(element: Element, after: str = "") -> bool:
    """Whether all of an element's text (after its leading bold label) is in italics."""
    italic = "".join(
        "".join(child.itertext())
        for child in element.iter()
        if _tag(child) in {"em", "i"} and child is not element
    )
    rest = _flat(element)[len(after) :].strip(" :")
    return bool(rest) and " ".join(italic.split()).strip(" :") == rest


def _strip_trailing_footnote(text: str) -> str:
    # "Timeline [[167]](…)" from a converted book page.
    return re.sub(r"\s*:?\s*\[\[?\d{1,4}\]?\]:?$", "", text)


def _strip_footnote(text: str) -> str:
    # "**Impact**:^[163](…)^ Estimated …": the footnote marker of a converted book page.
    return re.sub(
        r"^\s*(?:\^\s*\[?\d{1,4}\]?(?:\([^)\s]*\))?\s*\^|\[\[?\d{1,4}\]?\]?(?:\([^)\s]*\))?)\s*",
        "",
        text,
    )


def _leading_bold(element: Element) -> str:
    """The text of the bold element an element opens with, if it opens with one."""
    if (element.text or "").strip():
        return ""
    for child in element:
        if _tag(child) in _BOLD:
            return " ".join("".join(child.itertext()).split())
        return ""
    return ""


def _items(element: Element, depth: int) -> Iterator[ListItem]:
    for child in element:
        if _tag(child) != "li":
            continue
        own: list[str] = [child.text or ""]
        nested: list[ListItem] = []
        for part in child:
            tag = _tag(part)
            if tag in {"ul", "ol"} and depth < _MAX_DEPTH:
                nested.extend(_items(part, depth + 1))
                own.append(part.tail or "")
            elif tag in _SKIPPED:
                own.append(part.tail or "")
            else:
                own.append(_inline(part, marked=True) + (part.tail or ""))
        text = " ".join("".join(own).split())
        # Confluence's task lists: class="checked" on a done task.
        checked = None
        if child.get("data-inline-task-id"):
            checked = "checked" in child.get("class", "").split()
        box = re.match(r"^\[([ xX])\]\s*", text)
        if box:
            checked = box.group(1) != " "
            text = text[box.end() :]
        bold = _leading_bold(child)
        label = bold.rstrip(":").strip() if bold else ""
        after = _after_first(child).lstrip().removeprefix(":").strip() if label else ""
        if text or nested:
            yield ListItem(text, checked, tuple(nested), label, _is_emphasised(child), after)


def _table(element: Element) -> Table | None:
    rows: list[tuple[str, ...]] = []
    header: tuple[str, ...] = ()
    for row in element.iter():
        if _tag(row) != "tr":
            continue
        cells = [cell for cell in row if _tag(cell) in {"td", "th"}]
        if not any(_flat(cell) for cell in cells):
            continue
        if not header and not rows and all(_tag(cell) == "th" for cell in cells):
            header = tuple(_flat(cell) for cell in cells)
        else:
            rows.append(tuple(_flat(cell, marked=True) for cell in cells))
    if not header and len(rows) > 1 and _looks_like_header(rows[0]):
        # Google Docs and Word write the header row with <td>, like any other.
        header, rows = tuple(cell.strip("*_ ") for cell in rows[0]), rows[1:]
    if not header and not rows:
        return None
    return Table(header, tuple(rows))


def _looks_like_header(cells: tuple[str, ...]) -> bool:
    return all(0 < len(cell) <= 40 and not re.search(r"\d", cell) for cell in cells)


def _inline(element: Element, *, marked: bool = False) -> str:
    """An inline element's text; `marked`: with its emphasis, code and web links as
    Markdown, which pmdesk's texts are written in."""
    tag = _tag(element)
    if tag in _SKIPPED:
        return ""
    if tag == "br":
        return "\n"
    if not marked:
        return "".join(element.itertext())
    if tag == "code":
        return f"`{''.join(element.itertext())}`"
    inner = (element.text or "") + "".join(
        _inline(child, marked=True) + (child.tail or "") for child in element
    )
    core = inner.strip()
    if not core:
        return inner
    mark = _MARKS.get(tag)
    if mark:
        return inner.replace(core, f"{mark}{core}{mark}", 1)
    href = element.get("href", "") if tag == "a" else ""
    if re.match(r"^(https?://|mailto:)", href) and core != href:
        return inner.replace(core, f"[{core}]({href})", 1)
    return inner


def _flat(element: Element, *, marked: bool = False) -> str:
    """The text of an element on one line (see `_inline` for `marked`)."""
    parts = [element.text or ""]
    parts += [_inline(child, marked=marked) + (child.tail or "") for child in element]
    return " ".join("".join(parts).split())


def walk_items(items: tuple[ListItem, ...]) -> Iterator[ListItem]:
    """Every item of a list, nested ones after their parent."""
    for item in items:
        yield item
        yield from walk_items(item.children)
