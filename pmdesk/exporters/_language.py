"""The language a report is written in: the post-mortem's own (`Postmortem.language`).

Headings, labels and sentences come from a gettext catalogue,
`resources/translations/pmdesk_export_<language>.po`, compiled to a `.mo` file with
Babel (`make translations`); English is the source language and needs none. Dates and
numbers are formatted by Babel with the language's CLDR data. The English patterns are
the ones pmdesk always used ("14 Oct 2026"), so English reports do not change.

Durations stay "1 h 14 min": h, min and s are the SI symbols that German technical
writing uses too (DIN 1301), so they need no translation.

Babel is imported where it formats (its dates module takes 20 ms to import): `pmdesk
export`'s options name `EXPORT_LANGUAGES`, and every command builds those options.
"""

from __future__ import annotations

import functools
import gettext
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from pmdesk.resource_files import resource_path

if TYPE_CHECKING:
    from pmdesk.models import Postmortem

__all__ = [
    "EXPORT_LANGUAGES",
    "N_",
    "ReportLanguage",
    "catalogue_path",
    "language_of",
    "report_language",
]

EXPORT_LANGUAGES = ("en", "de")
# CLDR patterns; the English ones reproduce pmdesk's earlier strftime formats.
_DATE = {"en": "d MMM y", "de": "d. MMM y"}
_DAY = {"en": "EEEE, d MMMM y", "de": "EEEE, d. MMMM y"}
_STAMP = {"en": "dd MMM y HH:mm 'UTC'", "de": "dd.MM.y, HH:mm 'UTC'"}
_ISO_STAMP = {"en": "y-MM-dd HH:mm 'UTC'", "de": "dd.MM.y HH:mm 'UTC'"}


def N_(message: str) -> str:  # the name that Babel's extractor looks for
    """Mark `message` for the export catalogue where it is defined; returns it unchanged."""
    return message


def catalogue_path(language: str) -> str:
    """The compiled catalogue (.mo) of `language`."""
    return str(resource_path("translations", f"pmdesk_export_{language}.mo"))


@functools.cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    with open(catalogue_path(language), "rb") as stream:
        return gettext.GNUTranslations(stream)


@dataclass(frozen=True)
class ReportLanguage:
    """One report language: its texts, dates and numbers.

    Attributes:
        code: the BCP 47 tag, as `lang` attributes and Babel take it ("en", "de").
    """

    code: str

    @property
    def translations(self) -> gettext.NullTranslations:
        return _translations(self.code)

    def __call__(self, message: str) -> str:
        """`message` (an English source text) in this language."""
        return self.translations.gettext(message)

    def core_template(self, template: str) -> str:
        """A template of the core ("{burned} % of the SLO error budget…") in this
        language. The catalogue writes its percent signs as "%%", as gettext's Python
        format checks expect of a literal one."""
        return self(template.replace("%", "%%")).replace("%%", "%")

    def plural(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def short_date(self, value: date | None) -> str:
        """ "14 Oct 2026" / "14. Okt. 2026", or "—"."""
        from babel.dates import format_date

        return "—" if value is None else format_date(value, _DATE[self.code], locale=self.code)

    def day(self, value: date) -> str:
        """ "Wednesday, 14 October 2026" / "Mittwoch, 14. Oktober 2026"."""
        from babel.dates import format_date

        return format_date(value, _DAY[self.code], locale=self.code)

    def stamp(self, value: datetime | None) -> str:
        """ "14 Oct 2026 09:02 UTC" / "14.10.2026, 09:02 UTC", or "—"."""
        from babel.dates import format_datetime

        if value is None:
            return "—"
        return format_datetime(value.astimezone(UTC), _STAMP[self.code], locale=self.code)

    def numeric_stamp(self, value: datetime) -> str:
        """ "2026-10-14 09:02 UTC" / "14.10.2026 09:02 UTC"."""
        from babel.dates import format_datetime

        return format_datetime(value.astimezone(UTC), _ISO_STAMP[self.code], locale=self.code)

    def number_text(self, written: str) -> str:
        """A number the core wrote ("72.5", "1500") as this language writes it
        ("72,5", "1.500"); any other text unchanged."""
        from babel.numbers import format_decimal

        try:
            return format_decimal(Decimal(written), locale=self.code)
        except InvalidOperation:
            return written

    def number(self, value: int) -> str:
        """ "1,200" / "1.200"."""
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.code)


def language_of(pm: Postmortem) -> str:
    """The language `pm` is written in ("en" or "de")."""
    # A post-mortem not yet saved has no language until its first flush.
    return pm.language.value if pm.language else "en"


def report_language(code: str | None) -> ReportLanguage:
    """The report language for a post-mortem's language code; English when unknown."""
    return ReportLanguage(code if code in EXPORT_LANGUAGES else "en")
