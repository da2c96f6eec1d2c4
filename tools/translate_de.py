#!/usr/bin/env python3
"""Fill resources/translations/pmdesk_de.ts with the German UI texts.

Run after `pyside6-lupdate` and before `pyside6-lrelease`:

    .venv/bin/pyside6-lupdate $(git ls-files 'pmdesk/ui/*.py' 'pmdesk/domain/*.py') \
        -ts resources/translations/pmdesk_de.ts
    .venv/bin/python tools/translate_de.py
    .venv/bin/pyside6-lrelease resources/translations/pmdesk_de.ts -qm resources/translations/pmdesk_de.qm

The script
* fills every message whose source text is in TRANSLATIONS (or, per context, in
  CONTEXT_TRANSLATIONS) and removes `type="unfinished"`; existing finished
  translations are kept unless --force is given;
* adds EXTRA_MESSAGES: strings the code translates at run time with
  `self.tr(variable)` (or `parent.tr(...)`), which lupdate cannot see, so they would
  otherwise stay English. lupdate marks them "vanished" on its next run; this script
  turns them back into normal messages;
* prints the source texts it has no translation for (exit status 1 if any).

Terminology: see the German glossary in the docstring at the end of this file.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_FILE = Path(__file__).resolve().parent.parent / "resources" / "translations" / "pmdesk_de.ts"

# Source text -> German, for every context unless CONTEXT_TRANSLATIONS says otherwise.
TRANSLATIONS: dict[str, str] = {
    # --- preferences ---------------------------------------------------------------------
    "Preferences": "Einstellungen",
    "No exact wording to offer here; rewrite it yourself.": "Hier gibt es keine fertige Formulierung; bitte selbst umformulieren.",
    "Shown on the cover and footer of reports": "Erscheint auf Titelblatt und Fußzeile der Berichte",
    "No logo": "Kein Logo",
    "Logo file": "Logodatei",
    "Choose…": "Auswählen…",
    "Remove": "Entfernen",
    "Accent colour": "Akzentfarbe",
    "Takes effect when pmdesk starts again.": "Wirkt beim nächsten Start von pmdesk.",
    "Minutes for {step}": "Minuten für {step}",
    " daily backups": " tägliche Sicherungen",
    "&Organisation": "&Organisation",
    "&Logo": "&Logo",
    "&Accent colour": "&Akzentfarbe",
    "Meeting &agenda": "&Besprechungsablauf",
    "Lan&guage": "S&prache",
    "&Keep": "&Aufbewahren",
    "Choose a logo": "Logo auswählen",
    "Same as the system": "Wie das System",
    "Organisation, logo and colour for reports; meeting agenda; language": "Organisation, Logo und Farbe der Berichte; Besprechungsablauf; Sprache",
    "Preferences…": "Einstellungen…",
    "P&references…": "&Einstellungen…",
    "That is a lot to discuss: {count} events take a while to save and to read through. "
    "A narrower window, a level or a keyword keeps the timeline focused.": "Das ist viel Stoff: {count} Ereignisse brauchen Zeit zum Speichern und Durchsehen. "
    "Ein engeres Zeitfenster, eine Stufe oder ein Stichwort hält die Zeitleiste übersichtlich.",
    # --- action items ------------------------------------------------------------------
    "Code change": "Code-Änderung",
    "Test": "Test",
    "Process": "Prozess",
    "Monitoring": "Monitoring",
    "Documentation": "Dokumentation",
    "Other": "Sonstiges",
    "Open": "Offen",
    "In progress": "In Arbeit",
    "Done": "Erledigt",
    "Won't do": "Verworfen",
    "P0 · now": "P0 · sofort",
    "P1 · high": "P1 · hoch",
    "P2 · normal": "P2 · normal",
    "P3 · low": "P3 · niedrig",
    "Action": "Maßnahme",
    "Type": "Art",
    "Owner (team or role)": "Verantwortlich",
    "Priority": "Priorität",
    "Due": "Fällig am",
    "Status": "Status",
    "Tracker link": "Tracker-Link",
    "Root causes": "Grundursachen",
    "Ctrl+click a link to open it in the browser.": "Ctrl+Klick auf einen Link öffnet ihn im Browser.",
    "Double-click or F2 to choose the root causes.": "Doppelklick oder F2, um die Grundursachen auszuwählen.",
    "Needs an owner and a due date.": "Braucht eine Verantwortlichkeit und ein Fälligkeitsdatum.",
    "Needs an owner.": "Braucht eine Verantwortlichkeit.",
    "Needs a due date.": "Braucht ein Fälligkeitsdatum.",
    "Missing": "Fehlt",
    "— no owner —": "— niemand verantwortlich —",
    "— no date —": "— kein Datum —",
    "— none —": "— keine —",
    "{url}\nCtrl+click to open in the browser.": "{url}\nCtrl+Klick öffnet den Link im Browser.",
    "Every action item needs an owner: a team or a role.": "Jede Maßnahme braucht eine Verantwortlichkeit: ein Team oder eine Rolle.",
    "Every action item needs a due date.": "Jede Maßnahme braucht ein Fälligkeitsdatum.",
    "Edit action title": "Titel der Maßnahme bearbeiten",
    "Change action type": "Art der Maßnahme ändern",
    "Change action owner": "Verantwortlichkeit der Maßnahme ändern",
    "Change action priority": "Priorität der Maßnahme ändern",
    "Change action due date": "Fälligkeitsdatum der Maßnahme ändern",
    "Change action status": "Status der Maßnahme ändern",
    "Edit tracker link": "Tracker-Link bearbeiten",
    "Link root causes": "Grundursachen verknüpfen",
    "Action items": "Maßnahmen",
    "&Add action": "Maßnahme &hinzufügen",
    "Add an action item (Ctrl+Enter or Insert)": "Maßnahme hinzufügen (Ctrl+Enter oder Insert)",
    "De&lete": "&Löschen",
    "Delete the selected action item (Delete)": "Ausgewählte Maßnahme löschen (Delete)",
    "Move &up": "Nach &oben",
    "Move the selected action item up (Ctrl+Shift+Up)": "Ausgewählte Maßnahme nach oben verschieben (Ctrl+Shift+Up)",
    "Move do&wn": "Nach &unten",
    "Move the selected action item down (Ctrl+Shift+Down)": "Ausgewählte Maßnahme nach unten verschieben (Ctrl+Shift+Down)",
    "&Root causes…": "&Grundursachen…",
    "Choose the root causes the selected action addresses (F2 on that column)": "Grundursachen auswählen, die die ausgewählte Maßnahme behebt (F2 in dieser Spalte)",
    "Open lin&k": "Lin&k öffnen",
    "Open the selected action's tracker link in the browser (Ctrl+click)": "Tracker-Link der ausgewählten Maßnahme im Browser öffnen (Ctrl+Klick)",
    "Concrete work that addresses the root causes. Every action needs an owner (a team or a role) and a due date. Double-click or start typing to edit.": "Konkrete Arbeit, die die Grundursachen angeht. Jede Maßnahme braucht eine Verantwortlichkeit (ein Team oder eine Rolle) und ein Fälligkeitsdatum. Zum Bearbeiten doppelklicken oder einfach lostippen.",
    "Edit action description": "Beschreibung der Maßnahme bearbeiten",
    "Description of the selected action": "Beschreibung der ausgewählten Maßnahme",
    "Optional: what exactly to change, and how we will know it worked.": "Optional: Was genau geändert wird und woran wir erkennen, dass es gewirkt hat.",
    "1 root cause has no action item": "1 Grundursache hat noch keine Maßnahme",
    "{n} root causes have no action item": "{n} Grundursachen haben noch keine Maßnahme",
    "No root causes are marked yet. Mark them in the 5 Whys step; each one needs an action item.": "Noch keine Grundursachen markiert. Markieren Sie sie im Schritt „5 Warums“; jede braucht eine Maßnahme.",
    "✓ Every root cause has an action item.": "✓ Jede Grundursache hat eine Maßnahme.",
    "1 action item needs an owner or a due date (marked “!”).": "1 Maßnahme braucht noch eine Verantwortlichkeit oder ein Fälligkeitsdatum (markiert mit „!“).",
    "{n} action items need an owner or a due date (marked “!”).": "{n} Maßnahmen brauchen noch eine Verantwortlichkeit oder ein Fälligkeitsdatum (markiert mit „!“).",
    "Descri&ption (select an action)": "Beschrei&bung (Maßnahme auswählen)",
    "Descri&ption of action {n}": "Beschrei&bung von Maßnahme {n}",
    "Add action item": "Maßnahme hinzufügen",
    "Delete action item": "Maßnahme löschen",
    "Move action item": "Maßnahme verschieben",
    # --- small widgets -----------------------------------------------------------------
    "Cancel": "Abbrechen",
    "Type the date and time in UTC, or use Up/Down; Alt+Down opens a calendar.": "Datum und Uhrzeit in UTC eintippen oder mit Up/Down ändern; Alt+Down öffnet einen Kalender.",
    "Clear": "Leeren",
    "No due date": "Kein Fälligkeitsdatum",
    "Alt+Down opens the calendar; Ctrl+Delete clears the date.": "Alt+Down öffnet den Kalender; Ctrl+Delete entfernt das Datum.",
    "{when}\n{text}\n\nClick to show it in the timeline.": "{when}\n{text}\n\nKlicken, um es in der Zeitleiste zu zeigen.",
    "Evidence: {text}": "Beleg: {text}",
    "Stop citing this event": "Dieses Ereignis nicht mehr als Beleg anführen",
    "Remove evidence": "Beleg entfernen",
    "1 event": "1 Ereignis",
    "{count} events": "{count} Ereignisse",
    "No evidence yet. Link timeline events, or drag them from the timeline onto this why.": "Noch keine Belege. Verknüpfen Sie Ereignisse der Zeitleiste oder ziehen Sie sie aus der Zeitleiste auf dieses Warum.",
    "Select a why to see the timeline events it cites.": "Wählen Sie ein Warum aus, um die Ereignisse der Zeitleiste zu sehen, auf die es sich stützt.",
    "Evidence for this why": "Belege für dieses Warum",
    "(empty why)": "(leeres Warum)",
    "Tick the timeline events that show this why happened.": "Markieren Sie die Ereignisse der Zeitleiste, die belegen, dass dieses Warum zutrifft.",
    "Filter by time, text or source": "Nach Zeit, Text oder Quelle filtern",
    "Filter events": "Ereignisse filtern",
    "Timeline events": "Ereignisse der Zeitleiste",
    # --- findings panel ------------------------------------------------------------------
    "Blameless-language findings": "Hinweise zur schuldfreien Sprache",
    "No blaming language found. ✓": "Keine schuldzuweisende Sprache gefunden. ✓",
    "{count} finding(s) to look at": "{count} Hinweis(e) zu prüfen",
    " · {kept} kept on purpose": " · {kept} bewusst beibehalten",
    # --- import dialog -------------------------------------------------------------------
    "Slack export": "Slack-Export",
    "Microsoft Teams messages": "Microsoft-Teams-Nachrichten",
    "Mattermost bulk export": "Mattermost-Massenexport",
    "Discord (DiscordChatExporter)": "Discord (DiscordChatExporter)",
    "Pasted chat or notes (HH:MM name: text)": "Eingefügter Chat oder Notizen (HH:MM Name: Text)",
    "systemd journal (journalctl -o json)": "systemd-Journal (journalctl -o json)",
    "syslog (RFC 3164 / 5424)": "syslog (RFC 3164 / 5424)",
    "JSON-lines application log": "Anwendungslog im JSON-Lines-Format",
    "logfmt log": "logfmt-Log",
    "nginx / Apache access or error log": "nginx-/Apache-Zugriffs- oder -Fehlerlog",
    "Kubernetes events": "Kubernetes-Ereignisse",
    "PagerDuty log entries": "PagerDuty-Logeinträge",
    "Opsgenie alert log": "Opsgenie-Alarmlog",
    "GitHub deployments / Actions runs": "GitHub-Deployments / Actions-Läufe",
    "CSV (generic)": "CSV (allgemein)",
    "Choose a file or folder to import.": "Wählen Sie eine Datei oder einen Ordner zum Importieren.",
    "Reading {file}…": "{file} wird gelesen…",
    "The times in this file carry no time zone, so pmdesk cannot place them by itself. Confirm the zone they were written in (pre-filled with this computer's zone).": "Die Zeiten in dieser Datei haben keine Zeitzone, daher kann pmdesk sie nicht selbst einordnen. Bestätigen Sie die Zeitzone, in der sie geschrieben wurden (vorausgefüllt mit der Zeitzone dieses Computers).",
    "Check the zone, then tick the box: pmdesk never guesses a zone.": "Prüfen Sie die Zeitzone und setzen Sie dann den Haken: pmdesk rät nie eine Zeitzone.",
    "Times without a zone are read in {zone}, as you confirmed.": "Zeiten ohne Zeitzone werden wie bestätigt als {zone} gelesen.",
    '"{zone}" is not a time zone pmdesk knows. Type a name like Europe/Berlin.': "„{zone}“ ist keine Zeitzone, die pmdesk kennt. Geben Sie einen Namen wie Europe/Berlin ein.",
    "Reading was stopped. Change an option or press Read again.": "Das Lesen wurde angehalten. Ändern Sie eine Option oder wählen Sie „Neu einlesen“.",
    "Every event in this file is already in the timeline; there is nothing to add.": "Alle Ereignisse dieser Datei sind schon in der Zeitleiste; es gibt nichts hinzuzufügen.",
    "No events match the window and filters.": "Keine Ereignisse passen zum Zeitfenster und zu den Filtern.",
    "Events to add: {count}": "Neue Ereignisse: {count}",
    "already in the timeline: {count}": "schon in der Zeitleiste: {count}",
    "duplicates dropped: {count}": "Duplikate verworfen: {count}",
    "lines skipped: {count}": "Zeilen übersprungen: {count}",
    "The window ends before it starts; swap the two times.": "Das Zeitfenster endet vor seinem Beginn; tauschen Sie die beiden Zeiten.",
    "Import timeline events": "Ereignisse in die Zeitleiste importieren",
    "No file chosen": "Keine Datei gewählt",
    "File or folder to import": "Zu importierende Datei oder Ordner",
    "Choose &file…": "&Datei wählen…",
    "Choose f&older…": "&Ordner wählen…",
    "&Browse…": "&Durchsuchen…",
    "Type or paste a path, or browse for a file": "Pfad eingeben oder einfügen, oder eine Datei suchen",
    "Choose a file to import": "Eine Datei zum Importieren wählen",
    "Choose a folder, e.g. an unzipped Slack export": "Einen Ordner wählen, z. B. einen entpackten Slack-Export",
    "There is no file or folder at {path}. Check the path, or use Browse.": "Unter {path} gibt es keine Datei und keinen Ordner. Prüfen Sie den Pfad oder wählen Sie „Durchsuchen“.",
    "The file covers {file_span}; the import window is {window}.": "Die Datei umfasst {file_span}; das Zeitfenster des Imports ist {window}.",
    "&Widen the window to include the file": "Zeitfenster auf die Datei &erweitern",
    "Read the w&hole file instead": "Stattdessen die &ganze Datei lesen",
    "Times without a zone are read in {zone}, as confirmed for this post-mortem's last import. Untick the box if this file was written in another zone.": "Zeiten ohne Zeitzone werden als {zone} gelesen, wie beim letzten Import dieses Post-Mortems bestätigt. Entfernen Sie den Haken, wenn diese Datei in einer anderen Zone geschrieben wurde.",
    "The lines in this file carry no year; pmdesk read them as {year}. Change the year if the file is from another one.": "Die Zeilen dieser Datei enthalten kein Jahr; pmdesk hat sie als {year} gelesen. Ändern Sie das Jahr, wenn die Datei aus einem anderen stammt.",
    "Year:": "Jahr:",
    "Year of the lines that carry none": "Jahr der Zeilen ohne Jahresangabe",
    "Format": "Format",
    "Time zone of the file's times": "Zeitzone der Zeiten in der Datei",
    "The times in this file are in this &zone": "Die Zeiten in dieser Datei sind in dieser &Zeitzone",
    "Only events b&etween": "Nur &Ereignisse zwischen",
    "and": "und",
    "e.g. #inc-checkout, db-01 (any of them)": "z. B. #inc-checkout, db-01 (beliebiger davon)",
    "Source or channel filter": "Filter nach Quelle oder Kanal",
    "Lowest log level": "Niedrigste Log-Stufe",
    "Any level": "Jede Stufe",
    "{level} and above": "{level} und höher",
    "Only events mentioning this": "Nur Ereignisse, die dies erwähnen",
    "Keyword filter": "Stichwortfilter",
    "Import:": "Import:",
    "Format:": "Format:",
    "Time zone:": "Zeitzone:",
    "Window:": "Zeitfenster:",
    "Filters:": "Filter:",
    "Reading progress": "Lesefortschritt",
    "&Stop": "&Anhalten",
    "&Read again": "Neu ein&lesen",
    "Preview of the first events": "Vorschau der ersten Ereignisse",
    "First events": "Erste Ereignisse",
    "Skipped lines and warnings": "Übersprungene Zeilen und Warnungen",
    "Nothing was skipped.": "Nichts wurde übersprungen.",
    "&Import": "&Importieren",
    "{name} — detected ({confidence} % sure)": "{name} — erkannt ({confidence} % sicher)",
    "Not recognised — choose the format below": "Nicht erkannt — wählen Sie unten das Format",
    "Detect automatically": "Automatisch erkennen",
    "pmdesk could not tell which kind of export {file} is. Choose the format from the list.": "pmdesk konnte nicht erkennen, was für ein Export {file} ist. Wählen Sie das Format aus der Liste.",
    "{name} — {summary}": "{name} — {summary}",
    "line {line}: {reason}": "Zeile {line}: {reason}",
    "Something went wrong inside pmdesk while reading the file.": "Beim Lesen der Datei ist in pmdesk ein interner Fehler aufgetreten.",
    "Not needed so far: the times in this file say their own zone.": "Bisher nicht nötig: Die Zeiten in dieser Datei geben ihre Zeitzone selbst an.",
    "&Import 1 event": "1 Ereignis &importieren",
    "&Import {count} events": "{count} Ereignisse &importieren",
    # --- incident step -------------------------------------------------------------------
    "Edit title": "Titel bearbeiten",
    "What happened, in one line": "Was ist passiert, in einer Zeile",
    "Edit summary": "Zusammenfassung bearbeiten",
    "A few sentences: what happened, the impact, how it was resolved.": "Ein paar Sätze: was passiert ist, die Auswirkung, wie es behoben wurde.",
    "Edit customer impact": "Kundenauswirkung bearbeiten",
    "Who was affected, how, and for how long.": "Wer betroffen war, wie und wie lange.",
    "Change severity": "Schweregrad ändern",
    "Not set": "Nicht festgelegt",
    "SEV {n}": "SEV {n}",
    " — most severe": " — am schwersten",
    " — least severe": " — am leichtesten",
    "Change incident start": "Beginn des Vorfalls ändern",
    "Change incident end": "Ende des Vorfalls ändern",
    "Edit facilitator": "Moderation bearbeiten",
    "Who runs the review": "Wer die Besprechung leitet",
    "Edit tags": "Tags bearbeiten",
    "e.g. database, failover": "z. B. Datenbank, Failover",
    "Edit services": "Services bearbeiten",
    "e.g. checkout, ledger": "z. B. checkout, ledger",
    "Edit facilitator notes": "Notizen der Moderation bearbeiten",
    "Reminders for yourself: who to follow up with, what to ask next.": "Erinnerungen für Sie selbst: bei wem nachfassen, was als Nächstes fragen.",
    "Title": "Titel",
    "Summary": "Zusammenfassung",
    "Markdown": "Markdown",
    "Customer impact": "Kundenauswirkung",
    "Severity": "Schweregrad",
    "1 is the most severe": "1 ist der höchste Schweregrad",
    "Incident start (UTC)": "Beginn des Vorfalls (UTC)",
    "Incident end (UTC)": "Ende des Vorfalls (UTC)",
    "Facilitator": "Moderation",
    "Tags": "Tags",
    "Separate tags with commas": "Tags durch Kommas trennen",
    "Services": "Services",
    "Separate services with commas": "Services durch Kommas trennen",
    "Facilitator notes (private)": "Notizen der Moderation (privat)",
    "Never exported; hidden in presenter mode": "Wird nie exportiert; im Präsentationsmodus ausgeblendet",
    "Clear incident start": "Beginn des Vorfalls entfernen",
    "Clear incident end": "Ende des Vorfalls entfernen",
    "Separate tags with commas.": "Tags durch Kommas trennen.",
    "Separate services with commas.": "Services durch Kommas trennen.",
    "Incident": "Vorfall",
    "&Title": "&Titel",
    "S&ummary": "&Zusammenfassung",
    "Customer &impact": "&Kundenauswirkung",
    "Severit&y": "&Schweregrad",
    "Incident st&art (UTC)": "&Beginn des Vorfalls (UTC)",
    "Incident e&nd (UTC)": "E&nde des Vorfalls (UTC)",
    "Faci&litator": "&Moderation",
    "Tag&s": "Ta&gs",
    "Se&rvices": "Se&rvices",
    "Incident duration": "Dauer des Vorfalls",
    "Participants": "Beteiligte",
    "A&dd participant": "Beteiligte &hinzufügen",
    "Add a participant (Insert)": "Beteiligte Person hinzufügen (Insert)",
    "Rem&ove": "Ent&fernen",
    "Remove the selected participant (Delete)": "Ausgewählte Person entfernen (Delete)",
    "&Participants": "Betei&ligte",
    "Everyone who took part in the incident or this review. Double-click or start typing to edit; Insert adds, Delete removes, Ctrl+Shift+Up/Down reorders.": "Alle, die am Vorfall oder an dieser Besprechung beteiligt waren. Zum Bearbeiten doppelklicken oder lostippen; Insert fügt hinzu, Delete entfernt, Ctrl+Shift+Up/Down ändert die Reihenfolge.",
    "Fa&cilitator notes": "N&otizen der Moderation",
    "Private — never exported, hidden in presenter mode": "Privat — wird nie exportiert, im Präsentationsmodus ausgeblendet",
    "Duration: set the start and the end.": "Dauer: Beginn und Ende festlegen.",
    "The end is before the start.": "Das Ende liegt vor dem Beginn.",
    "Duration: {hours} h {minutes} min": "Dauer: {hours} h {minutes} min",
    "Duration: {minutes} min": "Dauer: {minutes} min",
    "Add participant": "Beteiligte Person hinzufügen",
    "Remove participant": "Beteiligte Person entfernen",
    "Move participant": "Beteiligte Person verschieben",
    # --- lessons -------------------------------------------------------------------------
    "What went &well": "Was &gut lief",
    "What helped: keep doing it.": "Was geholfen hat: beibehalten.",
    "What went w&rong": "Was &schieflief",
    "What made it worse or slower.": "Was es schlimmer oder langsamer gemacht hat.",
    "Where we got &lucky": "Wo wir Glück &hatten",
    "What saved us by chance: tomorrow it may not.": "Was uns zufällig gerettet hat – beim nächsten Mal vielleicht nicht.",
    "Edit lesson": "Erkenntnis bearbeiten",
    "Edit contributing factor": "Begünstigenden Faktor bearbeiten",
    "&Contributing factors": "&Begünstigende Faktoren",
    "Conditions that made the incident more likely or worse.": "Umstände, die den Vorfall wahrscheinlicher oder schlimmer gemacht haben.",
    "Double-click or start typing to edit. Enter on the last item adds the next; Insert adds, Delete removes, Ctrl+Shift+Up/Down reorders.": "Zum Bearbeiten doppelklicken oder lostippen. Enter auf dem letzten Eintrag fügt den nächsten hinzu; Insert fügt hinzu, Delete entfernt, Ctrl+Shift+Up/Down ändert die Reihenfolge.",
    "Add lesson": "Erkenntnis hinzufügen",
    "Delete lesson": "Erkenntnis löschen",
    "Move lesson": "Erkenntnis verschieben",
    "Add contributing factor": "Begünstigenden Faktor hinzufügen",
    "Delete contributing factor": "Begünstigenden Faktor löschen",
    "Move contributing factor": "Begünstigenden Faktor verschieben",
    # --- lint ----------------------------------------------------------------------------
    "Keep this wording": "Diese Formulierung behalten",
    "Why is this wording right here? (stored with the post-mortem)\n\n{}": "Warum passt diese Formulierung hier? (wird mit dem Post-Mortem gespeichert)\n\n{}",
    "Replace with suggestion": "Durch Vorschlag ersetzen",
    "Keep, with a reason…": "Behalten, mit Begründung…",
    # --- main window ---------------------------------------------------------------------
    "Search post-mortems (Ctrl+F)": "Post-Mortems durchsuchen (Ctrl+F)",
    "Search post-mortems": "Post-Mortems durchsuchen",
    "Post-mortems": "Post-Mortems",
    "No post-mortems yet. Start one with New (Ctrl+N).": "Noch keine Post-Mortems. Beginnen Sie eines mit „Neu“ (Ctrl+N).",
    "No post-mortem matches “{search}”.\n\nThe search looks at keys, titles, summaries, facilitators, tags and services.": "Kein Post-Mortem passt zu „{search}“.\n\nDie Suche berücksichtigt Kennungen, Titel, Zusammenfassungen, Moderation, Tags und Services.",
    "Finds post-mortems whose key, title, summary, facilitator, tags or services contain every word.": "Findet Post-Mortems, deren Kennung, Titel, Zusammenfassung, Moderation, Tags oder Services jedes der Wörter enthalten.",
    "Find": "Suchen",
    "New post-mortem": "Neues Post-Mortem",
    "What happened? (a short title)": "Was ist passiert? (ein kurzer Titel)",
    "Delete post-mortem": "Post-Mortem löschen",
    "Delete {key} “{title}” with its timeline, analysis and action items? This cannot be undone.": "{key} „{title}“ mit Zeitleiste, Analyse und Maßnahmen löschen? Das kann nicht rückgängig gemacht werden.",
    # --- meeting timer -------------------------------------------------------------------
    "Start meeting": "Besprechung starten",
    "Start or pause the meeting timer (Ctrl+T)": "Besprechungstimer starten oder pausieren (Ctrl+T)",
    "Meeting timer": "Besprechungstimer",
    "Time left in this step": "Verbleibende Zeit in diesem Schritt",
    "Resume": "Fortsetzen",
    "Pause": "Pausieren",
    "{step}: {clock} over": "{step}: {clock} überzogen",
    "{step}: {clock} left": "{step}: noch {clock}",
    "  ·  meeting {clock}": "  ·  Besprechung {clock}",
    # --- metrics -------------------------------------------------------------------------
    "Time to detect": "Zeit bis zur Erkennung",
    "Time to acknowledge": "Zeit bis zur Bestätigung",
    "Time to mitigate": "Zeit bis zur Eindämmung",
    "Time to resolve": "Zeit bis zur Behebung",
    "Impact duration": "Dauer der Auswirkung",
    "Incident metrics": "Kennzahlen des Vorfalls",
    "{caption}: measured from impact start": "{caption}: gemessen ab Beginn der Auswirkung",
    "Mark the event where impact started (Ctrl+1).": "Markieren Sie das Ereignis, mit dem die Auswirkung begann (Ctrl+1).",
    "Mark the event for this moment ({shortcut}).": "Markieren Sie das Ereignis für diesen Moment ({shortcut}).",
    "A team or a role": "Ein Team oder eine Rolle",
    # --- participants --------------------------------------------------------------------
    "Name": "Name",
    "Role": "Rolle",
    "Team": "Team",
    "Names stay in this list; the report's text should describe roles.": "Namen bleiben in dieser Liste; der Text des Berichts sollte Rollen beschreiben.",
    "Edit participant name": "Name der beteiligten Person bearbeiten",
    "Edit participant role": "Rolle der beteiligten Person bearbeiten",
    "Edit participant team": "Team der beteiligten Person bearbeiten",
    "(untitled)": "(ohne Titel)",
    # --- post-mortem window --------------------------------------------------------------
    "Steps": "Schritte",
    "Facilitator prompts": "Fragen für die Moderation",
    "Blameless language": "Schuldfreie Sprache",
    "Save state": "Speicherstatus",
    "&File": "&Datei",
    "&Edit": "&Bearbeiten",
    "&View": "&Ansicht",
    "&Go": "&Gehe zu",
    "&Meeting": "Be&sprechung",
    "Post-mortem": "Post-Mortem",
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen",
    "Undo (Ctrl+Z)": "Rückgängig (Ctrl+Z)",
    "Redo (Ctrl+Y)": "Wiederholen (Ctrl+Y)",
    "Facilitator &prompts": "&Fragen für die Moderation",
    "Show or hide the facilitator prompts (Ctrl+Shift+P)": "Fragen für die Moderation ein- oder ausblenden (Ctrl+Shift+P)",
    "&Findings panel": "&Hinweise-Bereich",
    "Keep wording": "Formulierung behalten",
    "All changes saved": "Alle Änderungen gespeichert",
    "Saving…": "Wird gespeichert…",
    "Not saved": "Nicht gespeichert",
    "Ask one more why": "Noch ein Warum fragen",
    "Ask one more why about this chain": "Zu dieser Kette noch ein Warum fragen",
    "Questions to ask": "Mögliche Fragen",
    # --- publish -------------------------------------------------------------------------
    "What blocks publication": "Was die Veröffentlichung verhindert",
    "&Redact": "&Schwärzen",
    "Replace the selected secret or personal data with [redacted]": "Ausgewähltes Geheimnis bzw. personenbezogene Daten durch [redacted] ersetzen",
    "&Keep, with a reason…": "&Behalten, mit Begründung…",
    "&Go to problem": "Zum &Problem",
    "Before publishing": "Vor der Veröffentlichung",
    "Internal — names and the full timeline": "Intern — mit Namen und vollständiger Zeitleiste",
    "Public — roles instead of names, redacted": "Öffentlich — Rollen statt Namen, geschwärzt",
    "Export profile": "Exportprofil",
    "Pre&view PDF": "PDF-&Vorschau",
    "&Publish and export…": "Veröffentlichen und &exportieren…",
    "Open &folder": "&Ordner öffnen",
    "Export": "Exportieren",
    "For": "Für",
    "Formats": "Formate",
    "Publication history": "Veröffentlichungsverlauf",
    "Published versions": "Veröffentlichte Versionen",
    "{count} of {total} checks need attention before publishing.": "Noch zu klären: {count} von {total} Prüfungen.",
    "Everything is ready to publish. ✓": "Alles ist bereit zur Veröffentlichung. ✓",
    "Version {version} · {when} · {profile} · {formats}": "Version {version} · {when} · {profile} · {formats}",
    " · overridden: {reasons}": " · bewusst übergangen: {reasons}",
    "Not published yet.": "Noch nicht veröffentlicht.",
    "Redact": "Schwärzen",
    "Keep": "Behalten",
    "Rendering…": "Wird erstellt…",
    "Rendering {done}/{total}…": "Wird erstellt ({done}/{total})…",
    "Preview — {key}": "Vorschau — {key}",
    "Choose at least one format to export.": "Wählen Sie mindestens ein Format für den Export.",
    "Published version {version}: {files}": "Version {version} veröffentlicht: {files}",
    "Keep, with a reason": "Behalten, mit Begründung",
    "Why should this stay as it is?\n\n{}": "Warum soll das so bleiben?\n\n{}",
    "Publish anyway?": "Trotzdem veröffentlichen?",
    "These checks have not passed:\n{names}\n\nPublishing anyway needs a reason; it is recorded with this version.": "Diese Prüfungen sind noch nicht bestanden:\n{names}\n\nUm trotzdem zu veröffentlichen, ist eine Begründung nötig; sie wird mit dieser Version gespeichert.",
    "Export to folder": "In Ordner exportieren",
    # --- root cause picker ---------------------------------------------------------------
    "Root causes this action addresses": "Grundursachen, die diese Maßnahme angeht",
    "(no text)": "(kein Text)",
    "Space checks or unchecks the selected root cause.": "Die Leertaste setzt oder entfernt den Haken bei der ausgewählten Grundursache.",
    # --- timeline ------------------------------------------------------------------------
    "Events deleted: {count}. Ctrl+Z brings them back.": "Ereignisse gelöscht: {count}. Ctrl+Z holt sie zurück.",
    "Events deleted: {count}, and with them evidence links: {links}. Ctrl+Z brings them back.": "Ereignisse gelöscht: {count}, und mit ihnen Beleg-Verknüpfungen: {links}. Ctrl+Z holt sie zurück.",
    "Events added from {file}: {count}.": "Ereignisse aus {file} hinzugefügt: {count}.",
    "Removed the import of {label} (events: {count}). Ctrl+Z brings it back.": "Import von {label} entfernt (Ereignisse: {count}). Ctrl+Z holt ihn zurück.",
    "Nothing was imported into this timeline yet.": "In diese Zeitleiste wurde noch nichts importiert.",
    "Select an event first.": "Wählen Sie zuerst ein Ereignis aus.",
    "&Add event": "Ereignis &hinzufügen",
    "Add an event (Ctrl+Enter or Insert)": "Ereignis hinzufügen (Ctrl+Enter oder Insert)",
    "&Import…": "&Importieren…",
    "Import events from chat exports and logs": "Ereignisse aus Chat-Exporten und Logs importieren",
    "More": "Mehr",
    "Filter by source, author or text (Ctrl+F) — e.g. source:slack reload": "Nach Quelle, Autor:in oder Text filtern (Ctrl+F) — z. B. source:slack reload",
    "Show times in time zone": "Zeiten in Zeitzone anzeigen",
    "Times are stored in UTC and shown in this zone": "Zeiten werden in UTC gespeichert und in dieser Zeitzone angezeigt",
    "Show times in:": "Zeiten anzeigen in:",
    "Add event": "Ereignis hinzufügen",
    "Delete": "Löschen",
    "Filter": "Filter",
    "No key moment": "Kein Schlüsselmoment",
    "Remove import…": "Import entfernen…",
    "Show whole timeline in strip": "Gesamte Zeitleiste in der Übersicht zeigen",
    "Delete event": "Ereignis löschen",
    "Delete events": "Ereignisse löschen",
    "Clear key moment": "Schlüsselmoment entfernen",
    "Mark as {moment}": "Als „{moment}“ markieren",
    "Mark as key moment": "Als Schlüsselmoment markieren",
    "Cited as evidence by": "Als Beleg angeführt von",
    "{total} events": "{total} Ereignisse",
    "Showing {shown} of {total}": "{shown} von {total} angezeigt",
    "Timeline overview": "Übersicht der Zeitleiste",
    "No events yet: add or import some.": "Noch keine Ereignisse: Fügen Sie welche hinzu oder importieren Sie sie.",
    "{count} events around {time}": "{count} Ereignisse um {time}",
    "Wheel: zoom · drag: pan · double-click: show all · click: select event": "Mausrad: zoomen · Ziehen: verschieben · Doppelklick: alles zeigen · Klick: Ereignis auswählen",
    "Impact start": "Beginn der Auswirkung",
    "Detected": "Erkannt",
    "Acknowledged": "Bestätigt",
    "Mitigated": "Eingedämmt",
    "Resolved": "Behoben",
    "Time ({zone})": "Zeit ({zone})",
    "Shown in {zone}; stored in UTC": "Angezeigt in {zone}; gespeichert in UTC",
    "Original time: {original} ({zone})\nUTC: {utc}": "Ursprüngliche Zeit: {original} ({zone})\nUTC: {utc}",
    "Imported from {file} ({format})": "Importiert aus {file} ({format})",
    "Added by hand": "Von Hand hinzugefügt",
    '"{text}" is not a time pmdesk can read. Type it like 09:13, 09:13:05 or 2026-10-14 09:13 ({zone}).': "„{text}“ ist keine Zeit, die pmdesk lesen kann. Geben Sie sie z. B. als 09:13, 09:13:05 oder 2026-10-14 09:13 ({zone}) ein.",
    "Change time": "Zeit ändern",
    "Mark key moment": "Schlüsselmoment markieren",
    "Change source": "Quelle ändern",
    "Change author": "Autor:in ändern",
    "Edit event text": "Text des Ereignisses bearbeiten",
    # --- trigger check -------------------------------------------------------------------
    "Answer data loss": "Antwort zu Datenverlust",
    "Answer outage duration": "Antwort zur Ausfalldauer",
    "Answer severity": "Antwort zum Schweregrad",
    "Answer customer impact": "Antwort zur Kundenauswirkung",
    "Answer security impact": "Antwort zur Sicherheitsauswirkung",
    "Answer SLO budget burned": "Antwort zum verbrauchten SLO-Fehlerbudget",
    "Not answered": "Nicht beantwortet",
    "Yes": "Ja",
    "No": "Nein",
    " min": " min",
    "The policy's questions": "Die Fragen der Richtlinie",
    "mandatory": "Pflicht",
    "recommended": "empfohlen",
    "not required": "nicht erforderlich",
    "SEV {list}: mandatory": "SEV {list}: Pflicht",
    "SEV {list}: recommended": "SEV {list}: empfohlen",
    "SEV 1 is the most severe.": "SEV 1 ist der höchste Schweregrad.",
    "{pct} % or more: {verdict}.": "{pct} % oder mehr: {verdict}.",
    # --- trigger reasons (pmdesk/domain/trigger.py), stored in English, shown translated ---
    "Data was lost.": "Es gingen Daten verloren.",
    "The outage lasted {minutes} minutes, longer than the {threshold}-minute threshold.": "Der Ausfall dauerte {minutes} Minuten, länger als die Schwelle von {threshold} Minuten.",
    "Security or privacy was affected.": "Sicherheit oder Datenschutz waren betroffen.",
    "Severity {severity} incident.": "Vorfall mit Schweregrad {severity}.",
    "Customers were affected.": "Kunden waren betroffen.",
    "{burned} % of the SLO error budget was burned (threshold {threshold} %).": "{burned} % des SLO-Fehlerbudgets wurden verbraucht (Schwelle {threshold} %).",
    "No rule of the post-mortem policy matched the answers.": "Keine Regel der Post-Mortem-Richtlinie trifft auf die Antworten zu.",
    "No rule of the post-mortem policy matched the answers. Not answered yet: {questions}.": "Keine Regel der Post-Mortem-Richtlinie trifft auf die Antworten zu. Noch nicht beantwortet: {questions}.",
    # --- field labels and gate messages (pmdesk/domain/texts.py, gates.py) ---------------
    "Facilitator notes": "Notizen der Moderation",
    "Timeline {n}": "Ereignis {n}",
    "Why {n}": "Warum {n}",
    "Action {n}": "Maßnahme {n}",
    "Action {n} description": "Beschreibung von Maßnahme {n}",
    "Lesson {n}": "Erkenntnis {n}",
    "Contributing factor {n}": "Begünstigender Faktor {n}",
    "The language check is not available in this installation of pmdesk, so this gate was not checked.": "Die Sprachprüfung ist in dieser Installation von pmdesk nicht verfügbar; diese Prüfung wurde deshalb nicht ausgeführt.",
    "The root cause “{cause}” has no action item.": "Die Grundursache „{cause}“ hat keine Maßnahme.",
    "The action item “{title}” has no owner.": "Die Maßnahme „{title}“ hat keine Verantwortlichkeit.",
    "The action item {label} has no owner.": "{label} hat keine Verantwortlichkeit.",
    "The action item “{title}” has no due date.": "Die Maßnahme „{title}“ hat kein Fälligkeitsdatum.",
    "The action item {label} has no due date.": "{label} hat kein Fälligkeitsdatum.",
    "Looks like {kind}: {excerpt}": "Sieht aus wie {kind}: {excerpt}",
    "The post-mortem has no title.": "Das Post-Mortem hat keinen Titel.",
    "The summary is empty.": "Die Zusammenfassung ist leer.",
    "The impact is not described.": "Die Auswirkung ist nicht beschrieben.",
    "No timeline event is marked as a key moment (impact start, detected, mitigated, resolved).": "Kein Ereignis der Zeitleiste ist als Schlüsselmoment markiert (Beginn der Auswirkung, erkannt, eingedämmt, behoben).",
    "No root cause is marked in the why-chains.": "In den Warum-Ketten ist keine Grundursache markiert.",
    "The internal version shows names; this is checked for the public version.": "Die interne Fassung zeigt Namen; geprüft wird dies für die öffentliche Fassung.",
    "“{name}” would name a person in the public version: write the role instead, or give the person a handle in the participants table.": "„{name}“ würde in der öffentlichen Fassung eine Person nennen: Schreiben Sie stattdessen die Rolle, oder geben Sie der Person in der Tabelle der Beteiligten ein Handle.",
    "Contributing factors": "Begünstigende Faktoren",
    "an API key": "ein API-Schlüssel",
    "an access token": "ein Zugriffstoken",
    "a password": "ein Passwort",
    "a private key": "ein privater Schlüssel",
    "a connection string with credentials": "eine Verbindungszeichenfolge mit Zugangsdaten",
    "an e-mail address": "eine E-Mail-Adresse",
    "a phone number": "eine Telefonnummer",
    "an IP address": "eine IP-Adresse",
    "a card number": "eine Kartennummer",
    # --- publish history -----------------------------------------------------------------
    "internal": "intern",
    "public": "öffentlich",
    "Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)": "Bilder (*.png *.jpg *.jpeg *.svg *.gif *.webp)",
    "Was &data lost?": "Sind &Daten verloren gegangen?",
    "Data lost": "Daten verloren",
    "Data that could not be recovered: mandatory.": "Daten, die nicht wiederhergestellt werden konnten: Pflicht.",
    "How long was the &outage?": "Wie lange dauerte der &Ausfall?",
    "Outage duration in minutes": "Ausfalldauer in Minuten",
    "Over {minutes} minutes: mandatory.": "Mehr als {minutes} Minuten: Pflicht.",
    "&Severity": "&Schweregrad",
    "Were &customers affected?": "Waren &Kunden betroffen?",
    "Customers affected": "Kunden betroffen",
    "Customer impact: recommended.": "Kundenauswirkung: empfohlen.",
    "Was security or &privacy affected?": "Waren S&icherheit oder Datenschutz betroffen?",
    "Security or privacy affected": "Sicherheit oder Datenschutz betroffen",
    "Security or privacy impact: mandatory.": "Auswirkung auf Sicherheit oder Datenschutz: Pflicht.",
    "SLO error &budget burned": "Verbrauchtes SLO-&Fehlerbudget",
    "SLO error budget burned, percent": "Verbrauchtes SLO-Fehlerbudget in Prozent",
    "Use the policy's verdict": "Einstufung der Richtlinie verwenden",
    "Mandatory": "Pflicht",
    "Recommended": "Empfohlen",
    "Not required": "Nicht erforderlich",
    "Override verdict": "Einstufung abweichend festlegen",
    "Override reason": "Begründung der Abweichung",
    "Why the policy's verdict does not fit this incident.": "Warum die Einstufung der Richtlinie nicht zu diesem Vorfall passt.",
    "Override": "Abweichende Einstufung",
    "Verdic&t": "Eins&tufung",
    "&Reason": "Be&gründung",
    "Reason": "Begründung",
    "Enter saves the reason; Shift+Enter starts a new line.": "Enter speichert die Begründung; Shift+Enter beginnt eine neue Zeile.",
    "Answer what is known; the verdict updates as you go. Unknown answers can be filled in later.": "Beantworten Sie, was bekannt ist; die Einstufung passt sich laufend an. Unbekanntes lässt sich später ergänzen.",
    "The post-mortem policy has changed since this check was made.": "Die Post-Mortem-Richtlinie hat sich seit dieser Prüfung geändert.",
    "Re-chec&k with the current policy": "Mit aktueller Richtlinie &neu prüfen",
    "Store the verdict and reasons the current policy gives for these answers.": "Einstufung und Gründe speichern, die die aktuelle Richtlinie für diese Antworten ergibt.",
    "Re-check trigger": "Auslöser neu prüfen",
    "No verdict yet": "Noch keine Einstufung",
    "Answer the questions below to see whether a post-mortem is required.": "Beantworten Sie die Fragen unten, um zu sehen, ob ein Post-Mortem erforderlich ist.",
    "Post-mortem: {verdict}": "Post-Mortem: {verdict}",
    "Post-mortem: {verdict} (overridden)": "Post-Mortem: {verdict} (abweichend festgelegt)",
    "The policy says {verdict}: ": "Laut Richtlinie „{verdict}“: ",
    "Overridden because: {reason}": "Abweichend festgelegt, weil: {reason}",
    "⚠ Not saved yet: an override needs a reason. Write why the policy's verdict does not fit this incident.": "⚠ Noch nicht gespeichert: Eine Abweichung braucht eine Begründung. Schreiben Sie, warum die Einstufung der Richtlinie nicht zu diesem Vorfall passt.",
    "Trigger check": "Auslöserprüfung",
    "Remove override": "Abweichung aufheben",
    "Edit override reason": "Begründung der Abweichung bearbeiten",
    "Verdict": "Einstufung",
    # --- 5 Whys --------------------------------------------------------------------------
    "Why diagram": "Warum-Diagramm",
    "No why-chains yet. Start one with “New chain”.": "Noch keine Warum-Ketten. Beginnen Sie eine mit „Neue Kette“.",
    "Chain {number}": "Kette {number}",
    "★ ROOT CAUSE": "★ GRUNDURSACHE",
    "The question this chain answers…": "Die Frage, die diese Kette beantwortet…",
    "Because… (type the answer)": "Weil… (Antwort eintippen)",
    "★ Root cause": "★ Grundursache",
    "{text}\n\nClick to show it in the timeline.": "{text}\n\nKlicken, um es in der Zeitleiste zu zeigen.",
    "This chain ends with a person. What in the system made that action possible or likely? Ask one more why.": "Diese Kette endet bei einer Person. Was im System hat diese Handlung möglich oder wahrscheinlich gemacht? Fragen Sie noch ein Warum.",
    "Ask one more why: what in the system made this possible?": "Noch ein Warum: Was im System hat das möglich gemacht?",
    "Why?": "Warum?",
    "Root cause": "Grundursache",
    "Evidence: {count}": "Belege: {count}",
    "Marked as a root cause.": "Als Grundursache markiert.",
    "Category: {category}": "Kategorie: {category}",
    "Timeline events cited: {count}": "Angeführte Ereignisse der Zeitleiste: {count}",
    "Why-chains": "Warum-Ketten",
    "Enter: next why · Ctrl+Enter: branch · Tab/Shift+Tab: indent/outdent · Alt+↑/↓: move · Ctrl+R: root cause · Delete: delete · Ctrl+Tab: leave the tree": "Enter: nächstes Warum · Ctrl+Enter: Verzweigung · Tab/Shift+Tab: ein-/ausrücken · Alt+↑/↓: verschieben · Ctrl+R: Grundursache · Delete: löschen · Ctrl+Tab: Baum verlassen",
    "No why-chains yet. Press Enter (or “New chain”) and type the first question, e.g. “Why did the failure occur?”, “Why did monitoring not alert?”, “Why was there no automated backup?”": "Noch keine Warum-Ketten. Drücken Sie Enter (oder „Neue Kette“) und tippen Sie die erste Frage ein, z. B. „Warum ist der Fehler aufgetreten?“, „Warum hat das Monitoring nicht alarmiert?“, „Warum gab es kein automatisches Backup?“",
    "5 Whys": "5 Warums",
    "New chain": "Neue Kette",
    "Add why": "Neues Warum",
    "Add branch": "Neuer Zweig",
    "Indent": "Einrücken",
    "Outdent": "Ausrücken",
    "Move up": "Nach oben",
    "Move down": "Nach unten",
    "Link evidence…": "Belege verknüpfen…",
    "Link timeline events…": "Ereignisse der Zeitleiste verknüpfen…",
    "Choose the events that show this (Ctrl+E)": "Ereignisse auswählen, die das belegen (Ctrl+E)",
    "<b>Ask one more why</b>": "<b>Noch ein Warum fragen</b>",
    "<b>Evidence</b>": "<b>Belege</b>",
    "Editor": "Editor",
    "Diagram": "Diagramm",
    "Editor and diagram: Ctrl+Shift+D": "Editor und Diagramm: Ctrl+Shift+D",
    "Ctrl+Shift+D; Ctrl+wheel or +/− zooms, 0 fits": "Ctrl+Shift+D; Ctrl+Mausrad oder +/− zoomt, 0 passt ein",
    "Cited for: {why}": "Belege für: {why}",
    # --- root-cause banner / sections ----------------------------------------------------
    "Root causes without an action item": "Grundursachen ohne Maßnahme",
    "Show in 5 Whys": "In „5 Warums“ zeigen",
    "Show root cause {n} in 5 Whys": "Grundursache {n} in „5 Warums“ zeigen",
    "Add action for this": "Maßnahme dafür hinzufügen",
    "Add an action for root cause {n}": "Maßnahme für Grundursache {n} hinzufügen",
    "Create an action item linked to this root cause and name it.": "Eine mit dieser Grundursache verknüpfte Maßnahme anlegen und benennen.",
    "Add": "Hinzufügen",
    "Add an item (Insert, or Enter on the last item)": "Eintrag hinzufügen (Insert, oder Enter auf dem letzten Eintrag)",
    "Delete the selected item (Delete)": "Ausgewählten Eintrag löschen (Delete)",
    "Up": "Nach oben",
    "Move up (Ctrl+Shift+Up)": "Nach oben verschieben (Ctrl+Shift+Up)",
    "Down": "Nach unten",
    "Move down (Ctrl+Shift+Down)": "Nach unten verschieben (Ctrl+Shift+Down)",
    # --- file dialogs, import removal, time editor ---------------------------------------
    "Import a file": "Datei importieren",
    "Exports and logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;All files (*)": "Exporte und Logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;Alle Dateien (*)",
    "Import a folder": "Ordner importieren",
    "Remove import": "Import entfernen",
    "Remove this import and all its events from the timeline:": "Diesen Import mit allen seinen Ereignissen aus der Zeitleiste entfernen:",
    "Type 09:13, 09:13:05 or 2026-10-14 09:13 — read as {zone}": "09:13, 09:13:05 oder 2026-10-14 09:13 eingeben — gelesen als {zone}",
    "Event time": "Zeit des Ereignisses",
    # --- strings only reached through tr(variable) (see EXTRA_MESSAGES) ------------------
    "1  Trigger check": "1  Auslöserprüfung",
    "2  Timeline": "2  Zeitleiste",
    "3  5 Whys": "3  5 Warums",
    "4  Action items": "4  Maßnahmen",
    "Lessons": "Erkenntnisse",
    "5  Publish": "5  Veröffentlichen",
    "Timeline": "Zeitleiste",
    "Publish": "Veröffentlichen",
    "Not started": "Nicht begonnen",
    "Complete": "Abgeschlossen",
    "Needs attention": "Braucht Aufmerksamkeit",
    "&Close": "&Schließen",
    "&Presenter mode": "&Präsentationsmodus",
    "Zoom &in": "Ver&größern",
    "Zoom &out": "Ver&kleinern",
    "&Reset zoom": "&Zoom zurücksetzen",
    "Lint &underlines": "Hinweise &unterstreichen",
    "&Next step": "&Nächster Schritt",
    "&Previous step": "&Vorheriger Schritt",
    "&Start or pause the timer": "Timer &starten oder pausieren",
    "Key": "Schlüssel",
    "Created": "Erstellt",
    "Updated": "Geändert",
    "Draft": "Entwurf",
    "In review": "In Prüfung",
    "Published": "Veröffentlicht",
    "Not assessed": "Nicht eingestuft",
    "New": "Neu",
    "Start a new post-mortem": "Neues Post-Mortem beginnen",
    "Open the selected post-mortem": "Ausgewähltes Post-Mortem öffnen",
    "Delete the selected post-mortem": "Ausgewähltes Post-Mortem löschen",
    "Time": "Zeit",
    "Key moment": "Schlüsselmoment",
    "Source": "Quelle",
    "Author": "Autor:in",
    "Text": "Text",
    "Original time": "Ursprüngliche Zeit",
    "Window start": "Beginn des Zeitfensters",
    "Window end": "Ende des Zeitfensters",
    "PDF": "PDF",
    "HTML": "HTML",
    "Action items (CSV)": "Maßnahmen (CSV)",
    "Every root cause has an action item with an owner and a due date": "Jede Grundursache hat eine Maßnahme mit Verantwortlichkeit und Fälligkeitsdatum",
    "No secrets or personal data": "Keine Geheimnisse oder personenbezogenen Daten",
    "Required parts are present": "Alle Pflichtteile sind vorhanden",
    "No names in the public version": "Keine Namen in der öffentlichen Fassung",
    "The incident's times agree with each other": "Die Zeiten des Vorfalls passen zusammen",
    # --- facilitator prompts (pmdesk/domain/prompts.py) ------------------------------------
    "In one or two sentences: what happened, and what did customers notice?": "In ein, zwei Sätzen: Was ist passiert, und was haben Kundinnen und Kunden bemerkt?",
    "When did the impact start and end, as far as we know now?": "Wann begann und endete die Auswirkung, nach heutigem Stand?",
    "Who was involved in the response, and in which role?": "Wer war an der Reaktion beteiligt, und in welcher Rolle?",
    "Remember: we are here to learn how the system let this happen, not to find someone at fault.": "Zur Erinnerung: Wir wollen verstehen, wie das System dies zuließ – nicht Schuldige finden.",
    "Was any data lost or corrupted?": "Gingen Daten verloren oder wurden sie beschädigt?",
    "How long were customers affected?": "Wie lange waren Kundinnen und Kunden betroffen?",
    "Did this touch security or privacy?": "Waren Sicherheit oder Datenschutz berührt?",
    "How much of the error budget did it burn?": "Wie viel Fehlerbudget wurde verbraucht?",
    "Even if not required: is there something here worth learning from?": "Auch wenn nicht vorgeschrieben: Gibt es hier etwas zu lernen?",
    "What was the first sign that something was wrong, and where did it show up?": "Was war das erste Anzeichen, und wo zeigte es sich?",
    "What did people see at each point, and what did they know then?": "Was sahen die Beteiligten jeweils, und was wussten sie zu dem Zeitpunkt?",
    "Which signals were there before anyone was alerted?": "Welche Signale gab es, bevor jemand alarmiert wurde?",
    "What options were on the table at each decision, and what made the chosen one look right?": "Welche Optionen gab es bei jeder Entscheidung, und warum wirkte die gewählte richtig?",
    "When did the impact start, when was it detected, mitigated and resolved?": "Wann begann die Auswirkung, wann wurde sie erkannt, eingedämmt und behoben?",
    "Why did the failure occur? And why was that possible?": "Warum trat der Fehler auf? Und warum war das möglich?",
    "Why did monitoring not alert earlier?": "Warum hat das Monitoring nicht früher alarmiert?",
    "Why did our safeguards (tests, reviews, backups) not catch it?": "Warum haben unsere Schutzmechanismen (Tests, Reviews, Backups) es nicht abgefangen?",
    "If a chain ends at a person: what in the system made that action easy or likely?": "Endet eine Kette bei einer Person: Was im System machte diese Handlung leicht oder wahrscheinlich?",
    "Stop when the answer is something we can change.": "Aufhören, wenn die Antwort etwas ist, das wir ändern können.",
    "What change would make this failure impossible, or at least harmless?": "Welche Änderung würde diesen Fehler unmöglich oder zumindest harmlos machen?",
    "Who owns that change, and by when is it realistic?": "Wer verantwortet die Änderung, und bis wann ist sie realistisch?",
    "Is every root cause covered by at least one action?": "Hat jede Grundursache mindestens eine Maßnahme?",
    "Prefer controls over reminders: tools, tests, automation, alerts.": "Lieber Kontrollen als Erinnerungen: Werkzeuge, Tests, Automatisierung, Alarme.",
    "What went well that we want to keep doing?": "Was lief gut, und was wollen wir beibehalten?",
    "What went wrong or was harder than it should have been?": "Was lief schief oder war schwerer als nötig?",
    "Where did we get lucky — what could have made this worse?": "Wo hatten wir Glück – was hätte es schlimmer machen können?",
    "Is the language blameless throughout?": "Ist die Sprache durchgehend schuldfrei?",
    "Does every root cause have an owned, dated action item?": "Hat jede Grundursache eine Maßnahme mit Verantwortlichen und Termin?",
    "Is anything secret or personal left in the timeline?": "Stehen noch Geheimnisse oder personenbezogene Daten in der Zeitleiste?",
    "Who needs to read this report?": "Wer sollte diesen Bericht lesen?",
    # --- help: keyboard shortcuts ----------------------------------------------------------
    "&Help": "&Hilfe",
    "&Keyboard shortcuts": "&Tastenkürzel",
    "Keyboard shortcuts": "Tastenkürzel",
    "Filter by command or key": "Nach Befehl oder Taste filtern",
    "Filter shortcuts": "Tastenkürzel filtern",
    "Command": "Befehl",
    "Keys": "Tasten",
    # --- saving when the database says no ------------------------------------------------
    "Save problem": "Speicherproblem",
    "Save a copy as…": "Kopie speichern unter…",
    "Save a &copy as…": "&Kopie speichern unter…",
    "Not saved — retrying": "Nicht gespeichert – neuer Versuch läuft",
    "Your changes are not saved yet: {reason} They stay in this window.": "Ihre Änderungen sind noch nicht gespeichert: {reason} Sie bleiben in diesem Fenster erhalten.",
    "Read-only: {reason} You can read and export a copy; changes are off.": "Nur lesen: {reason} Sie können lesen und eine Kopie exportieren; Änderungen sind ausgeschaltet.",
    "Read-only": "Nur lesen",
    "Save a copy of the post-mortem": "Kopie des Post-Mortems speichern",
    "pmdesk post-mortem (*.pmdesk.json *.json)": "pmdesk-Post-Mortem (*.pmdesk.json *.json)",
    "A copy was saved to {path}.": "Eine Kopie wurde unter {path} gespeichert.",
    "Save a copy to keep your changes, or keep the window open.": "Speichern Sie eine Kopie, um Ihre Änderungen zu behalten, oder lassen Sie das Fenster offen.",
    "Save a copy…": "Kopie speichern…",
    "Keep open": "Offen lassen",
    "Close without saving": "Ohne Speichern schließen",
    # --- theme ------------------------------------------------------------------------------
    "Light": "Hell",
    "Dark": "Dunkel",
    "&Theme": "&Farbschema",
    "Light is easiest to read when you share your screen.": "Hell ist beim Teilen des Bildschirms am besten lesbar.",
    "Undo {what} (Ctrl+Z)": "{what} rückgängig machen (Ctrl+Z)",
    "Redo {what} (Ctrl+Y)": "{what} wiederherstellen (Ctrl+Y)",
    "Incident start": "Beginn des Vorfalls",
    "Incident end": "Ende des Vorfalls",
    "{later} ({later_time}) is before {earlier} ({earlier_time}).": "{later} ({later_time}) liegt vor {earlier} ({earlier_time}).",
    # --- live co-editing: the note on others' changes (pmdesk/ui/merge_note.py) -----------
    "a participant": "eine beteiligte Person",
    "{count} participants": "{count} beteiligte Personen",
    "an event": "ein Ereignis",
    "a why": "ein Warum",
    "{count} whys": "{count} Warums",
    "an action item": "eine Maßnahme",
    "{count} action items": "{count} Maßnahmen",
    "a lesson": "eine Erkenntnis",
    "{count} lessons": "{count} Erkenntnisse",
    "a contributing factor": "einen begünstigenden Faktor",
    "{count} contributing factors": "{count} begünstigende Faktoren",
    "the trigger check": "die Auslöserprüfung",
    "a kept finding": "einen behaltenen Hinweis",
    "{count} kept findings": "{count} behaltene Hinweise",
    "an import": "einen Import",
    "{count} imports": "{count} Importe",
    "a publication": "eine Veröffentlichung",
    "{count} publications": "{count} Veröffentlichungen",
    "added {things}": "hat {things} hinzugefügt",
    "removed {things}": "hat {things} entfernt",
    "changed {names}": "hat {names} geändert",
    "{author} {actions}.": "{author} {actions}.",
    " and ": " und ",
    "Also open by {names}": "Auch geöffnet von {names}",
    # --- history and conflicting saves -----------------------------------------------------
    "Changed elsewhere meanwhile": "Inzwischen anderswo geändert",
    "While you worked, someone else saved changes to the same things. Choose for each what to keep; your other changes are merged already.": "Während Sie gearbeitet haben, hat jemand anderes Änderungen an denselben Stellen gespeichert. Wählen Sie jeweils, was bleiben soll; Ihre übrigen Änderungen sind bereits zusammengeführt.",
    "Apply my choices": "Meine Auswahl übernehmen",
    "(empty)": "(leer)",
    "yes": "ja",
    "no": "nein",
    "Created {part}": "{part} angelegt",
    "Added {part}": "{part} hinzugefügt",
    "Removed {part}": "{part} entfernt",
    "{part}: {field} changed (private, not recorded)": "{part}: {field} geändert (privat, nicht aufgezeichnet)",
    "{part}: {field} {old} → {new} linked": "{part}: {field} {old} → {new} verknüpft",
    "{part}: {field} {old} → {new}": "{part}: {field} {old} → {new}",
    "(no net change)": "(im Ergebnis unverändert)",
    "History of {key}": "Verlauf von {key}",
    "Filter by field, part or person": "Nach Feld, Teil oder Person filtern",
    "Revisions": "Revisionen",
    "When": "Wann",
    "Who": "Wer",
    "What changed": "Was sich geändert hat",
    "No changes are recorded yet.": "Noch keine Änderungen aufgezeichnet.",
    "Merged in what {names} saved meanwhile.": "Zusammengeführt, was {names} inzwischen gespeichert hat.",
    "someone else": "jemand anderes",
    "You and {others} both changed this.": "Sie und {others} haben dies beide geändert.",
    "You changed this; {others} removed it.": "Sie haben dies geändert; {others} hat es entfernt.",
    "You removed this; {others} changed it.": "Sie haben dies entfernt; {others} hat es geändert.",
    "Yours": "Ihre Fassung",
    "Theirs ({others})": "Andere Fassung ({others})",
    "Theirs": "Andere Fassung",
    "Keep mine": "Meine behalten",
    "Take theirs": "Andere übernehmen",
    "Edit a merge": "Zusammenführen und bearbeiten",
    "Merged text": "Zusammengeführter Text",
    "Write the text that keeps what matters": "Schreiben Sie den Text, der das Wichtige aus beiden behält",
    "(removed)": "(entfernt)",
}

# (context, source) -> German, where one English word needs different German words.
CONTEXT_TRANSLATIONS: dict[tuple[str, str], str] = {
    ("MainWindow", "Open"): "Öffnen",
    ("MainWindow", "Delete"): "Löschen",
    ("PromptsPanel", "Facilitator prompts"): "Fragen für die Moderation",
    ("PostmortemListModel", "Key"): "Kennung",
    ("PostmortemListModel", "Status"): "Status",
    # The questions "Not answered yet" names (pmdesk/domain/trigger.py).
    ("TriggerReasons", "data loss"): "Datenverlust",
    ("TriggerReasons", "outage minutes"): "Ausfalldauer",
    ("TriggerReasons", "severity"): "Schweregrad",
    ("TriggerReasons", "customers affected"): "Kundenauswirkung",
    ("TriggerReasons", "security impact"): "Auswirkung auf Sicherheit oder Datenschutz",
    ("TriggerReasons", "slo budget burned pct"): "verbrauchtes SLO-Fehlerbudget",
    # Field and part names in the history and the conflict dialog (pmdesk/ui/dialogs/history_dialog.py).
    ("Fields", "Language"): "Sprache",
    ("Fields", "Handles"): "Handles",
    ("Fields", "Order"): "Reihenfolge",
    ("Fields", "Source time zone"): "Zeitzone der Quelle",
    ("Fields", "Kind"): "Art",
    ("Fields", "Flags"): "Markierungen",
    ("Fields", "Internal only"): "Nur intern",
    ("Fields", "Import"): "Import",
    ("Fields", "Parent why"): "Übergeordnetes Warum",
    ("Fields", "Category"): "Kategorie",
    ("Fields", "Evidence"): "Belege",
    ("Fields", "Description"): "Beschreibung",
    ("Fields", "Owner"): "Verantwortlich",
    ("Fields", "Due date"): "Fällig am",
    ("Fields", "Data loss"): "Datenverlust",
    ("Fields", "Outage minutes"): "Ausfallminuten",
    ("Fields", "Security impact"): "Sicherheitsauswirkung",
    ("Fields", "SLO budget burned"): "Verbrauchtes SLO-Budget",
    ("Fields", "Reasons"): "Gründe",
    ("Fields", "Overridden verdict"): "Überschriebene Einstufung",
    ("Fields", "Reason for the override"): "Grund für das Überschreiben",
    ("Fields", "Rule"): "Regel",
    ("Fields", "Location"): "Stelle",
    ("Fields", "Excerpt"): "Auszug",
    ("Fields", "Fingerprint"): "Fingerabdruck",
    ("Fields", "File"): "Datei",
    ("Fields", "Participant"): "Beteiligte Person",
    ("Fields", "Event"): "Ereignis",
    ("Fields", "Why"): "Warum",
    ("Fields", "Action item"): "Maßnahme",
    ("Fields", "Lesson"): "Erkenntnis",
    ("Fields", "Contributing factor"): "Begünstigender Faktor",
    ("Fields", "Kept finding"): "Behaltener Hinweis",
    ("Fields", "Publication"): "Veröffentlichung",
}

# Strings the code passes to tr() as variables (lupdate cannot extract them), in the
# context tr() looks them up at run time.
_STEP_TITLES = (
    "Incident",
    "1  Trigger check",
    "2  Timeline",
    "3  5 Whys",
    "4  Action items",
    "Lessons",
    "5  Publish",
)
EXTRA_MESSAGES: dict[str, tuple[str, ...]] = {
    # postmortem_window.py: STEPS, AGENDA_NAMES, STATE_LABELS, action(text, …)
    "PostmortemWindow": (
        *_STEP_TITLES,
        *("Trigger check", "Timeline", "5 Whys", "Action items", "Publish"),
        *("Not started", "In progress", "Complete", "Needs attention"),
        "&Close",
        "&Presenter mode",
        "Zoom &in",
        "Zoom &out",
        "&Reset zoom",
        "Lint &underlines",
        "&Next step",
        "&Previous step",
        "&Start or pause the timer",
    ),
    # findings_panel.py: STEP_LABELS
    "FindingsPanel": ("Incident", "Trigger check", "Timeline", "5 Whys", "Action items", "Lessons"),
    # main_window.py: HEADERS, STATUS_LABELS, VERDICT_LABELS
    "PostmortemListModel": (
        "Key",
        "Title",
        "Severity",
        "Status",
        "Post-mortem",
        "Created",
        "Updated",
        "Draft",
        "In review",
        "Published",
        "Mandatory",
        "Recommended",
        "Not required",
        "Not assessed",
    ),
    # timeline_table_model.py: COLUMNS (QT_TRANSLATE_NOOP on a loop variable)
    "TimelineTableModel": ("Time", "Key moment", "Source", "Author", "Text"),
    # import_dialog.py: _PreviewTableModel.HEADERS; window edits; parent.tr() file dialogs
    "_PreviewTableModel": ("Time", "Original time", "Source", "Author", "Text"),
    "ImportDialog": (
        "Window start",
        "Window end",
        "Import a file",
        "Exports and logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;All files (*)",
        "Import a folder",
    ),
    # publish_step.py: FORMAT_LABELS, gate titles (pmdesk/domain/gates.py)
    "PublishStep": (
        "PDF",
        "HTML",
        "Markdown",
        "Action items (CSV)",
        "Blameless language",
        "Every root cause has an action item with an owner and a due date",
        "No secrets or personal data",
        "Required parts are present",
        "No names in the public version",
        "The incident's times agree with each other",
    ),
    # timeline_step.py: ask_import_batch(parent=TimelineStep) uses parent.tr()
    "TimelineStep": (
        "Remove import",
        "Remove this import and all its events from the timeline:",
    ),
    # timeline_step.py: _TimelineDelegate.createEditor calls parent.tr() on the view's
    # viewport, a plain QWidget.
    "QWidget": (
        "Type 09:13, 09:13:05 or 2026-10-14 09:13 — read as {zone}",
        "Event time",
    ),
}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")


def translation_for(context: str, source: str) -> str | None:
    return CONTEXT_TRANSLATIONS.get((context, source), TRANSLATIONS.get(source))


def check(source: str, german: str) -> list[str]:
    """Problems with one translation: placeholders and mnemonics must survive."""
    problems = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(german)):
        problems.append("placeholders differ")
    src_amp = len(re.findall(r"&(?!&)", source.replace("&&", "")))
    de_amp = len(re.findall(r"&(?!&)", german.replace("&&", "")))
    if src_amp != de_amp:
        problems.append("mnemonic count differs")
    return problems


def _context_element(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def add_extra_messages(root: ET.Element) -> int:
    added = 0
    for context_name, sources in EXTRA_MESSAGES.items():
        context = _context_element(root, context_name)
        existing = {m.findtext("source"): m for m in context.findall("message")}
        for source in sources:
            message = existing.get(source)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", {"type": "unfinished"})
                added += 1
            else:
                translation = message.find("translation")
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    translation.set("type", "unfinished")
    return added


def fill(root: ET.Element, *, force: bool) -> tuple[int, list[tuple[str, str]], list[str]]:
    filled = 0
    missing: list[tuple[str, str]] = []
    problems: list[str] = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            german = translation_for(name, source)
            if german is None:
                if translation.get("type") == "unfinished" or not (translation.text or ""):
                    missing.append((name, source))
                continue
            for problem in check(source, german):
                problems.append(f"{name}: {source!r} -> {german!r}: {problem}")
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not forms:
                    forms = [ET.SubElement(translation, "numerusform") for _ in range(2)]
                for form in forms:
                    if force or translation.get("type") == "unfinished" or not form.text:
                        form.text = german
            elif force or translation.get("type") == "unfinished" or not translation.text:
                translation.text = german
            if "type" in translation.attrib:
                del translation.attrib["type"]
            filled += 1
    return filled, missing, problems


def write(tree: ET.ElementTree, path: Path) -> None:
    # Lay it out like lupdate does (contexts at column 0, "/>"), so that the next
    # lupdate run produces a small diff.
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode").replace(" />", "/>")
    body = re.sub(
        r">([^<]*)<",
        lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<",
        body,
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", type=Path, default=TS_FILE)
    parser.add_argument(
        "--force", action="store_true", help="overwrite finished translations from the table"
    )
    args = parser.parse_args(argv)
    tree = ET.parse(args.ts)
    added = add_extra_messages(tree.getroot())
    filled, missing, problems = fill(tree.getroot(), force=args.force)
    write(tree, args.ts)
    print(f"{args.ts}: {filled} messages translated, {added} run-time messages added")
    for problem in problems:
        print("PROBLEM:", problem)
    for context, source in missing:
        print(f"MISSING: [{context}] {source!r}")
    return 1 if missing or problems else 0


if __name__ == "__main__":
    sys.exit(main())
