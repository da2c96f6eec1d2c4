"""Train the linter's learned second reader from the labelled real-text corpus.

One logistic regression per language over TF-IDF word unigrams and bigrams (scikit-learn,
sublinear tf, ``min_df`` 3 in English and 2 in German, ``class_weight="balanced"``, C = 1),
in German beside character 3- and 4-grams within words (``CHAR_NGRAMS``), trained on

- every labelled sentence of ``tests/data/lint/real/*_{lang}.tsv``: ``blame`` against
  ``clean`` (``consider`` sentences are left out: they must neither block nor teach that
  reported blame is clean);
- every sentence of the whole published post-mortems in ``tests/data/lint/real/documents*/``
  written in that language, as the CLI splits them, as ``clean``, except the findings
  labelled wanted in their ``labels.tsv``, which count as ``blame``.

The weights go to ``resources/lint/learned_{lang}.json``; ``pmdesk.lint._learned`` scores
with them in plain Python, so the app does not need scikit-learn. This is the configuration
that was frozen and measured blind on held-out 15 and documents14 (see the corpus README).

Run with ``PYTHONPATH=. .venv/bin/python tools/train_lint_model.py [--check]``; ``--check``
trains and compares with the files in ``resources/lint/`` instead of writing them.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from pmdesk.lint import detect_language
from pmdesk.lint._engine import _paragraphs, _sentences
from pmdesk.lint._learned import model_path
from pmdesk.lint.cli import prepare_markdown

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "lint" / "real"
LANGUAGES = ("en", "de")
# The probability at which a sentence blocks, stored with the weights (the linter reads it
# from there). From leaving each set out in turn (benchmarks/eval_lint_learned.py): at 0.8
# the English sets' precision fell to 0.90 and the unseen post-mortems got 18 more blocking
# findings, mostly unwanted; at 0.9 precision stays 0.94 and they get 3, for nearly the same
# recall. German was at 0.8 for a while (left out: F1 0.59 at P 0.92 against 0.58 at P 0.93
# for 0.9), but on the four German sets run blind at 0.8 its findings were 2 blame and 3
# false alarms; so 0.9, where it adds almost nothing until there is more German text. With
# 3,112 German sentences (held-out 28), left out in turn: 0.8 gives F1 0.605 at P 0.93 (15
# more blame sentences, 7 more false alarms) against 0.592 at P 0.95, and no finding in the
# German post-mortems; but blind on held-out 29, 0.8 added one false alarm and no blame, as
# on held-out 20. Blind sets decide: 0.9. With 4,787 German sentences (held-out 46), each of
# the eleven sets since held-out 36 left out in turn: at 0.9 the reader added one blame
# sentence over all of them, at 0.8 ten, for two false alarms (P 0.93 either way), and no
# finding in the German post-mortems; so 0.8, to be checked on the next German set blind.
# English, with 2,300 blame sentences (held-out 63; many of the newer sets are developers'
# comments, from which the reader learned that "you" often blames), each set left out in
# turn: 0.9 gives P 0.93 R 0.52 F1 0.67 on the sentence sets but adds 12 blocking findings to
# the unseen post-mortems, one of them wanted ("Here's who they are:", "Thank you guys for the
# responsible disclosure!"); 0.93 gives P 0.95 F1 0.65 and adds 4, 0.95 P 0.97 F1 0.64 and 2,
# none wanted. Precision first, and the post-mortems are what the linter is for: 0.95.
# Leaving one set out measures a reader that saw every other set, also the newer ones; the
# next blind sets meet one that saw only the older. So since held-out 340 the thresholds are
# chosen as those sets meet them (`benchmarks/eval_lint_learned.py --split N`): one model
# trained without every set from N on, those sets linted with the rules and that model, and
# the whole post-mortems each with a model that did not see its folder. English, the 30 sets
# 311–340 (2,911 sentences): 0.95 gives P 0.94 R 0.27 F1 0.41 and adds 2 blocking findings to
# the post-mortems; 0.93 P 0.94 R 0.30 F1 0.45 and 4 (two of them the 18F "Why 5"/"Why 6"
# lines on a vendor's motive); 0.90 P 0.92 F1 0.51 but 12, nearly all unwanted. German, the
# 30 sets 309–338 (2,850 sentences): 0.8 gives P 0.90 R 0.25 F1 0.39 and adds 2; 0.78 P 0.90
# R 0.27 F1 0.42 and 3; 0.75 P 0.88. So 0.93 and 0.78, to be checked on the next sets blind.
# Blind, German at 0.78 fell short of P 0.90 two stops running (0.86 on 333–354, about 0.85 on
# 355–366, most false alarms the reader's), while English held. German, the 22 sets 341–362
# (2,084 sentences): 0.78 gives P 0.90 R 0.29 F1 0.44 and adds 4 blocking findings to the one
# German post-mortem, none of them blame ("Jain hatte letztendlich absolut recht …"); 0.82 P 0.92
# R 0.25 F1 0.39 and 2; 0.85 P 0.93 F1 0.36 and 1. On the 8 newest sets alone (355–362) 0.78
# and 0.80 give P 0.88. Precision first: German 0.82 (after held-out 366).
# With character n-grams (held-out 392), the 20 German sets 373–392 (1,859 sentences): 0.82
# gives P 0.89 R 0.30, 0.83 P 0.90 R 0.29 F1 0.43 and 4 blocking findings added to the German
# post-mortem (thanks and praise, which the learned reader now leaves alone as courtesies),
# 0.85 P 0.89 R 0.26; the words alone at 0.82 gave P 0.90 R 0.23 F1 0.37 and 2. So 0.83.
THRESHOLDS = {"en": 0.93, "de": 0.83}
# Terms seen in fewer documents are left out. English at 3 rather than 2 (held-out 78): with
# each set left out in turn, P 0.962 R 0.461 at 0.95 against 0.963 / 0.457, and 2 blocking
# findings in the unseen post-mortems against 3, with 36,000 terms instead of 63,000, which
# halves the time `pmdesk lint` spends reading the model at a cold start. German at 3 lost
# precision (P 0.934 against 0.945 at 0.8), and its model is small: 2.
MIN_DF = {"en": 3, "de": 2}
# German also reads character 3- and 4-grams inside each word (scikit-learn's "char_wb", in
# their own l2-normalised block beside the words): inflection and compounds ("Versagens",
# "Monteurs", "Pfuscharbeit") share them where whole words differ. Trained without the sets
# from 373 on and tested on those 20 sets with the rules (`eval_lint_learned.py --split 373`),
# at precision 0.90 the reader with them finds 0.29 of the blame against 0.23 without (see
# THRESHOLDS); blind on held-out 393 and 394, which came later, 18 and 13 blame sentences
# against 9 and 7, with no new false alarm. 3-5 grams or other minimum counts did no better.
# In English they added 0.01 recall at precision 0.95 and would cost speed: words only.
CHAR_NGRAMS = {"de": (3, 4)}
CHAR_MIN_DF = 5
# Rounding keeps the files small; scores move by far less than the threshold's margin.
DIGITS = 6


def labelled_sentences(lang: str, skip: Collection[str] = ()) -> list[tuple[str, bool]]:
    """(sentence, is blame) for the labelled sentence sets of one language, but the sets
    named in ``skip`` ("heldout15")."""
    rows: list[tuple[str, bool]] = []
    for path in sorted(REAL.glob(f"*_{lang}.tsv")):
        if path.stem.rsplit("_", 1)[0] in skip:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["label"] != "consider":
                    rows.append((row["sentence"], row["label"] == "blame"))
    return rows


def document_sentences(lang: str, skip: Collection[str] = ()) -> list[tuple[str, bool]]:
    """(sentence, is blame) for the whole post-mortems written in one language, but the
    folders named in ``skip`` ("documents14")."""
    rows: list[tuple[str, bool]] = []
    for folder in sorted(REAL.glob("documents*")):
        if folder.name in skip:
            continue
        wanted = set()
        with (folder / "labels.tsv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["wanted"] == "yes":
                    wanted.add(row["sentence"])
        for _name, text in document_texts(folder, lang):
            for _start, paragraph in _paragraphs(text):
                for begin, end in _sentences(paragraph):
                    sentence = " ".join(paragraph[begin:end].split())
                    if len(sentence.split()) >= 3:
                        rows.append((sentence, sentence in wanted))
    return rows


def document_texts(folder: Path, lang: str) -> list[tuple[str, str]]:
    """(file name, text as the CLI reads it) of the post-mortems in one ``documents*``
    folder that are written in ``lang``."""
    with (folder / "index.tsv").open(encoding="utf-8", newline="") as handle:
        index = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    texts = []
    for entry in index:
        path = folder / entry["file"]
        if not path.exists():
            continue  # named in the index but not kept (no licence)
        text = prepare_markdown(path.read_text(encoding="utf-8"))
        if detect_language(text) == lang:
            texts.append((entry["file"], text))
    return texts


def fit(
    lang: str, skip: Collection[str] = ()
) -> tuple[FeatureUnion, LogisticRegression, list[tuple[str, bool]]]:
    """The vectorizers (words, and in German characters) and the regression of one
    language, fitted on its rows (leaving out the sets named in ``skip``)."""
    rows = labelled_sentences(lang, skip) + document_sentences(lang, skip)
    texts = [text for text, _ in rows]
    labels = [blame for _, blame in rows]
    parts = [("words", TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF[lang], sublinear_tf=True))]
    if lang in CHAR_NGRAMS:
        chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=CHAR_NGRAMS[lang], min_df=CHAR_MIN_DF, sublinear_tf=True
        )
        parts.append(("chars", chars))
    vectorizer = FeatureUnion(parts)
    features = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
    model.fit(features, labels)
    return vectorizer, model, rows


def train(lang: str, skip: Collection[str] = ()) -> dict[str, Any]:
    """The weights file's content for one language (leaving out the sets in ``skip``)."""
    union, model, rows = fit(lang, skip)
    blocks = {}
    offset = 0
    for name, vectorizer in union.transformer_list:
        blocks[name] = {
            term: [
                round(float(vectorizer.idf_[column]), DIGITS),
                round(float(model.coef_[0][offset + column]), DIGITS),
            ]
            for term, column in sorted(vectorizer.vocabulary_.items())
        }
        offset += len(vectorizer.vocabulary_)
    digest = hashlib.sha256(
        "\n".join(f"{int(blame)}\t{text}" for text, blame in rows).encode("utf-8")
    ).hexdigest()
    return {
        "format": 1,
        "language": lang,
        "threshold": THRESHOLDS[lang],
        "trained_on": {
            "sentences": len(rows),
            "blame": sum(blame for _, blame in rows),
            "sha256": digest,
        },
        "intercept": round(float(model.intercept_[0]), DIGITS),
        "terms": blocks["words"],
        **(
            {"char_ngrams": list(CHAR_NGRAMS[lang]), "char_terms": blocks["chars"]}
            if "chars" in blocks
            else {}
        ),
    }


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for lang in LANGUAGES:
        trained = train(lang)
        path = model_path(lang)
        text = json.dumps(trained, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        if check:
            shipped = json.loads(path.read_text(encoding="utf-8"))
            if (shipped["trained_on"], shipped["threshold"]) != (
                trained["trained_on"],
                trained["threshold"],
            ):
                stale.append(lang)
        else:
            path.write_text(text + "\n", encoding="utf-8")
        summary = trained["trained_on"]
        terms = len(trained["terms"]) + len(trained.get("char_terms", ()))
        print(f"{lang}: {summary['sentences']} sentences, {summary['blame']} blame, {terms} terms")
    if stale:
        print(f"stale: {', '.join(stale)}; run tools/train_lint_model.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
