"""The learned second reader: how much a sentence reads like blame, from labelled real text.

The rules find blame by its wording; real people also blame in words no rule lists ("But what
you did there is just madness.", "one of the workers left a grounding unit on it and when
they turned the power back on...BOOM"). A logistic
regression over TF-IDF word unigrams and bigrams, trained by ``tools/train_lint_model.py``
on the labelled sentences and published post-mortems of ``tests/data/lint/real/``, gives
each sentence a probability (in German also from character 3- and 4-grams inside words,
which inflected forms and compounds share); at the threshold stored with the weights
(English 0.93, German 0.83, chosen in that tool) or above it blocks like a rule's finding.
With every held-out set left out of its training in turn, it raises English recall from 0.45
to 0.48 at precision 0.97 (tests/data/lint/real/README.md has the blind figures).

The weights ship as ``resources/lint/learned_{lang}.json`` and are scored here in plain
Python with scikit-learn's conventions (lowercase, tokens of two or more word characters,
bigrams of adjacent tokens, character n-grams of each space-padded word as in "char_wb",
sublinear tf times smooth idf, each block l2-normalised), so the app needs no
machine-learning library.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

from pmdesk.lint._rules import Lexicon, Rule, cache_folder, compiled_on_use
from pmdesk.resource_files import resource_path

__all__ = [
    "LearnedModel",
    "learned_model",
    "learned_rule",
    "model_path",
    "record_of",
]

# scikit-learn's default token pattern, r"(?u)\b\w\w+\b", finds the same maximal runs of
# two or more word characters; this form is a quarter faster.
_TOKEN_RE = compiled_on_use(r"\w{2,}")
# A capitalised word inside a sentence (a name), or a handle.
_NAME_RE = compiled_on_use(r"(?<=[^\s.!?] )[A-Z][a-z]|@\w")
# Languages whose capital letters mark names (German capitalises every noun).
_CAPITALS_MARK_NAMES = frozenset({"en"})


def model_path(lang: str) -> Path:
    return resource_path("lint") / f"learned_{lang}.json"


# How many words' character n-grams a model keeps looked up (a few megabytes at most).
_KEPT_WORDS = 50_000
# The character n-grams of a model: their sizes, their columns and their weights, laid out
# like the words' (see LearnedModel).
CharBlock = tuple[tuple[int, int], dict[str, int], list[complex]]


class LearnedModel:
    """The weights of one language: per term its column, and per column its idf times its
    coefficient and its idf squared, as one complex number (one sum adds both up); the last
    column, all zeros, stands for the terms the model does not know. ``chars``, when given,
    holds the character n-grams, scored in a block of their own.

    ``people``, when given, are the words that name a person or a group (pronouns, roles,
    teams): a sentence with none of them and no name or handle is not scored. No sentence
    the model reads as blame in the labelled sets lacks one, and it saves a third of the
    model's work on real post-mortems.
    """

    __slots__ = (
        "_columns_of_word",
        "chars",
        "columns",
        "intercept",
        "lang",
        "people",
        "threshold",
        "weights",
    )

    def __init__(
        self,
        lang: str,
        intercept: float,
        threshold: float,
        columns: dict[str, int],
        weights: list[complex],
        people: frozenset[str] = frozenset(),
        chars: CharBlock | None = None,
    ) -> None:
        self.lang = lang
        self.intercept = intercept
        self.threshold = threshold
        self.columns = columns
        self.weights = weights
        self.people = people
        self.chars = chars
        self._columns_of_word: dict[str, list[int]] = {}

    @classmethod
    def of_record(cls, lang: str, record: Record, threshold: float | None = None) -> LearnedModel:
        """The model of a converted weights file, at ``threshold`` if given."""
        intercept, stored, columns, weights, chars = record
        at = stored if threshold is None else threshold
        return cls(lang, intercept, at, columns, weights, chars=chars)

    def probability(self, sentence: str) -> float:
        """How likely the sentence is one a facilitator would want flagged as blame."""
        words = _TOKEN_RE.findall(sentence.lower())
        if self.people and self.people.isdisjoint(words) and not _NAME_RE.search(sentence):
            return 0.0  # nobody to blame in it
        pairs = list(map(" ".join, pairwise(words)))
        z = self.intercept + _share(chain(words, pairs), self.columns, self.weights)
        if self.chars is not None:
            sizes, columns, weights = self.chars
            z += _normalised(self._char_columns(sentence.lower().split(), sizes, columns), weights)
        return _sigmoid(z)

    def _char_columns(
        self, words: list[str], sizes: tuple[int, int], columns: dict[str, int]
    ) -> list[int]:
        """The columns of the known character n-grams of ``words``, each word's looked up
        once and kept: the same words come back in sentence after sentence."""
        kept = self._columns_of_word
        found: list[int] = []
        for word in words:
            known = kept.get(word)
            if known is None:
                if len(kept) >= _KEPT_WORDS:
                    kept.clear()
                grams = _char_grams(word, *sizes)
                known = kept[word] = [c for c in map(columns.get, grams) if c is not None]
            found += known
        return found

    def reads_as_blame(self, sentence: str) -> bool:
        return self.probability(sentence) >= self.threshold

    def looking_for(self, lexicon: Lexicon) -> LearnedModel:
        """This model, scoring only sentences that name someone in ``lexicon``'s words (in
        languages whose capitals mark names; in the others, every sentence)."""
        if self.lang not in _CAPITALS_MARK_NAMES:
            return self
        people = frozenset(
            word.rsplit(None, 1)[-1]
            for word in (*lexicon.person_pronouns, *lexicon.role_nouns, *lexicon.team_words)
        )
        people |= {word + "s" for word in people}
        return LearnedModel(
            self.lang,
            self.intercept,
            self.threshold,
            self.columns,
            self.weights,
            people,
            self.chars,
        )


def _share(terms: Iterable[str], columns: dict[str, int], weights: list[complex]) -> float:
    """The words' share of the score: their tf-idf vector, l2-normalised, times the
    coefficients (``_normalised`` says how)."""
    found = [column for column in map(columns.get, terms) if column is not None]
    return _normalised(found, weights)


def _normalised(found: list[int], weights: list[complex]) -> float:
    """The share of one block whose known terms are the columns ``found`` (a column once for
    each time its term occurs): a term seen n times counts 1 + ln n times (sublinear tf)."""
    total = sum(map(weights.__getitem__, found), 0j)
    if len(set(found)) < len(found):
        for column, n in Counter(found).items():
            if n > 1:
                tf = 1.0 + math.log(n)
                both = weights[column]
                total += complex((tf - n) * both.real, (tf * tf - n) * both.imag)
    return total.real / math.sqrt(total.imag) if total.imag > 0.0 else 0.0


def _char_grams(word: str, smallest: int, largest: int) -> list[str]:
    """scikit-learn's "char_wb" n-grams of one (lowercased) word: those of the word padded
    with a space, a word no longer than n counted once, whole."""
    padded = f" {word} "
    length = len(padded)
    grams: list[str] = []
    for n in range(smallest, largest + 1):
        if length <= n:
            grams.append(padded)
            break
        grams += [padded[i : i + n] for i in range(length - n + 1)]
    return grams


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


# Intercept, threshold, the words' columns and weights, and the character block if any.
Record = tuple[float, float, dict[str, int], list[complex], CharBlock | None]
_loaded: dict[str, LearnedModel | None] = {}


def learned_model(lang: str) -> LearnedModel | None:
    """The bundled model of ``lang``, read once; None when there is none (or it is
    unreadable: the rules still work without it)."""
    if lang not in _loaded:
        model = None
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError, EOFError):
            model = LearnedModel.of_record(lang, _record(model_path(lang)))
        _loaded[lang] = model
    return _loaded[lang]


def _record(path: Path) -> Record:
    """The model file as one record marshal reads in a few milliseconds, kept in the cache
    folder after the first read (like the assembled rule packs)."""
    raw = path.read_bytes()
    cached = _cache_file(raw, path.stem)
    if cached is not None:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            record: Record = marshal.loads(cached.read_bytes())
            return record
    import json  # only on the first start: later ones read the converted record

    record = record_of(json.loads(raw))
    if cached is not None:
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps(record))
            os.replace(partial, cached)
            _forget_older_caches(cached, path.stem)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                partial.unlink()  # a read-only home: convert again next time
    return record


def record_of(data: dict[str, Any]) -> Record:
    """The scoring record of a weights file's content (as ``tools/train_lint_model.py``
    writes it): intercept, threshold, the column of each term, the weights per column, and
    the same for the character n-grams where the file has them."""
    columns, weights = _columns_and_weights(data["terms"])
    chars: CharBlock | None = None
    if "char_terms" in data:
        smallest, largest = data["char_ngrams"]
        chars = ((int(smallest), int(largest)), *_columns_and_weights(data["char_terms"]))
    return float(data["intercept"]), float(data["threshold"]), columns, weights, chars


def _columns_and_weights(terms: dict[str, list[float]]) -> tuple[dict[str, int], list[complex]]:
    names = sorted(terms)
    weights = []
    for name in names:
        idf, coef = terms[name]
        weights.append(complex(float(idf) * float(coef), float(idf) * float(idf)))
    weights.append(0j)  # the column of the terms the model does not know
    return dict(zip(names, range(len(names)), strict=True)), weights


def _cache_file(raw: bytes, name: str) -> Path | None:
    """Named by the model (``learned_en``), its content and this module's source (which does
    the converting)."""
    loader: Any = getattr(__spec__, "loader", None)
    try:
        digest = hashlib.blake2b(raw, digest_size=12)
        digest.update(loader.get_data(__file__))
    except (AttributeError, OSError):
        return None
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return cache_folder() / f"{name}-{digest.hexdigest()}-{version}.marshal"


# What earlier versions named a converted model: no language in the name.
_UNNAMED_CACHE = re.compile(r"learned-[0-9a-f]{24}-\d+\.\d+\.marshal")


def _forget_older_caches(kept: Path, name: str) -> None:
    """Remove this model's conversions of other versions, and the unnamed ones of earlier
    releases, so that every update does not leave a megabyte behind in the cache folder."""
    for old in kept.parent.glob("learned*.marshal"):
        if old != kept and (old.name.startswith(f"{name}-") or _UNNAMED_CACHE.fullmatch(old.name)):
            with contextlib.suppress(OSError):
                old.unlink()


_MESSAGES = {
    "en": (
        "Reads like blame: the sentence puts a person at the centre of what went wrong. This "
        "is a check learned from real post-mortems, news and review threads, not a listed "
        "phrase; read the sentence once more as the person in it would.",
        "Make the system, the change or the condition the subject, and say what made the "
        "action look reasonable at the time.",
        "What about the situation made this action or omission likely?",
    ),
    "de": (
        "Liest sich wie eine Schuldzuweisung: Der Satz stellt eine Person in den Mittelpunkt "
        "dessen, was schiefging. Diese Prüfung ist aus echten Berichten, Nachrichten und "
        "Reviews gelernt, keine Liste von Wendungen; lesen Sie den Satz noch einmal so, wie "
        "die Person darin ihn lesen würde.",
        "Das System, die Änderung oder die Bedingung zum Subjekt machen und sagen, was die "
        "Handlung damals sinnvoll erscheinen ließ.",
        "Was an der Situation hat diese Handlung oder Unterlassung wahrscheinlich gemacht?",
    ),
}
_rules: dict[str, Rule] = {}


def learned_rule(lang: str) -> Rule:
    """The rule the learned reader's findings carry (id ``learned.reads_as_blame``)."""
    rule = _rules.get(lang)
    if rule is None:
        message, suggestion, question = _MESSAGES.get(lang, _MESSAGES["en"])
        rule = _rules[lang] = Rule(
            id="learned.reads_as_blame",
            category="learned",
            cues=(),
            patterns=(),
            agent="person",
            message=message,
            question=question,
            suggestion=suggestion,
        )
    return rule
