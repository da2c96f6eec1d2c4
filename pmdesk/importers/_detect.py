"""Format auto-detection: peek at the start of a file or at archive member names."""

from __future__ import annotations

import csv
import re

from ._io import InputSource, Member, check_text_head
from .irc import looks_like_irc
from .whatsapp import DIRECTION_MARKS
from .whatsapp import HEADER as WHATSAPP_HEADER

__all__ = ["detect_input"]

_SLACK_DAY = re.compile(r"(^|/)[^/]+/\d{4}-\d\d-\d\d\.json$")
_SYSLOG_5424 = re.compile(r"^(?:\ufeff)?<\d{1,3}>1 ")
_SYSLOG_3164 = re.compile(r"^(?:<\d{1,3}>)?[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ ")
_SYSLOG_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d) \S+ \S")
_ACCESS = re.compile(r'^\S+ \S+ \S+ \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "')
_NGINX_ERROR = re.compile(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \[\w+\] \d+#\d+: ")
_APACHE_ERROR = re.compile(r"^\[\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? \d{4}\] \[")
_LOGFMT_PAIR = re.compile(r'(?:^|\s)[\w.@/-]+=(?:"(?:[^"\\]|\\.)*+"|\S*)')
_LOGFMT_TIME = re.compile(r"(?:^|\s)(?:ts|time|t|timestamp)=")
_NOTES = re.compile(r"^\[?\d{1,2}:\d\d(?::\d\d)?\]?\s*[-–]?\s*[^:\s][^:]{0,60}:\s*\S")
_JSON_OBJECT = re.compile(r"^\s*\{.*\}\s*$")
_CRI = re.compile(r"^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d) (?:stdout|stderr) [FP] ")


def detect_input(source: InputSource) -> tuple[str, float]:
    """Guess the format of an opened input; ("unknown", 0.0) when nothing fits."""
    members = source.members()
    if source.kind in ("zip", "folder"):
        names = [m.name for m in members]
        base = {n.rsplit("/", 1)[-1] for n in names}
        day_files = sum(1 for n in names if _SLACK_DAY.search(n))
        if day_files and ({"users.json", "channels.json", "org_users.json"} & base):
            return "slack", 0.98
        if day_files:
            return "slack", 0.8
        if "_chat.txt" in base or any(
            b.startswith("WhatsApp Chat") and b.endswith(".txt") for b in base
        ):
            return "whatsapp", 0.95
        jsonl = [m for m in members if m.name.endswith(".jsonl")]
        if jsonl:
            found, confidence = detect_member(jsonl[0])
            if found == "mattermost":
                return found, confidence
        if len(members) == 1:
            return detect_member(members[0])
        return "unknown", 0.0
    check_text_head(members[0], any_encoding=True)
    return detect_member(members[0])


def detect_member(member: Member) -> tuple[str, float]:
    """Guess the format of one file from its first 64 KiB."""
    head = member.head()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    text = text.lstrip("\ufeff")
    stripped = text.lstrip()
    name = member.name.lower()
    if stripped.startswith(("{", "[", "\x1e")):
        found = _detect_json(stripped)
        if found is not None:
            return found
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    if len(head) == 65536 and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut in the middle
    if not lines:
        return "unknown", 0.0
    scores = {
        "syslog": _share(lines, (_SYSLOG_5424, _SYSLOG_3164, _SYSLOG_ISO)),
        "access-log": _share(lines, (_ACCESS, _NGINX_ERROR, _APACHE_ERROR)),
        "notes": _share(lines, (_NOTES,)) * 0.8,
        "irc": sum(1 for line in lines if looks_like_irc(line)) / len(lines),
        "whatsapp": sum(
            1 for line in lines if WHATSAPP_HEADER.match(line.translate(DIRECTION_MARKS))
        )
        / len(lines),
        "jsonl": max(_share(lines, (_CRI,)), _share(lines, (_JSON_OBJECT,))) * 0.9,
        "logfmt": _logfmt_share(lines),
    }
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= 0.5:
        return best, round(min(scores[best], 0.97), 2)
    if name.endswith((".csv", ".tsv")) or _looks_like_csv(text):
        return "csv", 0.85 if name.endswith((".csv", ".tsv")) else 0.6
    if scores[best] > 0:
        return best, round(scores[best], 2)
    return "unknown", 0.0


def _share(lines: list[str], patterns: tuple[re.Pattern[str], ...]) -> float:
    hits = sum(1 for line in lines if any(p.match(line) for p in patterns))
    return hits / len(lines)


def _logfmt_share(lines: list[str]) -> float:
    hits = 0
    for line in lines:
        if len(_LOGFMT_PAIR.findall(line)) >= 3 and _LOGFMT_TIME.search(line):
            hits += 1
    return hits / len(lines) * 0.95


def _looks_like_csv(text: str) -> bool:
    # csv.Sniffer's regexes are quadratic on long quote-heavy text: keep the sample short.
    sample = "\n".join(text.splitlines()[:20])[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return False
    rows = list(csv.reader(sample.splitlines()[:5], dialect))
    return len(rows) >= 2 and len(rows[0]) >= 2 and len({len(r) for r in rows[:-1]}) == 1


def _has(text: str, *keys: str) -> bool:
    return all(f'"{key}"' in text for key in keys)


def _detect_json(text: str) -> tuple[str, float] | None:
    first_line = text.split("\n", 1)[0]
    if _has(text, "__REALTIME_TIMESTAMP"):
        return "journald", 0.97
    if re.search(r'"type"\s*:\s*"(?:version|post|direct_post|channel|team)"', first_line) and (
        re.search(r'"type"\s*:\s*"version"', first_line) or _has(text, "create_at")
    ):
        return "mattermost", 0.95
    if (
        _has(text, "log_entries")
        or re.search(r'"type"\s*:\s*"\w+_log_entry"', text)
        or _has(text, "incident_number")
        or re.search(r'"event_type"\s*:\s*"incident\.', text)
    ):
        return "pagerduty", 0.95
    if _has(text, "messages") and (_has(text, "guild") or _has(text, "timestampEdited")):
        return "discord", 0.95
    if (
        _has(text, "@odata.context")
        or (_has(text, "createdDateTime") and (_has(text, "messageType") or _has(text, "body")))
        or (_has(text, "CreatedDateTime") and _has(text, "MessageType"))
    ):
        return "teams", 0.9
    if _has(text, "involvedObject") or _has(text, "regarding", "reason"):
        return "k8s-events", 0.95
    if _has(text, "workflow_runs") or _has(text, "run_started_at") or _has(text, "workflowName"):
        return "github", 0.95
    if (
        _has(text, "statuses_url")
        or _has(text, "deployment_url")
        or (_has(text, "environment", "sha", "creator"))
    ):
        return "github", 0.85
    if _has(text, "data", "createdAt", "offset") or _has(text, "requestId", "took"):
        return "opsgenie", 0.85
    if _has(text, "textPayload") or _has(text, "jsonPayload") or _has(text, "logStreamName"):
        return "jsonl", 0.85
    if _has(text, "_source", "hits"):
        return "jsonl", 0.8
    if re.search(r'"ts"\s*:\s*"\d{9,10}\.\d{6}"', text) and text.startswith("["):
        return "slack", 0.75
    if (
        text.startswith("[")
        and re.search(r'"(?:@timestamp|timestamp|time|ts)"\s*:', text)
        and re.search(r'"(?:message|msg|log|text)"\s*:', text)
    ):
        return "jsonl", 0.6  # an array of log records
    if first_line.startswith("{") and first_line.rstrip().endswith("}"):
        ecs = _has(first_line, "@timestamp") or _has(first_line, "ecs.version")
        return "jsonl", 0.95 if ecs else 0.8
    return None
