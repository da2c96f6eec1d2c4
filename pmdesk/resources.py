"""Locating pmdesk's bundled resources (templates, rule packs, samples, schema)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["RESOURCES_DIR", "resource_path"]

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)
