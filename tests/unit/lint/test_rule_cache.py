"""The bundled rule packs are parsed once per version and read back with marshal: the
cold start of `pmdesk lint` (a pre-commit hook runs it on every commit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmdesk.lint import _rules
from pmdesk.lint._rules import RESOURCES, _read_bundled_toml, _read_toml


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "pmdesk"


def test_a_pack_is_parsed_once_and_read_back_the_same(cache: Path) -> None:
    path = RESOURCES / "en.toml"
    first = _read_bundled_toml(path)
    (written,) = cache.glob("rules-en-*.marshal")
    assert first == _read_toml(path)
    # The second read comes from the cache: a changed cache file shows it.
    written.write_bytes(_rules.marshal.dumps({"from": "the cache"}))
    assert _read_bundled_toml(path) == {"from": "the cache"}
    assert not list(cache.glob("*.partial"))


def test_a_damaged_or_unwritable_cache_only_costs_a_parse(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = RESOURCES / "de.toml"
    _read_bundled_toml(path)
    (written,) = cache.glob("rules-de-*.marshal")
    written.write_bytes(b"\x00not marshal")
    assert _read_bundled_toml(path) == _read_toml(path)
    # A cache folder that cannot be made (a file stands in its way): parsed, no error.
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert _read_bundled_toml(path) == _read_toml(path)
