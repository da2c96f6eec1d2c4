"""Benchmark for the blame-language linter.

Builds 200,000 words of realistic post-mortem text (timelines, prose, action items, a few
blaming sentences) and prints the warm throughput in words per second, then the median
time to re-lint one edited paragraph inside a 20,000-word document with
``IncrementalLinter``. Run with ``.venv/bin/python benchmarks/bench_lint.py``.
"""

from __future__ import annotations

import random
import statistics
import time

from pmdesk.lint import IncrementalLinter, lint

NAMES = ["Dana", "Priya", "Marcus", "Lena", "Jonas", "Aisha", "Kofi", "Mei", "Tomás", "Oksana",
         "Ravi", "Elif", "Noah", "Sven", "Grace", "Hugo", "Ines", "Wei", "Farah", "Lars"]
SERVICES = ["payments API", "checkout service", "search cluster", "ingest pipeline",
            "auth gateway", "billing worker", "export job", "edge proxy", "primary database",
            "message broker", "CDN config", "feature flag service"]
TEAMS = ["platform team", "data team", "network team", "DBA team", "mobile team", "SRE team"]

TIMELINE = [
    "{t} {n} acknowledged the page for the {s}.",
    "{t} {n} restarted the {s} after confirming the replica was in sync.",
    "{t} Error rate on the {s} rose to {p} percent.",
    "{t} The {team} joined the incident call.",
    "{t} {n} rolled back the {s} to the previous release.",
    "{t} Alerts for the {s} cleared and traffic returned to normal.",
]
PROSE = [
    "The {s} started returning errors shortly after the {t} deploy, and latency climbed for about {p} minutes.",
    "The health check on the {s} failed to detect the hung workers because it only probed the HTTP port.",
    "{n} noticed the spike on the dashboard and opened an incident in the channel.",
    "The retry logic in the {s} amplified the load, since every client retried three times without jitter.",
    "We discussed why the alert text pointed responders at the {s} instead of the database.",
    "The {team} maintains the runbook for the {s}, which had no section on partial failover.",
    "Customer impact lasted {p} minutes and affected requests in two regions.",
    "The config change passed review because numeric fields are not highlighted in the diff.",
    "It was not obvious from the graphs which shard was affected at that point.",
    "The {s} should have failed over within one TTL according to the design document.",
    "{n} forgot to renew the certificate for the {s}.",
    "{n} should have checked the replication lag before promoting the standby.",
    "Once again, the {team} broke the nightly export.",
    "Root cause: human error.",
]
ACTIONS = [
    "Action item: the deploy tool should ask for confirmation before touching production.",
    "AI-{p}: {n} to add an alert on certificate expiry for the {s}.",
    "Owner: {team}. Add a contract test between the {s} and its consumers.",
    "Follow-up: document the failover procedure for the {s}.",
]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        t=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        n=rng.choice(NAMES),
        s=rng.choice(SERVICES),
        team=rng.choice(TEAMS),
        p=rng.randint(2, 60),
    )


def build_text(words: int, seed: int = 7) -> str:
    """Build a Markdown-ish post-mortem text of roughly ``words`` words."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        kind = rng.random()
        if kind < 0.3:
            lines = [_fill(rng.choice(TIMELINE), rng) for _ in range(rng.randint(3, 6))]
            para = "\n".join(f"- {line}" for line in lines)
        elif kind < 0.85:
            para = " ".join(_fill(rng.choice(PROSE), rng) for _ in range(rng.randint(3, 6)))
        else:
            para = "\n".join(f"- {_fill(rng.choice(ACTIONS), rng)}" for _ in range(rng.randint(2, 4)))
        paragraphs.append(para)
        count += len(para.split())
    return "\n\n".join(paragraphs)


def main() -> None:
    text = build_text(200_000)
    words = len(text.split())
    lint(text)  # warm up: load packs, compile regexes
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        findings = lint(text)
        runs.append(time.perf_counter() - started)
    best = min(runs)
    print(f"full lint: {words} words, {len(findings)} findings, {best:.3f} s, {words / best:,.0f} words/s (warm, best of 3)")

    doc = build_text(20_000, seed=11)
    paragraphs = doc.split("\n\n")
    editor = IncrementalLinter()
    editor.update(doc)
    rng = random.Random(3)
    timings = []
    for i in range(200):
        index = rng.randrange(len(paragraphs))
        paragraphs[index] = paragraphs[index] + f" Dana forgot step {i}."
        edited = "\n\n".join(paragraphs)
        started = time.perf_counter()
        editor.update(edited)
        timings.append((time.perf_counter() - started) * 1000)
    doc_words = len(doc.split())
    print(f"incremental re-lint of one edited paragraph in a {doc_words}-word document: median {statistics.median(timings):.2f} ms, p95 {sorted(timings)[int(len(timings) * 0.95)]:.2f} ms")


if __name__ == "__main__":
    main()
