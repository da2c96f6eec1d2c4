"""Locations: one typed vocabulary, written and read in the exact stored form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.domain.location import Location, LocationKind

STORED = [
    ("field:summary", Location(LocationKind.FIELD, "summary")),
    ("field:override_reason", Location.of_field("override_reason")),
    ("trigger:slo_budget_burned_pct", Location(LocationKind.TRIGGER, "slo_budget_burned_pct")),
    ("section:timeline", Location(LocationKind.SECTION, "timeline")),
    ("step:whys", Location.of_step("whys")),
    ("event:12", Location.of_part(LocationKind.EVENT, 12)),
    ("why:4", Location(LocationKind.WHY, 4)),
    ("why:None", Location.of_part(LocationKind.WHY, None)),
    ("action:3", Location(LocationKind.ACTION, 3)),
    ("action:3.owner", Location.of_part(LocationKind.ACTION, 3, "owner")),
    ("action[2].due_on", Location(LocationKind.ACTION, None, "due_on", 2)),
    ("action[0]", Location(LocationKind.ACTION, index=0)),
    ("lesson:7", Location(LocationKind.LESSON, 7)),
    ("factor:1", Location(LocationKind.FACTOR, 1)),
    ("participant:5", Location(LocationKind.PARTICIPANT, 5)),
]


@pytest.mark.parametrize(("text", "location"), STORED)
def test_both_shapes_are_written_and_read_exactly_as_stored(text: str, location: Location) -> None:
    assert str(location) == text
    assert Location.parse(text) == location


@pytest.mark.parametrize(
    "text",
    [
        "",
        "summary",
        "nowhere:3",
        "event:x",
        "event:",
        "field:",
        "field:a.b",
        "step[1]",
        "event:1.2",
    ],
)
def test_anything_else_is_no_location(text: str) -> None:
    assert Location.parse(text) is None


def test_a_part_and_its_field() -> None:
    owner = Location.parse("action:3.owner")
    assert owner is not None
    assert owner.ident == 3
    assert owner.part == Location(LocationKind.ACTION, 3)
    assert Location.of_field("summary").ident is None
    assert Location(LocationKind.ACTION, None, "owner", 1).part == Location(
        LocationKind.ACTION, index=1
    )


@given(
    kind=st.sampled_from(
        [LocationKind.EVENT, LocationKind.WHY, LocationKind.ACTION, LocationKind.LESSON]
    ),
    ident=st.none() | st.integers(min_value=0, max_value=10**9),
    field=st.none() | st.sampled_from(["title", "owner", "due_on", "description"]),
)
def test_every_part_location_comes_back_from_its_stored_form(
    kind: LocationKind, ident: int | None, field: str | None
) -> None:
    location = Location.of_part(kind, ident, field)
    assert Location.parse(str(location)) == location
