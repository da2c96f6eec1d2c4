"""Blame-language linter: finds blaming wording in post-mortems and offers neutral reframes.

Pure Python (stdlib only); the rules are data in ``resources/lint/{en,de}.toml``.
"""

from pmdesk.lint._engine import IncrementalLinter, detect_language, finding_fingerprint, lint
from pmdesk.lint._fix import apply_replacement
from pmdesk.lint._model import Finding, LintContext, Participant, Section
from pmdesk.lint._rules import Rule, RuleSet, load_rules

__all__ = [
    "Finding",
    "IncrementalLinter",
    "LintContext",
    "Participant",
    "Rule",
    "RuleSet",
    "Section",
    "apply_replacement",
    "detect_language",
    "finding_fingerprint",
    "lint",
    "load_rules",
]
