"""The JSON-lines reader compiled per record shape reads what a plain search would."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.importers.applogs import (
    AUTHOR_KEYS,
    ERROR_KEYS,
    HOST_KEYS,
    ID_KEYS,
    LEVEL_KEYS,
    MESSAGE_KEYS,
    TIME_KEYS,
    _compile_reader,
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
    st.none(), st.just(""), st.text(max_size=5), st.integers(), st.booleans(), st.floats()
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
    assert _compile_reader(fields)(record) == expected


def test_a_record_with_a_key_that_looks_like_code_is_read_as_data() -> None:
    # Only key names the reader looks for reach its source, and only as literals.
    hostile = 'x"] + __import__("os").getcwd() + record["'
    record = {"message": "hello", hostile: "y", "time": "2023-06-14T09:00:00Z"}
    fields = tuple(candidates_among(keys, set(record)) for keys in FIELDS)
    assert _compile_reader(fields)(record)[:2] == ("2023-06-14T09:00:00Z", "hello")
