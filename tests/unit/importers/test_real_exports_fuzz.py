"""Property tests of the new parsers: what a tool writes, pmdesk reads back exactly."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.importers import ImportOptions, import_path
from pmdesk.importers._time import DayOrderVote

FUZZ = settings(
    max_examples=int(os.environ.get("PMDESK_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
NAMES = ("Ana Silva", "Ben Okafor", "Jürgen Müller", "+49 171 2345678")
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz äöü.,!?", min_size=1, max_size=30).filter(
    lambda text: text.strip() != ""
)
# Sorted wall-clock moments (naive, as the tools write them), as an export lists them.
EARLIEST = datetime(2001, 1, 1)  # noqa: DTZ001
LATEST = datetime(2099, 12, 31)  # noqa: DTZ001
MOMENTS = st.lists(
    st.datetimes(min_value=EARLIEST, max_value=LATEST),
    min_size=1,
    max_size=8,
).map(sorted)


def _twelve_hour(moment: datetime, seconds: bool) -> str:
    hour = moment.hour % 12 or 12
    clock = f"{hour}:{moment:%M}" + (f":{moment:%S}" if seconds else "")
    return f"{clock}\u202f{'AM' if moment.hour < 12 else 'PM'}"


def _whatsapp_line(layout: str, moment: datetime, name: str, text: str) -> str:
    """One message as WhatsApp writes it on a phone with the given locale."""
    if layout == "ios-de":
        return f"[{moment:%d.%m.%y, %H:%M:%S}] {name}: {text}"
    us_date = f"{moment.month}/{moment.day}/{moment:%y}"
    if layout == "ios-us":
        return f"[{us_date}, {_twelve_hour(moment, True)}] {name}: {text}"
    if layout == "android-us":
        return f"{us_date}, {_twelve_hour(moment, False)} - {name}: {text}"
    return f"{moment:%d/%m/%Y, %H:%M} - {name}: {text}"  # android-gb


@FUZZ
@given(
    layout=st.sampled_from(("ios-de", "ios-us", "android-us", "android-gb")),
    messages=MOMENTS.flatmap(
        lambda moments: st.tuples(
            st.just(moments),
            st.lists(st.sampled_from(NAMES), min_size=len(moments), max_size=len(moments)),
            st.lists(WORDS, min_size=len(moments), max_size=len(moments)),
        )
    ),
)
def test_whatsapp_reads_back_what_the_phone_wrote(
    layout: str, messages: tuple[list[datetime], list[str], list[str]]
) -> None:
    moments, names, texts = messages
    with_seconds = layout.startswith("ios")
    lines = [
        _whatsapp_line(layout, moment, name, text)
        for moment, name, text in zip(moments, names, texts, strict=True)
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "WhatsApp Chat with Ana.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = import_path(path, ImportOptions(tz="UTC"))
    expected = [
        (m.replace(microsecond=0) if with_seconds else m.replace(second=0, microsecond=0)).replace(
            tzinfo=UTC
        )
        for m in moments
    ]
    got = sorted(result.events, key=lambda e: e.time_utc)
    # Identical (time, author, text) messages collapse, as everywhere else.
    assert sorted({(e.time_utc, e.author, e.text) for e in got}) == sorted(
        set(zip(expected, names, [t.strip() for t in texts], strict=True))
    )


@FUZZ
@given(
    moments=MOMENTS,
    nick_modes=st.lists(st.sampled_from(("@", "+", " ")), min_size=8, max_size=8),
    seconds=st.booleans(),
)
def test_irssi_reads_back_what_irssi_wrote(
    moments: list[datetime], nick_modes: list[str], seconds: bool
) -> None:
    stamp = "%H:%M:%S" if seconds else "%H:%M"
    lines = [f"--- Log opened {moments[0]:%a %b %d %H:%M:%S %Y}"]
    day = moments[0].date()
    for index, moment in enumerate(moments):
        if moment.date() != day:
            day = moment.date()
            lines.append(f"--- Day changed {moment:%a %b %d %Y}")
        lines.append(f"{moment:{stamp}} <{nick_modes[index]}nick{index}> line {index}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "#ops.log"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = import_path(path, ImportOptions(tz="UTC", format="irc"))
    expected = [
        m.replace(second=m.second if seconds else 0, microsecond=0, tzinfo=UTC) for m in moments
    ]
    got = {e.author: e.time_utc for e in result.events}
    assert got == {f"nick{index}": moment for index, moment in enumerate(expected)}


@FUZZ
@given(moments=MOMENTS, day_first=st.booleans())
def test_the_day_order_vote_never_picks_the_wrong_order(
    moments: list[datetime], day_first: bool
) -> None:
    vote = DayOrderVote()
    for moment in moments:
        first, second = (moment.day, moment.month) if day_first else (moment.month, moment.day)
        vote.see(first, second, moment.year, (moment.hour, moment.minute))
    assert vote.verdict() in (day_first, None)
