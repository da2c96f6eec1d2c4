"""The linter's regexes, compiled once per version of Python and kept between runs.

``re.compile`` parses a pattern and generates its program in Python; on a one-line
``pmdesk lint`` that took a third of the run (the few dozen patterns of the rules whose cues
the line holds). The program is a list of numbers: kept with marshal, it goes straight to the
regex engine's own constructor (``_sre.compile``, which ``re.compile`` calls last and which
checks the program before it runs it). The file is named by the Python version and the regex
engine's magic number, so that another version never reads it; a file that cannot be read is
ignored and written anew at exit. Anything unexpected falls back to ``re.compile``.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regex engine under re, always loaded
import atexit
import contextlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["RegexCache"]

# More than the bundled packs hold twice over: the rest are patterns of older versions.
_MOST_PROGRAMS = 4000
# What the engine's constructor takes after the pattern: flags, program, group count, names.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class RegexCache:
    """Compiled regexes by (source, flags), read from and written to ``path`` when given.
    Each program is kept marshalled on its own, so reading the file costs little and only
    the programs a run uses are unpacked."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._kept: dict[tuple[str, int], bytes] | None = None
        self._new = 0

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        flags = int(flags)
        kept = self._loaded()
        blob = kept.get((source, flags))
        if blob is not None:
            try:
                return _engine_compile(source, marshal.loads(blob))
            except Exception:  # a stale or damaged entry: compile afresh
                kept.pop((source, flags), None)
        try:
            program = _program(source, flags)
            pattern = _engine_compile(source, program)
        except re.error:
            raise
        except Exception:  # another Python's internals: the public way
            return re.compile(source, flags)
        kept[source, flags] = marshal.dumps(program)
        if self._new == 0 and self.path is not None:
            atexit.register(self.save)
        self._new += 1
        return pattern

    def save(self) -> None:
        """Write the programs compiled in this run next to those already kept (another
        process may have written some meanwhile)."""
        if self.path is None or not self._new or self._kept is None:
            return
        kept = {**_read(self.path), **self._kept}
        if len(kept) > _MOST_PROGRAMS:
            kept = dict(self._kept)  # old packs' patterns pile up: start over
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps(kept))
            os.replace(partial, self.path)
            self._new = 0
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)

    def _loaded(self) -> dict[tuple[str, int], bytes]:
        if self._kept is None:
            self._kept = _read(self.path) if self.path is not None else {}
        return self._kept


def cache_name(kind: str) -> str:
    """The file name for this kind of regex, Python and regex engine."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"regex-{kind}-2-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _read(path: Path) -> dict[tuple[str, int], bytes]:
    try:
        loaded: Any = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _program(source: str, flags: int) -> _Program:
    """What ``re.compile`` hands the engine's constructor (``re._compiler.compile``)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    # The program holds named constants (an int subclass): marshal takes plain ints.
    program = [int(word) for word in code]
    return (
        int(flags | parsed.state.flags),
        program,
        parsed.state.groups - 1,
        names,
        tuple(by_index),
    )


def _engine_compile(source: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, names, by_index = program
    pattern: re.Pattern[str] = _sre.compile(source, flags, code, groups, names, by_index)
    return pattern
