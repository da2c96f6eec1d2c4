"""The JSON-lines readers, compiled per record shape or per file's keys, read what a
plain search would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.importers import ImportOptions, import_path
from pmdesk.importers.applogs import (
    _DOCKER_KEYS,
    AUTHOR_KEYS,
    ERROR_KEYS,
    HOST_KEYS,
    ID_KEYS,
    LEVEL_KEYS,
    MESSAGE_KEYS,
    TIME_KEYS,
    _compile_reader,
    _compile_record_reader,
    _first,
    candidates_among,
)

FIELDS = (TIME_KEYS, MESSAGE_KEYS, ERROR_KEYS, LEVEL_KEYS, AUTHOR_KEYS, HOST_KEYS, ID_KEYS)
# The keys and the objects the candidates name, so that records hit them, nested or flat.
NAMES = sorted(
    {key for keys in FIELDS for key in keys}
    | {key.split(".")[0] for keys in FIELDS for key in keys}
    | {key.split(".", 1)[-1] for keys in FIELDS for key in keys}
)
SCALARS = st.one_of(
    st.none(),
    st.just(""),
    st.text(max_size=5),
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(NAMES), inner, max_size=4)
    ),
    max_leaves=8,
)
RECORDS = st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=10)


@settings(max_examples=400, deadline=None)
@given(RECORDS)
def test_the_compiled_reader_finds_each_fields_first_value(record: dict[str, Any]) -> None:
    fields = tuple(candidates_among(keys, set(record)) for keys in FIELDS)
    expected = tuple(_first(record, field) for field in fields)
    assert _compile_reader(fields)(record)[:-1] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(RECORDS, min_size=1, max_size=4), st.sampled_from(NAMES + list(_DOCKER_KEYS)))
def test_the_record_type_reader_reads_each_line_as_the_shape_reader_does(
    records: list[dict[str, Any]], other_key: str
) -> None:
    # The record type knows every key of the file's lines, but each line may lack some.
    known = list(dict.fromkeys([key for record in records for key in record] + [other_key]))
    decode, read = _compile_record_reader(FIELDS, known)
    for record in records:
        fields = tuple(candidates_among(keys, set(record)) for keys in FIELDS)
        shape_reader = _compile_reader(fields, envelope=set(record) >= set(_DOCKER_KEYS))
        assert read(decode(orjson.dumps(record))) == shape_reader(record)


def test_a_record_with_a_key_that_looks_like_code_is_read_as_data() -> None:
    # Only key names the reader looks for reach its source, and only as literals.
    hostile = 'x"] + __import__("os").getcwd() + record["'
    record = {"message": "hello", hostile: "y", "time": "2023-06-14T09:00:00Z"}
    fields = tuple(candidates_among(keys, set(record)) for keys in FIELDS)
    assert _compile_reader(fields)(record)[:2] == ("2023-06-14T09:00:00Z", "hello")


def test_lines_with_keys_not_seen_before_are_read_in_full(tmp_path: Path) -> None:
    lines = [
        {"time": "2023-06-14T09:00:00Z", "msg": "first"},
        # A key (the error) the first line did not have, then one msgspec cannot name.
        {"time": "2023-06-14T09:00:01Z", "msg": "second", "error": {"message": "boom"}},
        {"time": "2023-06-14T09:00:02Z", "msg": "third", 'odd"key': 1},
        {"time": "2023-06-14T09:00:03Z", "msg": "fourth", "error": {"message": "again"}},
    ]
    path = tmp_path / "app.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = import_path(path, ImportOptions(format="jsonl"))
    assert [event.text for event in result.events] == [
        "first",
        "second\nboom",
        "third",
        "fourth\nagain",
    ]


def test_a_file_whose_keys_are_data_is_read_in_full(tmp_path: Path) -> None:
    # Every line has a key of its own: past the limit, lines are decoded to dicts.
    path = tmp_path / "app.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {"ts": f"2023-06-14T09:{n // 60:02d}:{n % 60:02d}Z", "msg": f"m{n}", f"r{n}": n}
            )
            + "\n"
            for n in range(600)
        ),
        encoding="utf-8",
    )
    result = import_path(path, ImportOptions(format="jsonl"))
    assert [event.text for event in result.events] == [f"m{n}" for n in range(600)]
