"""Safe, streaming access to import files: plain files, folders, zip archives.

Nothing here reads a whole file into memory, follows links or extracts archives
to disk. Limits guard against decompression bombs, huge lines and deep JSON.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import logging
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, Any, cast

import ijson
import orjson

from pmdesk.errors import UserFacingError

__all__ = [
    "MAX_JSON_DEPTH",
    "MAX_LINE_BYTES",
    "InputSource",
    "JsonPath",
    "JsonStreamError",
    "Member",
    "check_text_head",
    "decode_line",
    "detect_encoding",
    "encoding_label",
    "iter_json_records",
    "iter_lines",
    "line_encoding",
    "loads_line",
    "sniff_legacy_encoding",
]

log = logging.getLogger(__name__)

MAX_LINE_BYTES = 4 * 1024 * 1024
# How much of a file line readers read at a time.
_READ_BLOCK = 64 * 1024
MAX_JSON_DEPTH = 128
MAX_MEMBER_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 8 * 1024**3
MAX_RATIO = 200
MAX_MEMBERS = 200_000
_RATIO_FLOOR = 8 * 1024 * 1024  # small members may compress well without being bombs

_CHECK_ARCHIVE_HINT = (
    "Re-create the archive from the original export, or import its files directly."
)


class _GuardedStream:
    """Wraps a decompressing stream and stops it expanding past a limit."""

    def __init__(self, inner: IO[bytes], name: str, limit: int, compressed: int) -> None:
        self._inner = inner
        self._name = name
        self._limit = limit
        self._compressed = max(compressed, 1)
        self.produced = 0

    def _count(self, data: bytes) -> bytes:
        self.produced += len(data)
        if self.produced > self._limit or (
            self.produced > _RATIO_FLOOR and self.produced > self._compressed * MAX_RATIO * 5
        ):
            raise UserFacingError(
                f"{self._name} expands to far more data than it contains compressed; "
                "it looks like a decompression bomb and was not read.",
                _CHECK_ARCHIVE_HINT,
            )
        return data

    def read(self, size: int = -1, /) -> bytes:
        return self._count(self._inner.read(size if size >= 0 else 1024 * 1024))

    def readline(self, size: int = -1, /) -> bytes:
        return self._count(self._inner.readline(size))

    def close(self) -> None:
        self._inner.close()

    def tell(self) -> int:
        return self.produced

    def __enter__(self) -> _GuardedStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass
class Member:
    """One readable file: the input itself, a file in a folder, or a zip member."""

    name: str
    size: int
    opener: Callable[[], IO[bytes]]
    # Whether an importer opened it (`head`, for detection, does not count).
    opened: bool = False

    def open(self) -> IO[bytes]:
        """Open the member for binary reading (the caller closes it).

        UTF-16 text (Windows PowerShell's ``Out-File``, Excel "Unicode text") is
        transcoded to UTF-8 on the fly, so every importer sees UTF-8.
        """
        self.opened = True
        return self._open()

    def _open(self) -> IO[bytes]:
        stream = self.opener()
        first = stream.read(2)
        if first in (b"\xff\xfe", b"\xfe\xff"):
            return cast(IO[bytes], _Utf16Reader(stream, first))
        if isinstance(stream, io.BufferedReader):
            stream.seek(0)  # plain files: hand out the fast C reader itself
            return stream
        return cast(IO[bytes], _Prefixed(stream, first))

    def head(self, size: int = 65536) -> bytes:
        """The first ``size`` bytes."""
        with self._open() as stream:
            return stream.read(size)


class _Prefixed(io.RawIOBase):
    """A stream with a few already-read bytes put back in front."""

    def __init__(self, inner: IO[bytes], prefix: bytes) -> None:
        super().__init__()
        self._inner = inner
        self._prefix = prefix
        self._consumed = 0

    def read(self, size: int = -1, /) -> bytes:
        if not self._prefix:
            data = self._inner.read(size)
        elif size < 0:
            data, self._prefix = self._prefix + self._inner.read(), b""
        else:
            head, self._prefix = self._prefix[:size], self._prefix[size:]
            data = head + (self._inner.read(size - len(head)) if size > len(head) else b"")
        self._consumed += len(data)
        return data

    def readline(self, size: int | None = -1, /) -> bytes:
        size = -1 if size is None else size
        if self._prefix:
            if b"\n" in self._prefix and (size < 0 or self._prefix.index(b"\n") < size):
                end = self._prefix.index(b"\n") + 1
                line, self._prefix = self._prefix[:end], self._prefix[end:]
            else:
                line, self._prefix = self._prefix, b""
                rest = size - len(line) if size >= 0 else -1
                if rest != 0:
                    line += self._inner.readline(rest)
        else:
            line = self._inner.readline(size)
        self._consumed += len(line)
        return line

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def tell(self) -> int:
        return self._consumed

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


class _Utf16Reader(_Prefixed):
    """Decodes UTF-16 (with BOM) and serves it as UTF-8 bytes, incrementally."""

    def __init__(self, inner: IO[bytes], bom: bytes) -> None:
        super().__init__(inner, b"")
        self._decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
        self._decoder.decode(bom)
        self._buffer = b""
        self._eof = False

    def _fill(self, wanted: int) -> None:
        while not self._eof and len(self._buffer) < wanted:
            chunk = self._inner.read(65536)
            if not chunk:
                self._eof = True
                self._buffer += self._decoder.decode(b"", final=True).encode("utf-8")
                break
            self._buffer += self._decoder.decode(chunk).encode("utf-8")

    def read(self, size: int = -1, /) -> bytes:
        if size < 0:
            self._fill(1 << 62)
            size = len(self._buffer)
        else:
            self._fill(size)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._consumed += len(data)
        return data

    def readline(self, size: int | None = -1, /) -> bytes:
        limit = size if size is not None and size >= 0 else 1 << 62
        while b"\n" not in self._buffer and not self._eof and len(self._buffer) < limit:
            self._fill(len(self._buffer) + 65536)
        end = self._buffer.find(b"\n")
        end = len(self._buffer) if end < 0 else end + 1
        end = min(end, limit)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        self._consumed += len(line)
        return line


def _unsafe_name(name: str) -> bool:
    if "\\" in name or name.startswith("/") or "\x00" in name:
        return True
    if len(name) >= 2 and name[1] == ":":
        return True
    return ".." in PurePosixPath(name).parts


class InputSource:
    """An import input: a plain file, a folder or a zip archive, opened safely.

    Use as a context manager; members are listed with :meth:`members`.

    Raises:
        UserFacingError: missing, unreadable, empty, hostile archive.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stack = ExitStack()
        self._members: list[Member] = []
        self.kind = "file"
        try:
            info = path.stat()
        except FileNotFoundError:
            raise UserFacingError(f"{path} does not exist.", "Check the path.") from None
        except OSError as exc:
            raise UserFacingError(
                f"{path} could not be read ({exc.strerror or 'access denied'}).",
                "Check that the file exists and that you may read it.",
            ) from None
        if stat.S_ISDIR(info.st_mode):
            self.kind = "folder"
            self._members = self._list_folder(path)
        elif stat.S_ISREG(info.st_mode):
            if info.st_size == 0:
                raise UserFacingError(
                    f"{path.name} is empty, so there is nothing to import.",
                    "Check that the export finished and choose the complete file.",
                )
            if _looks_like_zip(path):
                self.kind = "zip"
                self._members = self._list_zip(path)
            elif path.suffix.lower() == ".gz":
                self._members = [self._gzip_member(path, info.st_size)]
            else:
                self._members = [Member(path.name, info.st_size, _file_opener(path))]
        else:
            raise UserFacingError(f"{path} is not a regular file or folder.", "Choose a file.")

    def __enter__(self) -> InputSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the archive, if any."""
        self._stack.close()

    def members(self) -> list[Member]:
        """The readable files of this input, in name order."""
        return self._members

    def single(self) -> Member:
        """The one data file of this input (a plain file, or an archive with one file).

        Raises:
            UserFacingError: the folder or archive holds several candidate files.
        """
        if len(self._members) == 1:
            return self._members[0]
        data = [m for m in self._members if not m.name.rsplit("/", 1)[-1].startswith(".")]
        if len(data) == 1:
            return data[0]
        raise UserFacingError(
            f"{self.path.name} holds {len(self._members)} files and this format expects one.",
            "Import the file itself rather than the folder or archive.",
        )

    @property
    def total_size(self) -> int:
        """Sum of the member sizes (uncompressed)."""
        return sum(m.size for m in self._members)

    def _gzip_member(self, path: Path, size: int) -> Member:
        name = path.name[:-3]

        def opener() -> IO[bytes]:
            raw = cast(IO[bytes], gzip.open(path, "rb"))  # noqa: SIM115 - caller closes
            return cast(IO[bytes], _GuardedStream(raw, path.name, MAX_MEMBER_BYTES, size))

        return Member(name, size * 4, opener)

    def _list_folder(self, root: Path) -> list[Member]:
        members: list[Member] = []
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file_name in sorted(files):
                full = Path(folder) / file_name
                if full.is_symlink() or not full.is_file():
                    continue
                relative = full.relative_to(root).as_posix()
                members.append(Member(relative, full.stat().st_size, _file_opener(full)))
                if len(members) > MAX_MEMBERS:
                    raise UserFacingError(
                        f"{root.name} holds more than {MAX_MEMBERS} files.",
                        "Choose the export folder itself, not a parent folder.",
                    )
        if not members:
            raise UserFacingError(f"The folder {root.name} is empty.", "Choose the export folder.")
        return members

    def _list_zip(self, path: Path) -> list[Member]:
        try:
            archive = self._stack.enter_context(zipfile.ZipFile(path))
            infos = archive.infolist()
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            OSError,
            EOFError,
            ValueError,  # includes UnicodeDecodeError for mangled names
            NotImplementedError,  # unsupported zip versions and compression methods
            RuntimeError,
        ):
            raise UserFacingError(
                f"{path.name} is not a complete zip archive; the download may have been cut off.",
                _CHECK_ARCHIVE_HINT,
            ) from None
        if len(infos) > MAX_MEMBERS:
            raise UserFacingError(f"{path.name} holds too many files.", _CHECK_ARCHIVE_HINT)
        total = 0
        members: list[Member] = []
        for info in infos:
            if _unsafe_name(info.filename):
                raise UserFacingError(
                    f"{path.name} contains a file with an unsafe path ({info.filename[:80]!r}) "
                    "and was not read.",
                    _CHECK_ARCHIVE_HINT,
                )
            if not info.filename or info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise UserFacingError(f"{path.name} is password-protected.", _CHECK_ARCHIVE_HINT)
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if (
                info.file_size > MAX_MEMBER_BYTES
                or total > MAX_TOTAL_BYTES
                or (info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO)
            ):
                raise UserFacingError(
                    f"{path.name} would expand to far more data than it holds "
                    "(a decompression bomb?) and was not read.",
                    _CHECK_ARCHIVE_HINT,
                )
            members.append(Member(info.filename, info.file_size, _zip_opener(archive, info)))
        if not members:
            raise UserFacingError(f"{path.name} is an empty archive.", _CHECK_ARCHIVE_HINT)
        return sorted(members, key=lambda m: m.name)


def _file_opener(path: Path) -> Callable[[], IO[bytes]]:
    return lambda: open(path, "rb")


def _zip_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        try:
            inner = archive.open(info)
        except (
            zipfile.BadZipFile,
            NotImplementedError,
            RuntimeError,
            OSError,
            EOFError,
            ValueError,
        ):
            raise UserFacingError(
                f"{info.filename} in the archive could not be read.", _CHECK_ARCHIVE_HINT
            ) from None
        guarded = _GuardedStream(inner, info.filename, info.file_size + 1, info.compress_size)
        return cast(IO[bytes], guarded)

    return opener


def _looks_like_zip(path: Path) -> bool:
    with open(path, "rb") as stream:
        return stream.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def check_text_head(member: Member, *, any_encoding: bool = False) -> bytes:
    """Return the member's head, refusing binary data and empty content.

    Text that is not UTF-8 is refused too, unless `any_encoding` (the caller reads it
    in the encoding `sniff_legacy_encoding` finds) and an encoding fits it.

    Raises:
        UserFacingError: the data is empty, binary or not text in a known encoding.
    """
    head = member.head()
    stripped = head.strip()
    if not stripped:
        raise UserFacingError(
            f"{member.name} is empty, so there is nothing to import.",
            "Check that the export finished and choose the complete file.",
        )
    sample = head[:8192]
    bad = sample.count(b"\x00")
    text = sample.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n\x0c\x1b\x1e")
    if bad or controls > max(8, len(text) // 10):
        raise UserFacingError(
            f"{member.name} holds binary data, not text, so it cannot be imported.",
            "Choose the exported text or JSON file (not a compressed or binary file).",
        )
    if replaced > max(8, len(text) // 10) and not (any_encoding and detect_encoding(sample)):
        raise UserFacingError(
            f"{member.name} is not UTF-8 text (it may be binary, or in another encoding).",
            "Save it as UTF-8, or choose the exported text or JSON file.",
        )
    return head


def sniff_legacy_encoding(head: bytes) -> str | None:
    """The encoding of a head that is not UTF-8 (a Windows "ANSI" file, as Excel writes).

    Returns a Python codec name, or None for UTF-8 text. The encoding is detected with
    charset-normalizer; when it finds none that reads the bytes, Windows-1252, the
    Western-European Windows default, is the guess (it reads every byte).
    """
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(head) - 3:
            return None  # a character cut at the end of the sample
        return detect_encoding(head) or "cp1252"
    return None


def detect_encoding(data: bytes) -> str | None:
    """The encoding `data` (not UTF-8) was most likely written in, or None if none fits.

    The single-byte Latin code pages read German, French or Spanish letters alike, so
    the bytes cannot tell them apart; then Windows-1252, what Excel and Notepad write on
    Western-European Windows, is the one chosen.
    """
    # Imported on first use: only files that are not UTF-8 need it.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    if best.encoding != "cp1252":
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
        if western is not None and western.chaos <= best.chaos:
            return "cp1252"
    return best.encoding


# How import warnings name the encodings people meet; others by their codec name.
_ENCODING_NAMES = {
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1257": "Windows-1257 (Baltic)",
    "cp932": "Shift_JIS (Japanese)",
    "shift_jis": "Shift_JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)",
    "gb18030": "GB18030 (Chinese)",
    "big5": "Big5 (Chinese)",
    "euc_kr": "EUC-KR (Korean)",
    "koi8_r": "KOI8-R (Cyrillic)",
    "latin_1": "ISO-8859-1 (Latin-1)",
    "iso8859_15": "ISO-8859-15 (Latin-9)",
    "mac_roman": "Mac Roman",
}


def encoding_label(codec: str) -> str:
    """How a warning names an encoding: "Windows-1252 (Western European)"."""
    return _ENCODING_NAMES.get(codec, codec.replace("_", "-").upper())


def line_encoding(member: Member, warn: Callable[[str], None]) -> str | None:
    """Check a line-oriented member's head (`check_text_head`) and sniff its encoding.

    Returns the encoding that lines which are not UTF-8 are read in (None: UTF-8 text),
    and says which it is through `warn`. Logs often mix encodings line by line, so a
    line that is UTF-8 stays UTF-8 (`decode_line`).
    """
    codec = sniff_legacy_encoding(check_text_head(member, any_encoding=True))
    if codec is not None:
        warn(
            f"{member.name} is not UTF-8 text; pmdesk read its lines that are not UTF-8 "
            f"as {encoding_label(codec)}, the encoding their bytes point to. Check that "
            "names and accents look right."
        )
    return codec


def decode_line(raw: bytes, legacy: str | None = None) -> tuple[str, bool]:
    """Decode one line as UTF-8. Returns (text, was_clean).

    A line that is not UTF-8 is read in the ``legacy`` encoding when given (sources
    that mix encodings line by line, such as IRC logs), else bad bytes become U+FFFD.
    """
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        return raw.decode(legacy or "utf-8", errors="replace"), False


def iter_lines(
    stream: IO[bytes],
    on_overlong: Callable[[int], None],
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, bytes]]:
    """Yield (line number, raw line) pairs, skipping lines longer than the cap.

    ``progress`` is called after every block read with the bytes read so far.
    """
    number = 0
    consumed = 0
    read = stream.read
    pending = b""  # a line that a later block goes on with
    dropping = False  # inside a line past the cap: skipped up to its end
    while True:
        block = read(_READ_BLOCK)
        if not block:
            break
        if not consumed and block.startswith(b"\xef\xbb\xbf"):
            block = block[3:]
            consumed = 3
        consumed += len(block)
        if dropping:
            end = block.find(b"\n")
            if end < 0:
                continue
            block, dropping = block[end + 1 :], False
        data = pending + block if pending else block
        # Whole lines at C speed (the line ends kept, as readline keeps them).
        lines = io.BytesIO(data).readlines()
        pending = b"" if not lines or lines[-1].endswith(b"\n") else lines.pop()
        # Only a block this long can hold a line past the cap.
        checked = len(data) > MAX_LINE_BYTES
        for raw in lines:
            number += 1
            if checked and len(raw.rstrip(b"\n")) > MAX_LINE_BYTES:
                on_overlong(number)
                continue
            yield number, raw
        if len(pending) > MAX_LINE_BYTES:
            number += 1
            on_overlong(number)
            pending, dropping = b"", True
        if progress is not None:
            progress(consumed)
    if pending:
        yield number + 1, pending


class JsonStreamError(Exception):
    """A streamed JSON document turned out malformed (after ``records`` records)."""

    def __init__(self, reason: str, records: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.records = records


class _BomSkipper:
    """A read() wrapper that drops a leading UTF-8 byte order mark."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner
        self._first = True

    def read(self, size: int = -1) -> bytes:
        data = self._inner.read(size)
        if self._first:
            self._first = False
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
        return data


# A position in a JSON document: object keys, and "*" for any array item.
JsonPath = tuple[str, ...]


def iter_json_records(
    stream: IO[bytes], targets: frozenset[JsonPath], *, multiple_values: bool = False
) -> Iterator[tuple[JsonPath, Any]]:
    """Stream a JSON document, yielding (path, value) for every value at a target path.

    Paths use ``"*"`` for array items: ``("value", "*")`` is every item of the
    top-level ``value`` array, ``("*",)`` every item of a top-level array. Memory
    stays proportional to one record. Nesting deeper than ``MAX_JSON_DEPTH`` stops.

    Raises:
        JsonStreamError: malformed or too deeply nested JSON.
    """
    path: list[str] = []
    depth = 0
    records = 0
    builder: list[Any] = []  # stack of containers under construction
    builder_keys: list[str | None] = []
    built_path: JsonPath = ()
    events = ijson.basic_parse(_BomSkipper(stream), use_float=True, multiple_values=multiple_values)
    try:
        for event, value in events:
            if builder:
                if event == "map_key":
                    builder_keys[-1] = value
                    continue
                if event in ("start_map", "start_array"):
                    depth += 1
                    if depth > MAX_JSON_DEPTH:
                        raise JsonStreamError("the JSON is nested too deeply", records)
                    container: Any = {} if event == "start_map" else []
                    _attach(builder, builder_keys, container)
                    builder.append(container)
                    builder_keys.append(None)
                    continue
                if event in ("end_map", "end_array"):
                    depth -= 1
                    done = builder.pop()
                    builder_keys.pop()
                    if not builder:
                        records += 1
                        yield built_path, done
                    continue
                _attach(builder, builder_keys, value)
                continue
            if event == "map_key":
                path[-1] = value
                continue
            if event in ("end_map", "end_array"):
                path.pop()
                depth -= 1
                continue
            here = tuple(path)
            if event in ("start_map", "start_array"):
                depth += 1
                if depth > MAX_JSON_DEPTH:
                    raise JsonStreamError("the JSON is nested too deeply", records)
                if here in targets:
                    builder.append({} if event == "start_map" else [])
                    builder_keys.append(None)
                    built_path = here
                else:
                    path.append("" if event == "start_map" else "*")
                continue
            if here in targets:
                records += 1
                yield here, value
    except (ijson.JSONError, UnicodeDecodeError, ValueError, OverflowError) as exc:
        raise JsonStreamError(_json_reason(exc), records) from None


def _attach(builder: list[Any], keys: list[str | None], value: Any) -> None:
    top = builder[-1]
    if isinstance(top, dict):
        top[keys[-1] or ""] = value
    else:
        top.append(value)


def _json_reason(exc: BaseException) -> str:
    text = str(exc)
    if "premature EOF" in text:
        return "the JSON ends early (the file may be cut off)"
    if "UTF8" in text or isinstance(exc, UnicodeDecodeError):
        return "the file is not valid UTF-8 text"
    return "the file is not valid JSON"


def loads_line(text: str | bytes) -> Any:
    """Parse one JSON line; ValueError (with a plain reason) when it cannot be read."""
    try:
        return orjson.loads(text)  # several times faster than json on log lines
    except orjson.JSONDecodeError:
        # The standard library reads what orjson refuses (NaN, integers beyond 64
        # bits, lone surrogates) and words the reason for the lines neither reads.
        pass
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except UnicodeDecodeError:
        raise ValueError("not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg.lower()})") from None
