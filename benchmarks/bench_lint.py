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

NAMES = [
    "Dana",
    "Priya",
    "Marcus",
    "Lena",
    "Jonas",
    "Aisha",
    "Kofi",
    "Mei",
    "Tomás",
    "Oksana",
    "Ravi",
    "Elif",
    "Noah",
    "Sven",
    "Grace",
    "Hugo",
    "Ines",
    "Wei",
    "Farah",
    "Lars",
]
SERVICES = [
    "payments API",
    "checkout service",
    "search cluster",
    "ingest pipeline",
    "auth gateway",
    "billing worker",
    "export job",
    "edge proxy",
    "primary database",
    "message broker",
    "CDN config",
    "feature flag service",
]
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
    "The {s} started returning errors shortly after the {t} deploy, and latency "
    "climbed for about {p} minutes.",
    "The health check on the {s} failed to detect the hung workers because it only "
    "probed the HTTP port.",
    "{n} noticed the spike on the dashboard and opened an incident in the channel.",
    "The retry logic in the {s} amplified the load, since every client retried three "
    "times without jitter.",
    "We discussed why the alert text pointed responders at the {s} instead of the database.",
    "The {team} maintains the runbook for the {s}, which had no section on partial failover.",
    "Customer impact lasted {p} minutes and affected requests in two regions.",
    "The config change passed review because numeric fields are not highlighted in the diff.",
    "It was not obvious from the graphs which shard was affected at that point.",
    "The {s} should have failed over within one TTL according to the design document.",
    "During the first {p} minutes the responders focused on the load balancer, which "
    "looked healthy.",
    "{n} and {n2} paired on the rollback while the {team} checked the replication status.",
    "The deploy pipeline promoted the build to all regions after the canary stage reported green.",
    "A missing index on the orders table made the nightly report scan the full table.",
    "The queue depth on the {s} grew to {p} thousand messages before the consumers caught up.",
    "We found that the connection pool was capped at {p} connections per host.",
    "Traffic shifted to the secondary region at {t}, and error rates dropped within a few minutes.",
    "The on-call engineer was paged at {t} and joined the bridge shortly after.",
    "The autoscaler added nodes, but the new pods could not pull the image from the registry.",
    "Several customers reported timeouts through the support portal before the alert fired.",
    "The dashboards showed elevated latency in the {s}, but CPU and memory looked normal.",
    "Rolling back required identifying the last good image tag, which was not shown "
    "in the deploy UI.",
    "The certificate for the {s} expired because the renewal job had been failing "
    "since the migration.",
    "{n} explained that the runbook step looked safe because it had worked in "
    "staging the week before.",
    "The incident commander asked the {team} to pause all deploys until the root "
    "cause was understood.",
    "Logs from the {s} showed a burst of connection resets right before the first alert.",
    "The feature flag was turned off at {t}, which stopped the bad writes.",
    "We did not have a dashboard that combined the database metrics with the application errors.",
    "The change had been reviewed and approved by two engineers the day before.",
    "Once the cache was warmed again, response times returned to the usual {p} milliseconds.",
    # A realistic share of blaming sentences, so the analysis path is exercised.
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
        n2=rng.choice(NAMES),
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
            para = "\n".join(
                f"- {_fill(rng.choice(ACTIONS), rng)}" for _ in range(rng.randint(2, 4))
            )
        paragraphs.append(para)
        count += len(para.split())
    return "\n\n".join(paragraphs)


def main() -> None:
    text = build_text(200_000)
    words = len(text.split())
    lint(text)  # warm up: load packs, compile regexes
    runs = []
    cpu_runs = []
    for _ in range(5):
        started = time.perf_counter()
        cpu_started = time.process_time()
        findings = lint(text)
        cpu_runs.append(time.process_time() - cpu_started)
        runs.append(time.perf_counter() - started)
    best = min(runs)
    cpu = min(cpu_runs)
    print(
        f"full lint: {words} words, {len(findings)} findings, {best:.3f} s wall "
        f"({words / best:,.0f} words/s), {cpu:.3f} s CPU ({words / cpu:,.0f} words/s); "
        "warm, best of 5"
    )

    doc = build_text(20_000, seed=11)
    paragraphs = doc.split("\n\n")
    editor = IncrementalLinter()
    editor.update(doc)
    rng = random.Random(3)
    timings: list[float] = []
    cpu_timings: list[float] = []
    for i in range(200):
        index = rng.randrange(len(paragraphs))
        paragraphs[index] = paragraphs[index] + f" Dana forgot step {i}."
        edited = "\n\n".join(paragraphs)
        started = time.perf_counter()
        cpu_started = time.process_time()
        editor.update(edited)
        cpu_timings.append((time.process_time() - cpu_started) * 1000)
        timings.append((time.perf_counter() - started) * 1000)
    doc_words = len(doc.split())
    median = statistics.median(timings)
    p95 = sorted(timings)[int(len(timings) * 0.95)]
    print(
        f"incremental re-lint of one edited paragraph in a {doc_words}-word document: "
        f"median {median:.2f} ms wall (p95 {p95:.2f} ms), "
        f"median {statistics.median(cpu_timings):.2f} ms CPU"
    )


if __name__ == "__main__":
    main()
