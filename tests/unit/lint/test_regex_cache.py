"""Compiled regexes kept between runs (the cold start of issue 16): a regex read back from the
cache finds what ``re.compile`` finds, and a damaged cache is ignored, never a crash."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from pmdesk.lint._regex_cache import RegexCache, cache_name

PATTERNS = [
    (r"\b(?P<cue>forgot|failed to) (?P<agent>\w+)", 0),
    (r"(?:f(?<!\wf)(?:orgot)|m(?<!\wm)(?:issed)) the (?:keys|test)\b", 0),
    (r"\bVersehentlich\b[^.;]{0,60}\b(?:gelöscht|entfernt)", re.IGNORECASE | re.UNICODE),
]
TEXT = (
    "He forgot Dana; sie hat versehentlich die Datei gelöscht; unmissed the keys, missed the test."
)


def _found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_regex_read_back_finds_what_re_compile_finds(
    tmp_path: Path, source: str, flags: int
) -> None:
    path = tmp_path / "regex.marshal"
    first = RegexCache(path)
    compiled = first.compile(source, flags)
    first.save()
    assert path.exists()

    again = RegexCache(path)
    read_back = again.compile(source, flags)
    expected = re.compile(source, flags)
    assert _found(read_back) == _found(compiled) == _found(expected)
    assert read_back.flags == expected.flags
    assert read_back.groupindex == expected.groupindex
    assert again._new == 0  # taken from the file, not compiled again


def test_a_damaged_file_is_ignored_and_written_anew(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    path.write_bytes(b"\x00not marshal at all")
    cache = RegexCache(path)
    source, flags = PATTERNS[0]
    assert _found(cache.compile(source, flags)) == _found(re.compile(source, flags))
    cache.save()
    assert (source, flags) in marshal.loads(path.read_bytes())


def test_a_damaged_program_is_compiled_afresh(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    source, flags = PATTERNS[0]
    first = RegexCache(path)
    first.compile(source, flags)
    first.save()
    kept = marshal.loads(path.read_bytes())
    blob, generation = kept[source, flags]
    program = marshal.loads(blob)
    damaged = (program[0], [999, 1, 2], *program[2:])  # not a program the engine runs
    kept[source, flags] = (marshal.dumps(damaged), generation)
    path.write_bytes(marshal.dumps(kept))

    cache = RegexCache(path)
    assert _found(cache.compile(source, flags)) == _found(re.compile(source, flags))


def test_a_broken_pattern_is_reported_as_re_compile_reports_it(tmp_path: Path) -> None:
    with pytest.raises(re.error):
        RegexCache(tmp_path / "regex.marshal").compile(r"\b(?:unclosed", 0)


def test_programs_of_an_older_generation_that_a_run_did_not_use_are_dropped(
    tmp_path: Path,
) -> None:
    """An update of the rule packs must not leave its old patterns in the file for good: the
    file is read whole at every cold start."""
    path = tmp_path / "regex.marshal"
    kept_source, dropped_source = PATTERNS[0][0], PATTERNS[1][0]
    old = RegexCache(path, lambda: "packs-1")
    old.compile(kept_source, 0)
    old.compile(dropped_source, 0)
    old.save()
    assert {source for source, _ in marshal.loads(path.read_bytes())} == {
        kept_source,
        dropped_source,
    }

    new = RegexCache(path, lambda: "packs-2")
    new.compile(kept_source, 0)  # still used: read back, and kept for the new generation
    new.compile(PATTERNS[2][0], PATTERNS[2][1])  # new in this generation
    new.save()
    kept = marshal.loads(path.read_bytes())
    assert set(kept) == {(kept_source, 0), PATTERNS[2]}
    assert {generation for _, generation in kept.values()} == {"packs-2"}


def test_programs_of_the_same_generation_that_another_run_wrote_stay(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    first = RegexCache(path, lambda: "packs-1")
    first.compile(*PATTERNS[0])
    first.save()
    second = RegexCache(path, lambda: "packs-1")
    second.compile(*PATTERNS[1])
    second.save()
    assert set(marshal.loads(path.read_bytes())) == {PATTERNS[0], PATTERNS[1]}


def test_a_file_of_the_earlier_format_is_removed_when_a_run_saves(tmp_path: Path) -> None:
    old_format = tmp_path / "regex-written-2-3.11.7-20220615-4.marshal"
    old_format.write_bytes(marshal.dumps({PATTERNS[0]: b"program"}))
    cache = RegexCache(tmp_path / cache_name("written"))
    cache.compile(*PATTERNS[0])
    cache.save()
    assert not old_format.exists()
    assert (tmp_path / cache_name("written")).exists()
