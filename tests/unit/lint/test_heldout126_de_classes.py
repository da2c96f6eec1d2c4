"""Classes behind false alarms and misses of the German held-out sets 125 to 139 (the power
sector, tourism, building and land-registry offices, AI and chatbots, citizen services, card
payment, lab results, waste services, student finance, gyms, mobile carriers, funding portals,
newspaper delivery, marketplaces), fixed in the rules after their blind runs. The sets are
tests/data/lint/real/heldout125_de.tsv to heldout139_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_cause_that_is_a_property_of_commands() -> None:
    check_false_alarm(
        "Die eigentliche Ursache ist die Zulässigkeit von Befehlen bzw. Meldungen „an alle“.",
        "Die eigentliche Ursache ist die Zulässigkeit von Kollegen.",
        lang="de",
    )


def test_a_headline_saying_where_the_problem_lies() -> None:
    # Held-out 127: "Hier liegt das Problem" says what the problem is, not whose it is.
    check_false_alarm(
        "Ärger um Tickets: Hier liegt das Problem bei Augsburgs Freibädern",
        "Ärger um Tickets: Das Problem liegt bei Augsburgs Freibädern.",
        lang="de",
    )


def test_a_device_that_displays_wrong_values() -> None:
    check_false_alarm(
        "Er zeigte falsche Abstände zwischen den Gondeln an, die Bahn schaltete deshalb "
        "automatisch ab.",
        "Der Minister zeigte falsche Zahlen.",
        lang="de",
    )


def test_what_nobody_could_have_done_is_no_hindsight() -> None:
    check_false_alarm(
        "Bei einer Störung etwa der Chloranlage hätte niemand reagieren können.",
        "Bei einer Störung etwa der Chloranlage hätte der Techniker reagieren müssen.",
        lang="de",
    )


def test_an_accusation_not_made_is_no_finding() -> None:
    # Held-out 43's clean sentence, kept clean when "grobe Fehler gemacht" became a class.
    check_false_alarm(
        "Grundsätzlich kann man der Telekom allerdings nicht vorwerfen, dass sie bei der "
        "Reparatur grobe Fehler gemacht habe.",
        "Man muss der Telekom vorwerfen, dass sie bei der Reparatur grobe Fehler gemacht hat.",
        lang="de",
    )


def test_many_mistakes_made_by_a_party() -> None:
    # Held-out 127 and 128.
    check_class(
        "Die Deutsche Bodensee Tourismus GmbH (DBT) und ihre Berater haben handwerklich so "
        "viele Fehler gemacht, dass allein deshalb die EBC ein Reinfall zu werden droht.",
        "Die Migrationsskripte haben handwerklich so viele Fehler gemacht, dass die Daten neu "
        "geladen werden mussten.",
        lang="de",
    )
    check_class(
        "Finanzämter haben viele Fehler gemacht",
        "Wir haben viele Fehler gemacht.",
        lang="de",
    )


def test_a_legislator_s_omission_and_an_office_lagging_behind() -> None:
    check_class(
        "Ein Versäumnis des Gesetzgebers mit negativen Folgen für die Gemeinden.",
        "Ein Versäumnis des Updates mit negativen Folgen für die Gemeinden.",
        lang="de",
    )
    check_class(
        "Die Finanzverwaltung hinkt bei der Erstellung der Grundlagen für die Bemessung der "
        "Grundsteuer dramatisch hinterher.",
        "Die Replikation hinkt um zwei Minuten hinterher.",
        lang="de",
    )


def test_nobody_called_back() -> None:
    check_class("Angerufen hat natürlich niemand.", "Angerufen hat der Kunde um 10 Uhr.", lang="de")


def test_lawyers_and_firms_that_embarrass_themselves_or_take_on_unchecked() -> None:
    # Held-out 129.
    check_class(
        "Ein Anwalt hat sich in einem familienrechtlichen Verfahren am Amtsgericht Köln mit "
        "einem KI-generierten Schriftsatz blamiert.",
        "Ein Anwalt hat sich in einem familienrechtlichen Verfahren am Amtsgericht Köln mit "
        "einem KI-generierten Schriftsatz befasst.",
        lang="de",
    )
    check_class(
        "Der Rechtsanwalt hatte offenbar ungeprüft einen KI-Schriftsatz übernommen.",
        "Das Skript hatte offenbar ungeprüft einen KI-Schriftsatz übernommen.",
        lang="de",
    )
    check_class(
        "Microsoft stützt sich auf die Copilot-AGBs und will keine Haftung übernehmen.",
        "Microsoft stützt sich auf die Copilot-AGBs und will die Haftung übernehmen.",
        lang="de",
    )
    check_class(
        "Chatbot gibt falsche Auskunft – Handyanbieter weist Schuld von sich",
        "Chatbot gibt falsche Auskunft – Handyanbieter weist auf Fehler hin",
        lang="de",
    )


def test_artificial_stupidity_is_no_label_for_a_person() -> None:
    check_false_alarm(
        "Wenn KI, also künstliche Intelligenz, nicht funktioniert, haben wir es schnell mit KD, "
        "künstlicher Dummheit zu tun.",
        "Das war pure Dummheit des Admins.",
        lang="de",
    )


def test_judged_work_of_an_office_or_a_firm() -> None:
    # Held-out 130 and held-out 126's "schlampig gearbeitet".
    check_class(
        "Verantwortlich für diese schlappe Leistung ist das Bundesinnenministerium, das die "
        "Umsetzung des Gesetzes koordinieren soll.",
        "Verantwortlich für die Leistung ist das Bundesinnenministerium, das die Umsetzung des "
        "Gesetzes koordinieren soll.",
        lang="de",
    )
    check_class(
        "Sie haben keine ganze Arbeit geleistet.", "Sie haben ganze Arbeit geleistet.", lang="de"
    )
    check_class(
        "Dumm nur, dass die EWE-Rechtsabteilung schlampig gearbeitet hat.",
        "Dumm nur, dass die EWE-Rechtsabteilung lange gearbeitet hat.",
        lang="de",
    )


def test_an_office_that_keeps_silent_and_nobody_who_took_it_on() -> None:
    # Held-out 132.
    check_class(
        "Die Apothekenkammer schweigt sich aus – weitere Informationen wären interessant.",
        "Die Brennkammer schweigt sich aus – weitere Informationen wären interessant.",
        lang="de",
    )
    check_class("Niemand nahm sich der Sache an.", "Jemand nahm sich der Sache an.", lang="de")


def test_a_government_that_bears_the_responsibility_and_a_lab_s_wrong_results() -> None:
    check_class(
        "Deswegen trägt die Staatsregierung die politische Verantwortung, in diesem Fall die "
        "Gesundheitsministerin.",
        "Deswegen trägt die Staatsregierung keine politische Verantwortung, sagt die "
        "Gesundheitsministerin.",
        lang="de",
    )
    check_class(
        "Großes bayerisches Labor liefert offenbar reihenweise falsche Corona-Testergebnisse",
        "Der bayerische Server liefert offenbar reihenweise falsche Werte",
        lang="de",
    )


def test_a_cause_not_here_but_with_a_party() -> None:
    check_class(
        "Die Ursache liegt offenbar nicht in der eMedikation, sondern bei einer kleinen "
        "Softwarefirma.",
        "Die Ursache liegt nicht beim Team, sondern bei der fehlenden Überwachung.",
        lang="de",
    )


def test_doof_gelaufen_says_something_went_badly() -> None:
    check_false_alarm(
        "Doof gelaufen: Prostata kaputt, Brief weg.", "Der Admin war doof.", lang="de"
    )


def test_a_headline_that_opens_with_an_adjective_names_no_one() -> None:
    # Found while testing held-out 132's "Großes bayerisches Labor liefert … falsche
    # Corona-Testergebnisse": the same headline about a machine blocked, its opening adjective
    # read as a name ("Großer"), or "Neue" as the role noun "der Neue".
    for machine in (
        "Großer bayerischer Server liefert offenbar reihenweise falsche Werte",
        "Neue Software liefert falsche Werte.",
        "Neue Tabelle liefert falsche Werte.",
    ):
        assert not blocks(machine, "de"), machine
    for people in (
        "Großes bayerisches Labor liefert offenbar reihenweise falsche Corona-Testergebnisse",
        "Peter Müller liefert falsche Werte.",
        "Uwe Schmidt liefert falsche Werte.",
        "Neue Kollegen liefern falsche Werte.",
        "Der Neue hat den Server versehentlich gelöscht.",
    ):
        assert blocks(people, "de"), people


def test_waste_services_and_their_bins() -> None:
    # Held-out 133: a bin not emptied names no one; a supplier that leaves a firm in the lurch,
    # nobody who answers the phone and a district that does not care do.
    check_false_alarm(
        "Sonntag, 11. Januar 2026: Biomüll noch immer nicht geleert.",
        "Die Müllabfuhr hat die Tonne nicht geleert.",
        lang="de",
    )
    check_class(
        "Der Software-Lieferant lässt die Firma Böhme im Stich.",
        "Der Software-Lieferant lässt die Firma Böhme im Ungewissen.",
        lang="de",
    )
    check_class(
        "Als sie es selbst bei Remondis versucht, geht keiner ans Telefon.",
        "Als sie es selbst bei Remondis versucht, geht jemand ans Telefon.",
        lang="de",
    )
    check_class(
        "Er kümmert sich nicht einmal um ausreichenden Stauraum auf den Sammelplätzen.",
        "Der Cronjob kümmert sich nicht um alte Dateien.",
        lang="de",
    )


def test_a_ministry_that_cannot_get_a_fault_under_control() -> None:
    # Held-out 137.
    check_class(
        "Das Wirtschaftsministerium bekommt einen kuriosen Software-Fehler in der Auszahlung der "
        "Corona-Hilfen nicht in den Griff.",
        "Der Dienst bekommt den Speicher nicht in den Griff.",
        lang="de",
    )
    check_class(
        "Die Landesregierung hat bei der dringend benötigten Soforthilfe vor allem für kleine "
        "Betriebe und Selbstständige leider einen fatalen Fehlstart hingelegt.",
        "Die Landesregierung hat bei der dringend benötigten Soforthilfe vor allem für kleine "
        "Betriebe und Selbstständige leider einen fatalen Engpass erlebt.",
        lang="de",
    )


def test_a_near_miss_a_writer_s_own_hindsight_and_things_lying_around() -> None:
    # Held-out 138's false alarms.
    check_false_alarm(
        "Beim Plan, das Papier- in ein digitales Abo umzuwandeln, hätte der Verlag fast einen "
        "Abonnenten verloren.",
        "Beim Plan, das Papier- in ein digitales Abo umzuwandeln, hätte der Verlag die Abonnenten "
        "fragen müssen.",
        lang="de",
    )
    check_false_alarm(
        "Dass der Laptop erst mit mehrmonatiger Verspätung nach mehrfacher Nachfrage eintraf, "
        "hätte mich stutzig machen sollen.",
        "Der Admin hätte das Backup prüfen müssen.",
        lang="de",
    )
    check_false_alarm(
        "Und da lagen sie blöd rum, die Jungle-Stapel bei Caro Druck, und warteten auf ihre "
        "Abholung.",
        "Der Admin ist blöd.",
        lang="de",
    )


def test_marketplaces_are_parties() -> None:
    # Held-out 139 (its eBay and PayPal sellers); held-out 54's "PayPal reichte daraufhin
    # massenhaft Lastschriften ungeprüft bei den Banken ein." blocks with it.
    check_class("PayPal hat versagt.", "Die PayPal-Schnittstelle hat versagt.", lang="de")
    assert blocks(
        "PayPal reichte daraufhin massenhaft Lastschriften ungeprüft bei den Banken ein.", "de"
    )
