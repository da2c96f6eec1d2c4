"""Real published post-mortems, read as a facilitator would file them into pmdesk."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pmdesk.archive import read_written
from pmdesk.archive.written import BlankTemplateError
from pmdesk.domain.limits import TEXT_MAX_CHARS, TITLE_MAX_CHARS
from pmdesk.exporters.markdown import export_markdown
from pmdesk.store.database import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.interchange_check import check_document
from pmdesk.store.sample import sample_file

ARCHIVE = Path(__file__).resolve().parents[2] / "data" / "archive"
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def read(name: str) -> tuple[dict[str, Any], Any]:
    written = read_written(ARCHIVE / name, now=NOW)
    return written.document["postmortem"], written


def events(pm: dict[str, Any]) -> list[tuple[str, str]]:
    return [(event["occurred_at"], event["text"]) for event in pm["timeline"]]


def why_lines(nodes: list[dict[str, Any]], depth: int = 0) -> list[str]:
    lines = []
    for node in nodes:
        mark = " [root cause]" if node["is_root_cause"] else ""
        lines.append("  " * depth + node["text"] + mark)
        lines += why_lines(node["children"], depth + 1)
    return lines


POSTMORTEMS = sorted(
    p.name
    for p in ARCHIVE.iterdir()
    if p.suffix in {".md", ".html"} and p.name != "README.md" and "template" not in p.name
)


@pytest.mark.parametrize("name", POSTMORTEMS)
def test_every_real_post_mortem_passes_the_interchange_check(name: str) -> None:
    written = read_written(ARCHIVE / name, now=NOW)
    check_document(json.loads(json.dumps(written.document)))


def test_google_sre_example_lands_where_the_book_puts_it() -> None:
    pm, written = read("google-sre-example-postmortem.md")
    assert pm["title"] == "Shakespeare Sonnet++ Postmortem (incident #465)"
    assert pm["summary"].startswith("Shakespeare Search down for 66 minutes")
    assert pm["customer_impact"] == "Estimated 1.21B queries lost, no revenue impact."
    # The root cause is a why marked as one; the trigger is what contributed.
    assert why_lines(pm["why_chains"]) == [
        "Cascading failure due to combination of exceptionally high load and a resource leak "
        "when searches failed due to terms not being in the Shakespeare corpus. The newly "
        "discovered sonnet used a word that had never before appeared in one of Shakespeare's "
        "works, which happened to be the term users searched for. Under normal circumstances, "
        "the rate of task failures due to resource leaks is low enough to be unnoticed. "
        "[root cause]"
    ]
    assert [f["text"] for f in pm["contributing_factors"]] == [
        "Latent bug triggered by sudden increase in traffic."
    ]
    # Timeline: the date and zone come from "2015-10-21 *(all times UTC)*".
    timeline = events(pm)
    assert len(timeline) == 34
    assert timeline[0] == (
        "2015-10-21T14:51:00Z",
        "News reports that a new Shakespearean sonnet has been discovered in a Delorean's "
        "glove compartment",
    )
    assert timeline[-1][0] == "2015-10-21T16:30:00Z"
    moments = {e["key_moment"]: e["occurred_at"] for e in pm["timeline"] if e["key_moment"]}
    assert moments == {
        "impact_start": "2015-10-21T14:54:00Z",
        "mitigated": "2015-10-21T15:36:00Z",
        "resolved": "2015-10-21T16:00:00Z",
    }
    assert [(a["title"], a["owner"]) for a in pm["action_items"]][:3] == [
        ("Update playbook with instructions for responding to cascading failure", "jennifer"),
        ("Use flux capacitor to balance load between clusters", "martym"),
        ("Schedule cascading failure test during next DiRT", "docbrown"),
    ]
    assert len(pm["action_items"]) == 9
    # The book's types are kept where pmdesk has one, and written down where not.
    assert pm["action_items"][2]["type"] == "process"
    assert pm["action_items"][1]["description"] == "Type: prevent"
    kinds = [lesson["kind"] for lesson in pm["lessons"]]
    assert kinds == ["went_well"] * 2 + ["went_wrong"] * 2 + ["lucky"] * 3
    assert pm["lessons"][4]["text"] == (
        "Mailing list of Shakespeare aficionados had a copy of new sonnet available"
    )
    assert [(p["name"], p["role"]) for p in pm["participants"]] == [
        ("jennifer", "Author"),
        ("martym", "Author"),
        ("agoogler", "Author"),
    ]
    # What pmdesk has no part for stays, with its heading, in the facilitator notes.
    assert written.notes == ("Status", "Resolution", "Detection", "Supporting information")
    assert "Detection: Borgmon detected high level of HTTP 500s" in pm["facilitator_notes"]
    assert "Status: Complete, action items in progress" in pm["facilitator_notes"]
    assert "Timeline: 34 events (from “Timeline”)" in written.mapped
    assert written.warnings == ()


def test_dfds_times_written_in_cet_are_stored_in_utc() -> None:
    pm, written = read("dfds-pm2019-009-ip-starvation.md")
    assert pm["title"] == "Kubernetes network infrastructure IP starvation"
    timeline = pm["timeline"]
    # "| Date and Time in CET |": 12:00 CET in November is 11:00 UTC.
    assert (timeline[0]["occurred_at"], timeline[0]["original_time"]) == (
        "2019-11-29T11:00:00Z",
        "2019-11-29 12:00",
    )
    assert timeline[0]["source_zone"] == "Europe/Berlin"
    # A row with a date but no time, and "...", cannot be placed: kept for a person.
    assert "- 2019-12-03 --:-- | Surge new deployments increasing" in pm["facilitator_notes"]
    assert len(timeline) == 13
    assert len(pm["contributing_factors"]) == 7
    assert [a["status"] for a in pm["action_items"]] == ["open"] * 4
    assert written.warnings == ()


@pytest.mark.parametrize(
    "name", ["dfds-pm2021-004-adfs-outage.md", "dfds-pm2021-004-adfs-outage.confluence.html"]
)
def test_the_same_post_mortem_reads_the_same_from_markdown_and_a_confluence_export(
    name: str,
) -> None:
    pm, written = read(name)
    assert pm["title"] == "ADFS Outage"
    assert pm["summary"].startswith("On Wednesday 31st March, the token signing")
    assert events(pm)[-1] == (
        "2021-03-31T13:30:00Z",
        "Script completed to update account federation metadata. Confirmed working",
    )
    assert [p["name"] for p in pm["participants"]] == ["RF", "PW", "RR", "AN", "EC"]
    assert [f["text"] for f in pm["contributing_factors"]][1] == (
        "No monitoring or record of certificate expiry"
    )
    # "Lessons learned" without a kind: what to do better.
    assert {lesson["kind"] for lesson in pm["lessons"]} == {"went_wrong"}
    assert written.notes == ("Stats",)
    assert "Category: Authentication/Authorisation" in pm["facilitator_notes"]
    # Nothing of the page's chrome or script reaches the post-mortem.
    document = json.dumps(pm)
    assert "stolen" not in document
    assert "Document generated by Confluence" not in document
    assert "Postmortems" not in document


def test_a_confluence_task_list_keeps_which_tasks_are_done() -> None:
    pm, _ = read("dfds-pm2021-004-adfs-outage.confluence.html")
    assert [a["status"] for a in pm["action_items"]] == ["done", "open", "open"]


# The Atlassian Incident Management Handbook's template as teams adapt it (a key/value
# table on top, day headings in the timeline, whys as "...because" lines, checkboxes for
# corrective actions), filled in with a few words each: no real post-mortem written
# with it was found under a licence that lets it be kept here.
ATLASSIAN_STYLE = """\
| Incident postmortem | Data platform |
| -------------- | ----------------- |
| **Event**      | `20261014_nightly_export`  |
| **Systems**    | `exporter`, `warehouse` |
| **Detected**   | `2026-10-14 07:40`|
| **Resolved**   | `2026-10-15 09:10`|
| **Team**       | `MR`, `PK`        |

## Summary

The nightly export wrote an empty file, and the morning report showed no orders.

## Leadup

* A schema change renamed the `orders.placed_at` column on 2026-10-13.
* The exporter selects columns by name and skips a query that fails.

## Fault

The export query failed on the renamed column; the exporter wrote no rows.

## Impact

* The sales report of 2026-10-14 showed no orders for 2026-10-13.

## Detection

A sales analyst asked at 07:40 why the report was empty.

## Response

MR paused the report mail and PK looked at the exporter logs.

## Recovery

PK ran the export again with the new column name.

## Timeline

### 2026-10-13
* `16:05` - Schema change renaming `orders.placed_at` deployed
* `unknown` - First report mail sent to the sales team
* `23:30` - Nightly export writes an empty file

### 2026-10-14
* `07:40` - Sales analyst reports the empty report
* `08:15` - MR pauses the report mail

### 2026-10-15
* `09:10` - Export and report run again with the new column

## Whys

* The sales report showed no orders
* ...because the nightly export wrote an empty file
* ...because the export query failed and the exporter treated that as no rows
* ...because the exporter was never tested with a failing query

## Technical cause

The exporter turns a failed query into an empty result.

## Root cause

Schema changes are not checked against the queries of other teams.

## Backlog check

The exporter's issue about failing loudly had been open since March.

## Recurrence

None known.

## Lessons learned

* A job that reports success must check what it wrote.

## Corrective actions

* [x] Make the exporter fail when its query fails
* [ ] Run the exporter's queries in the schema change pipeline
"""


def test_atlassian_style_whys_become_chains_and_day_headings_date_the_timeline(
    tmp_path: Path,
) -> None:
    path = tmp_path / "20261014-nightly-export.md"
    path.write_text(ATLASSIAN_STYLE, encoding="utf-8")
    written = read_written(path, now=NOW)
    pm = written.document["postmortem"]
    # The key/value table at the top: event, systems, resolution, team.
    assert pm["title"] == "20261014_nightly_export"
    assert pm["services"] == ["exporter", "warehouse"]
    assert pm["incident_end"] == "2026-10-15T09:10:00Z"
    assert [p["name"] for p in pm["participants"]] == ["MR", "PK"]
    assert why_lines(pm["why_chains"]) == [
        "The sales report showed no orders",
        "  ...because the nightly export wrote an empty file",
        "    ...because the export query failed and the exporter treated that as no rows",
        "      ...because the exporter was never tested with a failing query",
        "The exporter turns a failed query into an empty result. [root cause]",
        "Schema changes are not checked against the queries of other teams. [root cause]",
    ]
    assert events(pm) == [
        ("2026-10-13T16:05:00Z", "Schema change renaming `orders.placed_at` deployed"),
        ("2026-10-13T23:30:00Z", "Nightly export writes an empty file"),
        ("2026-10-14T07:40:00Z", "Sales analyst reports the empty report"),
        ("2026-10-14T08:15:00Z", "MR pauses the report mail"),
        ("2026-10-15T09:10:00Z", "Export and report run again with the new column"),
    ]
    # An entry at an unknown time is kept, as a note.
    assert "`unknown` - First report mail sent to the sales team" in pm["facilitator_notes"]
    assert [a["status"] for a in pm["action_items"]] == ["done", "open"]
    assert len(pm["contributing_factors"]) == 2
    assert {"Fault", "Detection", "Response", "Recovery", "Backlog check", "Recurrence"} <= set(
        written.notes
    )
    # No zone anywhere in the document: read as UTC, and the report says so.
    assert written.warnings == ("Its timeline names no time zone; its times were read as UTC.",)


# A follow-the-sun incident written up as the Kubernetes and Google SRE post-mortems are
# (tests/data/archive), each team writing its own clock and zone after the time.
FOLLOW_THE_SUN = """\
# July 2nd, 2019 Checkout Latency

## Summary

Checkout requests slowed down to several seconds for about two hours because the payment
service's database connection pool was exhausted.

## Timeline

### July 2, 2019

* 10:54 PM PDT – Alert fires: checkout p99 latency above 2 s
* 11:02 PM PDT – On-call engineer acknowledges the page

### July 3, 2019

* 1:15 AM CST – Payments team in Chicago joins the bridge
* 08:30 CEST – Berlin team finds the connection pool exhausted
* 12:20 IST – Bengaluru SRE raises the pool size
* 07:10Z – Checkout latency back to normal
* 09:20 +02:00 – Post-mortem meeting scheduled
* 09:40 UTC+2 – Status page updated
"""


def test_times_keep_the_zone_and_the_am_or_pm_written_after_them(tmp_path: Path) -> None:
    path = tmp_path / "checkout-latency.md"
    path.write_text(FOLLOW_THE_SUN, encoding="utf-8")
    written = read_written(path, now=NOW)
    pm = written.document["postmortem"]
    assert events(pm) == [
        # 10:54 PM Pacific daylight time on July 2 is 05:54 UTC on July 3.
        ("2019-07-03T05:54:00Z", "Alert fires: checkout p99 latency above 2 s"),
        ("2019-07-03T06:02:00Z", "On-call engineer acknowledges the page"),
        ("2019-07-03T06:15:00Z", "Payments team in Chicago joins the bridge"),
        ("2019-07-03T06:30:00Z", "Berlin team finds the connection pool exhausted"),
        ("2019-07-03T06:50:00Z", "Bengaluru SRE raises the pool size"),
        ("2019-07-03T07:10:00Z", "Checkout latency back to normal"),
        ("2019-07-03T07:20:00Z", "Post-mortem meeting scheduled"),
        ("2019-07-03T07:40:00Z", "Status page updated"),
    ]
    first = pm["timeline"][0]
    assert (first["original_time"], first["source_zone"]) == (
        "10:54 PM PDT",
        "America/Los_Angeles",
    )
    assert [e["source_zone"] for e in pm["timeline"][1:]] == [
        "America/Los_Angeles",
        "America/Chicago",
        "Europe/Berlin",
        "Asia/Kolkata",
        "UTC",
        "+02:00",
        "+02:00",
    ]
    # CST and IST name more than one zone: the most frequent meaning is taken, and said so.
    assert written.warnings == (
        "Its times in CST were read as US Central Time (America/Chicago); if they meant "
        "China Standard Time (UTC+08:00), correct them.",
        "Its times in IST were read as India Standard Time (Asia/Kolkata); if they meant "
        "Irish Standard Time (Europe/Dublin) or Israel Standard Time (UTC+02:00), correct them.",
    )


def test_a_capitalised_word_after_a_time_is_what_happened_not_a_zone(tmp_path: Path) -> None:
    path = tmp_path / "failover.md"
    path.write_text(
        "# Failover\n\n## Timeline\n\nAll times UTC+1.\n\n### 2026-01-14\n\n"
        "* 10:02 DB replica promoted\n* 10:05 NZ customers see errors\n",
        encoding="utf-8",
    )
    pm = read_written(path, now=NOW).document["postmortem"]
    assert events(pm) == [
        ("2026-01-14T09:02:00Z", "DB replica promoted"),
        ("2026-01-14T09:05:00Z", "NZ customers see errors"),
    ]
    assert pm["timeline"][0]["original_time"] == "10:02"


def test_times_without_a_date_are_placed_on_the_date_in_the_title() -> None:
    # Kubernetes' test-infra post-mortems (Google SRE style) give times like "[13:26]"
    # and "[???]", the day only in the title and the zone under it ("All times PDT.").
    pm, written = read("kubernetes-2019-05-30-prow-flakiness.md")
    assert pm["title"] == "May 30th, 2019 Prow Flakiness"
    timeline = events(pm)
    assert timeline[0] == (
        "2019-05-30T20:26:00Z",
        "@cblecker reports on Slack that something is wrong with Prow",
    )
    # 17:10 PDT is past midnight in UTC; after 23:55 the timeline passes midnight.
    assert [when for when, _text in timeline[5:]] == [
        "2019-05-30T22:14:00Z",
        "2019-05-31T00:10:00Z",
        "2019-05-31T00:41:00Z",
        "2019-05-31T06:55:00Z",
        "2019-05-31T14:00:00Z",
    ]
    assert timeline[-1][1] == "Prow is once again merging at its usual rate"
    assert {event["source_zone"] for event in pm["timeline"]} == {"America/Los_Angeles"}
    assert written.warnings == (
        "Its timeline's times name no date; they were placed on 2019-05-30, the date in "
        "its title, and those after midnight on 2019-05-31.",
    )
    # An entry at an unknown time stays a note.
    notes = pm["facilitator_notes"]
    assert "Timeline (entries without a time pmdesk could place):" in notes
    assert (
        "- [???] IOPS reached a critical point such that cluster availability began degrading"
    ) in notes
    assert "[13:26]" not in notes
    assert [lesson["kind"] for lesson in pm["lessons"]] == [
        "went_well",
        *["went_wrong"] * 4,
        "lucky",
    ]
    assert [a["tracker_url"] for a in pm["action_items"]] == [
        "https://github.com/kubernetes/test-infra/issues/12829",
        "",
    ]
    assert written.notes == (
        "Detection",
        "Resolution",
        "#testing-ops chat log",
        "GKE EngProd Chat Log",
    )


def test_without_a_date_in_the_document_times_alone_stay_notes_and_the_warnings_say_so(
    tmp_path: Path,
) -> None:
    text = (ARCHIVE / "kubernetes-2019-05-30-prow-flakiness.md").read_text(encoding="utf-8")
    path = tmp_path / "prow-flakiness.md"
    path.write_text(text.replace("# May 30th, 2019 Prow Flakiness", "# Prow Flakiness"), "utf-8")
    written = read_written(path, now=NOW)
    pm = written.document["postmortem"]
    assert pm["timeline"] == []
    assert (
        "- [13:26] @cblecker reports on Slack that something is wrong with Prow"
        in (pm["facilitator_notes"])
    )
    assert written.warnings == (
        "Its timeline has times without a date and the document states no date, so they "
        "were kept in the facilitator notes; add a line such as “Date: 2019-07-02” to the "
        "file to place them.",
    )


def test_a_date_line_dates_twelve_hour_times_that_pass_midnight(tmp_path: Path) -> None:
    path = tmp_path / "search-api-errors.md"
    path.write_text(
        "# Search API errors\n\nDate: 2019-07-02\n\nAll times PDT.\n\n"
        "## Summary\n\nThe search API failed for 80 minutes after its certificate expired.\n\n"
        "## Timeline\n\n### Response\n\n"
        "* 10:54 PM – Alert fires: search API error rate above 5%\n"
        "* 11:20 PM – On-call finds the expired certificate\n"
        "* 11:05 PM – Status page updated (written up late)\n"
        "* 12:14 AM – New certificate deployed, errors stop\n",
        encoding="utf-8",
    )
    written = read_written(path, now=NOW)
    assert events(written.document["postmortem"]) == [
        ("2019-07-03T05:54:00Z", "Alert fires: search API error rate above 5%"),
        ("2019-07-03T06:05:00Z", "Status page updated (written up late)"),
        ("2019-07-03T06:20:00Z", "On-call finds the expired certificate"),
        ("2019-07-03T07:14:00Z", "New certificate deployed, errors stop"),
    ]
    assert written.warnings == (
        "Its timeline's times name no date; they were placed on 2019-07-02, the date under "
        "“Date”, and those after midnight on 2019-07-03.",
    )


def test_a_google_style_review_keeps_its_chat_logs_as_notes() -> None:
    pm, written = read("kubernetes-2019-03-26-boskos-outage.md")
    assert pm["title"] == "March 26th, 2019 Boskos Outage"
    assert pm["summary"].startswith("The Boskos instance responsible for vending GCP projects")
    assert len(pm["why_chains"]) == 3
    assert all(node["is_root_cause"] for node in pm["why_chains"])
    assert [a["tracker_url"] for a in pm["action_items"]] == [
        "https://github.com/kubernetes/test-infra/issues/11956",
        "https://github.com/kubernetes/test-infra/issues/11957",
        "https://github.com/kubernetes/test-infra/issues/11953",
    ]
    assert ("lucky", "We didn't, really.") in [(x["kind"], x["text"]) for x in pm["lessons"]]
    assert "#testing-ops postmortem thread" in written.notes
    assert "All times in PDT (UTC-7)." in pm["facilitator_notes"]


def test_a_blank_template_is_not_a_post_mortem() -> None:
    with pytest.raises(BlankTemplateError, match="is a blank template"):
        read_written(ARCHIVE / "pagerduty-postmortem-template.md")


def test_pagerduty_headings_map_to_their_parts(tmp_path: Path) -> None:
    # PagerDuty's template (tests/data/archive) filled in: its headings, a few words each.
    filled = tmp_path / "sev1-2026-10-14.md"
    filled.write_text(
        "** Postmortem Owner:** Alex Morgan\n\n"
        "## Overview\nA runaway process slowed the primary database for 1 minute.\n\n"
        "## What Happened\nA reindex job started at peak time.\n\n"
        "## Contributing Factors\n- The reindex job has no schedule guard\n\n"
        "## Resolution\nThe job was stopped.\n\n"
        "## Impact\n\n| | |\n|-|-|\n| Time in SEV-1 | 1 min |\n\n"
        "## Responders\n\n* Mei Lin\n* Priya Raman\n\n"
        "## Timeline\n\n| Time (UTC) | Event | Data Link |\n| --- | --- | --- |\n"
        "| 2026-10-14 09:02 | Database latency above 2 s | https://grafana/d/1 |\n\n"
        "## How'd We Do?\n\n### What Went Well?\n\n* Paged within a minute\n\n"
        "### What Didn't Go So Well?\n\n* Nobody knew who owned the job\n\n"
        "## Action Items\n\n* Add a schedule guard to the reindex job\n\n"
        "## Messaging\n\n### Internal Email\n\nSent to engineering@.\n",
        encoding="utf-8",
    )
    written = read_written(filled, now=NOW)
    pm = written.document["postmortem"]
    assert pm["title"] == "sev1 2026 10 14"
    assert pm["summary"] == (
        "A runaway process slowed the primary database for 1 minute.\n\n"
        "What Happened:\nA reindex job started at peak time."
    )
    assert pm["facilitator"] == "Alex Morgan"
    assert pm["customer_impact"] == "Time in SEV-1 | 1 min"
    assert [(p["name"], p["role"]) for p in pm["participants"]] == [
        ("Mei Lin", "Responder"),
        ("Priya Raman", "Responder"),
    ]
    assert events(pm) == [
        ("2026-10-14T09:02:00Z", "Database latency above 2 s — Data Link: https://grafana/d/1")
    ]
    assert [(lesson["kind"], lesson["text"]) for lesson in pm["lessons"]] == [
        ("went_well", "Paged within a minute"),
        ("went_wrong", "Nobody knew who owned the job"),
    ]
    assert [a["title"] for a in pm["action_items"]] == ["Add a schedule guard to the reindex job"]
    assert [f["text"] for f in pm["contributing_factors"]] == [
        "The reindex job has no schedule guard"
    ]
    assert written.notes == ("Resolution", "Internal Email")


def test_pmdesk_reads_back_its_own_markdown_export(db: Database) -> None:
    with db.transaction() as session:
        pm, _ = load_postmortem(session, json.loads(sample_file().read_text(encoding="utf-8")))
        exported = export_markdown(pm)
    original = json.loads(sample_file().read_text(encoding="utf-8"))["postmortem"]
    path = db_file = Path(str(db.engine.url.database)).parent / "PM-0001.md"
    db_file.write_text(exported, encoding="utf-8")
    back = read_written(path, now=NOW).document["postmortem"]
    # The same post-mortem: loading it where it came from finds it.
    assert back["uuid"] == original["uuid"]
    # Free texts are Markdown, and come back as written (emphasis, code, links).
    for field in ("title", "summary", "customer_impact", "severity", "facilitator", "tags",
                  "services"):  # fmt: skip
        assert back[field] == original[field], field

    def timeline(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        keys = ("occurred_at", "text", "key_moment", "author", "source")
        return [tuple(event[key] for key in keys) for event in events]

    assert timeline(back["timeline"]) == timeline(original["timeline"])
    assert why_lines(back["why_chains"]) == why_lines(original["why_chains"])

    def actions(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        keys = ("title", "type", "owner", "priority", "due_on", "status", "tracker_url")
        return [tuple(item[key] for key in keys) for item in items]

    assert actions(back["action_items"]) == actions(original["action_items"])
    assert [(x["kind"], x["text"]) for x in back["lessons"]] == [
        (x["kind"], x["text"]) for x in original["lessons"]
    ]
    assert back["participants"] == [
        {"name": p["name"], "role": p["role"], "team": p["team"]} for p in original["participants"]
    ]


def test_texts_longer_than_pmdesk_keeps_are_cut_and_reported(tmp_path: Path) -> None:
    long = tmp_path / "long.md"
    long.write_text(
        f"# {'T' * 800}\n\n## Summary\n\n{'word ' * 50_000}\n",
        encoding="utf-8",
    )
    written = read_written(long, now=NOW)
    pm = written.document["postmortem"]
    assert len(pm["title"]) == TITLE_MAX_CHARS
    assert len(pm["summary"]) == TEXT_MAX_CHARS
    assert written.warnings == (
        f"Its title was cut to {TITLE_MAX_CHARS} characters.",
        f"Its summary was cut to {TEXT_MAX_CHARS:,} characters.",
    )
    check_document(written.document)


def test_definition_lists_give_facts_and_written_dates_date_the_timeline(tmp_path: Path) -> None:
    # A wiki page's facts as a definition list, a glossary, and day headings in words.
    page = tmp_path / "page.html"
    page.write_text(
        "<h1>Queue stalled</h1><dl><dt>Severity</dt><dd>SEV 2</dd>"
        "<dt>Facilitator</dt><dd>Alex Morgan</dd></dl>"
        "<h2>Timeline</h2><p>All times UTC.</p><h3>Wednesday, 14 October 2026</h3>"
        "<p>09:02:31 Queue stalled</p><h3>15. Oktober 2026</h3><p>10:00 Queue drained</p>"
        "<h2>Glossary</h2><dl><dt>Root cause</dt><dd>The deepest why.</dd></dl>",
        encoding="utf-8",
    )
    written = read_written(page, now=NOW)
    pm = written.document["postmortem"]
    assert (pm["severity"], pm["facilitator"]) == (2, "Alex Morgan")
    assert events(pm) == [
        ("2026-10-14T09:02:31Z", "Queue stalled"),
        ("2026-10-15T10:00:00Z", "Queue drained"),
    ]
    assert pm["why_chains"] == []
    assert "Root cause: The deepest why." in pm["facilitator_notes"]


def test_a_google_docs_export_reads_like_its_markdown(tmp_path: Path) -> None:
    # The shape of Google Docs' "Download > Web page": a Title paragraph, styles in
    # classes, tables whose header row is made of <td>, cells holding paragraphs.
    # The words are the Google SRE book's example (tests/data/archive).
    page = tmp_path / "ShakespeareSonnetPostmortem.html"
    page.write_text(
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        "<style>.c1{font-weight:700}</style><title>Shakespeare Sonnet++ Postmortem</title>"
        '</head><body class="c9 doc-content">'
        '<p class="c4 title"><span class="c1">Shakespeare Sonnet++ Postmortem (incident #465)'
        "</span></p>"
        '<h1 class="c3"><span class="c1">Summary</span></h1><p class="c2"><span>Shakespeare '
        "Search down for 66 minutes during period of very high interest in Shakespeare due to "
        "discovery of a new sonnet.</span></p>"
        '<h1 class="c3"><span>Action Items</span></h1><table class="c8"><tr>'
        "<td><p><span>Action Item</span></p></td><td><p><span>Type</span></p></td>"
        "<td><p><span>Owner</span></p></td><td><p><span>Bug</span></p></td></tr><tr>"
        "<td><p><span>Update playbook with instructions for responding to cascading failure"
        "</span></p></td><td><p><span>mitigate</span></p></td><td><p><span>jennifer</span></p>"
        "</td><td><p><span>n/a </span><span class=c1>DONE</span></p></td></tr></table>"
        '<h1 class="c3"><span>Timeline</span></h1><p><span>2015-10-21 (all times UTC)</span></p>'
        "<table><tr><td><p><span>Time</span></p></td><td><p><span>Description</span></p></td>"
        "</tr><tr><td><p><span>14:51</span></p></td><td><p><span>News reports that a new "
        "Shakespearean sonnet has been discovered in a Delorean's glove compartment</span></p>"
        "</td></tr></table></body></html>",
        encoding="utf-8",
    )
    pm = read_written(page, now=NOW).document["postmortem"]
    assert pm["title"] == "Shakespeare Sonnet++ Postmortem (incident #465)"
    assert pm["summary"].startswith("Shakespeare Search down for 66 minutes")
    assert [(a["title"], a["owner"], a["status"]) for a in pm["action_items"]] == [
        (
            "Update playbook with instructions for responding to cascading failure",
            "jennifer",
            "done",
        )
    ]
    assert events(pm) == [
        (
            "2015-10-21T14:51:00Z",
            "News reports that a new Shakespearean sonnet has been discovered in a "
            "Delorean's glove compartment",
        )
    ]


def test_initials_are_people_and_an_event_name_is_a_heading_as_written(tmp_path: Path) -> None:
    # As in DFDS's PM2025-001 and COG-UK's 20220105_unpublish (tests/data/archive).
    path = tmp_path / "pm.md"
    path.write_text(
        "# Node starvation\n\n## Summary\n\nNodes ran out of memory.\n\n"
        "## Fault\n\n### `20220105_badfasta`\n\nMalformed data passed QC.\n\n"
        "## Attendees\n\n- EC RF SD MN\n",
        encoding="utf-8",
    )
    written = read_written(path, now=NOW)
    pm = written.document["postmortem"]
    assert [p["name"] for p in pm["participants"]] == ["EC", "RF", "SD", "MN"]
    assert written.notes == ("20220105_badfasta",)
