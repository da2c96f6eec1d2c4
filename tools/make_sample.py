"""Writes resources/samples/database-failover.json, the first-run sample post-mortem.

Run: .venv/bin/python tools/make_sample.py
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from pmdesk.domain.timeline import event_fingerprint

DAY = "2026-10-14"

EVENTS = [
    # time, source, author, text, key moment
    (
        "08:41:12",
        "journald db-01",
        "postgres",
        "archive_command failed (exit 1): upload to the WAL bucket was denied; 1,204 segments waiting",
        None,
    ),
    (
        "08:58:40",
        "journald db-01",
        "postgres",
        'could not write to file "pg_wal/xlogtemp.3187": No space left on device',
        None,
    ),
    (
        "09:01:55",
        "journald db-01",
        "patroni",
        "Leader key expired; db-02 acquired the leader lock",
        None,
    ),
    (
        "09:02:10",
        "journald db-02",
        "patroni",
        "promoted self to leader by acquiring session lock (failover completed in 28 s)",
        None,
    ),
    (
        "09:02:31",
        "nginx checkout-lb",
        None,
        "First HTTP 502 on POST /api/checkout after 6 hours without server errors",
        "impact_start",
    ),
    (
        "09:04:00",
        "nginx checkout-lb",
        None,
        "5xx rate on /api/checkout at 38 % (per-minute aggregate)",
        None,
    ),
    (
        "09:06:18",
        "slack #support",
        "Tomás Ortega",
        "Two merchants report failed card payments at checkout; anyone seeing this?",
        None,
    ),
    (
        "09:13:02",
        "pagerduty",
        "PagerDuty",
        "Triggered: Checkout API 5xx rate above 5 % for 10 minutes",
        "detected",
    ),
    ("09:14:47", "pagerduty", "Priya Raman", "Acknowledged by Priya Raman", "acknowledged"),
    (
        "09:16:05",
        "slack #inc-checkout",
        "Priya Raman",
        "I'm on it. Checkout errors are connection refused from the pooler on app-03, app-04 and app-06",
        None,
    ),
    (
        "09:18:30",
        "slack #inc-checkout",
        "Mei Lin",
        "Declaring SEV-2, I'll be incident commander. Status page update going out now",
        None,
    ),
    (
        "09:19:12",
        "statuspage",
        "Mei Lin",
        "Investigating: some checkout attempts are failing",
        None,
    ),
    (
        "09:21:40",
        "slack #inc-checkout",
        "Priya Raman",
        "Database dashboard shows db-02 as primary since 09:02; db-01 is read-only with a full disk",
        None,
    ),
    (
        "09:24:03",
        "slack #inc-checkout",
        "Jonas Becker",
        "Joining. The failover itself looks healthy: replication lag was 0 at promotion",
        None,
    ),
    (
        "09:29:55",
        "slack #inc-checkout",
        "Priya Raman",
        "Healthy hosts (app-01, -02, -05) were restarted by the Tuesday deploy at 08:30; the failing ones still hold connections to db-01's address",
        None,
    ),
    (
        "09:33:20",
        "slack #inc-checkout",
        "Jonas Becker",
        "PgBouncer resolves the database host name only at start-up, so a failover is invisible to it until a reload",
        None,
    ),
    (
        "09:36:48",
        "slack #inc-checkout",
        "Mei Lin",
        "Options: reload PgBouncer on the three hosts, or drain them from the load balancer. Reload is faster; going with reload on app-03 first",
        None,
    ),
    ("09:41:10", "shell app-03", "Priya Raman", "systemctl reload pgbouncer on app-03", None),
    (
        "09:42:02",
        "slack #inc-checkout",
        "Priya Raman",
        "app-03 now connects to db-02; errors from app-03 stopped",
        None,
    ),
    (
        "09:47:31",
        "slack #inc-checkout",
        "Jonas Becker",
        "Freeing space on db-01: WAL bucket credentials were rotated on Oct 11 and the archiver still used the old key",
        None,
    ),
    (
        "09:53:15",
        "shell app-04",
        "Priya Raman",
        "systemctl reload pgbouncer on app-04 and app-06",
        None,
    ),
    ("09:58:40", "nginx checkout-lb", None, "5xx rate on /api/checkout below 0.5 %", None),
    (
        "10:01:12",
        "slack #inc-checkout",
        "Mei Lin",
        "Error rate is back to baseline. Keeping the incident open while we confirm no payments were double-charged",
        None,
    ),
    (
        "10:07:26",
        "slack #inc-checkout",
        "Tomás Ortega",
        "Support confirms merchants can check out again; 214 failed attempts to follow up on",
        "mitigated",
    ),
    (
        "10:09:50",
        "slack #inc-checkout",
        "Jonas Becker",
        "Payments ledger reconciled: no duplicate or lost charges; failed attempts were never captured",
        None,
    ),
    (
        "10:12:33",
        "statuspage",
        "Mei Lin",
        "Monitoring: a fix has been applied and checkout is working",
        None,
    ),
    ("10:16:04", "pagerduty", "Mei Lin", "Resolved by Mei Lin", "resolved"),
    (
        "10:16:30",
        "statuspage",
        "Mei Lin",
        "Resolved: checkout has been fully available since 09:58 UTC",
        None,
    ),
    (
        "10:40:00",
        "slack #inc-checkout",
        "Jonas Becker",
        "db-01 rebuilt as a replica of db-02; WAL archiving healthy with the new key",
        None,
    ),
    (
        "11:05:00",
        "slack #inc-checkout",
        "Mei Lin",
        "Post-mortem scheduled for Thursday 14:00; please add notes to the draft",
        None,
    ),
]


def t(clock: str) -> str:
    return f"{DAY}T{clock}Z"


def main() -> None:
    timeline = []
    for i, (clock, source, author, text, moment) in enumerate(EVENTS, 1):
        occurred = datetime.fromisoformat(t(clock)).astimezone(UTC)
        timeline.append(
            {
                "ref": f"e{i}",
                "occurred_at": t(clock),
                "text": text,
                "original_time": clock,
                "source_zone": "UTC",
                "source": source,
                "author": author,
                "kind": "message" if source.startswith("slack") else "log",
                "key_moment": moment,
                "fingerprint": event_fingerprint(occurred, author, text),
                "flags": [],
                "is_internal_only": False,
                "import": None,
            }
        )
    ref = {clock: f"e{i}" for i, (clock, *_rest) in enumerate(EVENTS, 1)}

    def why(n: str, text: str, children=(), root=False, evidence=(), category=None):  # type: ignore[no-untyped-def]
        return {
            "ref": n,
            "text": text,
            "is_root_cause": root,
            "category": category,
            "evidence": [ref[c] for c in evidence],
            "children": list(children),
        }

    chains = [
        why(
            "w1",
            "Why did 38 % of checkout requests fail for 65 minutes?",
            evidence=["09:02:31", "09:04:00"],
            children=[
                why(
                    "w2",
                    "Three of six app hosts kept sending queries to db-01 after the failover to db-02.",
                    evidence=["09:16:05", "09:29:55"],
                    children=[
                        why(
                            "w3",
                            "PgBouncer resolves the database host name only at start-up; nothing told it the primary had moved.",
                            evidence=["09:33:20"],
                            children=[
                                why(
                                    "w4",
                                    "The failover automation (Patroni) has no callback that reloads connection poolers on a role change, and the failover was never exercised with poolers in the loop.",
                                    root=True,
                                    category="automation",
                                )
                            ],
                        )
                    ],
                ),
                why(
                    "w5",
                    "Why did db-01 stop accepting writes?",
                    evidence=["08:58:40"],
                    children=[
                        why(
                            "w6",
                            "WAL segments piled up on disk because archiving to the bucket had failed since the credentials were rotated on Oct 11.",
                            evidence=["08:41:12", "09:47:31"],
                            children=[
                                why(
                                    "w7",
                                    "Archiver failures are logged but not alerted on, and credential rotation has no check that every consumer picked up the new key.",
                                    root=True,
                                    category="monitoring",
                                )
                            ],
                        )
                    ],
                ),
            ],
        ),
        why(
            "w8",
            "Why did the first page arrive 11 minutes after impact began?",
            evidence=["09:13:02"],
            children=[
                why(
                    "w9",
                    "The checkout 5xx alert needs the error rate above 5 % for a full 10-minute window.",
                    children=[
                        why(
                            "w10",
                            "The window and threshold were set when checkout traffic was a tenth of today's and have no owner who reviews them.",
                            root=True,
                            category="monitoring",
                        )
                    ],
                )
            ],
        ),
    ]

    actions = [
        (
            "Reload PgBouncer from a Patroni on_role_change callback",
            "code_change",
            "Database platform team",
            "P1",
            "2026-11-04",
            "in_progress",
            ["w4"],
        ),
        (
            "Exercise a primary failover with poolers in staging every quarter (game day)",
            "test",
            "SRE team",
            "P2",
            "2026-12-15",
            "open",
            ["w4"],
        ),
        (
            "Alert when WAL archiving lags by more than 15 minutes or archive_command fails 3 times",
            "monitoring",
            "Database platform team",
            "P1",
            "2026-10-28",
            "done",
            ["w7"],
        ),
        (
            "Replace the 10-minute 5xx threshold with multi-window burn-rate alerts on the checkout SLO",
            "monitoring",
            "Payments team",
            "P2",
            "2026-11-18",
            "open",
            ["w10"],
        ),
        (
            "Add pooler verification and credential-rotation consumers to the failover runbook",
            "documentation",
            "SRE team",
            "P3",
            "2026-11-30",
            "open",
            ["w4", "w7"],
        ),
    ]

    document = {
        "format": "pmdesk.postmortem",
        "format_version": 1,
        "postmortem": {
            "uuid": "5d0c1f6e-2b8a-4f5e-9a51-3c9e8f0d7a21",
            "key": "PM-0001",
            "title": "Checkout partially unavailable after a database failover",
            "summary": (
                "On 14 October 2026 the primary checkout database (db-01) ran out of disk space "
                "because WAL archiving had been failing for three days. Patroni promoted db-02 "
                "within 28 seconds, but three of the six application hosts kept their PgBouncer "
                "connections pointed at db-01, so **38 % of checkout requests failed** between "
                "09:02 and 10:07 UTC. Reloading PgBouncer on the affected hosts restored service."
            ),
            "customer_impact": (
                "For 65 minutes about 38 % of checkout attempts failed with an error page; "
                "214 payment attempts by 61 merchants' customers did not complete. No payment "
                "was charged twice and no data was lost."
            ),
            "severity": 2,
            "incident_start": t("09:02:31"),
            "incident_end": t("10:16:04"),
            "status": "in_review",
            "facilitator": "Alex Morgan",
            "language": "en",
            "tags": ["database", "failover", "checkout"],
            "services": ["checkout-api", "postgres-main", "pgbouncer"],
            "created_at": "2026-10-14T11:10:00Z",
            "updated_at": "2026-10-16T15:30:00Z",
            "version": 1,
            "facilitator_notes": "Ask Jonas about the credential rotation calendar before the meeting. Keep the review to 60 minutes.",
            "participants": [
                {"name": "Priya Raman", "role": "On-call engineer", "team": "SRE team"},
                {"name": "Mei Lin", "role": "Incident commander", "team": "Payments team"},
                {
                    "name": "Jonas Becker",
                    "role": "Database engineer",
                    "team": "Database platform team",
                },
                {"name": "Tomás Ortega", "role": "Support lead", "team": "Customer support"},
                {"name": "Alex Morgan", "role": "Facilitator", "team": "Engineering enablement"},
            ],
            "trigger_assessment": {
                "data_loss": False,
                "outage_minutes": None,
                "severity": 2,
                "customers_affected": True,
                "security_impact": False,
                "slo_budget_burned_pct": 72.0,
                "verdict": "mandatory",
                "reasons": [
                    "The outage lasted 65 minutes, longer than the 60-minute threshold.",
                    "Severity 2 incident.",
                    "Customers were affected.",
                    "72 % of the SLO error budget was burned (threshold 50 %).",
                ],
                "override_verdict": None,
                "override_reason": "",
            },
            "imports": [],
            "timeline": timeline,
            "why_chains": chains,
            "action_items": [
                {
                    "title": title,
                    "description": "",
                    "type": kind,
                    "owner": owner,
                    "priority": prio,
                    "due_on": due,
                    "status": status,
                    "tracker_url": f"https://tracker.example.com/browse/OPS-{410 + i}",
                    "root_causes": causes,
                }
                for i, (title, kind, owner, prio, due, status, causes) in enumerate(actions)
            ],
            "lessons": [
                {
                    "kind": "went_well",
                    "text": "Patroni promoted the replica in 28 seconds with zero replication lag.",
                    "is_internal_only": False,
                },
                {
                    "kind": "went_well",
                    "text": "Support relayed merchant reports into the incident channel within minutes, which confirmed the customer impact early.",
                    "is_internal_only": False,
                },
                {
                    "kind": "went_well",
                    "text": "Reloading one host first confirmed the hypothesis before the change was rolled out to the others.",
                    "is_internal_only": False,
                },
                {
                    "kind": "went_wrong",
                    "text": "The first page arrived 11 minutes after impact began; support heard from merchants before the alert fired.",
                    "is_internal_only": False,
                },
                {
                    "kind": "went_wrong",
                    "text": "Archiver failures had been in the logs for three days without reaching anyone.",
                    "is_internal_only": False,
                },
                {
                    "kind": "lucky",
                    "text": "The morning deploy had already restarted half of the hosts, so only half of the traffic was affected.",
                    "is_internal_only": False,
                },
                {
                    "kind": "lucky",
                    "text": "The ledger's idempotency keys prevented any double charge during retries.",
                    "is_internal_only": False,
                },
            ],
            "contributing_factors": [
                {
                    "text": "Credential rotation for the WAL bucket had no list of the services that use the key.",
                    "is_internal_only": False,
                },
                {
                    "text": "The failover runbook ends at promotion and does not cover clients of the database.",
                    "is_internal_only": False,
                },
                {
                    "text": "The JVM on the app hosts caches DNS answers, so a DNS-based failover would not have helped either.",
                    "is_internal_only": False,
                },
            ],
            "acknowledgements": [],
            "publications": [],
        },
    }
    target = (
        Path(__file__).resolve().parents[1] / "resources" / "samples" / "database-failover.json"
    )
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
