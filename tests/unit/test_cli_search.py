"""`pmdesk search` and `pmdesk list --search`: the library's full-text search, headless."""

from __future__ import annotations

import io
import json

from pmdesk.cli import run
from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.queries import create_postmortem, find_postmortem


def pmdesk(paths: Paths, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def load_sample(paths: Paths) -> None:
    from pmdesk.store.sample import sample_file

    assert pmdesk(paths, "load", str(sample_file()))[0] == 0


def test_search_finds_a_word_of_a_timeline_event_and_says_where(paths: Paths) -> None:
    load_sample(paths)
    pmdesk(paths, "new", "--title", "Certificate expiry")

    status, out, _err = pmdesk(paths, "search", "xlogtemp")

    assert status == 0
    assert out.splitlines() == [
        "PM-0001   Checkout partially unavailable after a database failover",
        "          Timeline event 2: postgres — could not write to file "
        '"pg_wal/[xlogtemp].3187": No space left on device',
    ]


def test_search_json_carries_step_field_item_and_highlights(paths: Paths) -> None:
    load_sample(paths)
    status, out, _err = pmdesk(paths, "search", "pooler", "reload", "--json")
    assert status == 0
    (hit,) = json.loads(out)
    assert hit["key"] == "PM-0001"
    matches = hit["matches"]
    assert {match["step"] for match in matches} <= {"incident", "whys", "actions", "timeline"}
    for match in matches:
        for start, end in match["highlights"]:
            assert match["text"][start:end].casefold() in {"pooler", "reload"}
    first = matches[0]
    assert set(first) == {
        "step",
        "field",
        "item",
        "location",
        "text",
        "highlights",
        "cut_before",
        "cut_after",
    }


def test_search_without_matches_and_the_limit(paths: Paths) -> None:
    for title in ("Disk full on db-01", "Disk full on db-02", "Disk full on db-03"):
        pmdesk(paths, "new", "--title", title)
    assert pmdesk(paths, "search", "zeppelin")[1] == "No post-mortem matches 'zeppelin'.\n"
    status, out, _err = pmdesk(paths, "search", "disk", "--limit", "2")
    assert status == 0
    assert out.splitlines()[-1] == "(more match: showing the best 2; use --limit to see more)"
    status, _out, err = pmdesk(paths, "search", "disk", "--limit", "0")
    assert status == 2
    assert "--limit must be 1 or more." in err


def test_search_output_cannot_drive_the_terminal(paths: Paths) -> None:
    pmdesk(paths, "new", "--title", "Escape \x1b]0;owned\x07 sequence in the title")
    status, out, _err = pmdesk(paths, "search", "sequence")
    assert status == 0
    assert "\x1b" not in out
    assert "\x07" not in out


def test_list_search_uses_the_full_text_index(paths: Paths) -> None:
    load_sample(paths)
    pmdesk(paths, "new", "--title", "Certificate expiry")
    db = open_database(paths.database_url)
    with db.transaction() as session:
        create_postmortem(session, "Queue backlog", summary="The consumer stalled.")
        find_postmortem(session, "PM-0002").customer_impact = "Logins failed for an hour."
    db.close()

    def listed(search: str) -> list[str]:
        status, out, _err = pmdesk(paths, "list", "--search", search, "--json")
        assert status == 0
        return [item["key"] for item in json.loads(out)]

    # A word that appears only in an action item, a why, a lesson or the impact.
    assert listed("on_role_change") == ["PM-0001"]
    assert listed("logins") == ["PM-0002"]
    assert listed("stall") == ["PM-0003"]
    assert listed("") == ["PM-0003", "PM-0002", "PM-0001"]


def test_tags_and_services_are_listed_renamed_and_merged(paths: Paths) -> None:
    load_sample(paths)
    db = open_database(paths.database_url)
    with db.transaction() as session:
        create_postmortem(
            session, "Cache stampede", tags=["Database", "cache"], services=["pgbouncer"]
        )
    db.close()
    status, out, _err = pmdesk(paths, "tags")
    assert status == 0
    assert out.splitlines() == [
        "    1  cache",
        "    1  checkout",
        "    1  Database",
        "    1  database",
        "    1  failover",
    ]
    # Renaming to a name in use merges the two.
    status, out, _err = pmdesk(paths, "rename-tag", "Database", "database")
    assert (status, out) == (0, "Renamed 'Database' to 'database' in 1 post-mortem.\n")
    status, out, _err = pmdesk(paths, "tags", "--json")
    assert {"name": "database", "postmortems": 2} in json.loads(out)
    assert "Database" not in {item["name"] for item in json.loads(out)}
    status, out, _err = pmdesk(paths, "rename-service", "pgbouncer", "pooler", "--json")
    assert json.loads(out) == {"old": "pgbouncer", "new": "pooler", "postmortems": 2}
    # The search index follows: the old name is gone, the new one is found.
    assert pmdesk(paths, "list", "--search", "pgbouncer", "--json")[1].count('"key"') == 1
    assert json.loads(pmdesk(paths, "list", "--search", "pooler", "--json")[1])
    status, _out, err = pmdesk(paths, "rename-tag", "zeppelin", "blimp")
    assert status == 2
    assert "No post-mortem uses the tag 'zeppelin'." in err
