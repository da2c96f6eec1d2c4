"""The linter's regexes, compiled once per version of Python and kept between runs.

``re.compile`` parses a pattern and generates its program in Python; on a one-line
``pmdesk lint`` that took a third of the run (the few dozen patterns of the rules whose cues
the line holds). The program is a list of numbers: kept with marshal, it goes straight to the
regex engine's own constructor (``_sre.compile``, which ``re.compile`` calls last and which
checks the program before it runs it). The file is named by the Python version and the regex
engine's magic number, so that another version never reads it; a file that cannot be read is
ignored and written anew at exit. Anything unexpected falls back to ``re.compile``.

Each program is kept with the generation of the rule packs that last used it. When a run
saves, programs of another generation that it did not use are dropped: without that, every
update of the packs left its old patterns behind, and a developer's cache grew to 75 MB, which
doubled the cold start (every run reads the whole file).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regex engine under re, always loaded
import atexit
import contextlib
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["RegexCache"]

# More than the bundled packs use twice over (about 1,900 programs for both languages, 7.5 MB).
_MOST_PROGRAMS = 4000
# The file's format: 3 keeps each program with its generation. Files of formats 1 and 2 (each
# program alone) are removed when a run saves.
_FORMAT = 3
_OLDER_FORMAT = re.compile(r"regex-[a-z]+-[12]-\d")
# A marshalled program and the generation of the rule packs that last used it.
_Entry = tuple[bytes, str]
# What the engine's constructor takes after the pattern: flags, program, group count, names.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class RegexCache:
    """Compiled regexes by (source, flags), read from and written to ``path`` when given.
    Each program is kept marshalled on its own, so reading the file costs little and only
    the programs a run uses are unpacked. ``generation`` names the rule packs' version; it is
    asked only when a run saves."""

    def __init__(self, path: Path | None, generation: Callable[[], str] = lambda: "") -> None:
        self.path = path
        self.generation = generation
        self._kept: dict[tuple[str, int], _Entry] | None = None
        self._used: set[tuple[str, int]] = set()
        self._new = 0

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        flags = int(flags)
        key = (source, flags)
        kept = self._loaded()
        entry = kept.get(key)
        if entry is not None:
            try:
                pattern = _engine_compile(source, marshal.loads(entry[0]))
            except Exception:  # a stale or damaged entry: compile afresh
                kept.pop(key, None)
            else:
                self._used.add(key)
                return pattern
        try:
            program = _program(source, flags)
            pattern = _engine_compile(source, program)
        except re.error:
            raise
        except Exception:  # another Python's internals: the public way
            return re.compile(source, flags)
        kept[key] = (marshal.dumps(program), "")
        self._used.add(key)
        if self._new == 0 and self.path is not None:
            atexit.register(self.save)
        self._new += 1
        return pattern

    def save(self) -> None:
        """Write the programs compiled in this run next to those already kept (another
        process may have written some meanwhile), and drop those of older generations that
        this run did not use."""
        if self.path is None or not self._new or self._kept is None:
            return
        generation = self.generation()
        used = {key: (self._kept[key][0], generation) for key in self._used if key in self._kept}
        kept = {
            key: entry
            for key, entry in {**_read(self.path), **used}.items()
            if entry[1] == generation
        }
        if len(kept) > _MOST_PROGRAMS:
            kept = used  # one generation's patterns only pile up past this with org packs
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps(kept))
            os.replace(partial, self.path)
            self._new = 0
            _forget_older_formats(self.path.parent)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)

    def _loaded(self) -> dict[tuple[str, int], _Entry]:
        if self._kept is None:
            self._kept = _read(self.path) if self.path is not None else {}
        return self._kept


def cache_name(kind: str) -> str:
    """The file name for this kind of regex, Python and regex engine."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"regex-{kind}-{_FORMAT}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _forget_older_formats(folder: Path) -> None:
    """Remove the files an earlier format of this cache left (they are never read again)."""
    for old in folder.glob("regex-*.marshal"):
        if _OLDER_FORMAT.match(old.name):
            with contextlib.suppress(OSError):
                old.unlink()


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        loaded: Any = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        key: entry
        for key, entry in loaded.items()
        if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], bytes)
    }


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
