"""PDF output through WeasyPrint, with a URL fetcher that fetches (almost) nothing.

A post-mortem's texts are written by many people and pasted from logs and chat, so
the renderer must never load what a document merely names. `SafeUrlPolicy` allows
only files inside pmdesk's bundled templates folder, the configured logo, and inline
`data:image/...` URIs; `http(s)://`, `file://` anywhere else, and every other scheme
are refused before any I/O happens. A refused image shows as missing; a refused
stylesheet is ignored. WeasyPrint is imported inside the functions that need it: it is
slow to import and has native dependencies.

The first PDF of a process also pays for font discovery and the first layout of the
template, several seconds in all. `warm_up` pays for them ahead, in a background
thread while the facilitator reads the Publish page. Renders, warm-up included, run
one at a time (`_rendering`): WeasyPrint is not known to be thread-safe, and each
render switches the garbage collector off and on.

Every PDF is tagged PDF/UA-1 (accessible: a structure tree, the document's language
and title), unless it is the publication's archive copy: PDF/A-3b, still tagged, with
the post-mortem's interchange JSON embedded as a file (`PdfAttachment`), so that the
archived report is machine-readable too. An attachment is handed to WeasyPrint as
bytes; nothing in the document can name one to be loaded.

The desktop app renders in a helper process (`render_in_helper_process`): WeasyPrint's
Pango, HarfBuzz and fontconfig objects are freed by the garbage collector of whichever
thread collects next, and in the app that is often the UI thread while Qt itself uses
fontconfig, which crashed the interpreter. In the helper, no Qt runs and the objects
never leave; it stays warm between renders and ends with the app. The command line
renders in its own process, which has no other thread.
"""

from __future__ import annotations

import atexit
import base64
import binascii
import gc
import logging
import os
import re
import secrets
import shutil
import stat
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pmdesk.errors import UserFacingError
from pmdesk.exporters.html import LOGO_TYPES, TEMPLATES_DIR

log = logging.getLogger(__name__)

__all__ = [
    "PDF_ACCESSIBLE",
    "PDF_ARCHIVE",
    "PdfAttachment",
    "PdfOutput",
    "RefusedUrlError",
    "SafeUrlPolicy",
    "is_warm",
    "make_url_fetcher",
    "move_into_place",
    "render_in_helper_process",
    "render_pdf_bytes",
    "warm_up",
    "write_atomically",
    "write_pdf",
]

# Held while WeasyPrint renders; a second render (or a warm-up) waits for the first.
_rendering = threading.Lock()
# Held by `warm_up`, so that two warm-ups never both render.
_warming = threading.Lock()
_has_rendered = threading.Event()
# The helper process that renders for the desktop app, started by the first render.
_helper: ProcessPoolExecutor | None = None
_use_helper = False

_BUNDLED_TYPES = {
    ".css": "text/css",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
}
_DATA_IMAGE = re.compile(r"^data:image/(?:png|jpeg|gif|webp|svg\+xml)[;,]", re.IGNORECASE)


# WeasyPrint's names of the PDF variants pmdesk writes.
PDF_ACCESSIBLE = "pdf/ua-1"
PDF_ARCHIVE = "pdf/a-3b"


@dataclass(frozen=True)
class PdfAttachment:
    """A file embedded in the PDF (plain values: it is sent to the helper process).

    Attributes:
        name: its file name; its extension gives the media type ("postmortem.json").
        data: its content.
        description: shown by PDF readers in their list of attachments.
        created: its time of creation and change; default now.
        relationship: how it relates to the document (PDF/A-3's AFRelationship):
            "Data" for the data the document was made from.
    """

    name: str
    data: bytes
    description: str = ""
    created: datetime | None = None
    relationship: str = "Data"


@dataclass(frozen=True)
class PdfOutput:
    """Which PDF to write: its variant (`PDF_ACCESSIBLE` or `PDF_ARCHIVE`) and the
    files to embed."""

    variant: str = PDF_ACCESSIBLE
    attachments: tuple[PdfAttachment, ...] = ()


class RefusedUrlError(ValueError):
    """The export asked for a URL it may not load."""


@dataclass(frozen=True)
class SafeUrlPolicy:
    """Which URLs a PDF export may load.

    Attributes:
        allowed_roots: folders whose files may be loaded (pmdesk's templates).
        allowed_files: single files that may be loaded (the configured logo).
        refused: every URL refused so far, for diagnostics and tests.
    """

    allowed_roots: tuple[Path, ...] = (TEMPLATES_DIR,)
    allowed_files: tuple[Path, ...] = ()
    refused: list[str] = field(default_factory=list, compare=False)

    def resolve(self, url: str) -> tuple[Path | None, str]:
        """Check `url`.

        Returns:
            (path, media type) for an allowed file, or (None, media type) for an allowed
            data: image URI.

        Raises:
            RefusedUrlError: anything else.
        """
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme == "data":
            if _DATA_IMAGE.match(url):
                return None, url[5:].split(";", 1)[0].split(",", 1)[0]
            raise self._refuse(url, "only embedded images are allowed as data: URIs")
        if scheme != "file":
            raise self._refuse(url, f"the {scheme or 'relative'} scheme is not allowed")
        parts = urllib.parse.urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise self._refuse(url, "remote file URLs are not allowed")
        try:
            path = Path(urllib.request.url2pathname(parts.path)).resolve(strict=True)
        except (OSError, RuntimeError, ValueError) as exc:
            raise self._refuse(url, "the file does not exist") from exc
        if not path.is_file():
            raise self._refuse(url, "not a file")
        files = {f.expanduser().resolve() for f in self.allowed_files}
        if path in files and path.suffix.lower() in LOGO_TYPES:
            return path, LOGO_TYPES[path.suffix.lower()]
        for root in self.allowed_roots:
            if path.is_relative_to(root.resolve()) and path.suffix.lower() in _BUNDLED_TYPES:
                return path, _BUNDLED_TYPES[path.suffix.lower()]
        raise self._refuse(url, "only pmdesk's own resources and the chosen logo may be loaded")

    def _refuse(self, url: str, why: str) -> RefusedUrlError:
        shown = url if len(url) <= 120 else url[:117] + "..."
        self.refused.append(url)
        # Warning: the export goes on without the resource. The URL is not post-mortem
        # text as such, but it may carry some of it, so it is logged at debug only.
        log.warning("An export referred to a resource that is not allowed; it was left out")
        log.debug("Refused %s: %s", shown, why)
        return RefusedUrlError(f"{why}: {shown}")


def make_url_fetcher(policy: SafeUrlPolicy) -> Any:
    """A WeasyPrint URL fetcher that loads only what `policy` allows."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class _SafeFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            # No protocols at all for WeasyPrint's own opener: we never call it.
            super().__init__(allowed_protocols=(), allow_redirects=False, timeout=1)

        def fetch(self, url: str, headers: Any = None) -> Any:
            path, media_type = policy.resolve(url)
            body = _decode_data_uri(url) if path is None else path.read_bytes()
            return URLFetcherResponse(url, body, {"Content-Type": media_type})

        def open(self, url: Any, data: Any = None, timeout: Any = None) -> Any:
            target = url.full_url if isinstance(url, urllib.request.Request) else url
            return self.fetch(str(target))

    return _SafeFetcher()


def _decode_data_uri(url: str) -> bytes:
    """The bytes of an allowed `data:` URI, decoded here rather than by urllib."""
    header, _comma, payload = url.partition(",")
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode(payload, validate=False)
        except (ValueError, binascii.Error) as exc:
            raise RefusedUrlError("the embedded image is not valid base64") from exc
    return urllib.parse.unquote_to_bytes(payload)


def render_in_helper_process() -> None:
    """Render this process's later PDFs in one helper process (the desktop app's way;
    see the module's notes). The helper starts with the first render and then stays."""
    global _use_helper
    _use_helper = True


def render_pdf_bytes(
    html: str,
    *,
    base_resources: Path = TEMPLATES_DIR,
    allowed_files: Iterable[Path] = (),
    policy: SafeUrlPolicy | None = None,
    output: PdfOutput = PdfOutput(),
) -> bytes:
    """Render `html` to PDF bytes with the safe URL fetcher, as `output` says
    (default: tagged PDF/UA-1, nothing attached).

    Raises:
        UserFacingError: WeasyPrint cannot be loaded, or the helper process stopped.
    """
    policy = policy or SafeUrlPolicy(
        allowed_roots=(base_resources,), allowed_files=tuple(allowed_files)
    )
    base_url = str(base_resources.resolve()) + os.sep
    with _rendering:
        pdf, refused = _render(html, base_url, policy, output)
        _has_rendered.set()
    policy.refused.extend(refused)
    return pdf


def _render(
    html: str, base_url: str, policy: SafeUrlPolicy, output: PdfOutput
) -> tuple[bytes, list[str]]:
    """`_render_here`, in the helper process when the app asked for one (called with
    `_rendering` held, so one thread at a time starts or replaces the helper)."""
    global _helper
    if not _use_helper:
        return _render_here(html, base_url, policy, output)
    for _attempt in range(2):
        if _helper is None:
            import multiprocessing

            # Spawned, not forked: a forked copy of a process running Qt threads may hang.
            _helper = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_end_with_parent,
            )
            atexit.register(_stop_helper)
        try:
            future = _helper.submit(_render_here, html, base_url, policy, output)
        except BrokenProcessPool:
            # It had stopped while idle (killed, say): start a new one.
            _helper = None
            _has_rendered.clear()
            continue
        try:
            return future.result()
        except BrokenProcessPool as exc:
            _helper = None
            _has_rendered.clear()
            raise UserFacingError(
                "The PDF renderer stopped unexpectedly.",
                "Try again; if it stops again, export as HTML or Markdown.",
            ) from exc
    raise UserFacingError(
        "The PDF renderer could not be started.",
        "Export as HTML or Markdown, and see the log for details.",
    )


def _stop_helper() -> None:
    """End the helper with the app (a render still running is finished first)."""
    global _helper
    helper, _helper = _helper, None
    if helper is not None:
        helper.shutdown(wait=True, cancel_futures=True)


def _render_here(
    html: str, base_url: str, policy: SafeUrlPolicy, output: PdfOutput
) -> tuple[bytes, list[str]]:
    """Render in this process; returns the PDF and the URLs the policy refused."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise UserFacingError(
            "PDF export needs the WeasyPrint library and its system libraries (Pango), "
            "which could not be loaded.",
            "Install them (pip install weasyprint; on Linux also the pango package) "
            "or export as HTML or Markdown.",
        ) from exc
    # A fresh policy: in the helper, the caller's list of refused URLs is a copy anyway.
    own = SafeUrlPolicy(policy.allowed_roots, policy.allowed_files)
    # Parsing and layout allocate millions of short-lived objects; the cyclic garbage
    # collector's passes over them cost a sixth of the rendering time and free almost
    # nothing. Reference counting still frees memory as usual meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        fetcher = make_url_fetcher(own)
        document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
        attachments = [
            weasyprint.Attachment(
                string=attachment.data,
                url_fetcher=fetcher,
                name=attachment.name,
                description=attachment.description,
                created=attachment.created,
                modified=attachment.created,
                relationship=attachment.relationship,
            )
            for attachment in output.attachments
        ]
        # Tagged in every variant: the archive copy stays accessible too.
        pdf: bytes = document.write_pdf(
            pdf_variant=output.variant, pdf_tags=True, attachments=attachments
        )
    finally:
        if collecting:
            gc.enable()
    return pdf, own.refused


def _end_with_parent() -> None:
    """In the helper: exit as soon as the app does, even if it was killed (its pipes
    stay open in the helper, so the helper would otherwise wait for work forever)."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch(sentinel: int) -> None:
        wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, args=(parent.sentinel,), daemon=True).start()


def is_warm() -> bool:
    """Whether this process has rendered a PDF already (so the next one is quick)."""
    return _has_rendered.is_set()


def warm_up() -> None:
    """Render a small report once, unless a PDF was rendered already: WeasyPrint is
    imported, the fonts are found and the template's stylesheet is parsed, so that
    the next render costs only its own layout.

    Safe to call from any thread, and more than once. A render asked for meanwhile
    waits for the warm-up to end, then runs warm.

    Raises:
        UserFacingError: WeasyPrint cannot be loaded (the real export says so too).
    """
    with _warming:
        if is_warm():
            return
        from pmdesk.exporters.html import render_html
        from pmdesk.models import Postmortem, Status

        # Bold, italic, code and a table: the faces and the layouts a report uses.
        small = Postmortem(
            key="PM-0000",
            uuid="00000000-0000-4000-8000-000000000000",
            title="pmdesk",
            summary="Some **bold**, *italic* and `code`.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |",
            customer_impact="",
            facilitator="",
            tags=[],
            services=[],
            version=1,
            status=Status.DRAFT,
        )
        render_pdf_bytes(render_html(small))


def write_pdf(
    html: str,
    dest: Path,
    *,
    base_resources: Path = TEMPLATES_DIR,
    allowed_files: Iterable[Path] = (),
    policy: SafeUrlPolicy | None = None,
    output: PdfOutput = PdfOutput(),
) -> Path:
    """Render `html` to a PDF file at `dest`, atomically.

    Args:
        html: from `render_html`.
        dest: the file to write; it is replaced only once the PDF is complete.
        base_resources: the folder relative URLs resolve against, and the only folder
            files may be loaded from (pmdesk's templates).
        allowed_files: further single files that may be loaded: the configured logo.
        output: the PDF variant and embedded files (default: PDF/UA-1, none).

    Raises:
        UserFacingError: WeasyPrint is missing, or the file could not be written.
    """
    pdf = render_pdf_bytes(
        html,
        base_resources=base_resources,
        allowed_files=allowed_files,
        policy=policy,
        output=output,
    )
    write_atomically(dest, pdf)
    log.info("Exported PDF to %s", dest)
    return dest


def write_atomically(dest: Path, data: bytes | str) -> None:
    """Write to a temporary file in the same folder, then move it into place.

    Raises:
        UserFacingError: the folder is missing or read-only, or the disk is full.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    dest = Path(dest)
    try:
        handle, temporary = _create_beside(dest)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            move_into_place(temporary, dest)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserFacingError(
            f"The export could not be written to {dest} ({exc.strerror or exc}).",
            "Choose another folder, or check that it exists and is writable.",
        ) from exc


def move_into_place(staged: Path, dest: Path) -> None:
    """Put the finished file `staged` at `dest`: renamed over it, in one step.

    A `dest` that is not a regular file (/dev/null, /dev/stdout, a named pipe) is written
    into instead: renaming over it would replace the device or pipe with a plain file.
    """
    try:
        mode = Path(dest).stat().st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        os.replace(staged, dest)
        return
    with open(staged, "rb") as source, open(dest, "wb") as target:
        shutil.copyfileobj(source, target)
    staged.unlink()


def _create_beside(dest: Path) -> tuple[int, Path]:
    """A new, empty temporary file in `dest`'s folder, open for writing.

    Unlike mkstemp's (always 0600), its mode follows the user's umask, as any file
    they save does: an export is meant to be shared, or not, as they set it up.
    """
    # 128 random bits: O_EXCL never meets a file of that name in practice.
    temporary = dest.with_name(f".{dest.name}.{secrets.token_hex(16)}.partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(temporary, flags, 0o666), temporary
