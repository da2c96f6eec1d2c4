"""Reports are written in the post-mortem's language: headings, labels, metric names,
dates and numbers, in HTML, Markdown and PDF; the German catalogue is complete."""

from __future__ import annotations

import gettext
import io
import re
from pathlib import Path
from typing import Any

import jinja2.ext
import pypdf
import pyphen
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from pmdesk.domain.gates import GATE_TITLES
from pmdesk.domain.timeline import MOMENT_NAMES
from pmdesk.domain.trigger import REASONS
from pmdesk.exporters import ExportOptions, export_markdown, render_html
from pmdesk.exporters._language import catalogue_path, report_language
from pmdesk.exporters.pdf import render_pdf_bytes
from pmdesk.models import Postmortem
from pmdesk.resource_files import resource_path

from .conftest import FIXED_TIME, LoadPostmortem, add_event

ROOT = Path(__file__).resolve().parents[3]


def _german(data: dict[str, Any]) -> None:
    data["language"] = "de"


def test_a_german_postmortem_is_reported_in_german_html(load_pm: LoadPostmortem) -> None:
    html = render_html(load_pm(_german), options=ExportOptions(generated_at=FIXED_TIME))
    assert '<html lang="de">' in html
    for heading in (
        "Auswirkung</h2>",
        "Warum diese Nachbetrachtung stattfand</h2>",
        "Schlüsselmomente und Kennzahlen</h2>",
        "Zeitleiste</h2>",
        "Ursachenanalyse</h2>",
        "Maßnahmen</h2>",
        '<h3 class="day">Mittwoch, 14. Oktober 2026</h3>',
    ):
        assert heading in html
    assert "<dt>Datum des Vorfalls</dt><dd>14. Okt. 2026</dd>" in html
    assert "<dt>Ausgestellt</dt><dd>17. Okt. 2026</dd>" in html
    assert "<td>Zeit bis zur Erkennung</td>" in html
    assert ">Beginn der Auswirkung</span>" in html  # a key moment's name
    assert "Zeitraum des Vorfalls: 14.10.2026, 09:02 UTC bis 14.10.2026, 10:16 UTC" in html
    assert "Ein formales Post-Mortem war nach der Post-Mortem-Richtlinie" in html
    for english in ("Timeline</h2>", "Key moments and metrics", "Incident date", "Oct 2026"):
        assert english not in html


def test_an_english_postmortem_stays_english(sample_pm: Postmortem) -> None:
    html = render_html(sample_pm, options=ExportOptions(generated_at=FIXED_TIME))
    assert '<html lang="en">' in html
    assert "<dt>Incident date</dt><dd>14 Oct 2026</dd>" in html
    assert "Wednesday, 14 October 2026" in html


def test_the_report_language_can_be_chosen(sample_pm: Postmortem) -> None:
    html = render_html(sample_pm, options=ExportOptions(generated_at=FIXED_TIME, language="de"))
    assert '<html lang="de">' in html
    assert "Zeitleiste</h2>" in html


def test_a_text_in_the_other_language_is_marked_with_its_language(
    load_pm: LoadPostmortem,
) -> None:
    def quoted_german(data: dict[str, Any]) -> None:
        add_event(data, "Wir haben das Failover nicht bemerkt, und der Alarm ist nicht gekommen.")

    html = render_html(load_pm(quoted_german), options=ExportOptions(generated_at=FIXED_TIME))
    assert (
        '<span lang="de">Wir haben das Failover nicht bemerkt, und der Alarm ist nicht '
        "gekommen.</span>"
    ) in html
    # The English texts of the English review are not marked.
    assert 'lang="en"' not in html.replace('<html lang="en">', "")

    german = render_html(load_pm(_german), options=ExportOptions(generated_at=FIXED_TIME))
    assert '<div class="md"><div lang="en"><p>On 14 October 2026 the primary' in german


def test_a_german_postmortem_is_reported_in_german_markdown(load_pm: LoadPostmortem) -> None:
    text = export_markdown(load_pm(_german), language="de")
    for line in (
        "## Zusammenfassung",
        "## Zeitleiste",
        "### Mittwoch, 14. Oktober 2026",
        "## Ursachenanalyse",
        "### Kette 1",
        "## Begünstigende Faktoren",
        "### Was gut lief",
        "| Kennzahl | Dauer |",
        "| Zeit bis zur Erkennung | 10 min 31 s |",
        "| Zeit | Wer | Quelle | Ereignis |",
        "| # | Maßnahme | Art | Zuständig | Priorität | Fällig | Status | Grundursachen |",
    ):
        assert f"\n{line}\n" in text, line
    assert "Datum des Vorfalls: 14. Okt. 2026 · Schweregrad 2" in text
    assert "- **Problem:** " in text
    assert "**Warum 1:**" in text
    assert "*Grundursache RC1" in text
    assert "## Timeline" not in text


def test_trigger_reasons_are_reported_in_german(load_pm: LoadPostmortem) -> None:
    def reasons(data: dict[str, Any]) -> None:
        data["language"] = "de"
        data["trigger_assessment"]["reasons"] = [
            "72.5 % of the SLO error budget was burned (threshold 50 %).",
            "No rule of the post-mortem policy matched the answers. Not answered yet: "
            "data loss, severity.",
            "A reason an older pmdesk wrote.",
        ]

    text = export_markdown(load_pm(reasons))
    assert "- 72,5 % des SLO-Fehlerbudgets wurden verbraucht (Schwelle 50 %).\n" in text
    assert (
        "- Keine Regel der Post-Mortem-Richtlinie trifft auf die Antworten zu. "
        "Noch nicht beantwortet: Datenverlust, Schweregrad.\n"
    ) in text
    assert "- A reason an older pmdesk wrote.\n" in text


def test_numbers_are_grouped_the_language_s_way(load_pm: LoadPostmortem) -> None:
    def many_events(data: dict[str, Any]) -> None:
        data["language"] = "de"
        for index in range(1200):
            add_event(data, f"Line {index}", occurred_at=f"2026-10-14T11:{index % 60:02d}:00Z")

    pm = load_pm(many_events)
    count = len(pm.timeline_events)
    assert count > 1000
    german = f"{count // 1000}.{count % 1000:03d} Ereignisse, Zeiten in UTC."
    assert german in export_markdown(pm, language="de")
    assert f"{count:,} events, times in UTC." in export_markdown(pm, language="en")


def test_the_german_pdf_reads_german(load_pm: LoadPostmortem) -> None:
    def long_words(data: dict[str, Any]) -> None:
        data["language"] = "de"
        # German prose is hyphenated by German rules (WeasyPrint's pyphen, lang="de").
        data["summary"] = " ".join(["Die Datenbankverbindungsüberwachung meldete nichts."] * 12)

    pdf = render_pdf_bytes(render_html(load_pm(long_words), options=ExportOptions()))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    for words in (
        "ZUSAMMENFASSUNG",
        "Ursachenanalyse",
        "Mittwoch, 14. Oktober 2026",
        "Seite 1 von",
    ):
        assert words in text
    assert "Page 1 of" not in text
    # The compound is broken at line ends, each time at one of its German syllables.
    word = "Datenbankverbindungsüberwachung"
    breaks = re.findall(r"(\w+)\u2010\n(\w+)", text)
    assert breaks
    german = {word[:position] for position in pyphen.Pyphen(lang="de_DE").positions(word)}
    assert all(head + tail == word and head in german for head, tail in breaks), breaks


def _report_messages() -> set[str]:
    """The source texts of the reports, as `make translations` extracts them."""
    method_map = [
        ("pmdesk/exporters/**.py", "python"),
        ("resources/templates/postmortem.html.j2", jinja2.ext.babel_extract),
    ]
    options = {"resources/templates/postmortem.html.j2": {"extensions": "jinja2.ext.i18n"}}
    found = extract_from_dir(
        str(ROOT),
        method_map,
        options,
        keywords={"N_": None, "tr": None, "plural": (1, 2), "_": None, "ngettext": (1, 2)},
    )
    messages = set()
    for _filename, _line, message, _comments, _context in found:
        messages.add(message[0] if isinstance(message, tuple) else message)
    # The core's texts that reports show; a literal "%" is "%%" in the catalogue.
    core = {*MOMENT_NAMES.values(), *GATE_TITLES.values(), *REASONS}
    return messages | {text.replace("%", "%%") for text in core}


def test_every_report_text_has_a_german_translation() -> None:
    path = resource_path("translations", "pmdesk_export_de.po")
    with path.open("rb") as stream:
        catalogue = read_po(stream)
    translated = {
        message.id[0] if isinstance(message.id, tuple) else message.id
        for message in catalogue
        if message.id
        and all(message.string if isinstance(message.string, tuple) else [message.string])
    }
    sources = _report_messages()
    assert len(sources) > 150
    assert sorted(sources - translated) == []


def test_the_compiled_catalogue_is_up_to_date() -> None:
    def texts(catalogue: Catalog) -> dict[str, tuple[str, ...]]:
        return {
            str(message.id if isinstance(message.id, str) else message.id[0]): tuple(
                [message.string] if isinstance(message.string, str) else message.string
            )
            for message in catalogue
            if message.id
        }

    with resource_path("translations", "pmdesk_export_de.po").open("rb") as stream:
        source = texts(read_po(stream))
    with open(catalogue_path("de"), "rb") as stream:
        compiled = texts(read_mo(stream))
    assert compiled == source


def test_unknown_languages_fall_back_to_english() -> None:
    assert report_language("fr").code == "en"
    assert isinstance(report_language("en").translations, gettext.NullTranslations)
    assert report_language("de")("Timeline") == "Zeitleiste"


def test_the_review_meeting_is_in_the_report_when_one_is_planned(
    load_pm: LoadPostmortem,
) -> None:
    def planned(data: dict[str, Any]) -> None:
        data["review_meeting_at"] = "2026-10-16T13:30:00Z"

    def planned_in_german(data: dict[str, Any]) -> None:
        planned(data)
        _german(data)
        data["uuid"] = "00000000-0000-4000-8000-00000000de01"  # a second post-mortem

    options = ExportOptions(generated_at=FIXED_TIME)
    english = load_pm(planned)
    assert '<p class="window">Review meeting: 16 Oct 2026 13:30 UTC</p>' in render_html(
        english, options=options
    )
    assert "Review meeting: 16 Oct 2026 13:30 UTC" in export_markdown(english)
    german = load_pm(planned_in_german)
    assert '<p class="window">Post-Mortem-Besprechung: 16.10.2026, 13:30 UTC</p>' in render_html(
        german, options=options
    )
    assert "Post-Mortem-Besprechung: 16.10.2026, 13:30 UTC" in export_markdown(german)


def test_no_review_meeting_line_when_none_is_planned(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda _data: None)
    assert "Review meeting" not in render_html(pm, options=ExportOptions(generated_at=FIXED_TIME))
    assert "Review meeting" not in export_markdown(pm)
