"""Classes behind misses and false alarms of the German held-out sets from 140 on (credit
bureaus and broadcasting fees, photovoltaics, digital identity, agriculture, social benefits,
transit ticketing, universities, health insurers, televoting), fixed in the rules after their
blind runs, each with its English twin where the class is the same in both languages. The sets
are tests/data/lint/real/heldout140_de.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_bureau_or_a_supplier_that_mixes_people_or_things_up() -> None:
    check_class(
        "Es kommt immer wieder vor, dass die Schufa Verbraucher miteinander verwechselt.",
        "Es kommt immer wieder vor, dass das Skript Verbraucher miteinander verwechselt.",
        lang="de",
    )
    check_class(
        "Eine andere Auskunftei hatte diesmal den Namen der Verbraucherin verwechselt.",
        "Eine andere Software hatte diesmal den Namen der Verbraucherin verwechselt.",
        lang="de",
    )
    # Held-out 70's heating-oil supplier, found by the same change ("-lieferant" is a party).
    assert blocks(
        "Weil ein Heizöllieferant die Einfüllstutzen von zwei Nachbarhäusern verwechselte, "
        "flossen 2500 Liter Öl in ein Kellergeschoss.",
        "de",
    )


def test_a_party_that_hands_out_wrong_information() -> None:
    check_class(
        "Immer wieder erteilt die Schufa fehlerhafte Auskünfte, was drastische Folgen für die "
        "Existenzen der Betroffenen haben kann.",
        "Immer wieder erteilt der Server fehlerhafte Auskünfte, was drastische Folgen für die "
        "Existenzen der Betroffenen haben kann.",
        lang="de",
    )


def test_an_explanation_dismissed_as_an_excuse() -> None:
    check_class(
        "Die Antwort war wie üblich voller schlechter Ausreden.",
        "Die Antwort war wie üblich voller technischer Details.",
        lang="de",
    )
    # The writer's own disclaimer is no judgement of anyone.
    assert not blocks("Das soll keine Ausrede sein, aber der Server war alt.", "de")


def test_deceived_by_a_party() -> None:
    check_class(
        "Etliche Verbraucher fühlten sich von der Schufa hinters Licht geführt.",
        "Etliche Verbraucher fühlten sich von der Schufa gut beraten.",
        lang="de",
    )
    assert not blocks("Wir wollten niemanden hinters Licht führen.", "de")


def test_nobody_bothered_and_one_did_not_see_fit() -> None:
    check_class(
        "Interessanterweise hatte sich keiner der Betroffenen die Mühe gemacht, die tatsächliche "
        "Heizlast zu errechnen.",
        "Interessanterweise hatte sich einer der Betroffenen die Mühe gemacht, die tatsächliche "
        "Heizlast zu errechnen.",
        lang="de",
    )
    check_class(
        "Nachdem der Sanitärfacharbeiter nur Chaos hinterlassen hat, hielt man es bei HvH "
        "natürlich nicht für nötig, irgendwelche Maßnahmen zu ergreifen.",
        "Nachdem der Sanitärfacharbeiter nur Chaos hinterlassen hat, hielt man es bei HvH "
        "natürlich für nötig, sofort Maßnahmen zu ergreifen.",
        lang="de",
    )


def test_a_help_page_condition_addressed_to_the_reader() -> None:
    # Held-out 142: a bank's help page told the reader what happens after five wrong
    # passwords, and blocked as if the reader had slipped.
    check_false_alarm(
        "Wenn Sie Ihr Passwort fünf Mal falsch eingegeben haben, wird Ihr Konto aus "
        "Sicherheitsgründen vorübergehend gesperrt.",
        "Der Kollege hat das Passwort fünf Mal falsch eingegeben.",
        lang="de",
    )
    # A counterfactual about the reader is still one.
    assert blocks(
        "Wenn Sie das Passwort nicht falsch eingegeben hätten, wäre das Konto nicht gesperrt.",
        "de",
    )
    check_false_alarm(
        "If you have entered your password incorrectly five times, your account will be locked.",
        "Bob entered his password incorrectly five times.",
    )
    assert blocks("If you had not entered the wrong PIN, the card would not have been blocked.")
    # The condition covers only its own clause: "If you see this message, Airbnb is lying".
    assert blocks("If you see this message, Airbnb is, sadly, lying to you:")


def test_a_party_that_angers_its_customers() -> None:
    check_class(
        "SwissID: Post verärgert Kunden", "SwissID: Verärgerte Kunden bei der Post", lang="de"
    )
    check_class(
        "Schon diese Entscheidung des Unternehmens hatte viele Kunden verärgert.",
        "Schon diese Störung hatte viele Kunden verärgert.",
        lang="de",
    )
    check_class(
        "Uber gouged passengers in need of a ride.",
        "Surge pricing hit passengers in need of a ride.",
    )


def test_a_party_that_does_not_care_with_its_name_in_between() -> None:
    check_class(
        "Obwohl SMS-TANs sicher sind, schert sich das Geldhaus wie auch andere deutsche "
        "Sparkassen nicht um Kunden, die im Ausland leben.",
        "Obwohl SMS-TANs sicher sind, kümmert sich das Geldhaus wie auch andere deutsche "
        "Sparkassen inzwischen um Kunden, die im Ausland leben.",
        lang="de",
    )
    check_class(
        "The IRS has a backlog and the agency can barely be bothered to answer taxpayer calls.",
        "The IRS has a backlog and the agency can barely keep up with taxpayer calls.",
    )


def test_what_may_be_skipped_is_no_rule_broken() -> None:
    check_false_alarm(
        "Warnmeldungen können mit erneutem Klick auf „Speichern und Weiter“ zunächst übergangen "
        "werden, werden dann aber unter dem Register „Datenprüfung“ erneut ausgegeben.",
        "Der Admin hat die Warnmeldungen mit erneutem Klick auf „Speichern und Weiter“ übergangen.",
        lang="de",
    )


def test_offices_that_cannot_keep_up_or_leave_applicants_hanging() -> None:
    check_class(
        "In vielen Gemeinden kommen die Behörden mit der Bearbeitung der Anträge nicht hinterher.",
        "Mit der Bearbeitung der Anträge kommen die Server nicht hinterher.",
        lang="de",
    )
    check_class(
        "Seit Jahren lässt die Wohngeldstelle die Antragsteller hängen.",
        "Seit Jahren lässt die Schnittstelle die Verbindung hängen.",
        lang="de",
    )
    check_class("Die Pressestelle wiegelt ab.", "Die Pressestelle gibt Auskunft.", lang="de")


def test_an_office_that_passes_on_wrong_data() -> None:
    check_class(
        "Weil die Nürnberger Bundesagentur falsche Kontonummern übermittelt hatte, mussten "
        "Banken rund 1,8 Millionen Überweisungen korrigieren.",
        "Weil die Schnittstelle falsche Kontonummern übermittelt hatte, mussten Banken rund "
        "1,8 Millionen Überweisungen korrigieren.",
        lang="de",
    )
    assert blocks("Politik : Nürnberg gibt Kontonummern falsch weiter", "de")


def test_a_passive_slip_with_its_auxiliary_after_names_no_one() -> None:
    check_false_alarm(
        "2648 Studentinnen und Studenten an der FU Berlin sind aufgrund eines technischen "
        "Fehlers aus Versehen und für kurze Zeit exmatrikuliert worden.",
        "Die Datenbank ist aus Versehen vom Admin gelöscht worden.",
        lang="de",
    )


def test_what_something_is_not_about_judges_no_one() -> None:
    check_false_alarm(
        "Dabei gehe es nicht darum, mutwillig bürokratische Hürden aufzustellen, so der "
        "Uni-Pressesprecher, sondern um Chancengleichheit.",
        "Der Admin hat mutwillig bürokratische Hürden aufgestellt.",
        lang="de",
    )


def test_a_rip_off_and_fobbing_people_off() -> None:
    check_class(
        "HELSANA – Die Abzocke bei verspäteter Zahlung",
        "HELSANA – Die Mahngebühr bei verspäteter Zahlung",
        lang="de",
    )
    check_class(
        "Viele Kassen versuchten bisher, die älteren Menschen mit zum Teil unlauteren Methoden "
        "abzuwimmeln.",
        "Viele Kassen versuchten bisher, die älteren Menschen mit zum Teil neuen Methoden zu "
        "beraten.",
        lang="de",
    )
    # Quoted, it is the quoted person's word: a hint.
    assert not blocks(
        "„Abzocke ist das“, schimpft der Rentner und schiebt zwei Rechnungen über den Tisch.", "de"
    )


def test_those_who_received_a_wrong_notice_did_nothing_wrong() -> None:
    check_false_alarm(
        "Rund 770 Personen, die beim Online-Bingo angemeldet waren, erhielten eine falsche "
        "Gewinnbenachrichtigung.",
        "Der Admin wählte den falschen Server.",
        lang="de",
    )
