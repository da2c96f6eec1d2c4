"""Shared helpers for the linter tests."""

from __future__ import annotations

import pytest

from pmdesk.lint import RuleSet, load_rules


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return load_rules()
