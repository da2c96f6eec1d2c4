<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionFollowUp</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="50"/>
        <source>Edit success criterion</source>
        <translation>Erfolgskriterium bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="57"/>
        <source>e.g. no pooler exhaustion alert for 30 days</source>
        <translation>z. B. 30 Tage lang kein Alarm wegen erschöpftem Pooler</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="61"/>
        <source>No review date</source>
        <translation>Kein Prüftermin</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="69"/>
        <source>&amp;How we will know it worked:</source>
        <translation>&amp;Woran wir erkennen, dass es wirkt:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="70"/>
        <source>Ask whether it worked &amp;on:</source>
        <translation>Nachfragen, ob es gewirkt hat, &amp;am:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="90"/>
        <source>Change review date</source>
        <translation>Prüftermin ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="114"/>
        <source>1 action item is overdue (its due date is shown in red).</source>
        <translation>1 Maßnahme ist überfällig (ihr Fälligkeitsdatum ist rot).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="116"/>
        <source>{n} action items are overdue (their due dates are shown in red).</source>
        <translation>{n} Maßnahmen sind überfällig (ihre Fälligkeitsdaten sind rot).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="136"/>
        <source>✓ It held (answered {day} by {who}).</source>
        <translation>✓ Hat gehalten (beantwortet am {day} von {who}).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="138"/>
        <source>✗ It did not hold (answered {day} by {who}).</source>
        <translation>✗ Hat nicht gehalten (beantwortet am {day} von {who}).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/action_follow_up.py" line="151"/>
        <source>Record whether the action worked</source>
        <translation>Festhalten, ob die Maßnahme gewirkt hat</translation>
    </message>
</context>
<context>
    <name>ActionItemTableModel</name>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="32"/>
        <source>Code change</source>
        <translation>Code-Änderung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="33"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="34"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="35"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="36"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="39"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="46"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="47"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="48"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="49"/>
        <source>Won&apos;t do</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="56"/>
        <source>P0 · now</source>
        <translation>P0 · sofort</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="57"/>
        <source>P1 · high</source>
        <translation>P1 · hoch</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="58"/>
        <source>P2 · normal</source>
        <translation>P2 · normal</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="59"/>
        <source>P3 · low</source>
        <translation>P3 · niedrig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="125"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="126"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="127"/>
        <source>Owner (team or role)</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="128"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="129"/>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="131"/>
        <source>Tracker link</source>
        <translation>Tracker-Link</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="132"/>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="138"/>
        <source>Ctrl+click a link to open it in the browser.</source>
        <translation>Ctrl+Klick auf einen Link öffnet ihn im Browser.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="139"/>
        <source>Double-click or F2 to choose the root causes.</source>
        <translation>Doppelklick oder F2, um die Grundursachen auszuwählen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="146"/>
        <source>Needs an owner and a due date.</source>
        <translation>Braucht eine Verantwortlichkeit und ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="148"/>
        <source>Needs an owner.</source>
        <translation>Braucht eine Verantwortlichkeit.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="149"/>
        <source>Needs a due date.</source>
        <translation>Braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="184"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="193"/>
        <source>— no owner —</source>
        <translation>— niemand verantwortlich —</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="198"/>
        <source>— no date —</source>
        <translation>— kein Datum —</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="206"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="215"/>
        <source>{url}
Ctrl+click to open in the browser.</source>
        <translation>{url}
Ctrl+Klick öffnet den Link im Browser.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="219"/>
        <source>Every action item needs an owner: a team or a role.</source>
        <translation>Jede Maßnahme braucht eine Verantwortlichkeit: ein Team oder eine Rolle.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="221"/>
        <source>Every action item needs a due date.</source>
        <translation>Jede Maßnahme braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="245"/>
        <source>Edit action title</source>
        <translation>Titel der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="246"/>
        <source>Change action type</source>
        <translation>Art der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="247"/>
        <source>Change action owner</source>
        <translation>Verantwortlichkeit der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="248"/>
        <source>Change action priority</source>
        <translation>Priorität der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="249"/>
        <source>Change action due date</source>
        <translation>Fälligkeitsdatum der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="250"/>
        <source>Change action status</source>
        <translation>Status der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="251"/>
        <source>Edit tracker link</source>
        <translation>Tracker-Link bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/action_table_model.py" line="252"/>
        <source>Link root causes</source>
        <translation>Grundursachen verknüpfen</translation>
    </message>
</context>
<context>
    <name>ActionItemsStep</name>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="375"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="434"/>
        <source>&amp;Add action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="435"/>
        <source>Add an action item (Ctrl+Enter or Insert)</source>
        <translation>Maßnahme hinzufügen (Ctrl+Enter oder Insert)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="437"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="438"/>
        <source>Delete the selected action item (Delete)</source>
        <translation>Ausgewählte Maßnahme löschen (Delete)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="440"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="441"/>
        <source>Move the selected action item up (Ctrl+Shift+Up)</source>
        <translation>Ausgewählte Maßnahme nach oben verschieben (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="443"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="444"/>
        <source>Move the selected action item down (Ctrl+Shift+Down)</source>
        <translation>Ausgewählte Maßnahme nach unten verschieben (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="446"/>
        <source>&amp;Root causes…</source>
        <translation>&amp;Grundursachen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="448"/>
        <source>Choose the root causes the selected action addresses (F2 on that column)</source>
        <translation>Grundursachen auswählen, die die ausgewählte Maßnahme behebt (F2 in dieser Spalte)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="451"/>
        <source>Open lin&amp;k</source>
        <translation>Lin&amp;k öffnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="453"/>
        <source>Open the selected action&apos;s tracker link in the browser (Ctrl+click)</source>
        <translation>Tracker-Link der ausgewählten Maßnahme im Browser öffnen (Ctrl+Klick)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="487"/>
        <source>Concrete work that addresses the root causes. Every action needs an owner (a team or a role) and a due date. Double-click or start typing to edit.</source>
        <translation>Konkrete Arbeit, die die Grundursachen angeht. Jede Maßnahme braucht eine Verantwortlichkeit (ein Team oder eine Rolle) und ein Fälligkeitsdatum. Zum Bearbeiten doppelklicken oder einfach lostippen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="497"/>
        <source>Edit action description</source>
        <translation>Beschreibung der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="501"/>
        <source>Description of the selected action</source>
        <translation>Beschreibung der ausgewählten Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="503"/>
        <source>Optional: what exactly to change, and how.</source>
        <translation>Optional: Was genau geändert wird, und wie.</translation>
    </message>
    <message>
        <source>Optional: what exactly to change, and how we will know it worked.</source>
        <translation type="vanished">Optional: Was genau geändert wird und woran wir erkennen, dass es gewirkt hat.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="574"/>
        <source>{problem} The due date is unchanged.</source>
        <translation>{problem} Das Fälligkeitsdatum bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="585"/>
        <source>1 root cause has no action item</source>
        <translation>1 Grundursache hat noch keine Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="587"/>
        <source>{n} root causes have no action item</source>
        <translation>{n} Grundursachen haben noch keine Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="595"/>
        <source>No root causes are marked yet. Mark them in the 5 Whys step; each one needs an action item.</source>
        <translation>Noch keine Grundursachen markiert. Markieren Sie sie im Schritt „5 Warums“; jede braucht eine Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="608"/>
        <source>✓ Every root cause has an action item.</source>
        <translation>✓ Jede Grundursache hat eine Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="613"/>
        <source>1 action item needs an owner or a due date (marked “!”).</source>
        <translation>1 Maßnahme braucht noch eine Verantwortlichkeit oder ein Fälligkeitsdatum (markiert mit „!“).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="615"/>
        <source>{n} action items need an owner or a due date (marked “!”).</source>
        <translation>{n} Maßnahmen brauchen noch eine Verantwortlichkeit oder ein Fälligkeitsdatum (markiert mit „!“).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="634"/>
        <source>Descri&amp;ption (select an action)</source>
        <translation>Beschrei&amp;bung (Maßnahme auswählen)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="637"/>
        <source>Descri&amp;ption of action {n}</source>
        <translation>Beschrei&amp;bung von Maßnahme {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="661"/>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="677"/>
        <source>Delete action item</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="695"/>
        <source>Move action item</source>
        <translation>Maßnahme verschieben</translation>
    </message>
</context>
<context>
    <name>ActionsWindow</name>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="93"/>
        <source>Actions — pmdesk</source>
        <translation>Maßnahmen — pmdesk</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="108"/>
        <source>Action items of all post-mortems</source>
        <translation>Maßnahmen aller Post-Mortems</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="147"/>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="149"/>
        <source>Owner or team</source>
        <translation>Verantwortlich oder Team</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="150"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="151"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="152"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="153"/>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="156"/>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="163"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="164"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="165"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="166"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="187"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="191"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="243"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="244"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="285"/>
        <source>{shown} of {total} actions shown · {overdue} overdue</source>
        <translation>{shown} von {total} Maßnahmen angezeigt · {overdue} überfällig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="289"/>
        <source>Read-only: {reason}</source>
        <translation>Nur lesen: {reason}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="292"/>
        <source>No action matches these filters.</source>
        <translation>Keine Maßnahme passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="296"/>
        <source>No action items yet. They are written in each post-mortem&apos;s Action items step.</source>
        <translation>Noch keine Maßnahmen. Sie entstehen im Schritt „Maßnahmen“ jedes Post-Mortems.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="366"/>
        <source>Change action status</source>
        <translation>Status der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="424"/>
        <source>Record whether the action worked</source>
        <translation>Festhalten, ob die Maßnahme gewirkt hat</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="77"/>
        <source>Import post-mortems</source>
        <translation>Post-Mortems importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="81"/>
        <source>Post-mortems: pmdesk, Markdown, HTML ({patterns})</source>
        <translation>Post-Mortems: pmdesk, Markdown, HTML ({patterns})</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="84"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="93"/>
        <source>Import a folder of post-mortems</source>
        <translation>Einen Ordner mit Post-Mortems importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="102"/>
        <source>Reading file {number} of {count}…</source>
        <translation>Datei {number} von {count} wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="103"/>
        <source>Importing file {number} of {count}…</source>
        <translation>Datei {number} von {count} wird importiert …</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="121"/>
        <source>Importing post-mortems…</source>
        <translation>Post-Mortems werden importiert …</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="136"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../pmdesk/ui/background.py" line="139"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BoundDateTimeEdit</name>
    <message>
        <source>Type the date and time in UTC, or use Up/Down; Alt+Down opens a calendar.</source>
        <translation type="vanished">Datum und Uhrzeit in UTC eintippen oder mit Up/Down ändern; Alt+Down öffnet einen Kalender.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/fields.py" line="366"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/fields.py" line="411"/>
        <source>{problem} Still stored: {value} (Esc shows it again).</source>
        <translation>{problem} Gespeichert bleibt: {value} (Esc zeigt es wieder an).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="137"/>
        <source>Changed elsewhere meanwhile</source>
        <translation>Inzwischen anderswo geändert</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="142"/>
        <source>While you worked, someone else saved changes to the same things. Choose for each what to keep; your other changes are merged already.</source>
        <translation>Während Sie gearbeitet haben, hat jemand anderes Änderungen an denselben Stellen gespeichert. Wählen Sie jeweils, was bleiben soll; Ihre übrigen Änderungen sind bereits zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="160"/>
        <source>Apply my choices</source>
        <translation>Meine Auswahl übernehmen</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/date_edits.py" line="356"/>
        <source>Type the date like 2026-12-18; Alt+Down opens a calendar; Ctrl+Delete clears it.</source>
        <translation>Datum wie 2026-12-18 eintippen; Alt+Down öffnet einen Kalender; Ctrl+Delete entfernt es.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/date_edits.py" line="366"/>
        <source>“{text}” is not a date: type it like 2026-12-18 (year-month-day).</source>
        <translation>„{text}“ ist kein Datum: bitte wie 2026-12-18 eingeben (Jahr-Monat-Tag).</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="194"/>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="195"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No due date</source>
        <translation type="vanished">Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Alt+Down opens the calendar; Ctrl+Delete clears the date.</source>
        <translation type="vanished">Alt+Down öffnet den Kalender; Ctrl+Delete entfernt das Datum.</translation>
    </message>
</context>
<context>
    <name>EvidenceChip</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="74"/>
        <source>{when}
{text}

Click to show it in the timeline.</source>
        <translation>{when}
{text}

Klicken, um es in der Zeitleiste zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="79"/>
        <source>Evidence: {text}</source>
        <translation>Beleg: {text}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="85"/>
        <source>Stop citing this event</source>
        <translation>Dieses Ereignis nicht mehr als Beleg anführen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="86"/>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
</context>
<context>
    <name>EvidenceChips</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="32"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="33"/>
        <source>{count} events</source>
        <translation>{count} Ereignisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="144"/>
        <source>No evidence yet. Link timeline events, or drag them from the timeline onto this why.</source>
        <translation>Noch keine Belege. Verknüpfen Sie Ereignisse der Zeitleiste oder ziehen Sie sie aus der Zeitleiste auf dieses Warum.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/evidence_chips.py" line="148"/>
        <source>Select a why to see the timeline events it cites.</source>
        <translation>Wählen Sie ein Warum aus, um die Ereignisse der Zeitleiste zu sehen, auf die es sich stützt.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/evidence_picker.py" line="92"/>
        <source>Evidence for this why</source>
        <translation>Belege für dieses Warum</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/evidence_picker.py" line="98"/>
        <source>(empty why)</source>
        <translation>(leeres Warum)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/evidence_picker.py" line="103"/>
        <source>Tick the timeline events that show this why happened.</source>
        <translation>Markieren Sie die Ereignisse der Zeitleiste, die belegen, dass dieses Warum zutrifft.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/evidence_picker.py" line="105"/>
        <source>Filter by time, text or source</source>
        <translation>Nach Zeit, Text oder Quelle filtern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/evidence_picker.py" line="106"/>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/evidence_picker.py" line="111"/>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="36"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="37"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="38"/>
        <source>Customer impact</source>
        <translation>Kundenauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="39"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="40"/>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="41"/>
        <source>Incident end</source>
        <translation>Ende des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="42"/>
        <source>Review meeting</source>
        <translation>Post-Mortem-Besprechung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="44"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="45"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="46"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="47"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="48"/>
        <source>Facilitator notes</source>
        <translation>Notizen der Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="50"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="51"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="52"/>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="53"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="54"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="55"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="56"/>
        <source>Original time</source>
        <translation>Ursprüngliche Zeit</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="57"/>
        <source>Source time zone</source>
        <translation>Zeitzone der Quelle</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="58"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="59"/>
        <source>Author</source>
        <translation>Autor:in</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="60"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="61"/>
        <source>Key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="62"/>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="63"/>
        <source>Internal only</source>
        <translation>Nur intern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="64"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="65"/>
        <source>Parent why</source>
        <translation>Übergeordnetes Warum</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="66"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="67"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="68"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="69"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="70"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="71"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="72"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="73"/>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="74"/>
        <source>Tracker link</source>
        <translation>Tracker-Link</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="75"/>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="76"/>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="77"/>
        <source>Outage minutes</source>
        <translation>Ausfallminuten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="78"/>
        <source>Customers affected</source>
        <translation>Kunden betroffen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="79"/>
        <source>Security impact</source>
        <translation>Sicherheitsauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="80"/>
        <source>SLO budget burned</source>
        <translation>Verbrauchtes SLO-Budget</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="81"/>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="82"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="83"/>
        <source>Overridden verdict</source>
        <translation>Überschriebene Einstufung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="84"/>
        <source>Reason for the override</source>
        <translation>Grund für das Überschreiben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="85"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="86"/>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="87"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="88"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="89"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="90"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="91"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="92"/>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="93"/>
        <source>Participant</source>
        <translation>Beteiligte Person</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="94"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="95"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="96"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="97"/>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="98"/>
        <source>Contributing factor</source>
        <translation>Begünstigender Faktor</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="99"/>
        <source>Trigger check</source>
        <translation>Auslöserprüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="100"/>
        <source>Kept finding</source>
        <translation>Behaltener Hinweis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="101"/>
        <source>Publication</source>
        <translation>Veröffentlichung</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../pmdesk/ui/findings_panel.py" line="44"/>
        <source>Blameless-language findings</source>
        <translation>Hinweise zur schuldfreien Sprache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/findings_panel.py" line="63"/>
        <location filename="../../pmdesk/ui/findings_panel.py" line="69"/>
        <source>No blaming language found. ✓</source>
        <translation>Keine schuldzuweisende Sprache gefunden. ✓</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/findings_panel.py" line="67"/>
        <source>{count} finding(s) to look at</source>
        <translation>{count} Hinweis(e) zu prüfen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/findings_panel.py" line="71"/>
        <source> · {hints} to consider</source>
        <translation> · {hints} zu bedenken</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/findings_panel.py" line="72"/>
        <source> · {kept} kept on purpose</source>
        <translation> · {kept} bewusst beibehalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/findings_panel.py" line="83"/>
        <source>Consider</source>
        <translation>Zu bedenken</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/findings_panel.py" line="85"/>
        <source>Worth a look, never blocking: quoted or reported blame and admissions in the first person. Check that the text around them explains the situation.</source>
        <translation>Einen Blick wert, blockiert nie: zitierte oder wiedergegebene Schuldzuweisungen und Eingeständnisse in der ersten Person. Prüfen Sie, ob der Text drumherum die Situation erklärt.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Trigger check</source>
        <translation>Auslöserprüfung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 Warums</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>Gates</name>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="82"/>
        <source>The language check is not available in this installation of pmdesk, so this gate was not checked.</source>
        <translation>Die Sprachprüfung ist in dieser Installation von pmdesk nicht verfügbar; diese Prüfung wurde deshalb nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="87"/>
        <source>The root cause “{cause}” has no action item.</source>
        <translation>Die Grundursache „{cause}“ hat keine Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="91"/>
        <source>The action item “{title}” has no owner.</source>
        <translation>Die Maßnahme „{title}“ hat keine Verantwortlichkeit.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="92"/>
        <source>The action item {label} has no owner.</source>
        <translation>{label} hat keine Verantwortlichkeit.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="93"/>
        <source>The action item “{title}” has no due date.</source>
        <translation>Die Maßnahme „{title}“ hat kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="96"/>
        <source>The action item {label} has no due date.</source>
        <translation>{label} hat kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="97"/>
        <source>Looks like {kind}: {excerpt}</source>
        <translation>Sieht aus wie {kind}: {excerpt}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="98"/>
        <source>The post-mortem has no title.</source>
        <translation>Das Post-Mortem hat keinen Titel.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="99"/>
        <source>The summary is empty.</source>
        <translation>Die Zusammenfassung ist leer.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="100"/>
        <source>The impact is not described.</source>
        <translation>Die Auswirkung ist nicht beschrieben.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="101"/>
        <source>No timeline event is marked as a key moment (impact start, detected, mitigated, resolved).</source>
        <translation>Kein Ereignis der Zeitleiste ist als Schlüsselmoment markiert (Beginn der Auswirkung, erkannt, eingedämmt, behoben).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="105"/>
        <source>No root cause is marked in the why-chains.</source>
        <translation>In den Warum-Ketten ist keine Grundursache markiert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="106"/>
        <source>The internal version shows names; this is checked for the public version.</source>
        <translation>Die interne Fassung zeigt Namen; geprüft wird dies für die öffentliche Fassung.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="109"/>
        <source>“{name}” would name a person in the public version: write the role instead, or give the person a handle in the participants table.</source>
        <translation>„{name}“ würde in der öffentlichen Fassung eine Person nennen: Schreiben Sie stattdessen die Rolle, oder geben Sie der Person in der Tabelle der Beteiligten ein Handle.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="133"/>
        <source>an API key</source>
        <translation>ein API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="134"/>
        <source>an access token</source>
        <translation>ein Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="135"/>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="136"/>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="137"/>
        <source>a connection string with credentials</source>
        <translation>eine Verbindungszeichenfolge mit Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="138"/>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="139"/>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="140"/>
        <source>an IP address</source>
        <translation>eine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/gates.py" line="141"/>
        <source>a card number</source>
        <translation>eine Kartennummer</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="63"/>
        <source>{later} ({later_time}) is before {earlier} ({earlier_time}).</source>
        <translation>{later} ({later_time}) liegt vor {earlier} ({earlier_time}).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="106"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="107"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="108"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="109"/>
        <source>Created {part}</source>
        <translation>{part} angelegt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="110"/>
        <source>Added {part}</source>
        <translation>{part} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="111"/>
        <source>Removed {part}</source>
        <translation>{part} entfernt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="113"/>
        <source>{part}: {field} changed (private, not recorded)</source>
        <translation>{part}: {field} geändert (privat, nicht aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="115"/>
        <source>{part}: {field} {old} → {new} linked</source>
        <translation>{part}: {field} {old} → {new} verknüpft</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="116"/>
        <source>{part}: {field} {old} → {new}</source>
        <translation>{part}: {field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="117"/>
        <source>(no net change)</source>
        <translation>(im Ergebnis unverändert)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="184"/>
        <source>History of {key}</source>
        <translation>Verlauf von {key}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="186"/>
        <source>Filter by field, part or person</source>
        <translation>Nach Feld, Teil oder Person filtern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="187"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="191"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="192"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="192"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="192"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/history_dialog.py" line="198"/>
        <source>No changes are recorded yet.</source>
        <translation>Noch keine Änderungen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="99"/>
        <source>Slack export</source>
        <translation>Slack-Export</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="100"/>
        <source>Microsoft Teams messages</source>
        <translation>Microsoft-Teams-Nachrichten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="101"/>
        <source>Mattermost bulk export</source>
        <translation>Mattermost-Massenexport</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="102"/>
        <source>Discord (DiscordChatExporter)</source>
        <translation>Discord (DiscordChatExporter)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="104"/>
        <source>IRC log (irssi, WeeChat)</source>
        <translation>IRC-Protokoll (irssi, WeeChat)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="105"/>
        <source>WhatsApp chat export</source>
        <translation>WhatsApp-Chatexport</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="103"/>
        <source>Pasted chat or notes (HH:MM name: text)</source>
        <translation>Eingefügter Chat oder Notizen (HH:MM Name: Text)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="106"/>
        <source>systemd journal (journalctl -o json)</source>
        <translation>systemd-Journal (journalctl -o json)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="107"/>
        <source>syslog (RFC 3164 / 5424)</source>
        <translation>syslog (RFC 3164 / 5424)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="108"/>
        <source>JSON-lines application log</source>
        <translation>Anwendungslog im JSON-Lines-Format</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="109"/>
        <source>logfmt log</source>
        <translation>logfmt-Log</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="110"/>
        <source>nginx / Apache access or error log</source>
        <translation>nginx-/Apache-Zugriffs- oder -Fehlerlog</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="111"/>
        <source>Kubernetes events</source>
        <translation>Kubernetes-Ereignisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="112"/>
        <source>PagerDuty log entries</source>
        <translation>PagerDuty-Logeinträge</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="113"/>
        <source>Opsgenie alert log</source>
        <translation>Opsgenie-Alarmlog</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="114"/>
        <source>GitHub deployments / Actions runs</source>
        <translation>GitHub-Deployments / Actions-Läufe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="115"/>
        <source>CSV (generic)</source>
        <translation>CSV (allgemein)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="126"/>
        <source>Choose a file or folder to import.</source>
        <translation>Wählen Sie eine Datei oder einen Ordner zum Importieren.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="127"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="129"/>
        <source>The times in this file carry no time zone, so pmdesk cannot place them by itself. Confirm the zone they were written in (pre-filled with this computer&apos;s zone).</source>
        <translation>Die Zeiten in dieser Datei haben keine Zeitzone, daher kann pmdesk sie nicht selbst einordnen. Bestätigen Sie die Zeitzone, in der sie geschrieben wurden (vorausgefüllt mit der Zeitzone dieses Computers).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="136"/>
        <source>Check the zone, then tick the box: pmdesk never guesses a zone.</source>
        <translation>Prüfen Sie die Zeitzone und setzen Sie dann den Haken: pmdesk rät nie eine Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="141"/>
        <source>Times without a zone are read in {zone}, as you confirmed.</source>
        <translation>Zeiten ohne Zeitzone werden wie bestätigt als {zone} gelesen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="144"/>
        <source>&quot;{zone}&quot; is not a time zone pmdesk knows. Type a name like Europe/Berlin.</source>
        <translation>„{zone}“ ist keine Zeitzone, die pmdesk kennt. Geben Sie einen Namen wie Europe/Berlin ein.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="149"/>
        <source>Reading was stopped. Change an option or press Read again.</source>
        <translation>Das Lesen wurde angehalten. Ändern Sie eine Option oder wählen Sie „Neu einlesen“.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="152"/>
        <source>Every event in this file is already in the timeline; there is nothing to add.</source>
        <translation>Alle Ereignisse dieser Datei sind schon in der Zeitleiste; es gibt nichts hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="157"/>
        <source>No events match the window and filters.</source>
        <translation>Keine Ereignisse passen zum Zeitfenster und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="159"/>
        <source>That is a lot to discuss: {count} events take a while to save and to read through. A narrower window, a level or a keyword keeps the timeline focused.</source>
        <translation>Das ist viel Stoff: {count} Ereignisse brauchen Zeit zum Speichern und Durchsehen. Ein engeres Zeitfenster, eine Stufe oder ein Stichwort hält die Zeitleiste übersichtlich.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="165"/>
        <source>Events to add: {count}</source>
        <translation>Neue Ereignisse: {count}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="166"/>
        <source>already in the timeline: {count}</source>
        <translation>schon in der Zeitleiste: {count}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="167"/>
        <source>duplicates dropped: {count}</source>
        <translation>Duplikate verworfen: {count}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="168"/>
        <source>lines skipped: {count}</source>
        <translation>Zeilen übersprungen: {count}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="170"/>
        <source>The window ends before it starts; swap the two times.</source>
        <translation>Das Zeitfenster endet vor seinem Beginn; tauschen Sie die beiden Zeiten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="173"/>
        <source>There is no file or folder at {path}. Check the path, or use Browse.</source>
        <translation>Unter {path} gibt es keine Datei und keinen Ordner. Prüfen Sie den Pfad oder wählen Sie „Durchsuchen“.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="178"/>
        <source>The file covers {file_span}; the import window is {window}.</source>
        <translation>Die Datei umfasst {file_span}; das Zeitfenster des Imports ist {window}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="181"/>
        <source>Times without a zone are read in {zone}, as confirmed for this post-mortem&apos;s last import. Untick the box if this file was written in another zone.</source>
        <translation>Zeiten ohne Zeitzone werden als {zone} gelesen, wie beim letzten Import dieses Post-Mortems bestätigt. Entfernen Sie den Haken, wenn diese Datei in einer anderen Zone geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="188"/>
        <source>The lines in this file carry no year; pmdesk read them as {year}. Change the year if the file is from another one.</source>
        <translation>Die Zeilen dieser Datei enthalten kein Jahr; pmdesk hat sie als {year} gelesen. Ändern Sie das Jahr, wenn die Datei aus einem anderen stammt.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="380"/>
        <source>Import timeline events</source>
        <translation>Ereignisse in die Zeitleiste importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="396"/>
        <source>Type or paste a path, or browse for a file</source>
        <translation>Pfad eingeben oder einfügen, oder eine Datei suchen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="399"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="400"/>
        <source>Choose a file to import</source>
        <translation>Eine Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="440"/>
        <source>Only events b&amp;etween</source>
        <translation>Nur &amp;Ereignisse zwischen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="vanished">Keine Datei gewählt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="397"/>
        <source>File or folder to import</source>
        <translation>Zu importierende Datei oder Ordner</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="vanished">&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="401"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="402"/>
        <source>Choose a folder, e.g. an unzipped Slack export</source>
        <translation>Einen Ordner wählen, z. B. einen entpackten Slack-Export</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="409"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="416"/>
        <source>Time zone of the file&apos;s times</source>
        <translation>Zeitzone der Zeiten in der Datei</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="432"/>
        <source>The times in this file are in this &amp;zone</source>
        <translation>Die Zeiten in dieser Datei sind in dieser &amp;Zeitzone</translation>
    </message>
    <message>
        <source>Only events &amp;between</source>
        <translation type="vanished">Nur &amp;Ereignisse zwischen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="449"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="457"/>
        <source>Year of the lines that carry none</source>
        <translation>Jahr der Zeilen ohne Jahresangabe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="466"/>
        <source>e.g. #inc-checkout, db-01 (any of them)</source>
        <translation>z. B. #inc-checkout, db-01 (beliebiger davon)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="467"/>
        <source>Source or channel filter</source>
        <translation>Filter nach Quelle oder Kanal</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="469"/>
        <source>Lowest log level</source>
        <translation>Niedrigste Log-Stufe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="470"/>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="472"/>
        <source>{level} and above</source>
        <translation>{level} und höher</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="474"/>
        <source>Only events mentioning this</source>
        <translation>Nur Ereignisse, die dies erwähnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="475"/>
        <source>Keyword filter</source>
        <translation>Stichwortfilter</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="483"/>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="484"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="485"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="487"/>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="488"/>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="489"/>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="496"/>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="498"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="499"/>
        <source>&amp;Read again</source>
        <translation>Neu ein&amp;lesen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="510"/>
        <source>&amp;Widen the window to include the file</source>
        <translation>Zeitfenster auf die Datei &amp;erweitern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="511"/>
        <source>Read the w&amp;hole file instead</source>
        <translation>Stattdessen die &amp;ganze Datei lesen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="520"/>
        <source>Preview of the first events</source>
        <translation>Vorschau der ersten Ereignisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="533"/>
        <source>First events</source>
        <translation>Erste Ereignisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="538"/>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="540"/>
        <source>Skipped lines and warnings</source>
        <translation>Übersprungene Zeilen und Warnungen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="539"/>
        <source>Nothing was skipped.</source>
        <translation>Nichts wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="550"/>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="1071"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="640"/>
        <source>{name} — detected ({confidence} % sure)</source>
        <translation>{name} — erkannt ({confidence} % sicher)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="647"/>
        <source>Not recognised — choose the format below</source>
        <translation>Nicht erkannt — wählen Sie unten das Format</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="650"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="770"/>
        <source>pmdesk could not tell which kind of export {file} is. Choose the format from the list.</source>
        <translation>pmdesk konnte nicht erkennen, was für ein Export {file} ist. Wählen Sie das Format aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="943"/>
        <source>{name} — {summary}</source>
        <translation>{name} — {summary}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="959"/>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="1010"/>
        <source>Something went wrong inside pmdesk while reading the file.</source>
        <translation>Beim Lesen der Datei ist in pmdesk ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="1046"/>
        <source>Not needed so far: the times in this file say their own zone.</source>
        <translation>Bisher nicht nötig: Die Zeiten in dieser Datei geben ihre Zeitzone selbst an.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="1066"/>
        <source>&amp;Import 1 event</source>
        <translation>1 Ereignis &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="1068"/>
        <source>&amp;Import {count} events</source>
        <translation>{count} Ereignisse &amp;importieren</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Beginn des Zeitfensters</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Ende des Zeitfensters</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>Exports and logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;All files (*)</source>
        <translation>Exporte und Logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="174"/>
        <source>Double-click a file to open its post-mortem.</source>
        <translation>Doppelklicken Sie auf eine Datei, um ihr Post-Mortem zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="156"/>
        <source>Import summary</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="173"/>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="175"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="175"/>
        <source>What happened</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="225"/>
        <source>Imported as {key}: {title}</source>
        <translation>Importiert als {key}: {title}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="227"/>
        <source>Updated {key}: {title}</source>
        <translation>{key} aktualisiert: {title}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="229"/>
        <source>Skipped: {reason}</source>
        <translation>Übersprungen: {reason}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="230"/>
        <source>Not imported: {reason}</source>
        <translation>Nicht importiert: {reason}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="235"/>
        <source>Imported {created} new and updated {updated}; skipped {skipped}; could not import {refused}.</source>
        <translation>{created} neu importiert und {updated} aktualisiert; {skipped} übersprungen; {refused} nicht importierbar.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="249"/>
        <source>Each file that could not be imported was left out on its own; the other files are in the library. Correct those files and import them again: files imported before are skipped.</source>
        <translation>Jede Datei, die nicht importiert werden konnte, wurde für sich ausgelassen; die anderen Dateien sind in der Bibliothek. Korrigieren Sie diese Dateien und importieren Sie sie erneut: Bereits importierte Dateien werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="260"/>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="263"/>
        <source>Kept as notes</source>
        <translation>Als Notizen behalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_archive_dialog.py" line="264"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>IncidentStep</name>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="68"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="71"/>
        <source>What happened, in one line</source>
        <translation>Was ist passiert, in einer Zeile</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="74"/>
        <source>Edit summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="75"/>
        <source>A few sentences: what happened, the impact, how it was resolved.</source>
        <translation>Ein paar Sätze: was passiert ist, die Auswirkung, wie es behoben wurde.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="79"/>
        <source>Edit customer impact</source>
        <translation>Kundenauswirkung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="80"/>
        <source>Who was affected, how, and for how long.</source>
        <translation>Wer betroffen war, wie und wie lange.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="83"/>
        <source>Change severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="84"/>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="120"/>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="126"/>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="133"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="86"/>
        <source>SEV {n}</source>
        <translation>SEV {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="88"/>
        <source> — most severe</source>
        <translation> — am schwersten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="92"/>
        <source> — least severe</source>
        <translation> — am leichtesten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="100"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="102"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="103"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="104"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="113"/>
        <source>Draft while the review is being written, In review once others may read it. Publishing, in the Publish step, makes it Published.</source>
        <translation>Entwurf, solange das Post-Mortem geschrieben wird; In Prüfung, sobald andere es lesen dürfen. Veröffentlicht wird es durch das Veröffentlichen im Schritt „Veröffentlichen“.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="118"/>
        <source>Change incident start</source>
        <translation>Beginn des Vorfalls ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="124"/>
        <source>Change incident end</source>
        <translation>Ende des Vorfalls ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="137"/>
        <source>Edit facilitator</source>
        <translation>Moderation bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="139"/>
        <source>Who runs the review</source>
        <translation>Wer die Besprechung leitet</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="140"/>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="141"/>
        <source>e.g. database, failover</source>
        <translation>z. B. Datenbank, Failover</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="142"/>
        <source>Edit services</source>
        <translation>Services bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="143"/>
        <source>e.g. checkout, ledger</source>
        <translation>z. B. checkout, ledger</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="151"/>
        <source>Edit facilitator notes</source>
        <translation>Notizen der Moderation bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="152"/>
        <source>Reminders for yourself: who to follow up with, what to ask next.</source>
        <translation>Erinnerungen für Sie selbst: bei wem nachfassen, was als Nächstes fragen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="156"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="157"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="157"/>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="158"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="158"/>
        <source>Customer impact</source>
        <translation>Kundenauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="159"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="159"/>
        <source>1 is the most severe</source>
        <translation>1 ist der höchste Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="160"/>
        <source>Review status</source>
        <translation>Status des Post-Mortems</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="161"/>
        <source>Incident start (UTC)</source>
        <translation>Beginn des Vorfalls (UTC)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="162"/>
        <source>Incident end (UTC)</source>
        <translation>Ende des Vorfalls (UTC)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="168"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="169"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="169"/>
        <source>Separate tags with commas</source>
        <translation>Tags durch Kommas trennen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="170"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="170"/>
        <source>Separate services with commas</source>
        <translation>Services durch Kommas trennen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="173"/>
        <source>Facilitator notes (private)</source>
        <translation>Notizen der Moderation (privat)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="174"/>
        <source>Never exported; hidden in presenter mode</source>
        <translation>Wird nie exportiert; im Präsentationsmodus ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="180"/>
        <source>Clear incident start</source>
        <translation>Beginn des Vorfalls entfernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="181"/>
        <source>Clear incident end</source>
        <translation>Ende des Vorfalls entfernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="131"/>
        <source>Change review meeting</source>
        <translation>Post-Mortem-Besprechung ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="165"/>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="231"/>
        <source>Review meeting (UTC)</source>
        <translation>Post-Mortem-Besprechung (UTC)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="166"/>
        <source>When the team meets to go through this post-mortem</source>
        <translation>Wann das Team sich trifft, um dieses Post-Mortem durchzugehen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="182"/>
        <source>Clear review meeting</source>
        <translation>Post-Mortem-Besprechung entfernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="183"/>
        <source>Separate tags with commas.</source>
        <translation>Tags durch Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="184"/>
        <source>Separate services with commas.</source>
        <translation>Services durch Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="193"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="323"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="197"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="198"/>
        <source>Customer &amp;impact</source>
        <translation>&amp;Kundenauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="199"/>
        <source>Severit&amp;y</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="200"/>
        <source>Revie&amp;w status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="202"/>
        <source>Incident st&amp;art (UTC)</source>
        <translation>&amp;Beginn des Vorfalls (UTC)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="215"/>
        <source>Show in timeline</source>
        <translation>In der Zeitleiste zeigen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="218"/>
        <source>The incident ends with the event marked “Resolved”; change it there.</source>
        <translation>Der Vorfall endet mit dem als „Behoben“ markierten Ereignis; dort lässt sich das Ende ändern.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="227"/>
        <source>Incident e&amp;nd (UTC)</source>
        <translation>E&amp;nde des Vorfalls (UTC)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="235"/>
        <source>Faci&amp;litator</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="237"/>
        <source>Tag&amp;s</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="238"/>
        <source>Se&amp;rvices</source>
        <translation>Se&amp;rvices</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="240"/>
        <source>Incident duration</source>
        <translation>Dauer des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="248"/>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="263"/>
        <source>A&amp;dd participant</source>
        <translation>Beteiligte &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="264"/>
        <source>Add a participant (Insert)</source>
        <translation>Beteiligte Person hinzufügen (Insert)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="266"/>
        <source>Rem&amp;ove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="268"/>
        <source>Remove the selected participant (Delete)</source>
        <translation>Ausgewählte Person entfernen (Delete)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="280"/>
        <source>&amp;Participants</source>
        <translation>Betei&amp;ligte</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="284"/>
        <source>Everyone who took part in the incident or this review; co-authors of the review have the role “Author”. Double-click or start typing to edit; Insert adds, Delete removes, Ctrl+Shift+Up/Down reorders.</source>
        <translation>Alle, die am Vorfall oder an dieser Besprechung beteiligt waren; wer das Post-Mortem mitverfasst, hat die Rolle „Autor“ oder „Autorin“. Zum Bearbeiten doppelklicken oder lostippen; Insert fügt hinzu, Delete entfernt, Ctrl+Shift+Up/Down ändert die Reihenfolge.</translation>
    </message>
    <message>
        <source>Everyone who took part in the incident or this review. Double-click or start typing to edit; Insert adds, Delete removes, Ctrl+Shift+Up/Down reorders.</source>
        <translation type="vanished">Alle, die am Vorfall oder an dieser Besprechung beteiligt waren. Zum Bearbeiten doppelklicken oder lostippen; Insert fügt hinzu, Delete entfernt, Ctrl+Shift+Up/Down ändert die Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="300"/>
        <source>Fa&amp;cilitator notes</source>
        <translation>N&amp;otizen der Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="304"/>
        <source>Private — never exported, hidden in presenter mode</source>
        <translation>Privat — wird nie exportiert, im Präsentationsmodus ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="402"/>
        <source>{time} — the “Resolved” key moment</source>
        <translation>{time} – der Schlüsselmoment „Behoben“</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="410"/>
        <source>Duration: set the start and the end.</source>
        <translation>Dauer: Beginn und Ende festlegen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="414"/>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="418"/>
        <source>Duration: {hours} h {minutes} min</source>
        <translation>Dauer: {hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="420"/>
        <source>Duration: {minutes} min</source>
        <translation>Dauer: {minutes} min</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="436"/>
        <source>Add participant</source>
        <translation>Beteiligte Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="451"/>
        <source>Remove participant</source>
        <translation>Beteiligte Person entfernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/incident_step.py" line="469"/>
        <source>Move participant</source>
        <translation>Beteiligte Person verschieben</translation>
    </message>
</context>
<context>
    <name>LessonsStep</name>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="403"/>
        <source>What went &amp;well</source>
        <translation>Was &amp;gut lief</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="404"/>
        <source>What helped: keep doing it.</source>
        <translation>Was geholfen hat: beibehalten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="407"/>
        <source>What went w&amp;rong</source>
        <translation>Was &amp;schieflief</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="408"/>
        <source>What made it worse or slower.</source>
        <translation>Was es schlimmer oder langsamer gemacht hat.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="411"/>
        <source>Where we got &amp;lucky</source>
        <translation>Wo wir Glück &amp;hatten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="412"/>
        <source>What saved us by chance: tomorrow it may not.</source>
        <translation>Was uns zufällig gerettet hat – beim nächsten Mal vielleicht nicht.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="424"/>
        <source>Edit lesson</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="435"/>
        <source>Edit contributing factor</source>
        <translation>Begünstigenden Faktor bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="439"/>
        <source>&amp;Contributing factors</source>
        <translation>&amp;Begünstigende Faktoren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="440"/>
        <source>Conditions that made the incident more likely or worse.</source>
        <translation>Umstände, die den Vorfall wahrscheinlicher oder schlimmer gemacht haben.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="447"/>
        <source>Double-click or start typing to edit. Enter on the last item adds the next; Insert adds, Delete removes, Ctrl+Shift+Up/Down reorders.</source>
        <translation>Zum Bearbeiten doppelklicken oder lostippen. Enter auf dem letzten Eintrag fügt den nächsten hinzu; Insert fügt hinzu, Delete entfernt, Ctrl+Shift+Up/Down ändert die Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="500"/>
        <source>Add lesson</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="505"/>
        <source>Delete lesson</source>
        <translation>Erkenntnis löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="512"/>
        <source>Move lesson</source>
        <translation>Erkenntnis verschieben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="524"/>
        <source>Add contributing factor</source>
        <translation>Begünstigenden Faktor hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="534"/>
        <source>Delete contributing factor</source>
        <translation>Begünstigenden Faktor löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="545"/>
        <source>Move contributing factor</source>
        <translation>Begünstigenden Faktor verschieben</translation>
    </message>
</context>
<context>
    <name>LibraryActionTableModel</name>
    <message>
        <location filename="../../pmdesk/ui/actions_window.py" line="320"/>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="190"/>
        <source>{n} days late</source>
        <translation>{n} Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="119"/>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="120"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="121"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="122"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="123"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="124"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="126"/>
        <source>Did it work?</source>
        <translation>Hat es gewirkt?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="148"/>
        <source>Success criterion: {criterion}</source>
        <translation>Erfolgskriterium: {criterion}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="170"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="172"/>
        <source>— no owner —</source>
        <translation>— niemand verantwortlich —</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="187"/>
        <source>— no date —</source>
        <translation>— kein Datum —</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="190"/>
        <source>1 day late</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="196"/>
        <source>✓ It held</source>
        <translation>✓ Hat gehalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="198"/>
        <source>✗ It did not hold</source>
        <translation>✗ Hat nicht gehalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="200"/>
        <source>Ask now</source>
        <translation>Jetzt fragen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_action_table_model.py" line="202"/>
        <source>Ask on {day}</source>
        <translation>Frage am {day}</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="43"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="44"/>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="48"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="49"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="50"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="51"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="52"/>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="53"/>
        <source>Any verdict</source>
        <translation>Jede Einstufung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="54"/>
        <source>Mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="55"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="56"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="57"/>
        <source>Not assessed</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="58"/>
        <source>Open action items</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="59"/>
        <source>Any action items</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="60"/>
        <source>With open action items</source>
        <translation>Mit offenen Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="61"/>
        <source>Without open action items</source>
        <translation>Ohne offene Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="62"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="62"/>
        <source>Any tag</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="63"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="63"/>
        <source>Any service</source>
        <translation>Jeder Service</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="64"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="64"/>
        <source>Any facilitator</source>
        <translation>Jede Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="67"/>
        <source>From (any)</source>
        <translation>Von (beliebig)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="68"/>
        <source>Incidents from</source>
        <translation>Vorfälle ab</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="70"/>
        <source>To (any)</source>
        <translation>Bis (beliebig)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="71"/>
        <source>Incidents until</source>
        <translation>Vorfälle bis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="77"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/library_filters.py" line="93"/>
        <source>Incident dates:</source>
        <translation>Vorfallsdatum:</translation>
    </message>
</context>
<context>
    <name>LimitNotice</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/text_limits.py" line="27"/>
        <source>This field holds at most {limit} characters, so that text was not added. Shorten it and try again.</source>
        <translation>Dieses Feld fasst höchstens {limit} Zeichen, daher wurde der Text nicht übernommen. Kürzen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/text_limits.py" line="47"/>
        <source>Text too long</source>
        <translation>Text zu lang</translation>
    </message>
</context>
<context>
    <name>LintActions</name>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="89"/>
        <source>Counterfactual</source>
        <translation>Kontrafaktisch</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="90"/>
        <source>Hindsight</source>
        <translation>Rückschaufehler</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="91"/>
        <source>Minimising</source>
        <translation>Verharmlosung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="92"/>
        <source>“Human error” as a cause</source>
        <translation>„Menschliches Versagen“ als Ursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="93"/>
        <source>A person as the cause</source>
        <translation>Eine Person als Ursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="94"/>
        <source>Implied negligence</source>
        <translation>Unterstellte Nachlässigkeit</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="95"/>
        <source>Judging a person</source>
        <translation>Urteil über eine Person</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="96"/>
        <source>Blaming a team</source>
        <translation>Schuldzuweisung an ein Team</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="97"/>
        <source>Accusing passive</source>
        <translation>Vorwurfsvolles Passiv</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="98"/>
        <source>Framed as a rule breach</source>
        <translation>Als Regelverstoß dargestellt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="99"/>
        <source>Naming a culprit</source>
        <translation>Schuldige benennen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="100"/>
        <source>A remedy aimed at people</source>
        <translation>Eine Maßnahme, die auf Personen zielt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="101"/>
        <source>Accusing question</source>
        <translation>Vorwurfsvolle Frage</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="102"/>
        <source>Quoted blame</source>
        <translation>Zitierte Schuldzuweisung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="97"/>
        <source>Reads like blame (learned check)</source>
        <translation>Liest sich wie Schuldzuweisung (gelernte Prüfung)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="174"/>
        <source>Removes “{old}”.</source>
        <translation>Entfernt „{old}“.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="175"/>
        <source>“{old}” becomes “{new}”.</source>
        <translation>Aus „{old}“ wird „{new}“.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="179"/>
        <source>Replace with suggestion:</source>
        <translation>Durch Vorschlag ersetzen:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="180"/>
        <source>Suggestion:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="181"/>
        <source>Ask instead:</source>
        <translation>Besser fragen:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="187"/>
        <source>Consider: {category} (does not block publishing)</source>
        <translation>Zu bedenken: {category} (blockiert die Veröffentlichung nicht)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="235"/>
        <source>“{excerpt}”: {category}</source>
        <translation>„{excerpt}“: {category}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="257"/>
        <source>This post-mortem is open read-only.</source>
        <translation>Dieses Post-Mortem ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="258"/>
        <source>Replace with suggestion</source>
        <translation>Durch Vorschlag ersetzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="262"/>
        <source>No exact wording to offer here; rewrite it yourself.</source>
        <translation>Hier gibt es keine fertige Formulierung; bitte selbst umformulieren.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="270"/>
        <source>Keep, with a reason…</source>
        <translation>Behalten, mit Begründung…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="280"/>
        <source>Store the text first (Enter), then keep its wording.</source>
        <translation>Erst den Text speichern (Eingabetaste), dann die Formulierung behalten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="285"/>
        <source>The same sentence is kept in another place already; reword one of them.</source>
        <translation>Derselbe Satz wird an anderer Stelle schon behalten; bitte einen von beiden umformulieren.</translation>
    </message>
</context>
<context>
    <name>LintHighlighter</name>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="145"/>
        <source>Keep this wording</source>
        <translation>Diese Formulierung behalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="147"/>
        <source>Why is this wording right here? (stored with the post-mortem)

{}</source>
        <translation>Warum passt diese Formulierung hier? (wird mit dem Post-Mortem gespeichert)

{}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="310"/>
        <source>Add post-mortems from files: pmdesk files, or Markdown and HTML written with the common templates; several at once</source>
        <translation>Post-Mortems aus Dateien hinzufügen: pmdesk-Dateien oder Markdown und HTML nach den gängigen Vorlagen; mehrere auf einmal</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="314"/>
        <source>Import a folder…</source>
        <translation>Einen Ordner importieren …</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="158"/>
        <source>Search post-mortems (Ctrl+F)</source>
        <translation>Post-Mortems durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="160"/>
        <source>Search post-mortems</source>
        <translation>Post-Mortems durchsuchen</translation>
    </message>
    <message>
        <source>Finds post-mortems whose key, title, summary, facilitator, tags or services contain every word.</source>
        <translation type="vanished">Findet Post-Mortems, deren Kennung, Titel, Zusammenfassung, Moderation, Tags oder Services jedes der Wörter enthalten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="200"/>
        <location filename="../../pmdesk/ui/main_window.py" line="270"/>
        <source>Post-mortems</source>
        <translation>Post-Mortems</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="368"/>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="371"/>
        <source>Organisation, logo and colour for reports; meeting agenda; language</source>
        <translation>Organisation, Logo und Farbe der Berichte; Besprechungsablauf; Sprache</translation>
    </message>
    <message>
        <source>No post-mortem matches “{search}”.

The search looks at keys, titles, summaries, facilitators, tags and services.</source>
        <translation type="vanished">Kein Post-Mortem passt zu „{search}“.

Die Suche berücksichtigt Kennungen, Titel, Zusammenfassungen, Moderation, Tags und Services.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="440"/>
        <source>No post-mortems yet. Start one with New (Ctrl+N).</source>
        <translation>Noch keine Post-Mortems. Beginnen Sie eines mit „Neu“ (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="373"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>New post-mortem</source>
        <translation type="vanished">Neues Post-Mortem</translation>
    </message>
    <message>
        <source>What happened? (a short title)</source>
        <translation type="vanished">Was ist passiert? (ein kurzer Titel)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="858"/>
        <source>Delete post-mortem</source>
        <translation>Post-Mortem löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="861"/>
        <source>Delete {key} “{title}” with its timeline, analysis and action items? This cannot be undone.</source>
        <translation>{key} „{title}“ mit Zeitleiste, Analyse und Maßnahmen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="288"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="294"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="300"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="291"/>
        <source>Start a new post-mortem</source>
        <translation>Neues Post-Mortem beginnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="297"/>
        <source>Open the selected post-mortem</source>
        <translation>Ausgewähltes Post-Mortem öffnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="303"/>
        <source>Delete the selected post-mortem</source>
        <translation>Ausgewähltes Post-Mortem löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="306"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="327"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Add a post-mortem from a pmdesk file (.pmdesk.json)</source>
        <translation type="vanished">Ein Post-Mortem aus einer pmdesk-Datei (.pmdesk.json) hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="163"/>
        <source>Finds post-mortems that contain every word, or part of a word, anywhere: title, summary, impact, timeline, whys, root causes, action items, lessons, tags and services.</source>
        <translation>Findet Post-Mortems, die jedes Wort oder einen Teil davon irgendwo enthalten: Titel, Zusammenfassung, Auswirkung, Zeitleiste, Warums, Grundursachen, Maßnahmen, Erkenntnisse, Tags und Services.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="178"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="181"/>
        <source>Filter by severity, status, verdict, tags, services, dates…</source>
        <translation>Nach Schweregrad, Status, Einstufung, Tags, Services, Datum … filtern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="184"/>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="331"/>
        <source>Write the selected post-mortem to a pmdesk file, complete, to move or keep it</source>
        <translation>Das ausgewählte Post-Mortem vollständig in eine pmdesk-Datei schreiben, um es weiterzugeben oder aufzubewahren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="340"/>
        <source>Tags and services…</source>
        <translation>Tags und Services …</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="343"/>
        <source>Rename or merge tags and services in every post-mortem</source>
        <translation>Tags und Services in allen Post-Mortems umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="346"/>
        <location filename="../../pmdesk/ui/main_window.py" line="617"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="349"/>
        <source>Action items of all post-mortems, overdue first</source>
        <translation>Maßnahmen aller Post-Mortems, überfällige zuerst</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="352"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="355"/>
        <source>Post-mortems, detection and resolution times, actions done on time</source>
        <translation>Post-Mortems, Zeiten bis zur Erkennung und Behebung, pünktlich erledigte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="358"/>
        <source>Build site…</source>
        <translation>Website erstellen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="362"/>
        <source>Write every published post-mortem as a website with search, open actions and trends, which opens from a folder or any web server</source>
        <translation>Alle veröffentlichten Post-Mortems als Website mit Suche, offenen Maßnahmen und Trends schreiben, die aus einem Ordner oder von jedem Webserver aus öffnet</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="387"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="389"/>
        <source>Tags and services of every post-mortem; the library as a website</source>
        <translation>Tags und Services aller Post-Mortems; die Bibliothek als Website</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="431"/>
        <source>No post-mortem matches “{search}”.

The search looks at every part of every post-mortem; try fewer words or part of a word.</source>
        <translation>Kein Post-Mortem passt zu „{search}“.

Die Suche durchsucht jeden Teil jedes Post-Mortems; versuchen Sie weniger Wörter oder einen Teil eines Wortes.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="437"/>
        <source>No post-mortem matches these filters.

Clear some of them.</source>
        <translation>Kein Post-Mortem passt zu diesen Filtern.

Setzen Sie einige davon zurück.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="461"/>
        <source>1 post-mortem found</source>
        <translation>1 Post-Mortem gefunden</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="462"/>
        <source>{count} post-mortems found</source>
        <translation>{count} Post-Mortems gefunden</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="464"/>
        <source>1 post-mortem</source>
        <translation>1 Post-Mortem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="465"/>
        <source>{count} post-mortems</source>
        <translation>{count} Post-Mortems</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="519"/>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="519"/>
        <source>Name of this search:</source>
        <translation>Name dieser Suche:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="527"/>
        <source>Save this search…</source>
        <translation>Diese Suche speichern …</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="537"/>
        <source>Delete a saved search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="617"/>
        <source>Actions · {n} overdue</source>
        <translation>Maßnahmen · {n} überfällig</translation>
    </message>
    <message>
        <source>Import a post-mortem</source>
        <translation type="vanished">Ein Post-Mortem importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="792"/>
        <source>Open post-mortem</source>
        <translation>Post-Mortem öffnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="796"/>
        <source>{key} “{title}” is already in the library, and the file holds a different version of it.</source>
        <translation>{key} „{title}“ ist schon in der Bibliothek, und die Datei enthält eine andere Fassung davon.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="802"/>
        <source>Replacing it puts the file&apos;s version in place of the library&apos;s.</source>
        <translation>Beim Ersetzen tritt die Fassung der Datei an die Stelle der Fassung in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="805"/>
        <source>Open the library&apos;s version</source>
        <translation>Fassung der Bibliothek öffnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="808"/>
        <source>Replace with the file&apos;s version</source>
        <translation>Durch die Fassung der Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="822"/>
        <source>Export a post-mortem</source>
        <translation>Ein Post-Mortem exportieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="846"/>
        <source>{key} was exported to {path}.</source>
        <translation>{key} wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="850"/>
        <source>pmdesk post-mortems (*.pmdesk.json *.json)</source>
        <translation>pmdesk-Post-Mortems (*.pmdesk.json *.json)</translation>
    </message>
</context>
<context>
    <name>MeetingTimer</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="51"/>
        <source>Start meeting</source>
        <translation>Besprechung starten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="52"/>
        <source>Start or pause the meeting timer (Ctrl+T)</source>
        <translation>Besprechungstimer starten oder pausieren (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="53"/>
        <source>Meeting timer</source>
        <translation>Besprechungstimer</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="56"/>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="83"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="87"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="119"/>
        <source>{step}: {clock} over</source>
        <translation>{step}: {clock} überzogen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="121"/>
        <source>{step}: {clock} left</source>
        <translation>{step}: noch {clock}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/meeting_timer.py" line="122"/>
        <source>  ·  meeting {clock}</source>
        <translation>  ·  Besprechung {clock}</translation>
    </message>
</context>
<context>
    <name>MergeNote</name>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="19"/>
        <source>a participant</source>
        <translation>eine beteiligte Person</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="20"/>
        <source>{count} participants</source>
        <translation>{count} beteiligte Personen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="23"/>
        <source>an event</source>
        <translation>ein Ereignis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="24"/>
        <source>{count} events</source>
        <translation>{count} Ereignisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="27"/>
        <source>a why</source>
        <translation>ein Warum</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="28"/>
        <source>{count} whys</source>
        <translation>{count} Warums</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="31"/>
        <source>an action item</source>
        <translation>eine Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="32"/>
        <source>{count} action items</source>
        <translation>{count} Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="35"/>
        <source>a lesson</source>
        <translation>eine Erkenntnis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="36"/>
        <source>{count} lessons</source>
        <translation>{count} Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="39"/>
        <source>a contributing factor</source>
        <translation>einen begünstigenden Faktor</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="40"/>
        <source>{count} contributing factors</source>
        <translation>{count} begünstigende Faktoren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="43"/>
        <location filename="../../pmdesk/ui/merge_note.py" line="44"/>
        <source>the trigger check</source>
        <translation>die Auslöserprüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="47"/>
        <source>a kept finding</source>
        <translation>einen behaltenen Hinweis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="48"/>
        <source>{count} kept findings</source>
        <translation>{count} behaltene Hinweise</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="51"/>
        <source>an import</source>
        <translation>einen Import</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="52"/>
        <source>{count} imports</source>
        <translation>{count} Importe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="55"/>
        <source>a publication</source>
        <translation>eine Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="56"/>
        <source>{count} publications</source>
        <translation>{count} Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="59"/>
        <source>added {things}</source>
        <translation>hat {things} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="60"/>
        <source>removed {things}</source>
        <translation>hat {things} entfernt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="61"/>
        <source>changed {names}</source>
        <translation>hat {names} geändert</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="62"/>
        <source>{author} {actions}.</source>
        <translation>{author} {actions}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/merge_note.py" line="63"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="32"/>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="37"/>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="42"/>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="47"/>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="52"/>
        <source>Impact duration</source>
        <translation>Dauer der Auswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="67"/>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="68"/>
        <source>Incident end</source>
        <translation>Ende des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="89"/>
        <source>Incident metrics</source>
        <translation>Kennzahlen des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="120"/>
        <source>Times that contradict each other</source>
        <translation>Zeiten, die sich widersprechen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="164"/>
        <source>{caption} is negative: a key moment is marked before the impact started.</source>
        <translation>{caption} ist negativ: Ein Schlüsselmoment liegt vor dem Beginn der Auswirkung.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="167"/>
        <source>{caption}: measured from impact start</source>
        <translation>{caption}: gemessen ab Beginn der Auswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="169"/>
        <source>Mark the event where impact started (Ctrl+1).</source>
        <translation>Markieren Sie das Ereignis, mit dem die Auswirkung begann (Ctrl+1).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="171"/>
        <source>Mark the event for this moment ({shortcut}).</source>
        <translation>Markieren Sie das Ereignis für diesen Moment ({shortcut}).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="181"/>
        <source>{later} ({later_time}) is before {earlier} ({earlier_time}).</source>
        <translation>{later} ({later_time}) liegt vor {earlier} ({earlier_time}).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/metrics_panel.py" line="193"/>
        <source>⚠ These times contradict each other; click a name to correct it:</source>
        <translation>⚠ Diese Zeiten widersprechen sich; zum Korrigieren auf einen Namen klicken:</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/date_edits.py" line="304"/>
        <source>Type the date and time like 2026-11-30 13:58 ({zone}), or a time alone; Alt+Down opens a calendar.</source>
        <translation>Datum und Uhrzeit wie 2026-11-30 13:58 ({zone}) eintippen, oder nur die Uhrzeit; Alt+Down öffnet einen Kalender.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/date_edits.py" line="317"/>
        <source>A date and time is needed: type it like 2026-11-30 13:58 ({zone}).</source>
        <translation>Datum und Uhrzeit fehlen: bitte wie 2026-11-30 13:58 ({zone}) eingeben.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/date_edits.py" line="320"/>
        <source>“{text}” is not a date and time: type it like 2026-11-30 13:58 ({zone}).</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit: bitte wie 2026-11-30 13:58 ({zone}) eingeben.</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="53"/>
        <source>Impact start</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="54"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="55"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="56"/>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="57"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="58"/>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/timeline.py" line="59"/>
        <source>Incident end</source>
        <translation>Ende des Vorfalls</translation>
    </message>
</context>
<context>
    <name>NewPostmortemDialog</name>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="112"/>
        <source>New post-mortem</source>
        <translation>Neues Post-Mortem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/main_window.py" line="113"/>
        <source>What happened? (a short title)</source>
        <translation>Was ist passiert? (ein kurzer Titel)</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/notice_banner.py" line="31"/>
        <source>Save problem</source>
        <translation>Speicherproblem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/notice_banner.py" line="32"/>
        <source>Save a copy as…</source>
        <translation>Kopie speichern unter…</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="162"/>
        <source>A team or a role</source>
        <translation>Ein Team oder eine Rolle</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="171"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="171"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="171"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="171"/>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="186"/>
        <source>Names stay in this list; the report&apos;s text should describe roles.</source>
        <translation>Namen bleiben in dieser Liste; der Text des Berichts sollte Rollen beschreiben.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="189"/>
        <source>Chat handles and author names of this person, separated by commas; the public version shows the role instead.</source>
        <translation>Chat-Handles und Autorennamen dieser Person, durch Kommas getrennt; die öffentliche Fassung zeigt stattdessen die Rolle.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="207"/>
        <source>Edit participant name</source>
        <translation>Name der beteiligten Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="208"/>
        <source>Edit participant role</source>
        <translation>Rolle der beteiligten Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="209"/>
        <source>Edit participant team</source>
        <translation>Team der beteiligten Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/participant_table_model.py" line="210"/>
        <source>Edit participant handles</source>
        <translation>Handles der Person bearbeiten</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="264"/>
        <source>Team database password</source>
        <translation>Passwort der Team-Datenbank</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="266"/>
        <source>{why}
Password of {name}:</source>
        <translation>{why}
Passwort für {name}:</translation>
    </message>
</context>
<context>
    <name>PostmortemListModel</name>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="219"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="62"/>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="192"/>
        <source>Key</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="63"/>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="193"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="64"/>
        <source>Found in</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="65"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="67"/>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="68"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="69"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="194"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="195"/>
        <source>Customer impact</source>
        <translation>Kundenauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="196"/>
        <source>Root cause {n}</source>
        <translation>Grundursache {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="197"/>
        <source>Why {n}</source>
        <translation>Warum {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="198"/>
        <source>Contributing factor {n}</source>
        <translation>Begünstigender Faktor {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="199"/>
        <source>Action item {n}</source>
        <translation>Maßnahme {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="200"/>
        <source>Lesson {n}</source>
        <translation>Erkenntnis {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="201"/>
        <source>Timeline event {n}</source>
        <translation>Ereignis {n} der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="202"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="203"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="204"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="31"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="32"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="33"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="36"/>
        <source>Mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="37"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="38"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/library_model.py" line="39"/>
        <source>Not assessed</source>
        <translation>Nicht eingestuft</translation>
    </message>
</context>
<context>
    <name>PostmortemWindow</name>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="200"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="232"/>
        <source>Facilitator prompts</source>
        <translation>Fragen für die Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="238"/>
        <source>Blameless language</source>
        <translation>Schuldfreie Sprache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="245"/>
        <source>Seen before</source>
        <translation>Schon einmal gesehen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="255"/>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="313"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="314"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="315"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="316"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="317"/>
        <source>&amp;Meeting</source>
        <translation>Be&amp;sprechung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="318"/>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="360"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="365"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="411"/>
        <source>Show or hide the facilitator prompts (Ctrl+Shift+P)</source>
        <translation>Fragen für die Moderation ein- oder ausblenden (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="426"/>
        <source>&amp;Seen before panel</source>
        <translation>Bereich „&amp;Schon einmal gesehen“</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="444"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="447"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="594"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="601"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Wiederholen (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="407"/>
        <source>Facilitator &amp;prompts</source>
        <translation>&amp;Fragen für die Moderation</translation>
    </message>
    <message>
        <source>Show or hide the facilitator prompts (F2)</source>
        <translation type="vanished">Fragen für die Moderation ein- oder ausblenden (F2)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="420"/>
        <source>&amp;Findings panel</source>
        <translation>&amp;Hinweise-Bereich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/lint_actions.py" line="133"/>
        <source>Keep wording</source>
        <translation>Formulierung behalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="594"/>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>{what} rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="601"/>
        <source>Redo {what} (Ctrl+Y)</source>
        <translation>{what} wiederherstellen (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="607"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="614"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="618"/>
        <source>Not saved — retrying</source>
        <translation>Nicht gespeichert – neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="621"/>
        <source>Your changes are not saved yet: {reason} They stay in this window.</source>
        <translation>Ihre Änderungen sind noch nicht gespeichert: {reason} Sie bleiben in diesem Fenster erhalten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="642"/>
        <source>Also open by {names}</source>
        <translation>Auch geöffnet von {names}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="648"/>
        <source>Read-only: {reason} You can read and export a copy; changes are off.</source>
        <translation>Nur lesen: {reason} Sie können lesen und eine Kopie exportieren; Änderungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="652"/>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="680"/>
        <source>Save a copy of the post-mortem</source>
        <translation>Kopie des Post-Mortems speichern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="682"/>
        <source>pmdesk post-mortem (*.pmdesk.json *.json)</source>
        <translation>pmdesk-Post-Mortem (*.pmdesk.json *.json)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="692"/>
        <source>A copy was saved to {path}.</source>
        <translation>Eine Kopie wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="867"/>
        <source>Save a copy to keep your changes, or keep the window open.</source>
        <translation>Speichern Sie eine Kopie, um Ihre Änderungen zu behalten, oder lassen Sie das Fenster offen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="869"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="870"/>
        <source>Keep open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="872"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Nicht gespeichert</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>1  Trigger check</source>
        <translation>1  Auslöserprüfung</translation>
    </message>
    <message>
        <source>2  Timeline</source>
        <translation>2  Zeitleiste</translation>
    </message>
    <message>
        <source>3  5 Whys</source>
        <translation>3  5 Warums</translation>
    </message>
    <message>
        <source>4  Action items</source>
        <translation>4  Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>5  Publish</source>
        <translation>5  Veröffentlichen</translation>
    </message>
    <message>
        <source>Trigger check</source>
        <translation>Auslöserprüfung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 Warums</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Lint &amp;underlines</source>
        <translation>Hinweise &amp;unterstreichen</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Start or pause the timer</source>
        <translation>Timer &amp;starten oder pausieren</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="31"/>
        <source>Trigger check</source>
        <translation>Auslöserprüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="32"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="33"/>
        <source>5 Whys</source>
        <translation>5 Warums</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="34"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="35"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="39"/>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="44"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="45"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="46"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="58"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="63"/>
        <source>Shown on the cover and footer of reports</source>
        <translation>Erscheint auf Titelblatt und Fußzeile der Berichte</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="65"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="66"/>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="69"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="77"/>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="156"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="90"/>
        <source>Takes effect when pmdesk starts again.</source>
        <translation>Wirkt beim nächsten Start von pmdesk.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="95"/>
        <source>Light is easiest to read when you share your screen.</source>
        <translation>Hell ist beim Teilen des Bildschirms am besten lesbar.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="103"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="105"/>
        <source>Minutes for {step}</source>
        <translation>Minuten für {step}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="111"/>
        <source>Show quiet “consider” &amp;hints</source>
        <translation>Leise „Zu bedenken“-&amp;Hinweise zeigen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="115"/>
        <source>Dotted underlines for quoted or reported blame and first-person admissions: worth a look, but they never block publishing.</source>
        <translation>Gepunktete Unterstreichungen für zitierte oder wiedergegebene Schuldzuweisungen und Eingeständnisse in der ersten Person: einen Blick wert, aber sie blockieren die Veröffentlichung nie.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="123"/>
        <source> daily backups</source>
        <translation> tägliche Sicherungen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="126"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="127"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="128"/>
        <source>&amp;Accent colour</source>
        <translation>&amp;Akzentfarbe</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="129"/>
        <source>Meeting &amp;agenda</source>
        <translation>&amp;Besprechungsablauf</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="130"/>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="132"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="133"/>
        <source>Blameless language</source>
        <translation>Schuldfreie Sprache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="134"/>
        <source>&amp;Keep</source>
        <translation>&amp;Aufbewahren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/preferences_dialog.py" line="165"/>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="571"/>
        <source>Ask one more why</source>
        <translation>Noch ein Warum fragen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="572"/>
        <source>Ask one more why about this chain</source>
        <translation>Zu dieser Kette noch ein Warum fragen</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="19"/>
        <source>In one or two sentences: what happened, and what did customers notice?</source>
        <translation>In ein, zwei Sätzen: Was ist passiert, und was haben Kundinnen und Kunden bemerkt?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="22"/>
        <source>When did the impact start and end, as far as we know now?</source>
        <translation>Wann begann und endete die Auswirkung, nach heutigem Stand?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="23"/>
        <source>Who was involved in the response, and in which role?</source>
        <translation>Wer war an der Reaktion beteiligt, und in welcher Rolle?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="24"/>
        <source>Remember: we are here to learn how the system let this happen, not to find someone at fault.</source>
        <translation>Zur Erinnerung: Wir wollen verstehen, wie das System dies zuließ – nicht Schuldige finden.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="31"/>
        <source>Was any data lost or corrupted?</source>
        <translation>Gingen Daten verloren oder wurden sie beschädigt?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="32"/>
        <source>How long were customers affected?</source>
        <translation>Wie lange waren Kundinnen und Kunden betroffen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="33"/>
        <source>Did this touch security or privacy?</source>
        <translation>Waren Sicherheit oder Datenschutz berührt?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="34"/>
        <source>How much of the error budget did it burn?</source>
        <translation>Wie viel Fehlerbudget wurde verbraucht?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="35"/>
        <source>Even if not required: is there something here worth learning from?</source>
        <translation>Auch wenn nicht vorgeschrieben: Gibt es hier etwas zu lernen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="40"/>
        <source>What was the first sign that something was wrong, and where did it show up?</source>
        <translation>Was war das erste Anzeichen, und wo zeigte es sich?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="43"/>
        <source>What did people see at each point, and what did they know then?</source>
        <translation>Was sahen die Beteiligten jeweils, und was wussten sie zu dem Zeitpunkt?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="46"/>
        <source>Which signals were there before anyone was alerted?</source>
        <translation>Welche Signale gab es, bevor jemand alarmiert wurde?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="47"/>
        <source>What options were on the table at each decision, and what made the chosen one look right?</source>
        <translation>Welche Optionen gab es bei jeder Entscheidung, und warum wirkte die gewählte richtig?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="52"/>
        <source>When did the impact start, when was it detected, mitigated and resolved?</source>
        <translation>Wann begann die Auswirkung, wann wurde sie erkannt, eingedämmt und behoben?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="57"/>
        <source>Why did the failure occur? And why was that possible?</source>
        <translation>Warum trat der Fehler auf? Und warum war das möglich?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="58"/>
        <source>Why did monitoring not alert earlier?</source>
        <translation>Warum hat das Monitoring nicht früher alarmiert?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="59"/>
        <source>Why did our safeguards (tests, reviews, backups) not catch it?</source>
        <translation>Warum haben unsere Schutzmechanismen (Tests, Reviews, Backups) es nicht abgefangen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="62"/>
        <source>If a chain ends at a person: what in the system made that action easy or likely?</source>
        <translation>Endet eine Kette bei einer Person: Was im System machte diese Handlung leicht oder wahrscheinlich?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="66"/>
        <source>Stop when the answer is something we can change.</source>
        <translation>Aufhören, wenn die Antwort etwas ist, das wir ändern können.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="69"/>
        <source>What change would make this failure impossible, or at least harmless?</source>
        <translation>Welche Änderung würde diesen Fehler unmöglich oder zumindest harmlos machen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="72"/>
        <source>Who owns that change, and by when is it realistic?</source>
        <translation>Wer verantwortet die Änderung, und bis wann ist sie realistisch?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="73"/>
        <source>Is every root cause covered by at least one action?</source>
        <translation>Hat jede Grundursache mindestens eine Maßnahme?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="74"/>
        <source>Prefer controls over reminders: tools, tests, automation, alerts.</source>
        <translation>Lieber Kontrollen als Erinnerungen: Werkzeuge, Tests, Automatisierung, Alarme.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="79"/>
        <source>What went well that we want to keep doing?</source>
        <translation>Was lief gut, und was wollen wir beibehalten?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="80"/>
        <source>What went wrong or was harder than it should have been?</source>
        <translation>Was lief schief oder war schwerer als nötig?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="81"/>
        <source>Where did we get lucky — what could have made this worse?</source>
        <translation>Wo hatten wir Glück – was hätte es schlimmer machen können?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="84"/>
        <source>Is the language blameless throughout?</source>
        <translation>Ist die Sprache durchgehend schuldfrei?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="85"/>
        <source>Does every root cause have an owned, dated action item?</source>
        <translation>Hat jede Grundursache eine Maßnahme mit Verantwortlichen und Termin?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="86"/>
        <source>Is anything secret or personal left in the timeline?</source>
        <translation>Stehen noch Geheimnisse oder personenbezogene Daten in der Zeitleiste?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/prompts.py" line="87"/>
        <source>Who needs to read this report?</source>
        <translation>Wer sollte diesen Bericht lesen?</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="148"/>
        <source>Questions to ask</source>
        <translation>Mögliche Fragen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/postmortem_window.py" line="156"/>
        <source>Facilitator prompts</source>
        <translation>Fragen für die Moderation</translation>
    </message>
</context>
<context>
    <name>PublicationStateLabel</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/publication_state.py" line="26"/>
        <source>Publication state</source>
        <translation>Stand der Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/publication_state.py" line="47"/>
        <source>Edited since version {version} was published</source>
        <translation>Geändert seit der Veröffentlichung von Version {version}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/publication_state.py" line="52"/>
        <source>Publish again so that readers see the changes as version {next}.</source>
        <translation>Erneut veröffentlichen, damit die Änderungen als Version {next} zu lesen sind.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/publication_state.py" line="58"/>
        <source>Published as version {version}</source>
        <translation>Als Version {version} veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/publication_state.py" line="59"/>
        <source>Nothing was changed since it was published.</source>
        <translation>Seit der Veröffentlichung wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PublishStep</name>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="236"/>
        <source>What blocks publication</source>
        <translation>Was die Veröffentlichung verhindert</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="240"/>
        <source>&amp;Redact</source>
        <translation>&amp;Schwärzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="242"/>
        <source>Replace the selected secret or personal data with [redacted]</source>
        <translation>Ausgewähltes Geheimnis bzw. personenbezogene Daten durch [redacted] ersetzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="245"/>
        <source>Redact &amp;all</source>
        <translation>&amp;Alles schwärzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="248"/>
        <source>Replace every secret and piece of personal data listed here with [redacted]; findings kept with a reason and IP addresses stay</source>
        <translation>Alle hier aufgeführten Geheimnisse und personenbezogenen Daten durch [redacted] ersetzen; begründet behaltene Funde und IP-Adressen bleiben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="253"/>
        <source>&amp;Keep, with a reason…</source>
        <translation>&amp;Behalten, mit Begründung…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="255"/>
        <source>&amp;Go to problem</source>
        <translation>Zum &amp;Problem</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="263"/>
        <source>Before publishing</source>
        <translation>Vor der Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="270"/>
        <source>Internal — names and the full timeline</source>
        <translation>Intern — mit Namen und vollständiger Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="271"/>
        <source>Public — roles instead of names, redacted</source>
        <translation>Öffentlich — Rollen statt Namen, geschwärzt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="272"/>
        <source>Export profile</source>
        <translation>Exportprofil</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="287"/>
        <source>Also those already in a tracker</source>
        <translation>Auch die schon in einem Tracker</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="290"/>
        <source>Actions that already have a tracker link are left out of the tracker files, so that importing them makes no duplicates</source>
        <translation>Maßnahmen mit Tracker-Link fehlen in den Tracker-Dateien, damit beim Import keine Duplikate entstehen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="303"/>
        <source>Archive copy (PDF/A-3b with data)</source>
        <translation>Archivexemplar (PDF/A-3b mit Daten)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="307"/>
        <source>Pre&amp;view PDF</source>
        <translation>PDF-&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="309"/>
        <source>&amp;Publish and export…</source>
        <translation>Veröffentlichen und &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="312"/>
        <source>Publish to repo&amp;sitory…</source>
        <translation>In &amp;Repository veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="315"/>
        <source>Commit the report as Markdown, with an index of all published post-mortems, to a clone of your docs or wiki repository; pushing it stays your step</source>
        <translation>Den Bericht als Markdown mit einem Verzeichnis aller veröffentlichten Post-Mortems in einem Klon Ihres Doku- oder Wiki-Repositorys committen; das Pushen bleibt Ihr Schritt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="320"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="338"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="340"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="341"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="342"/>
        <source>Action items for</source>
        <translation>Maßnahmen für</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="347"/>
        <source>Publication history</source>
        <translation>Veröffentlichungsverlauf</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="348"/>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="408"/>
        <source>{count} of {total} checks need attention before publishing.</source>
        <translation>Noch zu klären: {count} von {total} Prüfungen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="413"/>
        <source>Everything is ready to publish. ✓</source>
        <translation>Alles ist bereit zur Veröffentlichung. ✓</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="447"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="447"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="451"/>
        <source>Version {version} · {when} · {profile} · {formats}</source>
        <translation>Version {version} · {when} · {profile} · {formats}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="465"/>
        <source> · overridden: {reasons}</source>
        <translation> · bewusst übergangen: {reasons}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="468"/>
        <source>Not published yet.</source>
        <translation>Noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="509"/>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="517"/>
        <source>Redact all</source>
        <translation>Alles schwärzen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="546"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="561"/>
        <source>The PDF is made for long-term archiving (PDF/A-3b) and carries the post-mortem&apos;s data, which pmdesk can load again.</source>
        <translation>Das PDF ist für die Langzeitarchivierung gemacht (PDF/A-3b) und enthält die Daten des Post-Mortems, die pmdesk wieder laden kann.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="565"/>
        <source>Only the internal version has an archive copy: it holds all the data.</source>
        <translation>Nur die interne Fassung hat ein Archivexemplar: Es enthält alle Daten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="600"/>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="629"/>
        <source>Rendering {done}/{total}…</source>
        <translation>Wird erstellt ({done}/{total})…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="641"/>
        <source>Preview — {key}</source>
        <translation>Vorschau — {key}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="651"/>
        <source>Choose at least one format to export.</source>
        <translation>Wählen Sie mindestens ein Format für den Export.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="729"/>
        <source>Published version {version} to {page}: commit {commit} on {branch}. Pushing it is up to you.</source>
        <translation>Version {version} nach {page} veröffentlicht: Commit {commit} auf {branch}. Das Pushen liegt bei Ihnen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="750"/>
        <source>Publishing to the repository…</source>
        <translation>Wird im Repository veröffentlicht…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="808"/>
        <source>Published version {version}: {files}</source>
        <translation>Version {version} veröffentlicht: {files}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="843"/>
        <source>Keep, with a reason</source>
        <translation>Behalten, mit Begründung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="845"/>
        <source>Why should this stay as it is?

{}</source>
        <translation>Warum soll das so bleiben?

{}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="861"/>
        <source>Publish anyway?</source>
        <translation>Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="862"/>
        <source>These checks have not passed:
{names}

Publishing anyway needs a reason; it is recorded with this version.</source>
        <translation>Diese Prüfungen sind noch nicht bestanden:
{names}

Um trotzdem zu veröffentlichen, ist eine Begründung nötig; sie wird mit dieser Version gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/publish_step.py" line="875"/>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Action items (CSV)</source>
        <translation>Maßnahmen (CSV)</translation>
    </message>
    <message>
        <source>Blameless language</source>
        <translation>Schuldfreie Sprache</translation>
    </message>
    <message>
        <source>Every root cause has an action item with an owner and a due date</source>
        <translation>Jede Grundursache hat eine Maßnahme mit Verantwortlichkeit und Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>No secrets or personal data</source>
        <translation>Keine Geheimnisse oder personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Required parts are present</source>
        <translation>Alle Pflichtteile sind vorhanden</translation>
    </message>
    <message>
        <source>No names in the public version</source>
        <translation>Keine Namen in der öffentlichen Fassung</translation>
    </message>
    <message>
        <source>The incident&apos;s times agree with each other</source>
        <translation>Die Zeiten des Vorfalls passen zusammen</translation>
    </message>
    <message>
        <source>Jira (CSV)</source>
        <translation>Jira (CSV)</translation>
    </message>
    <message>
        <source>GitLab (CSV)</source>
        <translation>GitLab (CSV)</translation>
    </message>
    <message>
        <source>GitHub (JSON)</source>
        <translation>GitHub (JSON)</translation>
    </message>
    <message>
        <source>GitHub (gh script)</source>
        <translation>GitHub (gh-Skript)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Kalender (iCalendar)</translation>
    </message>
    <message>
        <source>For Jira&apos;s CSV import; in its wizard, set the date format to yyyy-MM-dd</source>
        <translation>Für den CSV-Import von Jira; im Import-Assistenten als Datumsformat yyyy-MM-dd einstellen</translation>
    </message>
    <message>
        <source>For GitLab&apos;s issue import (Issues → Import CSV)</source>
        <translation>Für den Issue-Import von GitLab (Issues → Import CSV)</translation>
    </message>
    <message>
        <source>A list of GitHub issues (title, body, labels)</source>
        <translation>Eine Liste von GitHub-Issues (Titel, Text, Labels)</translation>
    </message>
    <message>
        <source>A shell script that creates the issues with the GitHub CLI: sh FILE --repo OWNER/NAME</source>
        <translation>Ein Shell-Skript, das die Issues mit der GitHub-CLI anlegt: sh DATEI --repo BESITZER/NAME</translation>
    </message>
    <message>
        <source>The review meeting and the action items&apos; due and review days, for a calendar or task list</source>
        <translation type="vanished">Die Post-Mortem-Besprechung und die Fälligkeits- und Überprüfungstage der Maßnahmen, für einen Kalender oder eine Aufgabenliste</translation>
    </message>
    <message>
        <source>The action items&apos; due days and review days, for a calendar or task list</source>
        <translation>Fälligkeits- und Überprüfungstage der Maßnahmen, für einen Kalender oder eine Aufgabenliste</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Type 09:13, 09:13:05 or 2026-10-14 09:13 — read as {zone}</source>
        <translation>09:13, 09:13:05 oder 2026-10-14 09:13 eingeben — gelesen als {zone}</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Zeit des Ereignisses</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/reason_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/reason_dialog.py" line="53"/>
        <source>Enter saves the reason; Shift+Enter starts a new line.</source>
        <translation>Enter speichert die Begründung; Shift+Enter beginnt eine neue Zeile.</translation>
    </message>
</context>
<context>
    <name>RelatedReviewsPanel</name>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="55"/>
        <source>Earlier reviews like this one</source>
        <translation>Frühere, ähnliche Post-Mortems</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="70"/>
        <source>Looking through earlier reviews…</source>
        <translation>Frühere Post-Mortems werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="101"/>
        <source>Earlier reviews could not be searched just now.</source>
        <translation>Frühere Post-Mortems konnten gerade nicht durchsucht werden.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="112"/>
        <source>Its root cause: {cause}</source>
        <translation>Seine Grundursache: {cause}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="117"/>
        <source>Double-click a review to open it.</source>
        <translation>Doppelklicken Sie ein Post-Mortem, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="120"/>
        <source>No earlier review shares this one&apos;s root causes, contributing factors, services or tags yet.</source>
        <translation>Noch teilt kein früheres Post-Mortem Grundursachen, beitragende Faktoren, Dienste oder Schlagwörter mit diesem.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="128"/>
        <source>had the same root cause</source>
        <translation>hatte dieselbe Grundursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="130"/>
        <source>had a similar root cause</source>
        <translation>hatte eine ähnliche Grundursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="132"/>
        <source>shared {names}</source>
        <translation>betraf ebenfalls {names}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="137"/>
        <source>it has no action items</source>
        <translation>es hat keine Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="139"/>
        <source>all its action items are closed</source>
        <translation>alle seine Maßnahmen sind abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="142"/>
        <source>its action “{action}” is still open and overdue</source>
        <translation>seine Maßnahme „{action}“ ist noch offen und überfällig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="144"/>
        <source>its action “{action}” is still open</source>
        <translation>seine Maßnahme „{action}“ ist noch offen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/related_panel.py" line="148"/>
        <source>{n} of its action items are still open ({late} overdue)</source>
        <translation>{n} seiner Maßnahmen sind noch offen ({late} überfällig)</translation>
    </message>
</context>
<context>
    <name>RepositoryDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="36"/>
        <source>Publish to repository</source>
        <translation>In Repository veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="39"/>
        <source>Repository folder</source>
        <translation>Ordner des Repositorys</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="40"/>
        <source>The folder of your clone</source>
        <translation>Der Ordner Ihres Klons</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="41"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="47"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="48"/>
        <source>The branch checked out</source>
        <translation>Der ausgecheckte Branch</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="50"/>
        <source>Folder in the repository</source>
        <translation>Ordner im Repository</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="53"/>
        <source>pmdesk writes the report as Markdown with an index of all published post-mortems into this folder and commits both in your clone. Pushing the commit is up to you.</source>
        <translation>pmdesk schreibt den Bericht als Markdown mit einem Verzeichnis aller veröffentlichten Post-Mortems in diesen Ordner und committet beides in Ihrem Klon. Das Pushen des Commits liegt bei Ihnen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="62"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="70"/>
        <source>&amp;Repository</source>
        <translation>&amp;Repository</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="74"/>
        <source>&amp;Branch</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="75"/>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/repository_dialog.py" line="100"/>
        <source>Folder of the repository</source>
        <translation>Ordner des Repositorys</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="58"/>
        <source>What you saw (optional), e.g. “no alerts since”</source>
        <translation>Was Sie beobachtet haben (optional), z. B. „seitdem keine Alarme“</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="59"/>
        <source>Note on whether it worked</source>
        <translation>Notiz dazu, ob es gewirkt hat</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="61"/>
        <source>It &amp;held</source>
        <translation>Hat ge&amp;halten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="64"/>
        <source>It did &amp;not hold</source>
        <translation>Hat &amp;nicht gehalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="67"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="89"/>
        <source>Did it work?</source>
        <translation>Hat es gewirkt?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="91"/>
        <source>Did it work? ({n} actions are waiting for an answer)</source>
        <translation>Hat es gewirkt? ({n} Maßnahmen warten auf eine Antwort)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="96"/>
        <source>“{action}” is done and its review date ({day}) has come. Did this hold: {criterion}</source>
        <translation>„{action}“ ist erledigt und ihr Prüftermin ({day}) ist da. Hat sich das bewahrheitet: {criterion}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/review_prompt.py" line="101"/>
        <source>“{action}” is done and its review date ({day}) has come. No success criterion was written down: did it do what it was meant to?</source>
        <translation>„{action}“ ist erledigt und ihr Prüftermin ({day}) ist da. Es wurde kein Erfolgskriterium festgehalten: Hat sie bewirkt, was sie sollte?</translation>
    </message>
</context>
<context>
    <name>RootCausePicker</name>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="92"/>
        <source>Root causes this action addresses</source>
        <translation>Grundursachen, die diese Maßnahme angeht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="95"/>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="99"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="104"/>
        <source>Space checks or unchecks the selected root cause.</source>
        <translation>Die Leertaste setzt oder entfernt den Haken bei der ausgewählten Grundursache.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/shortcuts_dialog.py" line="129"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/shortcuts_dialog.py" line="138"/>
        <location filename="../../pmdesk/ui/dialogs/shortcuts_dialog.py" line="147"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/shortcuts_dialog.py" line="142"/>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/shortcuts_dialog.py" line="143"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/shortcuts_dialog.py" line="149"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/shortcuts_dialog.py" line="149"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SiteBuilder</name>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="43"/>
        <source>Choose a folder for the site</source>
        <translation>Ordner für die Website wählen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="54"/>
        <source>Writing the pages and the search index…</source>
        <translation>Seiten und Suchindex werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="78"/>
        <source>Building the site…</source>
        <translation>Website wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="85"/>
        <location filename="../../pmdesk/ui/build_site.py" line="113"/>
        <source>Build site</source>
        <translation>Website erstellen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="86"/>
        <source>Which version of the post-mortems should the site show?</source>
        <translation>Welche Fassung der Post-Mortems soll die Website zeigen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="89"/>
        <source>The internal version names people and shows the whole timeline. The public version names people by their role, redacts what the public export redacts and leaves internal-only entries out.</source>
        <translation>Die interne Fassung nennt Personen und zeigt die ganze Zeitleiste. Die öffentliche Fassung nennt Personen nach ihrer Rolle, schwärzt, was der öffentliche Export schwärzt, und lässt nur intern bestimmte Einträge weg.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="94"/>
        <source>Internal version</source>
        <translation>Interne Fassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="95"/>
        <source>Public version</source>
        <translation>Öffentliche Fassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="115"/>
        <source>The site of {count} published post-mortem(s) is in {folder}.</source>
        <translation>Die Website mit {count} veröffentlichten Post-Mortem(s) liegt in {folder}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="121"/>
        <source>{rendered} page(s) written, {kept} unchanged since the last build. Open index.html in a browser, or copy the folder to any web server.</source>
        <translation>{rendered} Seite(n) geschrieben, {kept} seit dem letzten Erstellen unverändert. Öffnen Sie index.html in einem Browser oder kopieren Sie den Ordner auf einen beliebigen Webserver.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/build_site.py" line="125"/>
        <source>Open the site</source>
        <translation>Website öffnen</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="92"/>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="96"/>
        <source>The PostgreSQL database your team shares its post-mortems in. Share and Update from the team exchange post-mortems with it.</source>
        <translation>Die PostgreSQL-Datenbank, in der Ihr Team seine Nachbetrachtungen teilt. „Mit dem Team teilen“ und „Vom Team aktualisieren“ tauschen Nachbetrachtungen mit ihr aus.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="118"/>
        <source>The system&apos;s certificates</source>
        <translation>Die Zertifikate des Systems</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="119"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="126"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="127"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="128"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="129"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="130"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="132"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="134"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="138"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="172"/>
        <source>Off (never encrypted)</source>
        <translation>Aus (nie verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="173"/>
        <source>Allow (encrypted only if the server insists)</source>
        <translation>Erlauben (nur verschlüsselt, wenn der Server darauf besteht)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="174"/>
        <source>Prefer (encrypted when the server offers it)</source>
        <translation>Bevorzugen (verschlüsselt, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="175"/>
        <source>Require (always encrypted, server not checked)</source>
        <translation>Erfordern (immer verschlüsselt, Server nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="176"/>
        <source>Verify CA (encrypted, certificate checked)</source>
        <translation>CA prüfen (verschlüsselt, Zertifikat geprüft)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="177"/>
        <source>Verify full (encrypted, certificate and name checked)</source>
        <translation>Vollständig prüfen (verschlüsselt, Zertifikat und Name geprüft)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="188"/>
        <source>Kept in the system keyring</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="193"/>
        <source>The CA certificate of the team&apos;s server</source>
        <translation>Das CA-Zertifikat des Team-Servers</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="195"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="233"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="239"/>
        <source>Connected. Post-mortems in the team database: {count}.</source>
        <translation>Verbunden. Nachbetrachtungen in der Team-Datenbank: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the team database holds %n post-mortem(s).</source>
        <translation type="vanished">
            <numerusform>Verbunden: Die Team-Datenbank enthält %n Nachbetrachtung(en).</numerusform>
            <numerusform>Verbunden: Die Team-Datenbank enthält %n Nachbetrachtung(en).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="50"/>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="59"/>
        <source>No system keyring here: the password is asked for each time</source>
        <translation>Kein Schlüsselbund vorhanden: Das Passwort wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/team_dialog.py" line="64"/>
        <source>This system offers no keyring, so pmdesk asks for the password each time (it never writes it in a file).</source>
        <translation>Dieses System bietet keinen Schlüsselbund; pmdesk fragt daher jedes Mal nach dem Passwort (es schreibt es nie in eine Datei).</translation>
    </message>
</context>
<context>
    <name>TeamSharing</name>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="76"/>
        <source>Share with the team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="80"/>
        <source>Put the selected post-mortem in the team database, or send it your changes and bring theirs here</source>
        <translation>Die ausgewählte Nachbetrachtung in die Team-Datenbank stellen oder ihr Ihre Änderungen senden und die des Teams hierher holen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="85"/>
        <source>Update from the team</source>
        <translation>Vom Team aktualisieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="88"/>
        <source>Bring what the team changed in the selected post-mortem here</source>
        <translation>Die Änderungen des Teams an der ausgewählten Nachbetrachtung hierher holen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="91"/>
        <source>Get from the team…</source>
        <translation>Vom Team holen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="94"/>
        <source>Copy a post-mortem from the team database here, by its key</source>
        <translation>Eine Nachbetrachtung anhand ihres Schlüssels aus der Team-Datenbank hierher kopieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="97"/>
        <source>Team database…</source>
        <translation>Team-Datenbank…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="100"/>
        <source>Where the team database is, its user and password, and encryption</source>
        <translation>Wo die Team-Datenbank ist, Benutzer und Passwort, Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="108"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="109"/>
        <source>Share post-mortems with the team&apos;s database</source>
        <translation>Nachbetrachtungen mit der Datenbank des Teams teilen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="156"/>
        <source>Select a post-mortem first.</source>
        <translation>Wählen Sie zuerst eine Nachbetrachtung aus.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="177"/>
        <source>Get from the team</source>
        <translation>Vom Team holen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="178"/>
        <source>Key (or UUID) of the post-mortem in the team database:</source>
        <translation>Schlüssel (oder UUID) der Nachbetrachtung in der Team-Datenbank:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="200"/>
        <source>{key} is in the team database now (there as {remote}).</source>
        <translation>{key} ist jetzt in der Team-Datenbank (dort als {remote}).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="204"/>
        <source>{remote} was copied from the team database (here as {key}).</source>
        <translation>{remote} wurde aus der Team-Datenbank kopiert (hier als {key}).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="209"/>
        <source>{key}: your changes went to the team database and theirs came here; both are the same now.</source>
        <translation>{key}: Ihre Änderungen gingen an die Team-Datenbank und die des Teams kamen hierher; beide sind jetzt gleich.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="213"/>
        <source>{key}: your changes went to the team database.</source>
        <translation>{key}: Ihre Änderungen gingen an die Team-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="215"/>
        <source>{key}: the team&apos;s changes came here.</source>
        <translation>{key}: Die Änderungen des Teams kamen hierher.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="217"/>
        <source>{key} was already the same in the team database.</source>
        <translation>{key} war in der Team-Datenbank bereits gleich.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="220"/>
        <source>{key} is up to date with the team database.</source>
        <translation>{key} ist auf dem Stand der Team-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="256"/>
        <source>The team database asks for a password.</source>
        <translation>Die Team-Datenbank verlangt ein Passwort.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/team_sharing.py" line="285"/>
        <source>Talking to the team database…</source>
        <translation>Verbindung mit der Team-Datenbank…</translation>
    </message>
</context>
<context>
    <name>TextFields</name>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="44"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="45"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="46"/>
        <source>Customer impact</source>
        <translation>Kundenauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="47"/>
        <source>Override reason</source>
        <translation>Begründung der Abweichung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="48"/>
        <source>Facilitator notes</source>
        <translation>Notizen der Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="49"/>
        <source>Timeline {n}</source>
        <translation>Ereignis {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="50"/>
        <source>Why {n}</source>
        <translation>Warum {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="51"/>
        <source>Action {n}</source>
        <translation>Maßnahme {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="52"/>
        <source>Action {n} description</source>
        <translation>Beschreibung von Maßnahme {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="53"/>
        <source>Lesson {n}</source>
        <translation>Erkenntnis {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="54"/>
        <source>Contributing factor {n}</source>
        <translation>Begünstigender Faktor {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="56"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="57"/>
        <source>5 Whys</source>
        <translation>5 Warums</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="59"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="60"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="61"/>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="62"/>
        <source>Trigger check</source>
        <translation>Auslöserprüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="63"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="64"/>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="65"/>
        <source>Contributing factors</source>
        <translation>Begünstigende Faktoren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/texts.py" line="66"/>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
</context>
<context>
    <name>TimelineStep</name>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="125"/>
        <source>&quot;{zone}&quot; is not a time zone pmdesk knows. Type a name like Europe/Berlin.</source>
        <translation>„{zone}“ ist keine Zeitzone, die pmdesk kennt. Geben Sie einen Namen wie Europe/Berlin ein.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="130"/>
        <source>Events deleted: {count}. Ctrl+Z brings them back.</source>
        <translation>Ereignisse gelöscht: {count}. Ctrl+Z holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="133"/>
        <source>Events deleted: {count}, and with them evidence links: {links}. Ctrl+Z brings them back.</source>
        <translation>Ereignisse gelöscht: {count}, und mit ihnen Beleg-Verknüpfungen: {links}. Ctrl+Z holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="138"/>
        <source>Events added from {file}: {count}.</source>
        <translation>Ereignisse aus {file} hinzugefügt: {count}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="140"/>
        <source>Removed the import of {label} (events: {count}). Ctrl+Z brings it back.</source>
        <translation>Import von {label} entfernt (Ereignisse: {count}). Ctrl+Z holt ihn zurück.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="145"/>
        <source>Nothing was imported into this timeline yet.</source>
        <translation>In diese Zeitleiste wurde noch nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="147"/>
        <source>Select an event first.</source>
        <translation>Wählen Sie zuerst ein Ereignis aus.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="149"/>
        <source>Events split off as separate moments: {count}. Ctrl+Z joins them again.</source>
        <translation>Als eigene Momente abgetrennte Ereignisse: {count}. Ctrl+Z fügt sie wieder zusammen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="277"/>
        <source>&amp;Add event</source>
        <translation>Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="278"/>
        <source>Add an event (Ctrl+Enter or Insert)</source>
        <translation>Ereignis hinzufügen (Ctrl+Enter oder Insert)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="279"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="280"/>
        <source>Import events from chat exports and logs</source>
        <translation>Ereignisse aus Chat-Exporten und Logs importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="282"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="286"/>
        <source>Filter by source, author or text (Ctrl+F) — e.g. source:slack reload</source>
        <translation>Nach Quelle, Autor:in oder Text filtern (Ctrl+F) — z. B. source:slack reload</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="288"/>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="290"/>
        <source>E&amp;rrors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="292"/>
        <source>Show only log lines of level error or worse (chat messages have no level)</source>
        <translation>Nur Protokollzeilen der Stufe Fehler oder schwerer zeigen (Chatnachrichten haben keine Stufe)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="297"/>
        <source>Show times in time zone</source>
        <translation>Zeiten in Zeitzone anzeigen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="298"/>
        <source>Times are stored in UTC and shown in this zone</source>
        <translation>Zeiten werden in UTC gespeichert und in dieser Zeitzone angezeigt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="305"/>
        <source>Show times in:</source>
        <translation>Zeiten anzeigen in:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="334"/>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="475"/>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="549"/>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="478"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="482"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="494"/>
        <source>No key moment</source>
        <translation>Kein Schlüsselmoment</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="500"/>
        <source>Remove import…</source>
        <translation>Import entfernen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="502"/>
        <source>Show whole timeline in strip</source>
        <translation>Gesamte Zeitleiste in der Übersicht zeigen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="574"/>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="574"/>
        <source>Delete events</source>
        <translation>Ereignisse löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="593"/>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="599"/>
        <source>Clear key moment</source>
        <translation>Schlüsselmoment entfernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="597"/>
        <source>Mark as {moment}</source>
        <translation>Als „{moment}“ markieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="679"/>
        <source>Mark as key moment</source>
        <translation>Als Schlüsselmoment markieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="687"/>
        <source>Cited as evidence by</source>
        <translation>Als Beleg angeführt von</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="707"/>
        <source>Show its other sources as rows</source>
        <translation>Weitere Quellen als Zeilen zeigen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="711"/>
        <source>Split into separate events</source>
        <translation>In einzelne Ereignisse aufteilen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="714"/>
        <source>Split off as a separate event</source>
        <translation>Als eigenes Ereignis abtrennen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="719"/>
        <source>Split off events</source>
        <translation>Ereignisse abtrennen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="784"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="786"/>
        <source>{total} events</source>
        <translation>{total} Ereignisse</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="789"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Import entfernen</translation>
    </message>
    <message>
        <source>Remove this import and all its events from the timeline:</source>
        <translation>Diesen Import mit allen seinen Ereignissen aus der Zeitleiste entfernen:</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/timeline_strip.py" line="77"/>
        <source>Timeline overview</source>
        <translation>Übersicht der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/timeline_strip.py" line="248"/>
        <source>No events yet: add or import some.</source>
        <translation>Noch keine Ereignisse: Fügen Sie welche hinzu oder importieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/timeline_strip.py" line="466"/>
        <source>{count} events around {time}</source>
        <translation>{count} Ereignisse um {time}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/timeline_strip.py" line="470"/>
        <source>Wheel: zoom · drag: pan · double-click: show all · click: select event</source>
        <translation>Mausrad: zoomen · Ziehen: verschieben · Doppelklick: alles zeigen · Klick: Ereignis auswählen</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="93"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="94"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="95"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="96"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="97"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="98"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="99"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="100"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="101"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="116"/>
        <source>Impact start</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="117"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="118"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="119"/>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="120"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="323"/>
        <source>Time ({zone})</source>
        <translation>Zeit ({zone})</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="326"/>
        <source>Shown in {zone}; stored in UTC</source>
        <translation>Angezeigt in {zone}; gespeichert in UTC</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="389"/>
        <source>Original time: {original} ({zone})
UTC: {utc}</source>
        <translation>Ursprüngliche Zeit: {original} ({zone})
UTC: {utc}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="401"/>
        <source>Seen by {count} sources: {sources}</source>
        <translation>Von {count} Quellen gesehen: {sources}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="405"/>
        <source>Right-click to show them as rows or to split them off.</source>
        <translation>Rechtsklick, um sie als Zeilen zu zeigen oder abzutrennen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="410"/>
        <source>The same moment as “{text}”, seen by {source}</source>
        <translation>Derselbe Moment wie „{text}“, gesehen von {source}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="415"/>
        <source>Imported from {file} ({format})</source>
        <translation>Importiert aus {file} ({format})</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="418"/>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="462"/>
        <source>&quot;{text}&quot; is not a time pmdesk can read. Type it like 09:13, 09:13:05 or 2026-10-14 09:13 ({zone}).</source>
        <translation>„{text}“ ist keine Zeit, die pmdesk lesen kann. Geben Sie sie z. B. als 09:13, 09:13:05 oder 2026-10-14 09:13 ({zone}) ein.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="469"/>
        <source>Change time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="474"/>
        <source>Mark key moment</source>
        <translation>Schlüsselmoment markieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="486"/>
        <source>Change source</source>
        <translation>Quelle ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="487"/>
        <source>Change author</source>
        <translation>Autor:in ändern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="488"/>
        <source>Edit event text</source>
        <translation>Text des Ereignisses bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/timeline_table_model.py" line="602"/>
        <source>{source} +{count}</source>
        <translation>{source} +{count}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor:in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="56"/>
        <source>Trends — pmdesk</source>
        <translation>Trends — pmdesk</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="63"/>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="65"/>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="103"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="107"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="133"/>
        <source>No post-mortems yet: the trends appear with the first.</source>
        <translation>Noch keine Post-Mortems: Die Trends erscheinen mit dem ersten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="136"/>
        <source>no action item was due yet</source>
        <translation>noch war keine Maßnahme fällig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="138"/>
        <source>{share} of the action items due were done by their due date</source>
        <translation>{share} der fälligen Maßnahmen waren bis zu ihrem Fälligkeitsdatum erledigt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="143"/>
        <source>{count} post-mortems from {first} to {last}; {done}.</source>
        <translation>{count} Post-Mortems von {first} bis {last}; {done}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="149"/>
        <source>Post-mortems per month, by severity</source>
        <translation>Post-Mortems pro Monat, nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="154"/>
        <source>Severity unknown</source>
        <translation>Schweregrad unbekannt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="156"/>
        <source>SEV {n}</source>
        <translation>SEV {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="161"/>
        <source>No post-mortems yet.</source>
        <translation>Noch keine Post-Mortems.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="166"/>
        <source>Median time from impact to detection and to resolution</source>
        <translation>Median der Zeit vom Beginn der Auswirkung bis zur Erkennung und bis zur Behebung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="171"/>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="175"/>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="185"/>
        <source>No timeline marks impact start with detection or resolution yet.</source>
        <translation>Noch keine Zeitleiste markiert den Beginn der Auswirkung zusammen mit Erkennung oder Behebung.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="191"/>
        <source>Action items done by their due date, by month due</source>
        <translation>Bis zum Fälligkeitsdatum erledigte Maßnahmen, nach Fälligkeitsmonat</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="196"/>
        <source>Done on time</source>
        <translation>Pünktlich erledigt</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="201"/>
        <source>No action item was due yet.</source>
        <translation>Noch war keine Maßnahme fällig.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="207"/>
        <source>Most frequent services</source>
        <translation>Häufigste Dienste</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="212"/>
        <source>No post-mortem names a service yet.</source>
        <translation>Noch nennt kein Post-Mortem einen Dienst.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="217"/>
        <source>Most frequent root-cause categories</source>
        <translation>Häufigste Kategorien von Grundursachen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="220"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="225"/>
        <source>No root cause is marked yet.</source>
        <translation>Noch ist keine Grundursache markiert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="231"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="232"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="243"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="243"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="246"/>
        <source>Save trends</source>
        <translation>Trends speichern</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="258"/>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/trends_window.py" line="276"/>
        <source>pmdesk trends</source>
        <translation>pmdesk-Trends</translation>
    </message>
</context>
<context>
    <name>TriggerReasons</name>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="64"/>
        <source>Data was lost.</source>
        <translation>Es gingen Daten verloren.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="65"/>
        <source>The outage lasted {minutes} minutes, longer than the {threshold}-minute threshold.</source>
        <translation>Der Ausfall dauerte {minutes} Minuten, länger als die Schwelle von {threshold} Minuten.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="69"/>
        <source>Security or privacy was affected.</source>
        <translation>Sicherheit oder Datenschutz waren betroffen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="70"/>
        <source>Severity {severity} incident.</source>
        <translation>Vorfall mit Schweregrad {severity}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="71"/>
        <source>Customers were affected.</source>
        <translation>Kunden waren betroffen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="72"/>
        <source>{burned} % of the SLO error budget was burned (threshold {threshold} %).</source>
        <translation>{burned} % des SLO-Fehlerbudgets wurden verbraucht (Schwelle {threshold} %).</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="76"/>
        <source>No rule of the post-mortem policy matched the answers.</source>
        <translation>Keine Regel der Post-Mortem-Richtlinie trifft auf die Antworten zu.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="79"/>
        <source>No rule of the post-mortem policy matched the answers. Not answered yet: {questions}.</source>
        <translation>Keine Regel der Post-Mortem-Richtlinie trifft auf die Antworten zu. Noch nicht beantwortet: {questions}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="95"/>
        <source>data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="96"/>
        <source>outage minutes</source>
        <translation>Ausfalldauer</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="97"/>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="98"/>
        <source>customers affected</source>
        <translation>Kundenauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="99"/>
        <source>security impact</source>
        <translation>Auswirkung auf Sicherheit oder Datenschutz</translation>
    </message>
    <message>
        <location filename="../../pmdesk/domain/trigger.py" line="100"/>
        <source>slo budget burned pct</source>
        <translation>verbrauchtes SLO-Fehlerbudget</translation>
    </message>
</context>
<context>
    <name>TriggerStep</name>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="129"/>
        <source>Answer data loss</source>
        <translation>Antwort zu Datenverlust</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="130"/>
        <source>Answer outage duration</source>
        <translation>Antwort zur Ausfalldauer</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="131"/>
        <source>Answer severity</source>
        <translation>Antwort zum Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="132"/>
        <source>Answer customer impact</source>
        <translation>Antwort zur Kundenauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="133"/>
        <source>Answer security impact</source>
        <translation>Antwort zur Sicherheitsauswirkung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="134"/>
        <source>Answer SLO budget burned</source>
        <translation>Antwort zum verbrauchten SLO-Fehlerbudget</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="192"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="201"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="222"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="229"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="193"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="194"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="204"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="210"/>
        <source>Remove the figure entered by hand and use the measured outage.</source>
        <translation>Den von Hand eingetragenen Wert entfernen und den gemessenen Ausfall verwenden.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="223"/>
        <source>SEV {n}</source>
        <translation>SEV {n}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="233"/>
        <source>The policy&apos;s questions</source>
        <translation>Die Fragen der Richtlinie</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="237"/>
        <source>mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="238"/>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="239"/>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="244"/>
        <source>SEV {list}: mandatory</source>
        <translation>SEV {list}: Pflicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="250"/>
        <source>SEV {list}: recommended</source>
        <translation>SEV {list}: empfohlen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="254"/>
        <source>SEV 1 is the most severe.</source>
        <translation>SEV 1 ist der höchste Schweregrad.</translation>
    </message>
    <message>
        <source>{pct:g} % or more: {verdict}.</source>
        <translation type="vanished">{pct:g} % oder mehr: {verdict}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="259"/>
        <source>{pct} % or more: {verdict}.</source>
        <translation>{pct} % oder mehr: {verdict}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="266"/>
        <source>Was &amp;data lost?</source>
        <translation>Sind &amp;Daten verloren gegangen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="268"/>
        <source>Data lost</source>
        <translation>Daten verloren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="269"/>
        <source>Data that could not be recovered: mandatory.</source>
        <translation>Daten, die nicht wiederhergestellt werden konnten: Pflicht.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="274"/>
        <source>How long was the &amp;outage?</source>
        <translation>Wie lange dauerte der &amp;Ausfall?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="276"/>
        <source>Outage duration in minutes</source>
        <translation>Ausfalldauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="277"/>
        <source>Over {minutes} minutes: mandatory.</source>
        <translation>Mehr als {minutes} Minuten: Pflicht.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="282"/>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="284"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="288"/>
        <source>Were &amp;customers affected?</source>
        <translation>Waren &amp;Kunden betroffen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="290"/>
        <source>Customers affected</source>
        <translation>Kunden betroffen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="291"/>
        <source>Customer impact: recommended.</source>
        <translation>Kundenauswirkung: empfohlen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="296"/>
        <source>Was security or &amp;privacy affected?</source>
        <translation>Waren S&amp;icherheit oder Datenschutz betroffen?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="298"/>
        <source>Security or privacy affected</source>
        <translation>Sicherheit oder Datenschutz betroffen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="299"/>
        <source>Security or privacy impact: mandatory.</source>
        <translation>Auswirkung auf Sicherheit oder Datenschutz: Pflicht.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="304"/>
        <source>SLO error &amp;budget burned</source>
        <translation>Verbrauchtes SLO-&amp;Fehlerbudget</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="306"/>
        <source>SLO error budget burned, percent</source>
        <translation>Verbrauchtes SLO-Fehlerbudget in Prozent</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="349"/>
        <source>Use the policy&apos;s verdict</source>
        <translation>Einstufung der Richtlinie verwenden</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="350"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="559"/>
        <source>Mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="351"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="560"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="352"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="561"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="355"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="661"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="688"/>
        <source>Override verdict</source>
        <translation>Einstufung abweichend festlegen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="358"/>
        <source>Override reason</source>
        <translation>Begründung der Abweichung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="360"/>
        <source>Why the policy&apos;s verdict does not fit this incident.</source>
        <translation>Warum die Einstufung der Richtlinie nicht zu diesem Vorfall passt.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="371"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="627"/>
        <source>Override</source>
        <translation>Abweichende Einstufung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="374"/>
        <source>Verdic&amp;t</source>
        <translation>Eins&amp;tufung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="376"/>
        <source>&amp;Reason</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="387"/>
        <source>Answer what is known; the verdict updates as you go. Unknown answers can be filled in later.</source>
        <translation>Beantworten Sie, was bekannt ist; die Einstufung passt sich laufend an. Unbekanntes lässt sich später ergänzen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="396"/>
        <source>This verdict was made with other answers or an earlier post-mortem policy.</source>
        <translation>Diese Einstufung wurde mit anderen Antworten oder einer früheren Post-Mortem-Richtlinie getroffen.</translation>
    </message>
    <message>
        <source>The post-mortem policy has changed since this check was made.</source>
        <translation type="vanished">Die Post-Mortem-Richtlinie hat sich seit dieser Prüfung geändert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="400"/>
        <source>Re-chec&amp;k with the current policy</source>
        <translation>Mit aktueller Richtlinie &amp;neu prüfen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="402"/>
        <source>Store the verdict and reasons the current policy gives for these answers.</source>
        <translation>Einstufung und Gründe speichern, die die aktuelle Richtlinie für diese Antworten ergibt.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="475"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="551"/>
        <source>Re-check trigger</source>
        <translation>Auslöser neu prüfen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="484"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="489"/>
        <source>on the timeline, from impact start to mitigated</source>
        <translation>in der Zeitleiste, vom Beginn der Auswirkung bis zur Eindämmung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="491"/>
        <source>on the timeline, from impact start to resolved</source>
        <translation>in der Zeitleiste, vom Beginn der Auswirkung bis zur Behebung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="494"/>
        <source>from the incident&apos;s start to its end</source>
        <translation>vom Beginn bis zum Ende des Vorfalls</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="496"/>
        <source>Entered by hand; measured {source}: {measured}.</source>
        <translation>Von Hand eingetragen; gemessen {source}: {measured}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="500"/>
        <source>Entered by hand.</source>
        <translation>Von Hand eingetragen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="502"/>
        <source>Measured {source}.</source>
        <translation>Gemessen {source}.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="505"/>
        <source>Mark the impact start and the mitigation on the timeline, or set the incident&apos;s start and end, to measure it.</source>
        <translation>Zum Messen den Beginn der Auswirkung und die Eindämmung in der Zeitleiste markieren oder Beginn und Ende des Vorfalls eintragen.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="509"/>
        <source>&amp;Use {measured}</source>
        <translation>{measured} &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="566"/>
        <source>No verdict yet</source>
        <translation>Noch keine Einstufung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="567"/>
        <source>Answer the questions below to see whether a post-mortem is required.</source>
        <translation>Beantworten Sie die Fragen unten, um zu sehen, ob ein Post-Mortem erforderlich ist.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="572"/>
        <source>Post-mortem: {verdict}</source>
        <translation>Post-Mortem: {verdict}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="575"/>
        <source>Post-mortem: {verdict} (overridden)</source>
        <translation>Post-Mortem: {verdict} (abweichend festgelegt)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="577"/>
        <source>The policy says {verdict}: </source>
        <translation>Laut Richtlinie „{verdict}“: </translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="579"/>
        <source>Overridden because: {reason}</source>
        <translation>Abweichend festgelegt, weil: {reason}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="591"/>
        <source>⚠ Not saved yet: an override needs a reason. Write why the policy&apos;s verdict does not fit this incident.</source>
        <translation>⚠ Noch nicht gespeichert: Eine Abweichung braucht eine Begründung. Schreiben Sie, warum die Einstufung der Richtlinie nicht zu diesem Vorfall passt.</translation>
    </message>
    <message>
        <source>Trigger check</source>
        <translation type="vanished">Auslöserprüfung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="642"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="651"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="677"/>
        <source>Remove override</source>
        <translation>Abweichung aufheben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="695"/>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="703"/>
        <source>Edit override reason</source>
        <translation>Begründung der Abweichung bearbeiten</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../pmdesk/ui/steps/trigger_step.py" line="87"/>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="42"/>
        <source>Tags and services</source>
        <translation>Tags und Services</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="46"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="46"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="51"/>
        <source>Rename or merge…</source>
        <translation>Umbenennen oder zusammenführen …</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="72"/>
        <source>{name}  ({count})</source>
        <translation>{name}  ({count})</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="86"/>
        <source>Rename or merge</source>
        <translation>Umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="87"/>
        <source>New name (a name in use merges the two):</source>
        <translation>Neuer Name (ein vorhandener Name führt beide zusammen):</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="100"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/vocabulary_dialog.py" line="102"/>
        <source>“{old}” becomes “{new}” in every post-mortem. Merge them?</source>
        <translation>„{old}“ wird in allen Post-Mortems zu „{new}“. Zusammenführen?</translation>
    </message>
</context>
<context>
    <name>WhyDiagram</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/why_diagram.py" line="86"/>
        <source>Why diagram</source>
        <translation>Warum-Diagramm</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/why_diagram.py" line="324"/>
        <source>No why-chains yet. Start one with “New chain”.</source>
        <translation>Noch keine Warum-Ketten. Beginnen Sie eine mit „Neue Kette“.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/why_diagram.py" line="338"/>
        <source>Chain {number}</source>
        <translation>Kette {number}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/why_diagram.py" line="397"/>
        <source>★ ROOT CAUSE</source>
        <translation>★ GRUNDURSACHE</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/widgets/why_diagram.py" line="405"/>
        <source>(empty why)</source>
        <translation>(leeres Warum)</translation>
    </message>
</context>
<context>
    <name>WhyItemDelegate</name>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="308"/>
        <source>The question this chain answers…</source>
        <translation>Die Frage, die diese Kette beantwortet…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="310"/>
        <source>Because… (type the answer)</source>
        <translation>Weil… (Antwort eintippen)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="182"/>
        <source>★ Root cause</source>
        <translation>★ Grundursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="381"/>
        <source>{text}

Click to show it in the timeline.</source>
        <translation>{text}

Klicken, um es in der Zeitleiste zu zeigen.</translation>
    </message>
</context>
<context>
    <name>WhyTreeModel</name>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="66"/>
        <source>This chain ends with a person. What in the system made that action possible or likely? Ask one more why.</source>
        <translation>Diese Kette endet bei einer Person. Was im System hat diese Handlung möglich oder wahrscheinlich gemacht? Fragen Sie noch ein Warum.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="75"/>
        <source>Ask one more why: what in the system made this possible?</source>
        <translation>Noch ein Warum: Was im System hat das möglich gemacht?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="297"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="323"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="325"/>
        <source>Evidence: {count}</source>
        <translation>Belege: {count}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="330"/>
        <source>(empty why)</source>
        <translation>(leeres Warum)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="332"/>
        <source>Marked as a root cause.</source>
        <translation>Als Grundursache markiert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="334"/>
        <source>Category: {category}</source>
        <translation>Kategorie: {category}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/itemmodels/why_tree_model.py" line="336"/>
        <source>Timeline events cited: {count}</source>
        <translation>Angeführte Ereignisse der Zeitleiste: {count}</translation>
    </message>
</context>
<context>
    <name>WhyTreeView</name>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="439"/>
        <source>Why-chains</source>
        <translation>Warum-Ketten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="442"/>
        <source>Enter: next why · Ctrl+Enter: branch · Tab/Shift+Tab: indent/outdent · Alt+↑/↓: move · Ctrl+R: root cause · Delete: delete · Ctrl+Tab: leave the tree</source>
        <translation>Enter: nächstes Warum · Ctrl+Enter: Verzweigung · Tab/Shift+Tab: ein-/ausrücken · Alt+↑/↓: verschieben · Ctrl+R: Grundursache · Delete: löschen · Ctrl+Tab: Baum verlassen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="531"/>
        <source>No why-chains yet. Press Enter (or “New chain”) and type the first question, e.g. “Why did the failure occur?”, “Why did monitoring not alert?”, “Why was there no automated backup?”</source>
        <translation>Noch keine Warum-Ketten. Drücken Sie Enter (oder „Neue Kette“) und tippen Sie die erste Frage ein, z. B. „Warum ist der Fehler aufgetreten?“, „Warum hat das Monitoring nicht alarmiert?“, „Warum gab es kein automatisches Backup?“</translation>
    </message>
</context>
<context>
    <name>WhysStep</name>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="11"/>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="12"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="13"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="14"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="15"/>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="16"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="17"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="18"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="19"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/category_names.py" line="20"/>
        <source>Testing</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="596"/>
        <source>5 Whys</source>
        <translation>5 Warums</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="600"/>
        <source>New chain</source>
        <translation>Neue Kette</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="601"/>
        <source>Add why</source>
        <translation>Neues Warum</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="602"/>
        <source>Add branch</source>
        <translation>Neuer Zweig</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="603"/>
        <source>Indent</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="604"/>
        <source>Outdent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="605"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="606"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="607"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="608"/>
        <source>Link evidence…</source>
        <translation>Belege verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="609"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="632"/>
        <source>Link timeline events…</source>
        <translation>Ereignisse verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="633"/>
        <source>Choose the events that show this (Ctrl+E)</source>
        <translation>Ereignisse auswählen, die das belegen (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="635"/>
        <source>&lt;b&gt;Ask one more why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch ein Warum fragen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="642"/>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belege&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="676"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="677"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="678"/>
        <source>Editor and diagram: Ctrl+Shift+D</source>
        <translation>Editor und Diagramm: Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="679"/>
        <source>Ctrl+Shift+D; Ctrl+wheel or +/− zooms, 0 fits</source>
        <translation>Ctrl+Shift+D; Ctrl+Mausrad oder +/− zoomt, 0 passt ein</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="715"/>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="716"/>
        <source>What kind of condition this root cause is</source>
        <translation>Welche Art von Bedingung diese Grundursache ist</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="720"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D; Ctrl+wheel or Ctrl +/− zooms, Ctrl+0 fits</source>
        <translation type="vanished">Ctrl+Shift+D; Ctrl+Mausrad oder Ctrl +/− zoomt, Ctrl+0 passt ein</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="948"/>
        <source>Cited for: {why}</source>
        <translation>Belege für: {why}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/whys_step.py" line="948"/>
        <source>(empty why)</source>
        <translation>(leeres Warum)</translation>
    </message>
</context>
<context>
    <name>_ConflictBox</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="46"/>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="49"/>
        <source>You and {others} both changed this.</source>
        <translation>Sie und {others} haben dies beide geändert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="52"/>
        <source>You changed this; {others} removed it.</source>
        <translation>Sie haben dies geändert; {others} hat es entfernt.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="55"/>
        <source>You removed this; {others} changed it.</source>
        <translation>Sie haben dies entfernt; {others} hat es geändert.</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="60"/>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="66"/>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="61"/>
        <source>Theirs ({others})</source>
        <translation>Andere Fassung ({others})</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="67"/>
        <source>Theirs</source>
        <translation>Andere Fassung</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="73"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="74"/>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="75"/>
        <source>Edit a merge</source>
        <translation>Zusammenführen und bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="87"/>
        <source>Merged text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="89"/>
        <source>Write the text that keeps what matters</source>
        <translation>Schreiben Sie den Text, der das Wichtige aus beiden behält</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="101"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/conflict_dialog.py" line="106"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>_EditorLinting</name>
    <message>
        <source>Replace with suggestion</source>
        <translation type="vanished">Durch Vorschlag ersetzen</translation>
    </message>
    <message>
        <source>No exact wording to offer here; rewrite it yourself.</source>
        <translation type="vanished">Hier gibt es keine fertige Formulierung; bitte selbst umformulieren.</translation>
    </message>
    <message>
        <source>Keep, with a reason…</source>
        <translation type="vanished">Behalten, mit Begründung…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="318"/>
        <source>Time ({zone})</source>
        <translation>Zeit ({zone})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Original time</source>
        <translation>Ursprüngliche Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor:in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>_RootCauseBanner</name>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="293"/>
        <source>Root causes without an action item</source>
        <translation>Grundursachen ohne Maßnahme</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="336"/>
        <source>Show in 5 Whys</source>
        <translation>In „5 Warums“ zeigen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="338"/>
        <source>Show root cause {n} in 5 Whys</source>
        <translation>Grundursache {n} in „5 Warums“ zeigen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="340"/>
        <source>Add action for this</source>
        <translation>Maßnahme dafür hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="341"/>
        <source>Add an action for root cause {n}</source>
        <translation>Maßnahme für Grundursache {n} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/actions_step.py" line="342"/>
        <source>Create an action item linked to this root cause and name it.</source>
        <translation>Eine mit dieser Grundursache verknüpfte Maßnahme anlegen und benennen.</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="283"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="283"/>
        <source>Add an item (Insert, or Enter on the last item)</source>
        <translation>Eintrag hinzufügen (Insert, oder Enter auf dem letzten Eintrag)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="287"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="287"/>
        <source>Delete the selected item (Delete)</source>
        <translation>Ausgewählten Eintrag löschen (Delete)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="290"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="290"/>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Nach oben verschieben (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="293"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/lessons_step.py" line="293"/>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Nach unten verschieben (Ctrl+Shift+Down)</translation>
    </message>
</context>
<context>
    <name>_TypedDateEdit</name>
    <message>
        <location filename="../../pmdesk/ui/widgets/date_edits.py" line="123"/>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Tag im Kalender wählen (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="619"/>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="622"/>
        <source>Exports and logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;All files (*)</source>
        <translation>Exporte und Logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/dialogs/import_dialog.py" line="631"/>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="181"/>
        <source>Remove import</source>
        <translation>Import entfernen</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="182"/>
        <source>Remove this import and all its events from the timeline:</source>
        <translation>Diesen Import mit allen seinen Ereignissen aus der Zeitleiste entfernen:</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="225"/>
        <source>Type 09:13, 09:13:05 or 2026-10-14 09:13 — read as {zone}</source>
        <translation>09:13, 09:13:05 oder 2026-10-14 09:13 eingeben — gelesen als {zone}</translation>
    </message>
    <message>
        <location filename="../../pmdesk/ui/steps/timeline_step.py" line="229"/>
        <source>Event time</source>
        <translation>Zeit des Ereignisses</translation>
    </message>
</context>
</TS>
