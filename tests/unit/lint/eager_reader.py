"""A learned reader that reads every sentence as blame, for tests of what the linter lets it
judge: the shipped model's scores move each time it is retrained, the filters must not."""

from __future__ import annotations

import pytest

from pmdesk.lint import _engine
from pmdesk.lint import _learned as learned
from pmdesk.lint._learned import LearnedModel, learned_model


def use_eager_reader(monkeypatch: pytest.MonkeyPatch, lang: str) -> LearnedModel:
    """Make the linter score ``lang`` with the shipped weights at threshold 0."""
    model = learned_model(lang)
    assert model is not None
    eager = LearnedModel(lang, model.intercept, 0.0, model.columns, model.weights)
    monkeypatch.setitem(learned._loaded, lang, eager)
    monkeypatch.setattr(_engine, "_analysers", {})
    return eager
