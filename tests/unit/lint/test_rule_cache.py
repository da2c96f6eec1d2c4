"""The bundled rule packs are assembled once per version and read back with marshal: the
cold start of `pmdesk lint` (a pre-commit hook runs it on every commit)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from pmdesk.lint import _rules, lint
from pmdesk.lint._rules import _bundled_pack, _pack_record

TEXT = (
    "The engineer forgot to restart the service. Dana should have checked the lag, "
    "and the on-call team ignored the alert."
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _bundled_pack.cache_clear()
    yield tmp_path / "pmdesk"
    _bundled_pack.cache_clear()  # the other tests get packs that no test changed


def _fresh(lang: str) -> _rules.LanguagePack:
    """The pack as a new process loads it."""
    _bundled_pack.cache_clear()
    return _bundled_pack(lang)


def test_a_pack_is_assembled_once_and_read_back_the_same(cache: Path) -> None:
    assembled = _fresh("en")
    findings = lint(TEXT, lang="en")
    (written,) = cache.glob("pack-en-*.marshal")
    read_back = _fresh("en")
    assert _pack_record(read_back) == _pack_record(assembled)
    assert lint(TEXT, lang="en") == findings
    assert [f.rule_id for f in findings] == [
        "person_failure.failure_verb",
        "counterfactual.modal_perfect",
        "negligence.disregard",
    ]
    # It does come from the cache: a changed cache file shows it.
    record = _rules.marshal.loads(written.read_bytes())
    record["rules"][0]["message"] = "From the cache."
    written.write_bytes(_rules.marshal.dumps(record))
    assert _fresh("en").rules[0].message == "From the cache."
    assert not list(cache.glob("*.partial"))


def test_a_damaged_or_unwritable_cache_only_costs_an_assembly(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assembled = _pack_record(_fresh("de"))
    (written,) = cache.glob("pack-de-*.marshal")
    written.write_bytes(b"\x00not marshal")
    assert _pack_record(_fresh("de")) == assembled
    # Written by an older pmdesk whose records lacked a field: assembled anew.
    written.write_bytes(_rules.marshal.dumps({"lang": "de"}))
    assert _pack_record(_fresh("de")) == assembled
    # A cache folder that cannot be made (a file stands in its way): assembled, no error.
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert _pack_record(_fresh("de")) == assembled


def test_another_version_of_the_assembling_code_has_its_own_cache_and_drops_the_old(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh("de")
    _fresh("en")
    (first,) = cache.glob("pack-en-*.marshal")
    (cache / "rules-en-0123456789abcdef-3.marshal").write_bytes(b"left by an older pmdesk")

    class AnotherVersion:
        def get_data(self, path: str) -> bytes:
            return b"def _assemble(): ...  # assembles differently"

    monkeypatch.setattr(_rules, "__spec__", SimpleNamespace(loader=AnotherVersion()))
    _fresh("en")
    (second,) = cache.glob("pack-en-*.marshal")
    assert second != first
    assert not list(cache.glob("rules-*.marshal"))
    assert len(list(cache.glob("pack-de-*.marshal"))) == 1
