"""Issue 17: the exports people really bring, imported without a manual rescue.

The files live in ``tests/data/imports/incident_set`` (see its README for the tool and
version each imitates); smaller variants are written here inline.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pmdesk.errors import UserFacingError
from pmdesk.importers import ImportResult, ZoneRequiredError

Run = Callable[..., ImportResult]
SET = Path(__file__).resolve().parents[2] / "data" / "imports" / "incident_set"
BERLIN = "Europe/Berlin"


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


# --- DiscordChatExporter CSV: the whole file settles day/month ------------------------


def test_discord_csv_day_order_settled_by_a_late_row(run_import: Run) -> None:
    # 240 rows dated 01/12 .. 12/12 (either order fits) before 31/12/2024 decides it.
    result = run_import(SET / "discord_support.csv", tz=BERLIN)
    by_author = {e.author: e for e in result.events}
    assert by_author["customer42"].time_utc == _at(2024, 12, 31, 22, 53)
    assert by_author["mod"].time_utc == _at(2024, 12, 31, 23, 22)
    assert result.events[0].time_utc == _at(2024, 12, 1, 9, 0)  # 01/12 10:00 CET
    assert not any("order" in w for w in result.warnings)


def test_csv_day_order_settled_by_the_rows_order(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "dce.csv"
    path.write_text(
        "AuthorID,Author,Date,Content,Attachments,Reactions\r\n"
        '"1","ana","05/03/2024 09:00","first","",""\r\n'
        '"2","ben","06/03/2024 09:00","second","",""\r\n'
        '"3","ana","01/04/2024 09:00","third","",""\r\n',
        encoding="utf-8",
    )
    result = run_import(path, tz="UTC")
    # Read month first they would run May 3, June 3, January 4: backwards.
    assert [e.time_utc for e in result.events] == [
        _at(2024, 3, 5, 9),
        _at(2024, 3, 6, 9),
        _at(2024, 4, 1, 9),
    ]
    assert any("day first, the order that keeps the rows in time" in w for w in result.warnings)


def test_csv_day_order_still_asked_when_nothing_tells(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "same_day.csv"
    path.write_text("time,text\n01/02/2024 10:00,a\n01/02/2024 11:00,b\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="day/month or month/day"):
        run_import(path, tz="UTC")


# --- encodings and German spreadsheets --------------------------------------------------


def test_windows_1252_csv_with_german_headers_and_month_names(run_import: Run) -> None:
    result = run_import(SET / "handover_de.csv", tz=BERLIN)
    first, last = result.events
    assert first.author == "Jürgen Müller"
    assert first.text == "Kundenservice meldet Ausfall beim Checkout"
    assert first.time_utc == _at(2024, 12, 31, 22, 46)
    assert first.original_time == "31. Dezember 2024 23:46"
    assert last.text == "Incident geschlossen, Übergabe an Frühschicht"
    assert last.time_utc == _at(2024, 12, 31, 23, 25)
    assert any("read it as Windows-1252" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("codec", "author", "text", "named"),
    [
        # Excel on a Russian Windows writes Windows-1251.
        ("cp1251", "Иван Петров", "Сервер базы данных недоступен; перезапуск", "Windows-1251"),
        # The Latin code pages read these bytes alike: Windows-1252, not Windows-1250.
        ("cp1252", "José Muñoz", "Señal perdida en el nodo principal à l’entrée", "Windows-1252"),
        ("cp932", "山田太郎", "データベースに接続できません。再起動します。", "Shift_JIS"),
    ],
)
def test_a_csv_in_another_encoding_is_detected_and_named(
    run_import: Run, tmp_path: Path, codec: str, author: str, text: str, named: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(f"time,who,text\n2024-06-14 10:00,{author},{text}\n".encode(codec))
    result = run_import(path, tz="UTC")
    (event,) = result.events
    assert (event.author, event.text) == (author, text)
    assert any(f"pmdesk read it as {named}" in w for w in result.warnings)


def test_a_syslog_in_a_legacy_encoding_reads_its_lines_in_it(
    run_import: Run, tmp_path: Path
) -> None:
    path = tmp_path / "messages"
    lines = [
        "2024-06-14T10:00:00+02:00 db-01 postgres[81]: Prüfung der Sicherung fehlgeschlagen",
        "2024-06-14T10:00:05+02:00 db-01 postgres[81]: Größe überschritten: 14 GB",
    ]
    path.write_bytes("\n".join(lines).encode("cp1252") + b"\n")
    result = run_import(path)
    assert [e.text for e in result.events] == [
        "Prüfung der Sicherung fehlgeschlagen",
        "Größe überschritten: 14 GB",
    ]
    assert any("as Windows-1252 (Western European)" in w for w in result.warnings)
    assert not any("replacement characters" in w for w in result.warnings)


def test_a_log_in_a_japanese_encoding_is_read_not_refused(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_bytes(
        "".join(
            f"ts=2024-06-14T10:00:{second:02d}Z level=error msg=データベースに接続できません "
            f"host=app-0{second % 3}\n"
            for second in range(20)
        ).encode("cp932")
    )
    result = run_import(path, format="logfmt")
    assert len(result.events) == 20
    assert result.events[0].text.startswith("データベースに接続できません")
    assert any("as Shift_JIS (Japanese)" in w for w in result.warnings)


def test_german_date_and_time_columns(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "protokoll.csv"
    path.write_text(
        "Datum;Uhrzeit;Nachricht\n14.06.2023;16:05;DB weg\n14. Juni 2023;16:07;Failover\n",
        encoding="utf-8",
    )
    result = run_import(path, tz=BERLIN)
    assert [(e.time_utc, e.text) for e in result.events] == [
        (_at(2023, 6, 14, 14, 5), "DB weg"),
        (_at(2023, 6, 14, 14, 7), "Failover"),
    ]
    assert not result.warnings


# --- access logs: what signed-in users changed -----------------------------------------


def test_access_log_keeps_signed_in_users_changes(run_import: Run) -> None:
    result = run_import(SET / "access.log")
    actions = [(e.time_utc, e.author, e.text) for e in result.events if e.author]
    assert actions == [
        (_at(2024, 12, 31, 22, 58, 40), "mara", "POST /admin/status-page/incidents → 201"),
        (_at(2024, 12, 31, 23, 24, 3), "mara", "PATCH /admin/status-page/incidents/17 → 200"),
    ]
    assert {e.level for e in result.events if e.author} == {"info"}
    texts = [e.text for e in result.events]
    assert "First server error: 502 POST /api/checkout HTTP/1.1" in texts
    assert "Last server error: 502 POST /api/checkout HTTP/1.1" in texts
    # mara's GET only read the page; anonymous POSTs are in the 5xx summaries.
    assert not any("GET /admin" in text for text in texts)


# --- syslog: bad lines skipped, the year inferred and said -------------------------------


def test_collector_syslog_with_offsets_imports_around_stray_lines(run_import: Run) -> None:
    # No zone given: the file's own offsets place every RFC 5424 line.
    result = run_import(SET / "syslog_collector.log")
    assert [(e.time_utc, e.author) for e in result.events] == [
        (_at(2024, 12, 31, 22, 41, 7, 512000), "haproxy@lb-01"),
        (_at(2024, 12, 31, 22, 44, 31, 210000), "patroni@db-01"),
        (_at(2024, 12, 31, 22, 49, 58, 4000), "patroni@db-02"),
    ]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (2, "the time has no time zone; give the zone it was written in to import it"),
        (3, "the line has no timestamp (-)"),
    ]
    assert any(
        "1 lines or records of syslog_collector.log have times without" in w
        for w in result.warnings
    )
    # With the zone, the switch's classic line is imported too.
    with_zone = run_import(SET / "syslog_collector.log", tz=BERLIN, reference_year=2024)
    assert len(with_zone.events) == 4


def test_mostly_classic_syslog_still_asks_for_a_zone(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "mixed.log"
    path.write_text(
        "Jun 14 16:05:02 db-01 app: one\n"
        "Jun 14 16:05:03 db-01 app: two\n"
        "<13>1 2023-06-14T14:05:04Z db-02 app - - - three\n",
        encoding="utf-8",
    )
    with pytest.raises(ZoneRequiredError):
        run_import(path)


def test_syslog_year_from_a_date_inside_a_message_and_new_year(run_import: Run) -> None:
    # No window, no reference year: PostgreSQL's own "2024-12-31 23:44:35.118 CET" tells.
    result = run_import(SET / "syslog_db02.log", tz=BERLIN)
    assert [e.time_utc for e in result.events] == [
        _at(2024, 12, 31, 22, 40, 1),
        _at(2024, 12, 31, 22, 44, 35),
        _at(2024, 12, 31, 22, 59, 59),
        _at(2024, 12, 31, 23, 2, 11),  # Jan 1 00:02:11 CET
        _at(2024, 12, 31, 23, 14, 40),
    ]
    assert result.assumed_year == 2024
    assert any(
        "took 2024 from the full date in line 2 (2024-12-31 23:44:35)" in w for w in result.warnings
    )
    assert any(
        "cross New Year at line 4; from there on they are placed in 2025" in w
        for w in result.warnings
    )
    assert not any("modification date" in w for w in result.warnings)


def test_syslog_year_from_a_utc_date_after_new_year(run_import: Run, tmp_path: Path) -> None:
    # The first line has no date in its message; a later one, after the rollover, has
    # one in UTC, which is still the old year while Berlin is already in the new one.
    path = tmp_path / "app.log"
    path.write_text(
        "Dec 31 23:58:00 web-1 app[7]: draining\n"
        'Jan  1 00:30:00 web-1 app[7]: {"time":"2024-12-31T23:30:00Z","msg":"up"}\n',
        encoding="utf-8",
    )
    result = run_import(path, tz=BERLIN)
    assert [e.time_utc for e in result.events] == [
        _at(2024, 12, 31, 22, 58),
        _at(2024, 12, 31, 23, 30),
    ]


def test_syslog_year_from_the_window_is_said(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "plain.log"
    path.write_text("Dec 31 23:58:00 web-1 app[7]: draining\n", encoding="utf-8")
    result = run_import(path, tz=BERLIN, since=_at(2024, 12, 31, 22), until=_at(2025, 1, 1))
    assert [e.time_utc for e in result.events] == [_at(2024, 12, 31, 22, 58)]
    assert any("took 2024 from the incident window" in w for w in result.warnings)


# --- IRC: irssi and WeeChat ----------------------------------------------------------------


def test_irssi_log_dates_from_its_banners(run_import: Run) -> None:
    result = run_import(SET / "irssi_#ops.log", tz=BERLIN)
    assert result.format == "irc"
    assert [(e.time_utc, e.author, e.text, e.kind) for e in result.events] == [
        (_at(2024, 12, 31, 22, 40), None, "mara has joined #ops", "note"),
        (_at(2024, 12, 31, 22, 43), "jonas", "anyone else seeing 502s on checkout?", "message"),
        (_at(2024, 12, 31, 22, 47), "mara", "I'm on it, paging DB on-call", "message"),
        (_at(2024, 12, 31, 22, 48), "jonas", "* jonas looks at the haproxy dashboard", "message"),
        (_at(2024, 12, 31, 22, 51), None, "mode/#ops [+v jonas] by mara", "note"),
        # After "--- Day changed Wed Jan 01 2025": 00:12 in Berlin.
        (_at(2024, 12, 31, 23, 12), "jonas", "error rate dropping after maxconn revert", "message"),
    ]
    assert {e.source for e in result.events} == {"irc #ops"}
    assert result.events[-1].original_time == "2025-01-01 00:12"
    assert result.skipped == []


def test_irssi_lines_before_any_date_are_reported(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "#ops.log"
    path.write_text(
        "23:40 <@mara> before the banner\n"
        "--- Day changed Wed Jan 01 2025\n"
        "00:01 <\x02@mara\x02> \x0304happy\x03 new year\n",
        encoding="utf-8",
    )
    result = run_import(path, format="irc", tz="UTC")
    assert [(e.time_utc, e.text) for e in result.events] == [
        (_at(2025, 1, 1, 0, 1), "happy new year")
    ]
    assert [s.line for s in result.skipped] == [1]
    assert "no date yet" in result.skipped[0].reason


def test_weechat_log(run_import: Run) -> None:
    result = run_import(SET / "irc.libera.#ops.weechatlog", tz=BERLIN)
    assert result.format == "irc"
    assert [(e.time_utc, e.author, e.text) for e in result.events] == [
        (_at(2024, 12, 31, 22, 41), None, "mara has joined #ops"),
        (_at(2024, 12, 31, 22, 50, 2), "mara", "failover done, writes are back"),
        (_at(2024, 12, 31, 22, 50, 40), "jonas", "* jonas cheers"),
        (_at(2024, 12, 31, 22, 51, 12), None, "Mode #ops [+v jonas] by mara"),
        (_at(2024, 12, 31, 23, 9, 30), "jonas", "reverting maxconn on lb-01 now"),
    ]


def test_weechat_utc_times_need_no_zone(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "irc.libera.#ops.weechatlog"
    path.write_text("2024-12-31T22:50:02.118Z\t@mara\tdone\n".replace("T", " "), "utf-8")
    (event,) = run_import(path).events
    assert event.time_utc == _at(2024, 12, 31, 22, 50, 2, 118000)
    assert event.source_zone == "UTC"
    assert not event.zone_assumed


def test_irc_logs_need_a_zone(run_import: Run) -> None:
    with pytest.raises(ZoneRequiredError):
        run_import(SET / "irssi_#ops.log")


# --- WhatsApp --------------------------------------------------------------------------------


def test_whatsapp_ios_zip_german_locale(run_import: Run) -> None:
    result = run_import(SET / "WhatsApp Chat - Leadership.zip", tz=BERLIN)
    assert result.format == "whatsapp"
    rows = [(e.time_utc, e.author, e.text, e.kind, e.flags) for e in result.events]
    assert rows[0][1:4] == ("Leadership", rows[0][2], "note")  # encryption notice
    assert rows[1:] == [
        (
            _at(2024, 12, 31, 22, 52, 10),
            "Jürgen Müller",
            "Sind wir down? Kunden melden Fehler beim Checkout",
            "message",
            (),
        ),
        (
            _at(2024, 12, 31, 22, 53, 2),
            "Jürgen Müller",
            "[attachment: 00000012-PHOTO-2024-12-31-23-53-02.jpg]",
            "message",
            ("attachment",),
        ),
        (
            _at(2024, 12, 31, 22, 54, 30),
            "Mara Lindqvist",
            "Ja, Datenbank-Failover läuft.\nSchätzung: 10 Minuten",
            "message",
            (),
        ),
        (
            _at(2024, 12, 31, 23, 1, 15),
            "Jürgen Müller",
            "[media not included in the export]",
            "message",
            ("attachment",),
        ),
        (
            _at(2024, 12, 31, 23, 20, 45),
            "Mara Lindqvist",
            "Entwarnung, alles stabil",
            "message",
            (),
        ),
    ]
    assert {e.source for e in result.events} == {"whatsapp Leadership"}
    assert result.events[1].original_time == "31.12.24, 23:52:10"
    assert not any("\u200e" in (e.text + (e.author or "")) for e in result.events)


def test_whatsapp_android_us_locale(run_import: Run) -> None:
    result = run_import(SET / "WhatsApp Chat with Ops Bridge.txt", tz=BERLIN)
    assert result.format == "whatsapp"
    rows = [(e.time_utc, e.author, e.text, e.flags) for e in result.events]
    assert rows[0][1] is None
    assert result.events[0].kind == "note"
    assert rows[1:] == [
        (_at(2024, 12, 31, 22, 44), "Ben Okafor", "paged, looking", ()),
        (_at(2024, 12, 31, 22, 55), "Ben Okafor", "status page updated", ()),
        (
            _at(2024, 12, 31, 22, 56),
            "Ben Okafor",
            "[attachment: IMG-20241231-WA0003.jpg]\ngraph of the 502s",
            ("attachment",),
        ),
        (
            _at(2024, 12, 31, 22, 57),
            "Ana Silva",
            "[media not included in the export]",
            ("attachment",),
        ),
        # "1/1/25, 12:18 AM" is eighteen minutes past midnight.
        (_at(2024, 12, 31, 23, 18), "Ana Silva", "This message was deleted", ("deleted",)),
    ]
    assert result.events[2].original_time == "12/31/24, 11:55\u202fPM"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # UK Android: 24-hour clock; 13/01 settles day first for every line.
        (["01/12/2024, 23:40 - Ana: a", "13/01/2025, 09:00 - Ana: b"], _at(2024, 12, 1, 23, 40)),
        # Order settles it: read month first these would run May 1, June 1, January 2.
        (
            [
                "05/01/2024, 10:00 - Ana: a",
                "06/01/2024, 10:00 - Ana: b",
                "01/02/2024, 10:00 - Ana: c",
            ],
            _at(2024, 1, 5, 10),
        ),
        # Swedish/ISO phones write the year first.
        (["[2024-12-31 23:52:10] Ana: a"], _at(2024, 12, 31, 23, 52, 10)),
    ],
)
def test_whatsapp_day_order(
    run_import: Run, tmp_path: Path, lines: list[str], expected: datetime
) -> None:
    path = tmp_path / "WhatsApp Chat with Ana.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_import(path, tz="UTC")
    assert result.events[0].time_utc == expected


def test_whatsapp_ambiguous_dates_are_read_by_the_clock_and_said(
    run_import: Run, tmp_path: Path
) -> None:
    path = tmp_path / "WhatsApp Chat with Ana.txt"
    path.write_text("01/02/24, 10:00\u202fAM - Ana: a\n", encoding="utf-8")
    result = run_import(path, tz="UTC")
    assert result.events[0].time_utc == _at(2024, 1, 2, 10)
    assert any("read them month first" in w for w in result.warnings)


def test_whatsapp_needs_a_zone(run_import: Run) -> None:
    with pytest.raises(ZoneRequiredError):
        run_import(SET / "WhatsApp Chat with Ops Bridge.txt")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # iOS, US English, recent: U+202F before PM, seconds, U+200E before attachments.
        (
            "\u200e[6/14/23, 4:05:02\u202fPM] Ana: \u200e<attached: 0001-PHOTO.jpg>",
            (2023, 6, 14, 16, 5, 2),
        ),
        # Android, German: "dd.MM.yy, HH:mm - ".
        ("14.06.23, 16:05 - Ana: DB weg", (2023, 6, 14, 16, 5)),
        # Android, Spanish: "d/M/yy, h:mm p. m. - ".
        ("14/6/23, 4:05 p. m. - Ana: caída", (2023, 6, 14, 16, 5)),
    ],
)
def test_whatsapp_locale_variants(
    run_import: Run, tmp_path: Path, line: str, expected: tuple[int, ...]
) -> None:
    path = tmp_path / "WhatsApp Chat with Ana.txt"
    path.write_text(line + "\n", encoding="utf-8")
    (event,) = run_import(path, tz="UTC").events
    assert event.time_utc == _at(*expected)
    assert event.author == "Ana"


def test_irssi_with_seconds_in_its_timestamp(run_import: Run, tmp_path: Path) -> None:
    # log_timestamp = "%H:%M:%S " is a common change to irssi's default.
    path = tmp_path / "#ops_20241231.log"
    path.write_text(
        "--- Log opened Tue Dec 31 23:40:12 2024\n23:47:09 <@mara> on it\n", encoding="utf-8"
    )
    (event,) = run_import(path, tz="UTC").events
    assert event.time_utc == _at(2024, 12, 31, 23, 47, 9)
    assert event.source == "irc #ops"


def test_irc_lines_in_latin_1_are_read_as_such(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "#ops.log"
    path.write_bytes(
        b"--- Day changed Wed Jan 01 2025\n"
        b"00:01 <@mara> caf\xe9 ist zu\n"
        b"00:02 <@j\xc3\xbcrgen> gr\xc3\xbc\xc3\x9fe\n"
    )
    result = run_import(path, tz="UTC")
    assert [(e.author, e.text) for e in result.events] == [
        ("mara", "café ist zu"),
        ("jürgen", "grüße"),
    ]
    assert any("1 lines of #ops.log were not UTF-8" in w for w in result.warnings)


def test_a_stray_naive_record_does_not_sink_a_zoned_file(run_import: Run, tmp_path: Path) -> None:
    jsonl = tmp_path / "app.jsonl"
    jsonl.write_text(
        '{"@timestamp":"2024-12-31T22:41:07Z","message":"reload"}\n'
        '{"@timestamp":"2024-12-31 23:42:00","message":"from a sidecar in local time"}\n'
        '{"@timestamp":"2024-12-31T22:44:31+00:00","message":"demoted"}\n',
        encoding="utf-8",
    )
    result = run_import(jsonl)
    assert [e.text for e in result.events] == ["reload", "demoted"]
    assert [s.line for s in result.skipped] == [2]
    csv_file = tmp_path / "changes.csv"
    csv_file.write_text(
        "time,text\n2024-12-31T22:41:07+01:00,reload\n2024-12-31 23:42,no zone\n"
        "2024-12-31T22:44:31Z,demoted\n",
        encoding="utf-8",
    )
    result = run_import(csv_file)
    assert [e.text for e in result.events] == ["reload", "demoted"]
    assert "time has no time zone" in result.skipped[0].reason


def test_whatsapp_lines_after_an_impossible_date_are_not_glued_on(
    run_import: Run, tmp_path: Path
) -> None:
    path = tmp_path / "WhatsApp Chat with Ana.txt"
    path.write_text(
        "31.12.24, 23:50 - Ana: first\n31.02.24, 23:51 - Ana: broken\nits second line\n"
        "01.01.25, 00:01 - Ana: last\n",
        encoding="utf-8",
    )
    result = run_import(path, tz="UTC")
    assert [e.text for e in result.events] == ["first", "last"]
    assert [(s.line, s.reason) for s in result.skipped] == [(2, "the date or time does not exist")]


def test_whatsapp_placeholder_words_typed_by_a_person_stay_a_message(
    run_import: Run, tmp_path: Path
) -> None:
    # iOS marks its own "audio omitted" with U+200E; the same words typed are a message.
    path = tmp_path / "_chat.txt"
    path.write_text(
        "[31.12.24, 23:50:00] Ana Silva: audio omitted\n"
        "[31.12.24, 23:51:00] Ana Silva: \u200eaudio omitted\n",
        encoding="utf-8",
    )
    result = run_import(path, tz="UTC", format="whatsapp")
    assert [(e.text, e.flags) for e in result.events] == [
        ("audio omitted", ()),
        ("[media not included in the export]", ("attachment",)),
    ]


def test_whatsapp_android_zip_with_media(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Ops Bridge.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "WhatsApp Chat with Ops Bridge.txt",
            (SET / "WhatsApp Chat with Ops Bridge.txt").read_bytes(),
        )
        archive.writestr("IMG-20241231-WA0003.jpg", b"\xff\xd8\xff\xe0 not really a photo")
    result = run_import(path, tz=BERLIN)
    assert result.format == "whatsapp"
    assert len(result.events) == 6
    assert {e.source for e in result.events} == {"whatsapp Ops Bridge"}
