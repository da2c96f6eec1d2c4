"""Classes behind misses and false alarms of the German held-out sets from 153 on (sport IT
and officiating; libraries, museums, zoos and pools; prisons and fine offices; restaurants and
hotels; building authorities; charging and filling stations; betting and casinos; ports), fixed
in the rules after their blind runs, each with its English twin where the class is the same in
both languages. The sets are tests/data/lint/real/heldout153_de.tsv and later."""

from __future__ import annotations

from pmdesk.lint import lint

from .tiers import blocks, check_class, check_false_alarm, tier


def test_a_reason_that_evidently_was_something_is_no_hindsight() -> None:
    check_false_alarm(
        "Ein Grund war offensichtlich, dass sich viele Union-Mitglieder auf mehreren "
        "Endgeräten gleichzeitig um Tickets beworben hatten.",
        "Es war offensichtlich, dass die Platte volllaufen würde.",
        lang="de",
    )
    assert not blocks("Der Grund dafür war offensichtlich, dass der Cache voll war.", "de")


def test_overshooting_the_mark() -> None:
    check_class(
        "Die Stadtbibliothek ist übers Ziel hinausgeschossen.",
        "Die Rakete ist übers Ziel hinausgeschossen.",
        lang="de",
    )
    check_class(
        "Mit einer Erhöhung der Mahngebühren war sie übers Ziel hinausgeschossen.",
        "Mit einer Erhöhung der Mahngebühren war sie ans Ziel gekommen.",
        lang="de",
    )


def test_organisers_who_measured_wrongly() -> None:
    check_class(
        "In Wien haben die Veranstalter des Marathons falsch abgemessen.",
        "In Wien haben die Veranstalter des Marathons die Strecke neu abgemessen.",
        lang="de",
    )
    # Measured wrongly with no one named: no one to blame.
    assert not blocks(
        "Die Laufstrecke wurde versehentlich falsch abgemessen, so dass die Strecke 1,8 "
        "Kilometer kürzer war als vorgesehen.",
        "de",
    )
    # A sensor that measured wrongly is a thing.
    assert not blocks("Der Sensor hat die Temperatur falsch gemessen.", "de")


def test_not_taking_it_seriously_or_exactly_with_the_subject_after_the_verb() -> None:
    # "es" before an article-less noun phrase is the object; the subject follows it.
    check_class(
        "Mit der Umsetzung der Registrierkassenpflicht nehmen es heimische Betriebe offenbar "
        "nicht ganz so genau.",
        "Mit der Umsetzung der Registrierkassenpflicht nehmen es heimische Betriebe offenbar "
        "ganz genau.",
        lang="de",
    )
    assert not blocks("Dann hat es viele Fehler gegeben.", "de")
    # Guests are people: the object between the verb and "nicht so ernst".
    check_class(
        "Viele Gäste nehmen eine Reservierung im Netz offenbar nicht so ernst – und kommen "
        "einfach nicht.",
        "Viele Gäste nehmen eine Reservierung im Netz offenbar sehr ernst – und kommen pünktlich.",
        lang="de",
    )


def test_officers_who_mixed_up_or_misread() -> None:
    check_class(
        "Er wurde entlassen, weil ihn die Justizbeamten mit einem anderen Häftling "
        "verwechselten, der denselben Nachnamen trägt.",
        "Er wurde entlassen, weil die Software ihn mit einem anderen Häftling verwechselte, "
        "der denselben Nachnamen trägt.",
        lang="de",
    )
    check_class(
        "Da lesen zwei Beamte ein Kennzeichen eines Motorrades falsch ab und schreiben den "
        "Halter an.",
        "Da lesen zwei Kameras ein Kennzeichen eines Motorrades falsch ab und schreiben den "
        "Halter an.",
        lang="de",
    )


def test_noticing_nothing_and_taking_the_biscuit() -> None:
    check_class(
        "Die Aushilfe an der Kasse bemerkte nichts.",
        "Das System an der Kasse bemerkte nichts.",
        "de",
    )
    # "Den Vogel abschießen" with the object in front and the doer after the verb.
    check_class(
        "Den Vogel schoss ein Lastwagenfahrer ab, der sämtliche Reservekanister füllte.",
        "Den Vogel sah ein Lastwagenfahrer, der sämtliche Reservekanister füllte.",
        lang="de",
    )
    assert blocks("Den Vogel hat aber eigentlich damals unsere Auszubildende abgeschossen.", "de")


def test_what_was_missing_named_as_the_reason_is_no_culprit() -> None:
    check_false_alarm(
        "Grund dafür ist die fehlende Rufbereitschaft am Wochenende.",
        "Grund dafür ist der Kollege aus der Nachtschicht.",
        lang="de",
    )
    # The English twin passes already.
    assert not blocks("The reason was the missing on-call rotation at weekends.")


def test_smart_devices_gone_dumb_are_a_pun_about_things() -> None:
    check_false_alarm(
        "Die Folge: Die eigentlich smarten Lautsprecher waren plötzlich dumm.",
        "Die Kollegen waren plötzlich dumm.",
        lang="de",
    )


def test_paid_too_much_or_twice_in_a_passive_names_no_one() -> None:
    # "zu viel" and "doppelt" before a passive participle, like "falsch": done to the money,
    # by no one named.
    check_false_alarm(
        "Allein bei den vom ORH geprüften Einzelfällen deckte er auf, dass 625.000 Euro zu viel "
        "ausbezahlt wurden.",
        "Die Stadt hat 625.000 Euro zu viel ausbezahlt.",
        lang="de",
    )
    check_false_alarm(
        "Es muss verhindert werden, dass Mitarbeitende ins Minus rutschen und dafür Überstunden "
        "doppelt ausgezahlt werden.",
        "Die Stadt hat die Überstunden doppelt ausgezahlt.",
        lang="de",
    )


def test_ripping_customers_off_and_the_reason_lying_with_a_party() -> None:
    check_class(
        "Sixt schröpft diejenigen, die an den Stationen zur Tür hineinkommen.",
        "Sixt schult diejenigen, die an den Stationen zur Tür hineinkommen.",
        lang="de",
    )
    check_class(
        "Die schwarzen Schafe unter den Umzugsfirmen finden stets Mittel und Wege, ihre Kunden "
        "abzuzocken.",
        "Die meisten Umzugsfirmen finden stets Mittel und Wege, ihre Kunden abzuholen.",
        lang="de",
    )
    # The ripping off alone, without the black sheep (a judgement of its own since held-out 355).
    assert blocks("Manche Umzugsfirmen finden stets Mittel und Wege, ihre Kunden abzuzocken.", "de")
    check_class(
        "Der Grund für die Reservierungspanne liegt bei der Swisscom.",
        "Der Grund für die Reservierungspanne liegt bei der Konfiguration.",
        lang="de",
    )


def test_a_degree_in_the_konjunktiv_looks_back_at_no_one() -> None:
    check_false_alarm(
        "Unangenehmer hätte der Urlaub auf Fuerteventura kaum enden können.",
        "Der Veranstalter hätte den Urlaub auf Fuerteventura früher absagen müssen.",
        lang="de",
    )
    assert not blocks("Schlimmer hätte es nicht kommen können.", "de")


def test_whom_a_past_passive_was_done_to_is_not_its_doer() -> None:
    # "im Stich gelassen" in a passive: the presenters were let down, they let no one down.
    check_false_alarm(
        "Per Mertesacker und Jochen Breyer wurden im Stich gelassen.",
        "Die Regie hat Per Mertesacker und Jochen Breyer im Stich gelassen.",
        lang="de",
    )
    # The doer named after "von" still blocks, and so does an act in another clause.
    assert blocks(
        "Per Mertesacker und Jochen Breyer wurden von der ZDF-Regie im Stich gelassen.", "de"
    )
    assert blocks(
        "Beim Betreten übersah er einen von rechts kommenden Gabelstapler und wurde angefahren.",
        "de",
    )
    # A sentence passed on someone is a finding about what they did, not harm done to them.
    assert blocks("Der Mann namens Iliass K. wurde zu fünf Jahren Haft verurteilt.", "de")


def test_airlines_vets_caterers_and_broadcasters_are_parties() -> None:
    check_class(
        "Eine Fluglinie verschlampte einen kleinen Hund.",
        "Eine Sortieranlage verschlampte einen kleinen Hund.",
        lang="de",
    )
    check_class(
        "Der Veterinär stimmte zu, verwechselte dann jedoch die Adressen und fuhr zu einem "
        "anderen Haus.",
        "Das Navi stimmte zu, verwechselte dann jedoch die Adressen und fuhr zu einem anderen "
        "Haus.",
        lang="de",
    )
    check_class(
        "Sat.1 hat sich am späten Sonntagabend einen gewaltigen Schnitzer, eine unsäglich "
        "peinliche Panne geleistet.",
        "Sat.1 hat sich am späten Sonntagabend einen gewaltigen Schnitzel, eine unsäglich "
        "große Portion geleistet.",
        lang="de",
    )


def test_bringing_a_system_to_a_standstill_and_reading_things_wrongly() -> None:
    check_class(
        "Ein Techniker hatte das gesamte System zum Erliegen gebracht, die Nachrichtensendung "
        "wurde daraufhin abgebrochen.",
        "Ein Softwarefehler hatte das gesamte System zum Erliegen gebracht, die "
        "Nachrichtensendung wurde daraufhin abgebrochen.",
        lang="de",
    )
    check_class(
        "Der Tierarzt interpretierte den Ausdruck falsch.",
        "Das Lesegerät interpretierte den Ausdruck falsch.",
        lang="de",
    )


def test_a_relative_clause_after_a_passive_has_its_own_subject() -> None:
    check_class(
        "In Polen wurde in dieser Woche ein Tierarzt verurteilt, der versehentlich einen "
        "gesunden Hund einschläferte.",
        "In Polen wurde in dieser Woche ein Hund eingeschläfert, der versehentlich in eine "
        "Falle geraten war.",
        lang="de",
    )


def test_a_genitive_after_an_object_or_in_a_name_is_not_the_subject() -> None:
    check_false_alarm(
        "Ein Wasserrohrbruch im Rechenzentrum der Austrian Airlines hat am Dienstag die "
        "Homepage und das Online-Buchungssystem sowie den Internet-Check-In der Fluglinie lahm "
        "gelegt.",
        "Die Fluglinie hat am Dienstag die Homepage und das Online-Buchungssystem lahm gelegt.",
        lang="de",
    )


def test_an_acronym_before_a_verb_only_parties_do_is_a_party() -> None:
    check_class(
        "Die BVG verweigerte die Erstattung.",
        "Die API verweigerte die Anmeldung.",
        lang="de",
    )


def test_overreaching_misjudging_losing_and_reporting_wrong_results() -> None:
    check_class(
        "Zum anderen hatte er sich wohl mit 103 neuen Aufträgen übernommen.",
        "Zum anderen hatte er wohl 103 neue Aufträge übernommen.",
        lang="de",
    )
    check_class(
        "Kiel - 28-jähriger Lkw-Fahrer überschätzte die Durchfahrhöhe der Eisenbahnbrücke.",
        "Kiel - 28-jähriger Lkw-Fahrer vermaß die Durchfahrhöhe der Eisenbahnbrücke.",
        lang="de",
    )
    check_class(
        "Digitaler Optiker ohne Durchblick: Mister Spex verliert Brille bei Neuverglasung",
        "Digitaler Optiker ohne Durchblick: Mister Spex verliert Kunden bei Neuverglasung",
        lang="de",
    )
    check_class(
        "Am Sonntag hat Winterthur falsche Resultate nach Zürich gemeldet.",
        "Am Sonntag hat Winterthur die Resultate nach Zürich gemeldet.",
        lang="de",
    )
    check_class(
        "Weil die Stadtverwaltung veraltete Unterlagen verschickt hat, müssen einige "
        "Briefwähler ihre Kreuzchen noch einmal machen.",
        "Weil die Stadtverwaltung neue Unterlagen verschickt hat, müssen einige Briefwähler "
        "ihre Kreuzchen noch einmal machen.",
        lang="de",
    )
    check_class(
        "Auch bei der Beratung schnitten die Optiker ziemlich schlecht ab.",
        "Auch bei der Beratung schnitten die Optiker ziemlich gut ab.",
        lang="de",
    )


def test_a_technical_fault_of_a_firm_is_no_fault_of_its_people() -> None:
    check_false_alarm(
        "Zahlreiche User waren durch einen technischen Fehler des sozialen Netzwerks "
        "ausgesperrt worden.",
        "Zahlreiche User waren durch einen Fehler des Administrators ausgesperrt worden.",
        lang="de",
    )


def test_a_condition_to_the_reader_with_the_verb_first() -> None:
    check_false_alarm(
        "Hatten Sie einen gültigen Fahrschein und diesen nur vergessen, reduziert sich der "
        "Betrag in der Regel auf 7 Euro.",
        "Hatte der Kontrolleur den gültigen Fahrschein nur vergessen, reduziert sich der Betrag "
        "in der Regel auf 7 Euro.",
        lang="de",
    )


def test_advice_to_the_reader_and_a_rule_for_when_a_violation_exists() -> None:
    check_false_alarm(
        "Sollte der Parkscheinautomat einmal nicht wie vorgesehen funktionieren, können Sie "
        "unter Verwendung der Parkscheibe bis zur angegebenen Höchstparkdauer parken.",
        "Der Parkscheinautomat funktionierte nicht, weil der Techniker die Vorgaben nicht "
        "beachtet hatte.",
        lang="de",
    )
    check_false_alarm(
        "Ein Verstoß gegen den DSA liegt erst vor, wenn die Plattform eine Kontosperre nicht "
        "oder nicht ausreichend begründet.",
        "Das Deployment war ein klarer Verstoß gegen die Release-Policy.",
        lang="de",
    )


def test_across_all_markets_is_no_disregard() -> None:
    check_false_alarm(
        "Die Retourenquote ist dabei relativ konstant: Über alle unsere Märkte hinweg werden im "
        "Durchschnitt 50 Prozent der bestellten Artikel zurückgeschickt.",
        "Der Techniker setzte sich über die Anweisung hinweg.",
        lang="de",
    )


def test_refusing_refunds_losing_goods_excuses_and_disappointing_customers() -> None:
    check_class(
        "Dennoch verweigerte Zalando die Rückerstattung mit der Begründung, das Paket sei leer "
        "gewesen.",
        "Dennoch veranlasste Zalando die Rückerstattung mit der Begründung, das Paket sei leer "
        "gewesen.",
        lang="de",
    )
    check_class(
        "Media Markt verliert Kühlschrank auf dem Weg zum Kunden",
        "Media Markt verkauft Kühlschrank auf dem Weg zum Kunden",
        lang="de",
    )
    check_class(
        "Die Hersteller reden sich heraus mit „strategischen Neuausrichtungen“.",
        "Die Hersteller reden heraus mit „strategischen Neuausrichtungen“.",
        lang="de",
    )
    check_class(
        "Fehlstart ins Weihnachtsgeschäft – Otto enttäuscht Kunden von 50.000 Bestellungen",
        "Start ins Weihnachtsgeschäft – Otto beliefert Kunden von 50.000 Bestellungen",
        lang="de",
    )
    check_class(
        "Media Markt & Saturn scheinen damit total überfordert zu sein.",
        "Die Server scheinen damit total überfordert zu sein.",
        lang="de",
    )


def test_a_compound_names_a_party_by_its_last_part() -> None:
    # A "Kirchengemeinde" is a party like a "Gemeinde"; a "Datenbank" is no bank.
    check_class(
        "In Bückeburg hat die evangelisch-lutherische Kirchengemeinde versehentlich ein "
        "Familiengrab eingeebnet.",
        "In Bückeburg hat der evangelisch-lutherische Friedhofsbagger versehentlich ein "
        "Familiengrab eingeebnet.",
        lang="de",
    )
    check_class(
        "Der Reiseveranstalter verweigerte die Rückerstattung.",
        "Der Reiseveranstalter veranlasste die Rückerstattung.",
        lang="de",
    )
    assert not blocks("Die Datenbanken haben versehentlich alte Einträge gelöscht.", "de")
    assert not blocks("Im Notbetrieb wurden versehentlich alte Einträge gelöscht.", "de")


def test_refusing_payouts_and_obstructing() -> None:
    check_class(
        "Er kündigte Waldbauer sofort – und verweigerte ihm den Bonus mit der Begründung, er "
        "sei kein volles Jahr beliefert worden.",
        "Er kündigte Waldbauer sofort – und überwies ihm den Bonus mit der Begründung, er "
        "sei ein volles Jahr beliefert worden.",
        lang="de",
    )
    check_class(
        "Doch als der Rabatt verrechnet werden sollte, setzte das Unternehmen einiges daran, die "
        "Auszahlung zu verweigern.",
        "Doch als der Rabatt verrechnet werden sollte, setzte das Unternehmen einiges daran, die "
        "Auszahlung zu beschleunigen.",
        lang="de",
    )
    check_class(
        "Doch die Branche stellt sich weiter quer.",
        "Doch die Branche stellt sich weiter auf.",
        lang="de",
    )
    check_class(
        "Es gibt keine Schlichtung, weil sich große Teile der Branche bisher stur stellten.",
        "Es gibt keine Schlichtung, weil sich große Teile der Branche bisher neu aufstellten.",
        lang="de",
    )
    assert not blocks("Der Server verweigerte die Bearbeitung der Anfrage.", "de")


def test_whom_one_does_not_take_for_a_bungler_is_not_judged() -> None:
    check_false_alarm(
        "Eines vorneweg: Die Redaktion hält nicht pauschal alle Kfz-Werkstätten und "
        "Automechaniker für Halsabschneider oder Pfuscher.",
        "Die Redaktion hält alle Kfz-Werkstätten und Automechaniker für Halsabschneider oder "
        "Pfuscher.",
        lang="de",
    )


def test_putting_in_the_wrong_part_in_the_past() -> None:
    check_class(
        "Der Techniker setzte ein Display mit der falschen Rahmenfarbe ein.",
        "Der Techniker setzte ein Display mit der passenden Rahmenfarbe ein.",
        lang="de",
    )
    assert not blocks("Das System zeigte einen Kunden mit der falschen Nummer an.", "de")


def test_too_bad_is_no_judging_word() -> None:
    check_false_alarm(
        "Dumm nur, wenn man in der Innenstadt wohnt.",
        "Dumm nur, wer seinen eigenen Unfall filmt.",
        lang="de",
    )
    assert not blocks("Das Dumme ist, dass der Server voll war.", "de")


def test_conduct_that_was_not_negligent_is_not_judged() -> None:
    check_false_alarm(
        "Ein Apotheker handelt nicht pflichtwidrig, wenn er ein verschreibungspflichtiges "
        "Medikament an einen erwachsenen Angehörigen des Patienten aushändigt.",
        "Der Apotheker handelte grob fahrlässig, als er das Medikament aushändigte.",
        lang="de",
    )


def test_not_seeing_a_mistake_overcharging_and_billing_rides_that_never_were() -> None:
    check_class(
        "Der Apotheker erkannte den Fehler nicht und gab die Arznei aus.",
        "Der Apotheker erkannte den Fehler und gab die Arznei nicht aus.",
        lang="de",
    )
    assert not blocks("Der Virenscanner erkannte den Fehler nicht.", "de")
    check_class(
        "Der 48-Jährige hatte bei einer Fahrt vom Flughafen einen unzulässigen Zuschlag erhoben.",
        "Der 48-Jährige hatte bei einer Fahrt vom Flughafen einen zulässigen Zuschlag erhoben.",
        lang="de",
    )
    check_class(
        "Ein Taxifahrer hatte Fahrten mit Patienten abgerechnet, die gar nicht stattgefunden "
        "hatten.",
        "Ein Taxifahrer hatte Fahrten mit Patienten abgerechnet, die alle stattgefunden hatten.",
        lang="de",
    )
    check_class(
        "Nach der Umstellung hat die Stadtverwaltung ihre Probleme nach wie vor nicht im Griff.",
        "Nach der Umstellung hat die Stadtverwaltung ihre Probleme nach wie vor gut im Griff.",
        lang="de",
    )
    check_class(
        "DocMorris ignoriert dieses Urteil offenbar.",
        "DocMorris zitiert dieses Urteil offenbar.",
        lang="de",
    )


def test_not_managing_it_and_leaving_questions_unanswered() -> None:
    check_class(
        "Doch die Deutsche Bahn kriegt es nicht hin, defekte Aufzüge binnen weniger Tage zu "
        "reparieren.",
        "Doch die Deutsche Bahn kriegt es hin, defekte Aufzüge binnen weniger Tage zu reparieren.",
        lang="de",
    )
    check_class(
        "Es ist ein Unding, dass die Bahn die Reparatur nicht nachhaltig hinbekommt.",
        "Es ist gut, dass die Bahn die Reparatur nachhaltig hinbekommt.",
        lang="de",
    )
    check_class(
        "Netatmo ließ unsere konkreten Fragen unbeantwortet.",
        "Netatmo ließ unsere konkreten Fragen beantworten.",
        lang="de",
    )
    assert not blocks("Das Skript kriegt es nicht hin, die Datei zu lesen.", "de")


def test_arrogance_a_party_misrouting_and_a_breach_told_verb_first() -> None:
    check_class(
        "Die Arroganz der Verkäufer korreliert mit der eines Autoverkäufers aus den 80ern.",
        "Die Freundlichkeit der Verkäufer korreliert mit der eines Autoverkäufers aus den 80ern.",
        lang="de",
    )
    check_class(
        "Ein Verfolgerpulk war durch eine Fehlleitung des Veranstalters falsch abgebogen.",
        "Ein Verfolgerpulk war durch eine Umleitung des Veranstalters anders abgebogen.",
        lang="de",
    )
    check_class(
        "Oft verstießen die Händler gegen die gesetzlichen Gewährleistungsrechte.",
        "Oft beriefen sich die Händler auf die gesetzlichen Gewährleistungsrechte.",
        lang="de",
    )
    assert not blocks("Die Konfiguration verstieß gegen die Regeln des Linters.", "de")


def test_a_party_that_did_not_come_did_not_fulfil_its_duty_or_took_no_measures() -> None:
    check_class(
        "Zunächst erschien die Firma nicht zum vereinbarten Zeitpunkt.",
        "Zunächst erschien die Firma pünktlich zum vereinbarten Zeitpunkt.",
        lang="de",
    )
    check_class(
        "In dem Fall hatte das Bewachungsunternehmen eine wesentliche Vertragspflicht, nämlich "
        "die Alarmierung der Polizei, nicht erfüllt.",
        "In dem Fall hatte das Bewachungsunternehmen eine wesentliche Vertragspflicht, nämlich "
        "die Alarmierung der Polizei, erfüllt.",
        lang="de",
    )
    check_class(
        "Der Mitarbeiter veranlasste keine weiteren Maßnahmen.",
        "Der Mitarbeiter veranlasste sofort weitere Maßnahmen.",
        lang="de",
    )
    assert not blocks("Das Paket kam nicht an.", "de")
    assert not blocks("Die Antwort kam gar nicht.", "de")
    assert not blocks("Der Server hat seine Pflichten nicht erfüllt.", "de")


def test_an_owner_who_did_not_return_nobody_called_back_greed_and_ignorance() -> None:
    check_class(
        "Aber nach den vereinbarten 14 Tagen erschien sein Herrchen nicht.",
        "Aber nach den vereinbarten 14 Tagen erschien sein Herrchen pünktlich.",
        lang="de",
    )
    check_class(
        "Ulfs Halter taucht nicht wieder auf, um seinen Vierbeiner abzuholen.",
        "Ulfs Halter taucht pünktlich auf, um seinen Vierbeiner abzuholen.",
        lang="de",
    )
    check_class(
        "Wir sprachen auf den AB, aber es rief keiner zurück.",
        "Wir sprachen auf den AB, und es rief gleich jemand zurück.",
        lang="de",
    )
    check_class(
        "Designerhunde sind oft Opfer der Profitgier der Züchter.",
        "Designerhunde sind oft Opfer der Modewünsche der Kunden.",
        lang="de",
    )
    check_class(
        "Unwissenheit auf Seiten der Trainer.",
        "Erfahrung auf Seiten der Trainer.",
        lang="de",
    )
    assert not blocks("Das Fenster taucht nicht mehr auf.", "de")


def test_cheating_embezzling_vanishing_and_harming_a_customer() -> None:
    check_class(
        "Kurz vor dem Abiball erfahren die Schüler, dass ihre Partyagentur sie betrogen hat.",
        "Kurz vor dem Abiball erfahren die Schüler, dass ihre Partyagentur sie angerufen hat.",
        lang="de",
    )
    assert not blocks("Der Spielgast fühlte sich betrogen und klagte.", "de")
    check_class(
        "Eine Eventagentur hat Geld von tausenden Abiturienten veruntreut.",
        "Eine Eventagentur hat Geld von tausenden Abiturienten eingesammelt.",
        lang="de",
    )
    check_class(
        "Beim Eintreffen der nächste Schock: der DJ hat sich aus dem Staub gemacht.",
        "Beim Eintreffen die nächste Freude: der DJ hat schon aufgebaut.",
        lang="de",
    )
    check_class(
        "Der Frisör muss zahlen, weil er einer Kundin den Kopf verätzte.",
        "Der Frisör muss zahlen, weil er einer Kundin den Kopf massierte.",
        lang="de",
    )
    check_class(
        "Die Inhaberin hat ihre Kundin über die Behandlung nicht vollständig aufgeklärt.",
        "Die Inhaberin hat ihre Kundin über die Behandlung vollständig aufgeklärt.",
        lang="de",
    )
    check_class(
        "Allerdings erfolglos, da der Feigling seine Mailbox vorschickt.",
        "Allerdings erfolglos, da der Inhaber seine Mailbox vorschickt.",
        lang="de",
    )
    assert not blocks("Das Update hat die Kunden um ihre Daten gebracht.", "de")


def test_whoever_goes_naively_and_being_saved_from_a_rip_off_judge_no_one() -> None:
    check_false_alarm(
        "Wer auf dem Portal Vinted arglos auf die Jagd nach Schnäppchen geht, kann schnell an "
        "Onlinekriminelle geraten.",
        "Der Admin hat arglos das Skript ausgeführt.",
        lang="de",
    )
    check_false_alarm(
        "Mit einem Käuferschutzsystem will der Marktplatz Nutzer davor bewahren, abgezockt zu "
        "werden.",
        "Der Marktplatz hat seine Nutzer abgezockt.",
        lang="de",
    )


def test_what_a_check_covers_and_a_slip_of_anyone_are_no_lapse_told() -> None:
    check_false_alarm(
        "Die Gefahr ist groß, denn die Schufa prüft nicht, ob die Forderung gerechtfertigt war.",
        "Der Admin prüfte die Logs nicht.",
        lang="de",
    )
    check_false_alarm(
        "Das geht schnell, sobald man unabsichtlich auf einen Werbebanner klickt.",
        "Der Kollege hat versehentlich die Datenbank gelöscht.",
        lang="de",
    )


def test_clueless_agents_pests_and_hyenas_and_money_pulled_from_pockets() -> None:
    check_class(
        "Bei solchen Wohnungsmaklern stellt man fest, dass sie ziemlich ahnungslos sind.",
        "Bei solchen Wohnungsmaklern stellt man fest, dass sie ziemlich beschäftigt sind.",
        lang="de",
    )
    check_class("Immobilienmakler sind die Pest.", "Immobilienmakler sind die Ausnahme.", lang="de")
    assert not blocks("Die Pest wütete im Mittelalter.", "de")
    check_class(
        "Das ist nur ein Fall von Tausenden, bei denen Makler versuchen, Interessenten Geld aus "
        "der Tasche zu ziehen.",
        "Das ist nur ein Fall von Tausenden, bei denen Makler versuchen, Interessenten Geld zu "
        "sparen.",
        lang="de",
    )
    check_class(
        "Mit den Provisionen hat es ein Wohnungsmakler aus Tulln nicht ganz so genau genommen.",
        "Mit den Provisionen hat es ein Wohnungsmakler aus Tulln sehr genau genommen.",
        lang="de",
    )


def test_a_wish_needs_its_konjunktiv() -> None:
    check_false_alarm(
        "Bei manchen Menschen sträuben sich die Nackenhaare, wenn sie nur das Wort Finanzamt "
        "hören.",
        "Wenn er doch nur gefragt hätte!",
        lang="de",
    )


def test_audit_findings_of_work_done_poorly_and_dubious_or_unreputable_firms() -> None:
    check_class(
        "Die Möglichkeiten zur Einholung der Vermögensauskunft nutzten sie unzureichend.",
        "Die Möglichkeiten zur Einholung der Vermögensauskunft nutzten sie regelmäßig.",
        lang="de",
    )
    assert not blocks("Die Server nutzten den Cache unzureichend.", "de")
    check_class(
        "Doch die operieren mit teils höchst dubiosen Praktiken.",
        "Doch die operieren mit teils höchst modernen Praktiken.",
        lang="de",
    )
    assert not blocks("Zu manchen Schuhmarken stehen Hunderte dubiose Angebote online.", "de")
    check_class(
        "Leider agieren in Deutschland ein paar sehr unseriöse Inkassounternehmen.",
        "Leider agieren in Deutschland nur wenige Inkassounternehmen.",
        lang="de",
    )
    check_class(
        "Das Abschleppunternehmen begründet dies fadenscheinig.",
        "Das Abschleppunternehmen begründet dies ausführlich.",
        lang="de",
    )
    check_class(
        "Dass eine Firma Autofahrer tyrannisiert, ist nicht gängig.",
        "Dass eine Firma Autofahrer informiert, ist nicht gängig.",
        lang="de",
    )


def test_a_state_without_a_doer_and_a_product_named_sorglos() -> None:
    check_false_alarm(
        "Plattformen und Treppen im Außenbereich waren nicht mit Geländern gegen Absturz "
        "gesichert.",
        "Der Monteur hat die Leiter nicht gesichert.",
        lang="de",
    )
    check_false_alarm(
        "Im Falle einer Streitigkeit lies bitte bei Sorglos mit FeWo-direkt™ nach.",
        "Der Admin hat arglos das Skript ausgeführt.",
        lang="de",
    )


def test_unwilling_to_act_and_vanishing_with_the_money() -> None:
    check_class(
        "Er war nicht bereit, mit den Angehörigen überhaupt nur zu reden.",
        "Er war sofort bereit, mit den Angehörigen zu reden.",
        lang="de",
    )
    check_class(
        "Der Geschäftsführer verschwand übers Wochenende mit den Vorauszahlungen für die Kurse.",
        "Der Geschäftsführer fuhr übers Wochenende mit den Unterlagen für die Kurse weg.",
        lang="de",
    )
    assert not blocks("Die Seite elster.de war nicht erreichbar.", "de")


def test_staff_care_services_and_a_list_of_what_the_subject_does() -> None:
    check_class(
        "Das Pflegepersonal ist teilweise schlecht ausgebildet, überlastet, wechselt häufig "
        "(wenig Konstanz für die Bewohner), ist unfreundlich zu den Bewohnern.",
        "Das Pflegepersonal ist teilweise schlecht ausgebildet, überlastet, wechselt häufig "
        "(wenig Konstanz für die Bewohner), ist freundlich zu den Bewohnern.",
        lang="de",
    )
    check_class(
        "Nicht nur russisch-ukrainische Pflegedienste betrügen.",
        "Nicht nur russisch-ukrainische Pflegedienste helfen.",
        lang="de",
    )
    check_class(
        "Doch die Aufsicht sieht oft weg – zulasten der Bewohner.",
        "Doch die Aufsicht sieht oft hin – zugunsten der Bewohner.",
        lang="de",
    )
    check_class(
        "Gegenüber der Kasse rechnete die Angeklagte eine überhöhte Anzahl Arbeitsstunden ab.",
        "Gegenüber der Kasse rechnete die Angeklagte die vereinbarte Anzahl Arbeitsstunden ab.",
        lang="de",
    )
    # "Personalien" are a person's particulars, no staff.
    assert not blocks(
        "Bei der Aufnahme wurden die Personalien der Patientin nicht sorgfältig überprüft.", "de"
    )


def test_trades_and_carers_are_people() -> None:
    check_class(
        "Ich ahnte, dass der Zusteller unsere Benachrichtigungen verwechselt hatte.",
        "Ich ahnte, dass der Wind unsere Benachrichtigungen verweht hatte.",
        lang="de",
    )
    for role in ("Der Schornsteinfeger", "Die Tagesmutter", "Der Gutachter", "Der Kellner"):
        assert blocks(f"{role} hat den Termin vergessen.", "de"), role


def test_an_offence_named_as_a_legal_term_has_no_doer() -> None:
    check_false_alarm(
        "Darüber hinaus spielen auch die illegale und unerlaubte Arbeitnehmerüberlassung sowie "
        "die Prüfung des Mindestlohns eine bedeutende Rolle.",
        "Der Admin hat unerlaubt die Firewall abgeschaltet.",
        lang="de",
    )


def test_a_silly_solution_is_no_verdict_on_people() -> None:
    check_false_alarm(
        "Die Lösung ist so banal wie blöd: Die Brausearmaturen sind nicht richtig abgedichtet.",
        "Der Monteur war zu blöd, die Armatur abzudichten.",
        lang="de",
    )


def test_breaches_of_a_law_parties_in_court_and_a_long_not_managed() -> None:
    check_class(
        "Europas wertvollstes Bildungs-Start-up verstieß gegen das Wettbewerbsrecht.",
        "Europas wertvollstes Bildungs-Start-up berief sich auf das Wettbewerbsrecht.",
        lang="de",
    )
    check_class(
        "Nun hat Go Student also gegen Wettbewerbsrecht verstoßen.",
        "Nun hat Go Student also gegen die Abmahnung geklagt.",
        lang="de",
    )
    check_class(
        "Die Beklagte verstößt mit der Durchführung der Brillenpartys gegen § 1 Abs. 1 HwO.",
        "Die Beklagte beruft sich bei der Durchführung der Brillenpartys auf § 1 Abs. 1 HwO.",
        lang="de",
    )
    check_class(
        "Dass es die Volkshochschule in Duisburg dreieinhalb Monate nach dem Lockdown Mitte März "
        "nicht geschafft hat, alle Kursgebühren zurückzuerstatten, sorgt für Ärger.",
        "Dass es die Volkshochschule in Duisburg dreieinhalb Monate nach dem Lockdown Mitte März "
        "geschafft hat, alle Kursgebühren zurückzuerstatten, freut die Kunden.",
        lang="de",
    )
    # A breach that might be is none.
    assert not blocks(
        "Die Karte könnte ihrem bisherigen Gebrauch nach gegen geltendes Datenschutzrecht "
        "verstoßen.",
        "de",
    )


def test_duties_neglected_and_a_carer_who_never_came() -> None:
    check_class(
        "Diese Hausmeisterfirma vernachlässigte vertraglich vereinbarte Pflichten.",
        "Diese Hausmeisterfirma erfüllte vertraglich vereinbarte Pflichten.",
        lang="de",
    )
    check_class(
        "Er ist nur leider einfach nicht gekommen.",
        "Er ist zum Glück pünktlich gekommen.",
        lang="de",
    )
    assert not blocks("Der Alarm ist nicht gekommen.", "de")


def test_separated_from_the_mother_and_raising_awareness_of_a_topic() -> None:
    check_false_alarm(
        "Illegal eingeführte Welpen werden oft krank, da sie zu früh von der Mutter getrennt "
        "und unter sehr schlechten Haltungsbedingungen aufgewachsen sind.",
        "Die Leitung wurde von dem Monteur getrennt.",
        lang="de",
    )
    check_false_alarm(
        "Man dürfe nicht die ganze Branche verurteilen, aber der ADAC wolle für das Thema "
        "Qualität sensibilisieren.",
        "Maßnahme: alle Admins für das Thema sensibilisieren.",
        lang="de",
    )


def test_an_open_question_and_advice_against_a_scam_judge_no_one() -> None:
    check_false_alarm(
        "Die Polizei ermittelt nun und prüft, ob hier Wucher vorliegt.",
        "Der Schlüsseldienst ist unseriös.",
        lang="de",
    )
    check_false_alarm(
        "Anlässlich des Weltverbrauchertages geben sie Tipps gegen die Abzocke unseriöser "
        "Notdienste.",
        "Der Notdienst ist unseriös und zockt seine Kunden ab.",
        lang="de",
    )


def test_overcharging_and_exploiting_someone_in_need() -> None:
    check_class(
        "Einige Schlüsseldienste kassieren außerhalb der Geschäftszeiten ordentlich ab.",
        "Einige Schlüsseldienste arbeiten außerhalb der Geschäftszeiten ordentlich.",
        lang="de",
    )
    check_class(
        "Betrügerische Schlüsseldienste machen sich derzeit die Notlage von betroffenen "
        "Personen zunutze.",
        "Hilfsbereite Schlüsseldienste kümmern sich derzeit um die Notlage von betroffenen "
        "Personen.",
        lang="de",
    )
    check_class(
        "Einige Firmen fordern absurd hohe Preise für die Türöffnung.",
        "Einige Firmen fordern faire Preise für die Türöffnung.",
        lang="de",
    )
    check_class(
        "Meines Erachtens hat sie ihren Beruf total verfehlt!",
        "Meines Erachtens hat sie ihren Beruf total gut gewählt!",
        lang="de",
    )
    assert not blocks("Wir nutzen die Zeit bis zum Release aus.", "de")


def test_a_general_rule_of_liability_names_no_culprit() -> None:
    check_false_alarm(
        "Generell sind MieterInnen für alle von ihnen verursachten Schäden innerhalb des "
        "Mietzeitraums haftbar.",
        "Der Mieter hat den Schaden verursacht.",
        lang="de",
    )


def test_only_water_left_is_no_minimising() -> None:
    check_false_alarm(
        "Die Veranstalter bestätigen, dass es gegen 21 Uhr nur noch Wasser gegeben hätte.",
        "Man hätte nur kurz prüfen müssen.",
        lang="de",
    )


def test_a_fault_that_could_not_be_proven() -> None:
    check_false_alarm(
        "Der Kl. konnte eine schadensursächliche Pflichtverletzung der Beklagten nicht nachweisen.",
        "Die Beklagte hat den Schaden verschuldet.",
        lang="de",
    )


def test_a_curt_or_stubborn_reply_and_inexperience_told_at_the_end_of_a_clause() -> None:
    check_class(
        "Die Managerin reagiert auf den berechtigten Einwand einfach nur patzig.",
        "Die Managerin reagiert auf den berechtigten Einwand einfach nur schnell.",
        lang="de",
    )
    check_class(
        "Weil man beim Friseursalon völlig uneinsichtig blieb, wandte sich Sch. an die "
        "Arbeiterkammer.",
        "Weil man beim Friseursalon völlig einsichtig blieb, wandte sich Sch. an die "
        "Arbeiterkammer.",
        lang="de",
    )
    check_class(
        "Beim ersten Weisheitszahn hatte ich das Pech, dass die Ärztin recht unerfahren war.",
        "Beim ersten Weisheitszahn hatte ich das Glück, dass die Ärztin recht erfahren war.",
        lang="de",
    )
    # A server that answers slowly is no one's manners; a package manager is software.
    assert not blocks("Der Server reagierte sehr gereizt.", "de")
    assert not blocks("Der Paketmanager hat vergessen, die Abhängigkeit zu laden.", "de")


def test_one_forgets_in_the_present_is_anyone() -> None:
    check_false_alarm(
        "Hier fühlt man sich sofort wohl, die Räume sind hell und sauber, beinahe vergisst man, "
        "wozu man hergekommen ist.",
        "Der Monteur vergaß, die Schrauben anzuziehen.",
        lang="de",
    )


def test_not_only_and_a_rule_of_liability_and_the_jewellers_trade() -> None:
    check_false_alarm(
        "Wer einen Umzug plant, muss nicht nur an den Transport der Möbel von der alten in die "
        "neue Wohnung denken.",
        "Er musste doch nur den Transport der Möbel planen.",
        lang="de",
    )
    check_false_alarm(
        "Für ein Verschulden bei der Auswahl von vermittelnden Handwerkern haftet der "
        "Möbelspediteur nur bei Vorsatz und grober Fahrlässigkeit.",
        "Der Möbelspediteur hat grob fahrlässig gehandelt.",
        lang="de",
    )
    assert blocks("Der Juwelier hat vergessen, die Fassung zu prüfen.", "de")
    assert blocks("Die Goldschmiedin hat vergessen, den Stein zu sichern.", "de")


def test_goods_lost_or_damaged_refusals_to_replace_and_costs_pushed_onto_customers() -> None:
    check_class(
        "Doch statt ihn der Frau wieder intakt auszuhändigen, verlor der Juwelier den Ring.",
        "Doch statt ihn der Frau wieder intakt auszuhändigen, polierte der Juwelier den Ring.",
        lang="de",
    )
    check_class(
        "Ein Umzugsunternehmen beschädigte bei einem Umzug eine Kommode.",
        "Ein Umzugsunternehmen transportierte bei einem Umzug eine Kommode.",
        lang="de",
    )
    check_class(
        "Das teure Schmuckstück wollte er anschliessend nicht ersetzen.",
        "Das teure Schmuckstück wollte er anschliessend gleich ersetzen.",
        lang="de",
    )
    check_class(
        "Dezember 2019: Der Juwelier lehnt es ab, dem Paar den vollen Betrag zurückzuerstatten.",
        "Dezember 2019: Der Juwelier bietet an, dem Paar den vollen Betrag zurückzuerstatten.",
        lang="de",
    )
    check_class(
        "Als einzige Firma wälzt Welti-Furrer den Selbstbehalt im Schadenfall auf die Kunden ab.",
        "Als einzige Firma übernimmt Welti-Furrer den Selbstbehalt im Schadenfall für die Kunden.",
        lang="de",
    )
    assert not blocks("Der Sturm beschädigte das Sofa auf der Terrasse.", "de")


def test_cheating_threats_concealment_and_lacking_qualification() -> None:
    check_class(
        "Der Käufer schummelt mit den Gramm-Angaben.",
        "Der Käufer rechnet mit den Gramm-Angaben.",
        lang="de",
    )
    check_class(
        "Die Zügelmänner kaschierten den Bruch.",
        "Die Zügelmänner meldeten den Bruch.",
        lang="de",
    )
    check_class(
        "Sie drohten damit, andernfalls das Umzugsgut nicht herauszugeben.",
        "Sie versprachen, andernfalls das Umzugsgut sofort herauszugeben.",
        lang="de",
    )
    check_class(
        "Dabei hatte die Kollegin keinerlei therapeutische Qualifikation.",
        "Dabei hatte die Kollegin eine therapeutische Qualifikation.",
        lang="de",
    )
    check_class(
        "Zudem hat der Tanzlehrer weder für die musikalische Vorbereitung gesorgt, noch die "
        "Schritte angepasst.",
        "Zudem hat der Tanzlehrer für die musikalische Vorbereitung gesorgt und die Schritte "
        "angepasst.",
        lang="de",
    )


def test_how_it_appears_to_someone_else_is_their_view() -> None:
    check_false_alarm(
        "Das erscheint dem Fahrschüler wiederum als abzocke.",
        "Diese Fahrschule ist reine Abzocke.",
        lang="de",
    )


def test_embarrassment_felt_is_no_label() -> None:
    check_false_alarm(
        "Dem Hotel war das äußerst peinlich und sie haben sich bemüht, mich großzügig zu "
        "entschädigen.",
        "Das Verhalten des Hotelpersonals war einfach nur peinlich.",
        lang="de",
    )


def test_no_reply_to_mails_no_return_talking_ones_way_out_and_no_sense_of_wrong() -> None:
    check_class(
        "Danach war er zwei Wochen lang nicht erreichbar, hat weder auf Mails noch auf Anrufe "
        "reagiert.",
        "Danach war er zwei Wochen lang im Urlaub und hat dann auf Mails und Anrufe reagiert.",
        lang="de",
    )
    check_class(
        "Die Dachdecker haben nach 3 Tagen jedoch mitten drin einfach aufgehört und sind nicht "
        "wieder gekommen.",
        "Die Dachdecker haben nach 3 Tagen eine Pause gemacht und sind dann wieder gekommen.",
        lang="de",
    )
    check_class(
        "»Dieser Bereich war die ganze Zeit überhaupt nicht benutzt«, versuchte sich der "
        "Unternehmer herauszureden.",
        "»Dieser Bereich war die ganze Zeit überhaupt nicht benutzt«, erklärte der Unternehmer.",
        lang="de",
    )
    check_class(
        "Das neue Handy gibt den Geist auf, aber der Hersteller will es nicht gratis reparieren.",
        "Das neue Handy gibt den Geist auf, aber der Hersteller will es gratis reparieren.",
        lang="de",
    )
    # A firm that cannot be reached for comment, or a shop offline, is no one's failing.
    assert not blocks("Die Telekom war für eine Stellungnahme nicht erreichbar.", "de")
    assert not blocks("Amazon reagierte mit Unverständnis auf die Entscheidung.", "de")


def test_a_fronted_warning_about_dubious_firms() -> None:
    check_false_alarm(
        "Vor unseriösen Entrümplern und Haustürgeschäften warnt das Umweltamt der "
        "Landeshauptstadt.",
        "Diese Entrümpler sind unseriös.",
        lang="de",
    )


def test_a_cause_that_cannot_be_ruled_out_is_not_named() -> None:
    check_false_alarm(
        "Es war nicht auszuschließen, dass die Schäden durch Personen verursacht worden waren, "
        "die nicht Gäste des „Public Viewing“ waren.",
        "Der Hausmeister ist schuld an den Schäden.",
        lang="de",
    )


def test_caused_by_a_person_with_the_participle_last() -> None:
    check_class(
        "Die Schäden wurden durch den Hausmeister verursacht.",
        "Die Schäden wurden durch einen Kurzschluss verursacht.",
        lang="de",
    )


def test_no_comment_out_of_regard_for_a_family() -> None:
    check_false_alarm(
        "Die Betreiber der Kletterhalle äußerten sich nicht zum Vorfall, unter Verweis auf die "
        "Rücksichtnahme gegenüber den Angehörigen der Verstorbenen.",
        "Die Betreiber der Kletterhalle haben die Sicherungen nicht geprüft.",
        lang="de",
    )


def test_no_doctor_called_for_a_patient() -> None:
    check_class(
        "Die Mitarbeiterin und ihre Chefin informierten keinen Arzt.",
        "Die Mitarbeiterin und ihre Chefin informierten sofort einen Arzt.",
        lang="de",
    )
    assert not blocks("Das System informierte keine Angehörigen.", lang="de")


def test_a_three_digit_sum_and_scrupulous_care_are_no_labels() -> None:
    check_false_alarm(
        "Die Geräte sind frei verfügbar und kosten nur einen geringen dreistelligen Betrag.",
        "Der Händler war dreist und verlangte einen dreistelligen Betrag.",
        lang="de",
    )
    assert not blocks("Sie arbeitet peinlich genau.", lang="de")


def test_a_planner_is_a_person() -> None:
    check_class(
        "Die Planerin benötigte nicht nur Hilfe, sondern versäumte es auch, Blumen zu liefern.",
        "Die Software benötigte nicht nur Hilfe, sondern versäumte es auch, Blumen zu liefern.",
        lang="de",
    )


def test_a_duty_breached_by_the_accused() -> None:
    check_class(
        "Der Beschuldigte hat seine Berufspflichten verletzt.",
        "Das Update hat die Schreibpflichten verletzt.",
        lang="de",
    )
    assert blocks(
        "Diese Pflichten hat der Beschuldigte verletzt, indem er nicht erreichbar war.", lang="de"
    )


def test_a_separable_verb_left_undone() -> None:
    check_class(
        "Eine Nachkontrolle der Wunde führte der Tierarzt nicht durch.",
        "Eine Nachkontrolle der Wunde führte die Software nicht durch.",
        lang="de",
    )
    check_class(
        "Der Admin rief den Kunden nicht zurück.",
        "Der Admin rief den Kunden sofort zurück.",
        lang="de",
    )


def test_complaints_that_led_nowhere_are_no_omission() -> None:
    assert tier("Die Beschwerden über den Händler führten nicht weiter.", lang="de") == "clean"
    assert blocks("Der Admin leitete die Mail nicht weiter.", lang="de")


def test_a_slip_that_befell_someone_a_long_way_after_them() -> None:
    # Dropping the judging word from "ein peinlicher Fehler" must leave a slip the rule still
    # reads as the firm's (held-out 269): seven words may stand between them.
    assert blocks(
        "Dem Admin ist bei der nächtlichen Wartung des Servers im Rechenzentrum ein Fehler "
        "unterlaufen.",
        lang="de",
    )


def test_a_court_that_sees_no_way_the_harm_could_have_been_averted() -> None:
    assert (
        tier(
            "Es ist nicht ersichtlich, dass der Mandant den Schaden selbst hätte abwenden können.",
            lang="de",
        )
        == "clean"
    )
    assert blocks("Der Admin hätte den Schaden abwenden können.", lang="de")


def test_usury_as_a_topic_causes_in_general_and_what_one_does() -> None:
    check_false_alarm(
        "Wie viele solcher Fälle von Wucher es im Land gibt, lässt sich nicht sagen.",
        "Der Schlüsseldienst betreibt Wucher.",
        lang="de",
    )
    assert tier("Leider sehen sich viele oft mit Wucher konfrontiert.", lang="de") == "clean"
    check_false_alarm(
        "Die Ursachen für Falschalarme können Bedienungsfehler oder Mängel in der Anlage sein.",
        "Die Ursache war ein Bedienungsfehler des Technikers.",
        lang="de",
    )
    assert tier("Irgendwann reagiert man nicht mehr – man wird alarmmüde.", lang="de") == "clean"


def test_a_rule_that_obviously_holds_is_no_hindsight() -> None:
    check_false_alarm(
        "Wenn das Hörgerät nach der Wartung defekt ist, haben Sie einen Anspruch auf Reparatur, "
        "das ist ja klar.",
        "Dass der Admin das Backup hätte prüfen müssen, das ist ja klar.",
        lang="de",
    )


def test_an_undertaker_who_swapped_the_dead_or_wanted_to_hide_it() -> None:
    check_class(
        "Der Bestatter hatte die Leichen vertauscht!",
        "Der Bestatter hatte die Leichen überführt!",
        lang="de",
    )
    assert blocks("Die Bestatterin hatte die Leichen verwechselt.", lang="de")
    check_class(
        "Der Bestatter wollte die Panne vertuschen.",
        "Der Bestatter wollte die Panne aufklären.",
        lang="de",
    )
    # Swapped by no one named: a label, a passive.
    assert not blocks("Die Telefonendziffern waren darauf vertauscht.", lang="de")
    assert not blocks("Es gibt nichts zu vertuschen.", lang="de")


def test_a_likeness_is_no_counterfactual() -> None:
    assert not any(
        f.rule_id == "counterfactual.konjunktiv"
        for f in lint(
            "Statt der Torte kam etwas, das aussah, als hätte es ein Kind mit Knetgummi "
            "zusammengebastelt.",
            lang="de",
        )
    )
    assert blocks("Hätte der Admin das Backup geprüft, wäre nichts passiert.", lang="de")


def test_a_rule_for_someone_who_does_not_pay() -> None:
    assert (
        tier(
            "Wenn der Falschparker die Rechnung nicht fristgerecht bezahlt, senden wir ihm eine "
            "Mahnung und berechnen eine Bearbeitungsgebühr.",
            lang="de",
        )
        == "clean"
    )


def test_fled_railroaded_and_botched_in_another_spelling() -> None:
    check_class(
        "Als der Hausbesitzer die Polizei rief, suchte die Dachdeckerkolonne das Weite.",
        "Als der Hausbesitzer die Polizei rief, suchte die Dachdeckerkolonne das Werkzeug.",
        lang="de",
    )
    check_class(
        "In der vergangenen Woche überrumpelten ungarische Dachdecker einen Hausbesitzer.",
        "In der vergangenen Woche besuchten ungarische Dachdecker einen Hausbesitzer.",
        lang="de",
    )
    check_class(
        "Der Maler aus seiner Firma fuscht nur.",
        "Der Maler aus seiner Firma malt nur.",
        lang="de",
    )
    assert tier("Wir suchten das Weite, als der Sturm kam.", lang="de") != "block"


def test_a_job_that_took_longer_is_no_minimising() -> None:
    check_false_alarm(
        "Der Handwerker kommt nicht, weil er für eine andere Baustelle einfach länger "
        "gebraucht hat als geplant.",
        "Er hätte einfach nur zwei Minuten gebraucht, um den Haken zu setzen.",
        lang="de",
    )


def test_whether_a_breach_exists_is_a_question() -> None:
    check_false_alarm(
        "Hierbei ist insbesondere zu prüfen, ob ein Verstoß gegen die guten Sitten vorliegt.",
        "Der Anbieter hat einen Verstoß gegen die Vorschriften begangen.",
        lang="de",
    )


def test_overbilling_money_kept_and_a_typesetter() -> None:
    check_class(
        "Über 19 Monate rechnete der Zahnarzt in 575 Fällen 331.319,63 Euro zu viel ab.",
        "Über 19 Monate rechnete der Zahnarzt in 575 Fällen 331.319,63 Euro korrekt ab.",
        lang="de",
    )
    check_class(
        "Die eingesparten Kosten behielt der Zahnarzt für sich.",
        "Die eingesparten Kosten gab der Zahnarzt weiter.",
        lang="de",
    )
    # Withholding a deposit is a landlord's right, not a deed.
    assert not blocks("Der Vermieter behielt daraufhin einen Teil der Kaution ein.", lang="de")
    check_class(
        "Beim Neuschreiben unterlief dem Setzer ein folgenschwerer Fehler.",
        "Beim Neuschreiben unterlief dem Setzer kein Fehler.",
        lang="de",
    )


def test_not_getting_the_job_is_no_failure_to_react() -> None:
    check_false_alarm(
        "Doch sie kamen nicht zum Zug, die Polizei hatte zwei Firmen aus Hannover angefordert.",
        "Der Abschleppdienst kam nicht, obwohl wir dreimal anriefen.",
        lang="de",
    )


def test_blows_to_an_animal_and_a_duty_breached_in_a_clause() -> None:
    check_class(
        "Als der Hund an der Leine zerrt, holt der Trainer aus und schlägt dem Tier auf die Nase.",
        "Als der Hund an der Leine zerrt, holt der Trainer aus und gibt dem Tier einen Napf.",
        lang="de",
    )
    check_class(
        "Ein Hundetrainer hat seinen Hund zu Tode getreten.",
        "Ein Hundetrainer hat seinen Hund zu Tode erschreckt.",
        lang="de",
    )
    check_class(
        "Der Senat stimmt darin überein, dass der Beklagte seine Aufsichtspflicht verletzt hat.",
        "Der Senat stimmt darin überein, dass der Beklagte seine Aufsichtspflicht nicht verletzt "
        "hat.",
        lang="de",
    )
    assert not blocks("Das Pferd trat den Hufschmied.", lang="de")


def test_hatte_in_reported_speech_is_a_hint() -> None:
    assert (
        tier(
            "Ich rief den Hausmeister an, der mir erklärte, er hätte das Schloss schon vor "
            "einigen Monaten ausgetauscht.",
            lang="de",
        )
        != "block"
    )
    assert blocks("Der Admin hätte das Backup prüfen müssen.", lang="de")


def test_usury_reported_and_complaints_about_a_kind_of_practice() -> None:
    check_false_alarm(
        "Mehr als 500 Anzeigen wegen Verdachts auf Wucher sind 2018 bei der Polizei eingegangen.",
        "Der Notdienst betreibt Wucher.",
        lang="de",
    )
    check_false_alarm(
        "Beschwerden zu solchen unseriösen Praktiken reißen nicht ab.",
        "Die unseriösen Praktiken des Notdienstes haben viele Kunden geschädigt.",
        lang="de",
    )


def test_dreist_as_a_word_not_inside_a_number_word() -> None:
    check_false_alarm(
        "Die Bäckerei steht kurzfristig mit einer dreistöckigen, herzförmigen Torte da.",
        "Der Monteur war dreist und unverschämt.",
        lang="de",
    )
    assert blocks("Die Dreistigkeit des Vermieters ist kaum zu glauben.", lang="de")


def test_window_cleaners_and_the_lads_are_people_and_pet_shops_are_firms() -> None:
    check_class(
        "Ein Fensterputzer verursachte bei seiner Arbeit einen beträchtlichen Schaden.",
        "Ein Fensterrahmen verursachte bei seiner Montage einen beträchtlichen Schaden.",
        lang="de",
    )
    check_class(
        "Alle anderen Zoofachgeschäfte befolgten die Vorschriften gar nicht.",
        "Alle anderen Zoofachgeschäfte befolgten die Vorschriften genau.",
        lang="de",
    )
    assert blocks("Die Jungs haben den Termin vergessen.", lang="de")


def test_defacing_quitting_dodging_exploiting_and_hostility() -> None:
    check_class(
        "Mit einem Hubsteiger verunstaltete er die Fassade eines Verlags.",
        "Mit einem Hubsteiger reinigte er die Fassade eines Verlags.",
        lang="de",
    )
    check_class(
        "Ein Reinigungsunternehmen hat der Stadt kurzfristig die Brocken hingeworfen.",
        "Ein Reinigungsunternehmen hat der Stadt kurzfristig die Schlüssel zurückgegeben.",
        lang="de",
    )
    check_class(
        "Dessen Versicherung versuchte durch Haarspaltereien, sich vor der Bezahlung zu drücken.",
        "Dessen Versicherung versuchte durch Nachfragen, die Bezahlung zu klären.",
        lang="de",
    )
    check_class(
        "Wenn ich darüber nachdenke, wie die Jungs meine Gutmütigkeit ausgenutzt haben …",
        "Wenn ich darüber nachdenke, wie die Jungs meine Hilfe angenommen haben …",
        lang="de",
    )
    check_class(
        "Einige der Ladenbesitzer reagierten feindselig auf die Besuche des Tierschutzes.",
        "Einige der Ladenbesitzer reagierten gelassen auf die Besuche des Tierschutzes.",
        lang="de",
    )
    check_class(
        "Wenn dann der Notdienst anrückt, wird das Nest unfachmännisch entfernt.",
        "Wenn dann der Notdienst anrückt, wird das Nest fachmännisch entfernt.",
        lang="de",
    )


def test_cheating_botching_hiding_and_passing_the_buck() -> None:
    check_class(
        "Die TÄ holte aus und schlug der Katze mit voller Wucht die flache Hand in die Seite.",
        "Die TÄ holte aus und zeigte der Katze mit voller Ruhe die flache Hand an der Seite.",
        lang="de",
    )
    check_class(
        "Die Händler hauen die Kunden übers Ohr.",
        "Die Händler sehen die Kunden über die Theke.",
        lang="de",
    )
    check_class(
        "Die hat seine Mohair-Kuscheldecke zu einem kratzigen Brett verhunzt.",
        "Die hat seine Mohair-Kuscheldecke zu einem flauschigen Kissen verarbeitet.",
        lang="de",
    )
    check_class("Er läßt sich verleugnen.", "Er lässt sich vertreten.", lang="de")
    check_class(
        "Die Wäscherei badet ihre Hände in Unschuld.",
        "Die Wäscherei badet ihre Hände in Seifenwasser.",
        lang="de",
    )
    check_class(
        "Der Monteur ging dabei nicht sorgfältig genug vor.",
        "Der Monteur ging dabei sorgfältig genug vor.",
        lang="de",
    )


def test_rigging_machines_swindling_and_throwing_out_someones_things() -> None:
    check_class(
        "Zusammen mit einem Programmierer manipulierte ein Betreiber die Software von Automaten.",
        "Zusammen mit einem Programmierer aktualisierte ein Betreiber die Software von Automaten.",
        lang="de",
    )
    assert not blocks(
        "Registrierkassen: Wie manipulierte Software den Wettbewerb verzerrt", lang="de"
    )
    check_class(
        "Die Spielhallenbesitzer haben den Staat und viele Spieler um Millionen geprellt.",
        "Die Spielhallenbesitzer haben den Staat und viele Spieler um Geduld gebeten.",
        lang="de",
    )
    check_class(
        "Der Vermieter entsorgte das eingelagerte Eigentum der Klägerin.",
        "Der Vermieter verwahrte das eingelagerte Eigentum der Klägerin.",
        lang="de",
    )


def test_what_would_not_have_prevented_it_clears() -> None:
    check_false_alarm(
        "Selbst eine frühere Meldung hätte den Einbruch nicht verhindert.",
        "Der Techniker hätte den Fehler bemerken müssen.",
        lang="de",
    )


def test_damage_lost_control_wrecking_wrong_pedal_and_rules_ignored() -> None:
    check_class("Der Monteur beschädigte die Tür.", "Der Sturm beschädigte das Dach.", lang="de")
    check_class(
        "Ein betagter Herr verlor die Kontrolle über sein E-Auto.",
        "Ein betagter Herr erlangte die Kontrolle über sein E-Auto zurück.",
        lang="de",
    )
    check_class(
        "Innerhalb weniger Sekunden schrottete ein 73-Jähriger mit seinem Audi eine ganze Anlage.",
        "Innerhalb weniger Sekunden verließ ein 73-Jähriger mit seinem Audi eine ganze Anlage.",
        lang="de",
    )
    check_class(
        "Er drückte statt der Bremse das Gaspedal durch.",
        "Er drückte mit Gefühl das Bremspedal durch.",
        lang="de",
    )
    check_class(
        "Der Fahrer hielt sich aber offenbar nicht daran und fuhr trotzdem in die Anlage ein.",
        "Der Fahrer hielt sich aber offenbar daran und fuhr erst danach in die Anlage ein.",
        lang="de",
    )


def test_drunk_or_on_drugs_at_work() -> None:
    check_class(
        "Die Beamten stellten fest, dass der Mann unter dem Einfluss von Alkohol stand.",
        "Die Beamten stellten fest, dass der Mann unter dem Einfluss von Müdigkeit stand.",
        lang="de",
    )
    check_class(
        "Einige Möbelpacker einer Spedition waren erkennbar betrunken.",
        "Einige Möbelpacker einer Spedition waren erkennbar erschöpft.",
        lang="de",
    )
