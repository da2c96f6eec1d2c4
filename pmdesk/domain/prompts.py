"""The facilitator prompts: guiding questions per step, in English or German."""

from __future__ import annotations

import tomllib
from functools import cache

from pmdesk.domain.flow import Step
from pmdesk.resource_files import resource_path

__all__ = ["prompts_for"]


@cache
def _load(language: str) -> dict[str, list[str]]:
    path = resource_path("prompts", f"{language}.toml")
    if not path.exists():
        path = resource_path("prompts", "en.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {key: [str(item) for item in value] for key, value in data.items()}


def prompts_for(step: Step, language: str = "en") -> list[str]:
    return list(_load(language).get(step.value, []))
