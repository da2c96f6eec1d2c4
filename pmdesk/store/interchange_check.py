"""Reading and checking interchange documents before anything touches the database.

A post-mortem file can come from anywhere: another pmdesk, a hand edit, or someone who
wants to break things. `read_document` parses it strictly and `check_document` holds it
against resources/schema/postmortem.schema.json, then checks what a schema cannot say
(refs that resolve, fingerprints and versions that are unique). A refusal is one
sentence that names the field as the user sees it in the file:
"timeline[3].text: must be a string, not an object."
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from pmdesk.errors import UserFacingError
from pmdesk.resource_files import resource_path

__all__ = ["MAX_WHY_DEPTH", "InvalidDocument", "check_document", "read_document"]

# The 5 Whys rarely go past ten; the cap keeps every recursive walk of a chain (schema
# validation, load, dump) far from Python's recursion limit.
MAX_WHY_DEPTH = 50

_NOT_A_POSTMORTEM_HINT = "Choose a file written by 'pmdesk dump'."
_TYPE_NAMES = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_SHOWN_LENGTH = 40

# Where a value is in the document: names of fields and indexes into lists.
FieldPath = Sequence[str | int]


class InvalidDocument(UserFacingError):
    """A value in an interchange document that pmdesk refuses to load."""

    def __init__(self, path: FieldPath, problem: str) -> None:
        self.location = _location(path)
        super().__init__(
            f"{self.location}: {problem}.", "Fix the file or dump it again from pmdesk."
        )


def read_document(path: Path) -> Any:
    """Parse the JSON in `path`, refusing objects that name a field twice.

    Raises:
        UserFacingError: the file is missing, unreadable, or not JSON.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UserFacingError(f"There is no file {path}.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(f"{path} could not be read ({exc}).", _NOT_A_POSTMORTEM_HINT) from exc
    try:
        return json.loads(text, object_pairs_hook=_object_with_unique_names)
    except (ValueError, RecursionError) as exc:
        raise UserFacingError(
            f"{path} could not be read as JSON ({exc}).", _NOT_A_POSTMORTEM_HINT
        ) from exc


def _object_with_unique_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Parsers disagree on which of two equal names wins; refuse rather than guess.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for name, _value in pairs:
            if name in seen:
                raise ValueError(f"the name {_shown(name)} appears twice in one object")
            seen.add(name)
    return result


def check_document(document: dict[str, Any]) -> dict[str, Any]:
    """Check a parsed document completely; returns its "postmortem" part.

    Raises:
        InvalidDocument: the first problem found, shallowest field first.
    """
    _check_why_depth(document)
    errors = [_explain(error) for error in _validator().iter_errors(document)]
    if errors:
        path, problem = min(errors, key=lambda found: (len(found[0]), tuple(found[0])))
        raise InvalidDocument(path, problem)
    postmortem: dict[str, Any] = document["postmortem"]
    _check_links(postmortem)
    return postmortem


# -- the schema ----------------------------------------------------------------------------


@cache
def _validator() -> Any:
    # Imported on first use: opening the app should not pay for jsonschema.
    from jsonschema import Draft202012Validator, FormatChecker, validators

    schema = _inline_definitions(
        json.loads(resource_path("schema", "postmortem.schema.json").read_text(encoding="utf-8"))
    )
    types = Draft202012Validator.TYPE_CHECKER.redefine_many(
        {
            # 2.0 is not a whole number in a pmdesk file, and NaN or Infinity
            # (which Python's json module reads) is no number at all.
            "integer": lambda _checker, value: type(value) is int,
            "number": lambda _checker, value: (
                type(value) is int or (type(value) is float and math.isfinite(value))
            ),
        }
    )
    validator_class = validators.extend(
        Draft202012Validator, validators={"pattern": _pattern}, type_checker=types
    )
    formats = FormatChecker()
    # jsonschema checks "date-time" only with an extra package; the schema's pattern gives
    # the shape, this gives the calendar (no 30 February).
    formats.checks("date-time", raises=ValueError)(_is_aware_time)
    return validator_class(schema, format_checker=formats)


def _inline_definitions(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with each "$ref" to its "$defs" replaced by the definition, except recursive ones.

    Validates the same, but twice as fast: jsonschema resolves every "$ref" anew for
    every value, and a long timeline has many values.
    """
    definitions: dict[str, Any] = schema["$defs"]

    def inline(node: Any, within: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, within) for item in node]
        if not isinstance(node, dict):
            return node
        name = str(node.get("$ref", "")).removeprefix("#/$defs/")
        if name in definitions and name not in within:
            return inline(definitions[name], (*within, name))
        return {key: inline(value, within) for key, value in node.items()}

    return {**inline({k: v for k, v in schema.items() if k != "$defs"}, ()), "$defs": definitions}


def _pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not _ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def _ecma_regex(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns are ECMA-262, where a final "$" matches only at the very end;
    # Python's also matches before a final newline, which would let "PM-0001\n" through.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _is_aware_time(instance: object) -> bool:
    return not isinstance(instance, str) or datetime.fromisoformat(instance).tzinfo is not None


def _explain(error: Any) -> tuple[list[str | int], str]:
    """The field a schema error is about, and what is wrong with it, in plain words."""
    path: list[str | int] = list(error.absolute_path)
    keyword, expected, value, schema = (
        error.validator,
        error.validator_value,
        error.instance,
        error.schema,
    )
    if keyword == "required":
        missing = next(name for name in expected if name not in value)
        return [*path, missing], "is missing"
    if keyword == "additionalProperties":
        unknown = next(name for name in value if name not in schema.get("properties", {}))
        return [*path, unknown], "is not a field of a pmdesk post-mortem"
    if keyword == "type":
        names = [expected] if isinstance(expected, str) else expected
        return path, f"must be {_either(_TYPE_NAMES[name] for name in names)}, not {_shown(value)}"
    if keyword == "enum":
        choices = _either(json.dumps(choice) for choice in expected)
        return path, f"must be one of {choices}, not {_shown(value)}"
    if keyword == "const":
        return path, f"must be {json.dumps(expected)}, not {_shown(value)}"
    if keyword in ("minimum", "maximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        bounds = (
            f"between {low:,} and {high:,}"
            if low is not None and high is not None
            else f"at least {low:,}"
            if low is not None
            else f"at most {high:,}"
        )
        return path, f"must be {bounds}, not {_shown(value)}"
    if keyword == "maxLength":
        return path, f"must be at most {expected:,} characters long, not {len(value):,}"
    if keyword in ("minLength", "minItems"):
        return path, "must not be empty"
    if keyword == "uniqueItems":
        return path, f"lists {_shown(_first_repeated(value))} more than once"
    if keyword in ("pattern", "format"):
        wanted = schema.get("description", "in the form pmdesk writes")
        return path, f"must be {wanted}, not {_shown(value)}"
    return path, str(error.message)


def _either(choices: Iterable[str]) -> str:
    names = list(choices)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _first_repeated(values: list[Any]) -> Any:
    seen: set[str] = set()
    for value in values:
        key = json.dumps(value, sort_keys=True)
        if key in seen:
            return value
        seen.add(key)
    return None


def _shown(value: Any) -> str:
    """A short, single-line rendering of a value from the file, for a message."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > _SHOWN_LENGTH:
        text = text[: _SHOWN_LENGTH - 1] + "…"
    # Line and paragraph separators and other invisible characters would break the
    # one-line message or hide what is wrong.
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def _location(path: FieldPath) -> str:
    """A field path as the file shows it: "timeline[3].text" (inside "postmortem")."""
    parts = list(path)
    if len(parts) > 1 and parts[0] == "postmortem":
        parts = parts[1:]
    shown = ""
    for part in parts:
        if isinstance(part, int):
            shown += f"[{part}]"
        elif _PLAIN_NAME.fullmatch(part):
            shown += f".{part}" if shown else part
        else:
            shown += f"[{_shown(part)}]"
    return shown


# -- what a schema cannot say --------------------------------------------------------------


def _check_why_depth(document: dict[str, Any]) -> None:
    # Before the schema: its validator walks a chain recursively.
    postmortem = document.get("postmortem")
    chains = postmortem.get("why_chains") if isinstance(postmortem, dict) else None
    if not isinstance(chains, list):
        return
    pending: list[tuple[list[str | int], Any, int]] = [
        (["why_chains", index], chain, 1) for index, chain in enumerate(chains)
    ]
    while pending:
        path, node, depth = pending.pop()
        if depth > MAX_WHY_DEPTH:
            raise InvalidDocument(path, f"why-chains can be at most {MAX_WHY_DEPTH} levels deep")
        children = node.get("children") if isinstance(node, dict) else None
        if isinstance(children, list):
            pending.extend(
                ([*path, "children", index], child, depth + 1)
                for index, child in enumerate(children)
            )


def _walk_whys(
    nodes: list[dict[str, Any]], path: list[str | int]
) -> Iterator[tuple[list[str | int], dict[str, Any]]]:
    for index, node in enumerate(nodes):
        node_path = [*path, index]
        yield node_path, node
        yield from _walk_whys(node["children"], [*node_path, "children"])


def _unique(
    items: Iterable[tuple[list[str | int], Any]], field: str, what: str
) -> dict[Any, list[str | int]]:
    """Map each value to where it is; refuse a value that appears twice."""
    where: dict[Any, list[str | int]] = {}
    for path, value in items:
        if value in where:
            raise InvalidDocument(
                [*path, field],
                f"repeats {_location([*where[value], field])}, but {what} must be unique",
            )
        where[value] = path
    return where


def _check_corroborates(
    timeline: list[dict[str, Any]], events: dict[Any, list[str | int]], index: int
) -> None:
    ref = timeline[index].get("corroborates")
    if ref is None:
        return
    path: list[str | int] = ["timeline", index, "corroborates"]
    if ref not in events:
        raise InvalidDocument(path, f"refers to {ref}, which is not in the timeline")
    if ref == timeline[index]["ref"]:
        raise InvalidDocument(path, "refers to the event itself")
    target = timeline[int(events[ref][1])]
    if target.get("corroborates") is not None:
        raise InvalidDocument(
            path, f"refers to {ref}, which itself corroborates {target['corroborates']}"
        )


def _check_links(pm: dict[str, Any]) -> None:
    def each(name: str, field: str) -> Iterator[tuple[list[str | int], Any]]:
        return (([name, i], item[field]) for i, item in enumerate(pm[name]))

    imports = _unique(each("imports", "ref"), "ref", "refs")
    events = _unique(each("timeline", "ref"), "ref", "refs")
    _unique(each("timeline", "fingerprint"), "fingerprint", "timeline fingerprints")
    for index, event in enumerate(pm["timeline"]):
        if event["import"] is not None and event["import"] not in imports:
            raise InvalidDocument(
                ["timeline", index, "import"],
                f"refers to {event['import']}, which is not among the imports",
            )
        _check_corroborates(pm["timeline"], events, index)

    whys = list(_walk_whys(pm["why_chains"], ["why_chains"]))
    why_refs = _unique(((path, node["ref"]) for path, node in whys), "ref", "refs")
    for path, node in whys:
        for index, ref in enumerate(node["evidence"]):
            if ref not in events:
                raise InvalidDocument(
                    [*path, "evidence", index], f"refers to {ref}, which is not in the timeline"
                )
    for item_index, item in enumerate(pm["action_items"]):
        for index, ref in enumerate(item["root_causes"]):
            if ref not in why_refs:
                raise InvalidDocument(
                    ["action_items", item_index, "root_causes", index],
                    f"refers to {ref}, which is not in the why-chains",
                )

    _unique(
        (
            (["acknowledgements", i], (ack["kind"], ack["fingerprint"]))
            for i, ack in enumerate(pm["acknowledgements"])
        ),
        "fingerprint",
        "fingerprints of one kind",
    )
    _unique(each("publications", "version"), "version", "publication versions")
    if pm["status"] == "published" and not pm["publications"]:
        raise InvalidDocument(
            ["status"], "is published, but there is no record of a publication in publications"
        )
