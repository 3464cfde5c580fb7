<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name />
        <message>
            <source>BREACHED {0}</source>
            <translation>ÜBERSCHRITTEN {0}</translation>
        </message>
        <message>
            <source>paused, {0}</source>
            <translation>pausiert, {0}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Bearbeiter</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Eröffnet</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Betreff *</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Titel *</translation>
        </message>
        <message>
            <source>Text (Markdown)</source>
            <translation>Text (Markdown)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>First response met</source>
            <translation>Erstreaktion eingehalten</translation>
        </message>
        <message>
            <source>Resolution met</source>
            <translation>Lösungszeit eingehalten</translation>
        </message>
        <message>
            <source>Mean first response</source>
            <translation>Ø Erstreaktionszeit</translation>
        </message>
        <message>
            <source>Mean resolution</source>
            <translation>Ø Lösungszeit</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailPane</name>
        <message>
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>The Gantt of this account's tasks and its deals' tasks</source>
            <translation>Gantt-Diagramm der Aufgaben dieser Firma und ihrer Verkaufschancen</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>info@example.com</source>
            <translation>info@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Jahresumsatz</translation>
        </message>
        <message>
            <source>e.g. 1,250,000</source>
            <translation>z. B. 1 250 000</translation>
        </message>
        <message>
            <source>Revenue currency</source>
            <translation>Umsatzwährung</translation>
        </message>
        <message>
            <source>e.g. EUR</source>
            <translation>z. B. EUR</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>z. B. 250</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Dokumente in</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Betreff *</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Ganztägig</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>e.g. Acme HQ, room 4</source>
            <translation>z. B. Acme-Zentrale, Raum 4</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>Erinnern um</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Zugewiesen an</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Group / project</source>
            <translation>Gruppe / Projekt</translation>
        </message>
        <message>
            <source>e.g. Acme rollout</source>
            <translation>z. B. Acme-Einführung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Link to a contact, account or lead: type a name…</source>
            <translation>Mit Kontakt, Firma oder Lead verknüpfen: Namen eingeben…</translation>
        </message>
        <message>
            <source>Unlink all</source>
            <translation>Alle Verknüpfungen lösen</translation>
        </message>
        <message>
            <source>Regarding:</source>
            <translation>Betrifft:</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Follow the system</source>
            <translation>Wie im System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>&amp;Darstellung</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
    </context>
    <context>
        <name>AssignMenu</name>
        <message>
            <source>Assign to</source>
            <translation>Zuweisen an</translation>
        </message>
        <message>
            <source>Assign the selected records to</source>
            <translation>Ausgewählte Datensätze zuweisen an</translation>
        </message>
        <message>
            <source>Assign {0} selected to:</source>
            <translation>{0} ausgewählte zuweisen an:</translation>
        </message>
        <message>
            <source>Assign {0} to {1}</source>
            <translation>{0} an {1} zuweisen</translation>
        </message>
        <message>
            <source>Could not assign {0}: {1}</source>
            <translation>{0} konnte nicht zugewiesen werden: {1}</translation>
        </message>
        <message>
            <source>{0} of {1} assigned to {2}</source>
            <translation>{0} von {1} an {2} zugewiesen</translation>
        </message>
    </context>
    <context>
        <name>AssignmentBox</name>
        <message>
            <source>New leads and accounts without an owner</source>
            <translation>Neue Leads und Firmen ohne Verantwortlichen</translation>
        </message>
        <message>
            <source>Owner of a new record without one</source>
            <translation>Verantwortlicher für neue Datensätze ohne Verantwortlichen</translation>
        </message>
        <message>
            <source>the person who creates it</source>
            <translation>die Person, die ihn anlegt</translation>
        </message>
        <message>
            <source>by territory: its users in turn</source>
            <translation>nach Gebiet: dessen Benutzer reihum</translation>
        </message>
        <message>
            <source>in turn among team {0}</source>
            <translation>reihum im Team {0}</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>&amp;Leads</translation>
        </message>
        <message>
            <source>A&amp;ccounts</source>
            <translation>&amp;Firmen</translation>
        </message>
        <message>
            <source>Assign new leads</source>
            <translation>Neue Leads zuweisen</translation>
        </message>
        <message>
            <source>Assign new accounts</source>
            <translation>Neue Firmen zuweisen</translation>
        </message>
        <message>
            <source>&amp;Save rule</source>
            <translation>Regel &amp;speichern</translation>
        </message>
        <message>
            <source>Save the assignment rule</source>
            <translation>Zuweisungsregel speichern</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Verantwortlich</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Saved: it applies to the next record created.</source>
            <translation>Gespeichert: Die Regel gilt ab dem nächsten angelegten Datensatz.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit entries</source>
            <translation>Protokolleinträge</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Alle Datensätze</translation>
        </message>
        <message>
            <source>Changes since</source>
            <translation>Änderungen seit</translation>
        </message>
        <message>
            <source>Changes until</source>
            <translation>Änderungen bis</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <source>Could not read the audit log: {exc}</source>
            <translation>Das Änderungsprotokoll konnte nicht gelesen werden: {exc}</translation>
        </message>
    </context>
    <context>
        <name>AutomationDialog</name>
        <message>
            <source>Automation rules</source>
            <translation>Automatisierungsregeln</translation>
        </message>
        <message>
            <source>Select a rule and press Dry run: which records it would act on now, and what it would do.</source>
            <translation>Wählen Sie eine Regel und klicken Sie auf „Testlauf“: Sie sehen, auf welche Datensätze sie jetzt wirken würde und was sie tun würde.</translation>
        </message>
        <message>
            <source>Undo this run</source>
            <translation>Diesen Lauf rückgängig machen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run log&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ausführungsprotokoll&lt;/b&gt;</translation>
        </message>
        <message>
            <source>'{name}' switched {v1}</source>
            <translation>„{name}“ geschaltet: {v1}</translation>
        </message>
        <message>
            <source>{v0} ready-made rule(s) added, switched off</source>
            <translation>{v0} vordefinierte Regel(n) hinzugefügt, ausgeschaltet</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {note}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {note}</translation>
        </message>
        <message>
            <source>{action} on {record_type}: {outcome}{error}</source>
            <translation>{action} für {record_type}: {outcome}{error}</translation>
        </message>
    </context>
    <context>
        <name>AutomationRunner</name>
        <message>
            <source>Automation: {error}</source>
            <translation>Automatisierung: {error}</translation>
        </message>
        <message>
            <source>Automation: acted on {acted} record(s), {delivered} webhook(s) sent</source>
            <translation>Automatisierung: {acted} Datensätze bearbeitet, {delivered} Webhooks gesendet</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Search deal or account…</source>
            <translation>Verkaufschance oder Firma suchen…</translation>
        </message>
        <message>
            <source>Stale after days</source>
            <translation>Inaktiv nach Tagen</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>A deal with no stage move and no activity for this long, and nothing planned, is shown as stale</source>
            <translation>Eine Verkaufschance ohne Phasenwechsel und ohne Aktivität in diesem Zeitraum und ohne geplante Aktivität wird als inaktiv angezeigt</translation>
        </message>
        <message>
            <source>Stale after</source>
            <translation>Inaktiv nach</translation>
        </message>
        <message>
            <source>Pipelines…</source>
            <translation>Pipelines…</translation>
        </message>
        <message>
            <source>Add, rename and reorder pipelines and their stages</source>
            <translation>Pipelines und ihre Phasen hinzufügen, umbenennen und neu anordnen</translation>
        </message>
        <message>
            <source>No pipeline yet.</source>
            <translation>Noch keine Pipeline.</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Neue Verkaufschance</translation>
        </message>
        <message>
            <source>Add a deal (Ctrl+N)</source>
            <translation>Verkaufschance hinzufügen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open deal</source>
            <translation>Verkaufschance öffnen</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Verkaufschance löschen</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Alle Verantwortlichen</translation>
        </message>
        <message>
            <source>Could not move “{name}”: {exc}</source>
            <translation>„{name}“ konnte nicht verschoben werden: {exc}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Create quote…</source>
            <translation>Angebot erstellen…</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Verschieben nach</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Deal won</source>
            <translation>Verkaufschance gewonnen</translation>
        </message>
        <message>
            <source>Won amount for “{name}” ({currency}):</source>
            <translation>Gewonnener Betrag für „{name}“ ({currency}):</translation>
        </message>
        <message>
            <source>“{text}” is not an amount</source>
            <translation>„{text}“ ist kein Betrag</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Verkaufschance verloren</translation>
        </message>
        <message>
            <source>Why was “{name}” lost?</source>
            <translation>Warum wurde „{name}“ verloren?</translation>
        </message>
        <message>
            <source>{count:,} open deals</source>
            <translation>{count:,} offene Verkaufschancen</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>{text} konnte nicht gelöscht werden: {exc}</translation>
        </message>
        <message>
            <source>Deal “{name}” moved to the trash</source>
            <translation>Verkaufschance „{name}“ in den Papierkorb verschoben</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Zu heute springen (T)</translation>
        </message>
        <message>
            <source>Earlier (← or PgUp)</source>
            <translation>Früher (← oder PgUp)</translation>
        </message>
        <message>
            <source>Later (→ or PgDn)</source>
            <translation>Später (→ oder PgDn)</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Neue Besprechung</translation>
        </message>
        <message>
            <source>New meeting (Ctrl+N); or double-click a free slot</source>
            <translation>Neue Besprechung (Ctrl+N); oder auf einen freien Zeitraum doppelklicken</translation>
        </message>
        <message>
            <source>Import calendar (.ics)…</source>
            <translation>Kalender importieren (.ics)…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Kalender exportieren (.ics)…</translation>
        </message>
        <message>
            <source>iCalendar</source>
            <translation>iCalendar</translation>
        </message>
        <message>
            <source>Import or export meetings and tasks as an .ics file (as in the File menu)</source>
            <translation>Besprechungen und Aufgaben als .ics-Datei importieren oder exportieren (wie im Menü „Datei“)</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Zugewiesen an</translation>
        </message>
        <message>
            <source>{meetings:,} meetings and calls · {tasks:,} tasks</source>
            <translation>{meetings:,} Besprechungen und Anrufe · {tasks:,} Aufgaben</translation>
        </message>
    </context>
    <context>
        <name>CallSheetDialog</name>
        <message>
            <source>Print a call sheet</source>
            <translation>Anrufliste drucken</translation>
        </message>
        <message>
            <source>Whose:</source>
            <translation>Für:</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <source>Open tasks due that day (and overdue up to 30 days), meetings that day, each with the person's numbers, the deal and the last contact, and room to write the outcome.</source>
            <translation>Offene Aufgaben, die an diesem Tag fällig sind (und bis zu 30 Tage überfällige), Besprechungen an diesem Tag, jeweils mit den Telefonnummern der Person, der Verkaufschance und dem letzten Kontakt sowie Platz für das Ergebnis.</translation>
        </message>
        <message>
            <source>There is no user to print a call sheet for.</source>
            <translation>Es gibt keinen Benutzer, für den eine Anrufliste gedruckt werden kann.</translation>
        </message>
        <message>
            <source>Could not read the tasks: {exc}</source>
            <translation>Die Aufgaben konnten nicht gelesen werden: {exc}</translation>
        </message>
        <message>
            <source>Save the call sheet as PDF</source>
            <translation>Anrufliste als PDF speichern</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>Das PDF konnte nicht geschrieben werden: {exc}</translation>
        </message>
        <message>
            <source>Saved the call sheet to {saved}</source>
            <translation>Anrufliste gespeichert unter {saved}</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>Edit campaign</source>
            <translation>Kampagne bearbeiten</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Neue Kampagne</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>{name} ({entity_type}s)</source>
            <translation>{name} ({entity_type})</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Beginn</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ende</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>&amp;Währung</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>B&amp;udget</translation>
        </message>
        <message>
            <source>&amp;Actual cost</source>
            <translation>&amp;Istkosten</translation>
        </message>
        <message>
            <source>Mail te&amp;mplate</source>
            <translation>E-&amp;Mail-Vorlage</translation>
        </message>
        <message>
            <source>Se&amp;gment</source>
            <translation>Se&amp;gment</translation>
        </message>
    </context>
    <context>
        <name>CampaignsPage</name>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Actual cost</source>
            <translation>Istkosten</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Cost per lead</source>
            <translation>Kosten pro Lead</translation>
        </message>
        <message>
            <source>Won revenue</source>
            <translation>Gewonnener Umsatz</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Neukunden</translation>
        </message>
        <message>
            <source>CAC</source>
            <translation>CAC</translation>
        </message>
        <message>
            <source>&amp;New campaign</source>
            <translation>&amp;Neue Kampagne</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Add se&amp;gment members</source>
            <translation>Se&amp;gmentmitglieder hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Send mail</source>
            <translation>E-Mail &amp;senden</translation>
        </message>
        <message>
            <source>Drip se&amp;quences…</source>
            <translation>Drip-Se&amp;quenzen…</translation>
        </message>
        <message>
            <source>Could not read the campaigns: {error}</source>
            <translation>Die Kampagnen konnten nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>No campaign yet: Ctrl+Shift+N makes one.</source>
            <translation>Noch keine Kampagne: Mit Ctrl+Shift+N legen Sie eine an.</translation>
        </message>
        <message>
            <source>Campaign '{name}' created</source>
            <translation>Kampagne „{name}“ angelegt</translation>
        </message>
        <message>
            <source>Campaign '{name}' saved</source>
            <translation>Kampagne „{name}“ gespeichert</translation>
        </message>
        <message>
            <source>{n} members added from the segment</source>
            <translation>{n} Mitglieder aus dem Segment hinzugefügt</translation>
        </message>
        <message>
            <source>Queue '{name}' to its {n} pending members? Those without email consent are skipped.</source>
            <translation>„{name}“ für die {n} ausstehenden Mitglieder in die Warteschlange stellen? Mitglieder ohne E-Mail-Einwilligung werden übersprungen.</translation>
        </message>
        <message>
            <source>Send campaign</source>
            <translation>Kampagne senden</translation>
        </message>
        <message>
            <source>Queueing the campaign's mail…</source>
            <translation>E-Mails der Kampagne werden eingereiht…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{q} mails queued, {s} suppressed (no consent), {p} still pending</source>
            <translation>{q} E-Mails eingereiht, {s} unterdrückt (keine Einwilligung), {p} noch ausstehend</translation>
        </message>
        <message>
            <source>1 campaign</source>
            <translation>1 Kampagne</translation>
        </message>
        <message>
            <source>{n} campaigns</source>
            <translation>{n} Kampagnen</translation>
        </message>
        <message>
            <source>Delete the campaign '{name}'? Its leads and deals keep their other data.</source>
            <translation>Kampagne „{name}“ löschen? Ihre Leads und Verkaufschancen behalten ihre übrigen Daten.</translation>
        </message>
        <message>
            <source>Delete campaign</source>
            <translation>Kampagne löschen</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>stale</source>
            <translation>inaktiv</translation>
        </message>
        <message>
            <source>No account</source>
            <translation>Keine Firma</translation>
        </message>
        <message>
            <source>Close {date}</source>
            <translation>Abschluss {date}</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>Kein Abschlussdatum</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Nicht zugewiesen</translation>
        </message>
        <message>
            <source>{owner} · {days} d in stage</source>
            <translation>{owner} · {days} T in der Phase</translation>
        </message>
        <message>
            <source>{owner} · {days} d</source>
            <translation>{owner} · {days} T</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>CohortChart</name>
        <message>
            <source>Cohort retention chart</source>
            <translation>Diagramm der Kundenbindung nach Kohorte</translation>
        </message>
        <message>
            <source>Months since becoming a customer</source>
            <translation>Monate seit Beginn der Kundenbeziehung</translation>
        </message>
        <message>
            <source>Still customers (%)</source>
            <translation>Noch Kunden (%)</translation>
        </message>
    </context>
    <context>
        <name>ColumnChooser</name>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
    </context>
    <context>
        <name>CompanySettingsDialog</name>
        <message>
            <source>Company name *</source>
            <translation>Firmenname *</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Country (phone numbers)</source>
            <translation>Land (Telefonnummern)</translation>
        </message>
        <message>
            <source>Two letters, e.g. DE</source>
            <translation>Zwei Buchstaben, z. B. DE</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>Steuernummer</translation>
        </message>
        <message>
            <source>Bank details</source>
            <translation>Bankverbindung</translation>
        </message>
        <message>
            <source>IBAN … · BIC …</source>
            <translation>IBAN … · BIC …</translation>
        </message>
        <message>
            <source>Logo (PNG/JPEG)</source>
            <translation>Logo (PNG/JPEG)</translation>
        </message>
        <message>
            <source>Default currency</source>
            <translation>Standardwährung</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Zahlungsbedingungen</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Dokumente in</translation>
        </message>
        <message>
            <source>Device prefix</source>
            <translation>Gerätepräfix</translation>
        </message>
        <message>
            <source>empty, or e.g. LAP1 for an offline laptop</source>
            <translation>leer oder z. B. LAP1 für einen Offline-Laptop</translation>
        </message>
        <message>
            <source>{v0} numbers</source>
            <translation>Nummernkreis {v0}</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Firmeneinstellungen</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Logo auswählen…</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Company settings saved</source>
            <translation>Firmeneinstellungen gespeichert</translation>
        </message>
    </context>
    <context>
        <name>ComposeDialog</name>
        <message>
            <source>Email this document</source>
            <translation>Dieses Dokument per E-Mail senden</translation>
        </message>
        <message>
            <source>New email</source>
            <translation>Neue E-Mail</translation>
        </message>
        <message>
            <source>Send from account</source>
            <translation>Senden von Konto</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>(write it here)</source>
            <translation>(hier schreiben)</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Dear {{ recipient.first_name }}, …</source>
            <translation>Guten Tag {{ recipient.first_name }}, …</translation>
        </message>
        <message>
            <source>Preview with the recipient's values</source>
            <translation>Vorschau mit den Werten des Empfängers</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>V&amp;orlage</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Betreff</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>Vorsc&amp;hau</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>Senden (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>You have no mail account yet: add one in Settings &gt; Email.</source>
            <translation>Sie haben noch kein E-Mail-Konto: Legen Sie eines unter Einstellungen &gt; E-Mail an.</translation>
        </message>
        <message>
            <source>To: {0} &lt;{1}&gt;
Subject: {2}

</source>
            <translation>An: {0} &lt;{1}&gt;
Betreff: {2}

</translation>
        </message>
        <message>
            <source>Sending to {0}…</source>
            <translation>Wird an {0} gesendet…</translation>
        </message>
        <message>
            <source>Queued, but not sent yet: {0}</source>
            <translation>In der Warteschlange, aber noch nicht gesendet: {0}</translation>
        </message>
        <message>
            <source>Mail sent</source>
            <translation>E-Mail gesendet</translation>
        </message>
        <message>
            <source>Mail queued</source>
            <translation>E-Mail in der Warteschlange</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <source>not</source>
            <translation>nicht</translation>
        </message>
        <message>
            <source>Remove this condition</source>
            <translation>Diese Bedingung entfernen</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation>Synchronisierungskonflikte</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>or type the value to keep</source>
            <translation>oder den zu behaltenden Wert eingeben</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Zu behaltender Wert</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>&amp;Andere behalten</translation>
        </message>
        <message>
            <source>&amp;Use this value</source>
            <translation>Diesen &amp;Wert verwenden</translation>
        </message>
        <message>
            <source>%1 waiting for a decision; each decision goes to the office at the next sync.</source>
            <translation>%1 mit ausstehender Entscheidung; jede Entscheidung wird bei der nächsten Synchronisierung an das Büro übertragen.</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 Konflikt</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>%1 Konflikte</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Keine Konflikte.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Office change</source>
            <translation>Änderung im Büro</translation>
        </message>
        <message>
            <source>the whole record</source>
            <translation>der ganze Datensatz</translation>
        </message>
    </context>
    <context>
        <name>ConnectServerDialog</name>
        <message>
            <source>Connect to a team server</source>
            <translation>Mit einem Team-Server verbinden</translation>
        </message>
        <message>
            <source>Server host name</source>
            <translation>Hostname des Servers</translation>
        </message>
        <message>
            <source>Server port</source>
            <translation>Port des Servers</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Datenbankname</translation>
        </message>
        <message>
            <source>Database user</source>
            <translation>Datenbankbenutzer</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Datenbankpasswort</translation>
        </message>
        <message>
            <source>Encryption (sslmode)</source>
            <translation>Verschlüsselung (sslmode)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>&amp;Initialise a new team database</source>
            <translation>Neue Team-Datenbank e&amp;inrichten</translation>
        </message>
        <message>
            <source>Initialise a new team database</source>
            <translation>Neue Team-Datenbank einrichten</translation>
        </message>
        <message>
            <source>First administrator's name</source>
            <translation>Name des ersten Administrators</translation>
        </message>
        <message>
            <source>First administrator's email</source>
            <translation>E-Mail-Adresse des ersten Administrators</translation>
        </message>
        <message>
            <source>First administrator's password</source>
            <translation>Passwort des ersten Administrators</translation>
        </message>
        <message>
            <source>The password again</source>
            <translation>Passwort wiederholen</translation>
        </message>
        <message>
            <source>Administrator's name</source>
            <translation>Name des Administrators</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>&amp;Host</source>
            <translation>&amp;Host</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>&amp;Datenbank</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Benutzer</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Pass&amp;wort</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>V&amp;erschlüsselung</translation>
        </message>
        <message>
            <source>prefer: TLS when the server offers it</source>
            <translation>prefer: TLS, wenn der Server es anbietet</translation>
        </message>
        <message>
            <source>require: always TLS</source>
            <translation>require: immer TLS</translation>
        </message>
        <message>
            <source>verify-ca: TLS, certificate checked</source>
            <translation>verify-ca: TLS, Zertifikat wird geprüft</translation>
        </message>
        <message>
            <source>verify-full: TLS, certificate and host name checked</source>
            <translation>verify-full: TLS, Zertifikat und Hostname werden geprüft</translation>
        </message>
        <message>
            <source>disable: no TLS (a trusted local network only)</source>
            <translation>disable: kein TLS (nur in einem vertrauenswürdigen lokalen Netz)</translation>
        </message>
        <message>
            <source>Cannot test: {0}.</source>
            <translation>Test nicht möglich: {0}.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Test the connection first.</source>
            <translation>Testen Sie zuerst die Verbindung.</translation>
        </message>
        <message>
            <source>No one can sign in there yet: initialise it with its first administrator.</source>
            <translation>Dort kann sich noch niemand anmelden: Richten Sie die Datenbank mit ihrem ersten Administrator ein.</translation>
        </message>
        <message>
            <source>Setting up the team database…</source>
            <translation>Team-Datenbank wird eingerichtet…</translation>
        </message>
        <message>
            <source>Give the first administrator's name and email.</source>
            <translation>Geben Sie Name und E-Mail-Adresse des ersten Administrators ein.</translation>
        </message>
        <message>
            <source>Give the first administrator a password.</source>
            <translation>Vergeben Sie ein Passwort für den ersten Administrator.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Die beiden Passwörter stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Connection not saved</source>
            <translation>Verbindung nicht gespeichert</translation>
        </message>
        <message>
            <source>Rapport connects now, but {0}.</source>
            <translation>Rapport verbindet sich jetzt, aber {0}.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consent of {name}</source>
            <translation>Einwilligung von {name}</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuell</translation>
        </message>
        <message>
            <source>the wording the person agreed to</source>
            <translation>der Wortlaut, dem die Person zugestimmt hat</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Kanal</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>&amp;Quelle</translation>
        </message>
        <message>
            <source>&amp;Text shown</source>
            <translation>Angezeigter &amp;Text</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Einwilligungsverlauf</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Erfassen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>Einwilligung erfasst</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Salutation</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>e.g. Dr., Ms</source>
            <translation>z. B. Dr., Frau</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Nachname *</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Weitere E-Mail</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Weiteres Telefon</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Accounts (double-click a role to edit it; tick the primary account)</source>
            <translation>Firmen (Rolle per Doppelklick bearbeiten; Hauptfirma ankreuzen)</translation>
        </message>
    </context>
    <context>
        <name>ContactsPreview</name>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
    </context>
    <context>
        <name>ConvertDialog</name>
        <message>
            <source>{verb} lead {full_name}</source>
            <translation>{verb}: Lead {full_name}</translation>
        </message>
        <message>
            <source>Link to existing: {label} ({reason})</source>
            <translation>Mit vorhandenem Datensatz verknüpfen: {label} ({reason})</translation>
        </message>
        <message>
            <source>Create account “{v0}”</source>
            <translation>Firma „{v0}“ anlegen</translation>
        </message>
        <message>
            <source>Create contact “{full_name}”</source>
            <translation>Kontakt „{full_name}“ anlegen</translation>
        </message>
        <message>
            <source>Create a deal</source>
            <translation>Verkaufschance anlegen</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Deal name</source>
            <translation>Name der Verkaufschance</translation>
        </message>
        <message>
            <source>Amount (EUR)</source>
            <translation>Betrag (EUR)</translation>
        </message>
        <message>
            <source>Lead {full_name} converted</source>
            <translation>Lead {full_name} umgewandelt</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldFilter</name>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Any custom field</source>
            <translation>Beliebiges benutzerdefiniertes Feld</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <source>Custom fields</source>
            <translation>Benutzerdefinierte Felder</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Delete for good…</source>
            <translation>Endgültig löschen…</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Datensatztyp</translation>
        </message>
        <message>
            <source>In the trash (their values stay stored: restore a field to show them again)</source>
            <translation>Im Papierkorb (die Werte bleiben gespeichert: Stellen Sie ein Feld wieder her, um sie wieder anzuzeigen)</translation>
        </message>
        <message>
            <source>Delete custom field</source>
            <translation>Benutzerdefiniertes Feld löschen</translation>
        </message>
        <message>
            <source>Delete the field “{label}”?

{holders:,} {noun} record(s) hold a value for it. The field and its values go to the trash: restore the field to get them back.</source>
            <translation>Das Feld „{label}“ löschen?

{holders:,} Datensätze ({noun}) haben einen Wert darin. Das Feld und seine Werte kommen in den Papierkorb: Stellen Sie das Feld wieder her, um sie zurückzubekommen.</translation>
        </message>
        <message>
            <source>Delete custom field for good</source>
            <translation>Benutzerdefiniertes Feld endgültig löschen</translation>
        </message>
        <message>
            <source>Delete “{label}” and every value stored for it? This cannot be undone.</source>
            <translation>„{label}“ und alle dafür gespeicherten Werte löschen? Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Custom field “{label}” and its values deleted</source>
            <translation>Benutzerdefiniertes Feld „{label}“ und seine Werte gelöscht</translation>
        </message>
    </context>
    <context>
        <name>CustomerValueTab</name>
        <message>
            <source>Mark churned…</source>
            <translation>Als abgewandert markieren…</translation>
        </message>
        <message>
            <source>Mark this customer as churned</source>
            <translation>Diesen Kunden als abgewandert markieren</translation>
        </message>
        <message>
            <source>Won back…</source>
            <translation>Zurückgewonnen…</translation>
        </message>
        <message>
            <source>Mark this customer as won back</source>
            <translation>Diesen Kunden als zurückgewonnen markieren</translation>
        </message>
        <message>
            <source>Purchase history</source>
            <translation>Kaufhistorie</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Käufe</translation>
        </message>
        <message>
            <source>Offer next</source>
            <translation>Als Nächstes anbieten</translation>
        </message>
        <message>
            <source>Not a customer yet.</source>
            <translation>Noch kein Kunde.</translation>
        </message>
        <message>
            <source>Customer since {0}.</source>
            <translation>Kunde seit {0}.</translation>
        </message>
        <message>
            <source>Churned on {0}.</source>
            <translation>Abgewandert am {0}.</translation>
        </message>
        <message>
            <source>Reason: {0}.</source>
            <translation>Grund: {0}.</translation>
        </message>
        <message>
            <source>Scores not computed yet (they are recomputed nightly or by `rapport customer-value`).</source>
            <translation>Bewertungen noch nicht berechnet (sie werden nachts oder mit `rapport customer-value` neu berechnet).</translation>
        </message>
        <message>
            <source>RFM {0}{1}{2}: {3} · {4}, last on {5}</source>
            <translation>RFM {0}{1}{2}: {3} · {4}, zuletzt am {5}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 Auftrag</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} Aufträge</translation>
        </message>
        <message>
            <source>Engagement {0}/100 ({1})</source>
            <translation>Engagement {0}/100 ({1})</translation>
        </message>
        <message>
            <source>no inputs</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>Churn risk {0}/100</source>
            <translation>Abwanderungsrisiko {0}/100</translation>
        </message>
        <message>
            <source>Reason (as of today):</source>
            <translation>Grund (Stand heute):</translation>
        </message>
        <message>
            <source>Mark churned</source>
            <translation>Als abgewandert markieren</translation>
        </message>
        <message>
            <source>Won back</source>
            <translation>Zurückgewonnen</translation>
        </message>
    </context>
    <context>
        <name>CustomerValueWindow</name>
        <message>
            <source>Customer value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <source>Churn rate, last 12 months</source>
            <translation>Abwanderungsrate, letzte 12 Monate</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Customer Lifetime Value</translation>
        </message>
        <message>
            <source>Won back, last 12 months</source>
            <translation>Zurückgewonnen, letzte 12 Monate</translation>
        </message>
        <message>
            <source>Suggestions taken</source>
            <translation>Übernommene Vorschläge</translation>
        </message>
        <message>
            <source>Accounts at risk of churning</source>
            <translation>Abwanderungsgefährdete Firmen</translation>
        </message>
        <message>
            <source>&amp;Recompute scores</source>
            <translation>Bewertungen &amp;neu berechnen</translation>
        </message>
        <message>
            <source>Recompute RFM, engagement, churn risk and product pairs</source>
            <translation>RFM, Engagement, Abwanderungsrisiko und Produktpaare neu berechnen</translation>
        </message>
        <message>
            <source>Apply &amp;churn rule</source>
            <translation>&amp;Abwanderungsregel anwenden</translation>
        </message>
        <message>
            <source>Mark customers without an order for 12 months as churned</source>
            <translation>Kunden ohne Auftrag seit 12 Monaten als abgewandert markieren</translation>
        </message>
        <message>
            <source>At risk (churn risk 60 and above)</source>
            <translation>Gefährdet (Abwanderungsrisiko ab 60)</translation>
        </message>
        <message>
            <source>Retention by cohort</source>
            <translation>Kundenbindung nach Kohorte</translation>
        </message>
        <message>
            <source>RFM segments: </source>
            <translation>RFM-Segmente: </translation>
        </message>
        <message>
            <source>Scored {0} accounts; {1} product pairs</source>
            <translation>{0} Firmen bewertet; {1} Produktpaare</translation>
        </message>
        <message>
            <source>{0} churned (no order for 12 months), {1} won back</source>
            <translation>{0} abgewandert (kein Auftrag seit 12 Monaten), {1} zurückgewonnen</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Customer satisfaction after resolved tickets, 1 to 5</source>
            <translation>Kundenzufriedenheit nach gelösten Tickets, 1 bis 5</translation>
        </message>
        <message>
            <source>{0:.1f} · {1:.0f} % satisfied · {2} answers</source>
            <translation>{0:.1f} · {1:.0f} % zufrieden · {2} Antworten</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Open pipeline by stage</source>
            <translation>Offene Pipeline nach Phase</translation>
        </message>
        <message>
            <source>Funnel: deals created in the period reaching each stage</source>
            <translation>Trichter: im Zeitraum angelegte Verkaufschancen, die die jeweilige Phase erreichen</translation>
        </message>
        <message>
            <source>Revenue won by month, with the weighted forecast</source>
            <translation>Gewonnener Umsatz pro Monat mit gewichteter Prognose</translation>
        </message>
        <message>
            <source>Win rate by month (%)</source>
            <translation>Abschlussquote pro Monat (%)</translation>
        </message>
        <message>
            <source>Leads by source</source>
            <translation>Leads nach Quelle</translation>
        </message>
        <message>
            <source>Activities per owner</source>
            <translation>Aktivitäten pro Verantwortlichem</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>Alle Pipelines</translation>
        </message>
        <message>
            <source>{v0:,} open deals</source>
            <translation>{v0:,} offene Verkaufschancen</translation>
        </message>
        <message>
            <source>click a bar for its deals</source>
            <translation>Balken anklicken für dessen Verkaufschancen</translation>
        </message>
        <message>
            <source>click a month for the deals won</source>
            <translation>Monat anklicken für die gewonnenen Verkaufschancen</translation>
        </message>
        <message>
            <source>won / (won + lost), by count, deals closed in the month</source>
            <translation>gewonnen / (gewonnen + verloren), nach Anzahl, im Monat abgeschlossene Verkaufschancen</translation>
        </message>
        <message>
            <source>click a source for its leads</source>
            <translation>Quelle anklicken für deren Leads</translation>
        </message>
        <message>
            <source>click an owner for the activities</source>
            <translation>Verantwortlichen anklicken für die Aktivitäten</translation>
        </message>
        <message>
            <source>Dashboard as PDF…</source>
            <translation>Dashboard als PDF…</translation>
        </message>
        <message>
            <source>Numbers as CSV…</source>
            <translation>Zahlen als CSV…</translation>
        </message>
        <message>
            <source>Chart “{title}” as PNG…</source>
            <translation>Diagramm „{title}“ als PNG…</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>{what} exportieren</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>DealEditor</name>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Pipeline *</source>
            <translation>Pipeline *</translation>
        </message>
        <message>
            <source>Stage *</source>
            <translation>Phase *</translation>
        </message>
        <message>
            <source>Lost because</source>
            <translation>Verlustgrund</translation>
        </message>
        <message>
            <source>Needed for a lost stage</source>
            <translation>Erforderlich bei einer Verloren-Phase</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>e.g. 12500.00</source>
            <translation>z. B. 12500,00</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Erwarteter Abschluss</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Type the account's name…</source>
            <translation>Namen der Firma eingeben…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
    </context>
    <context>
        <name>DealLinesSection</name>
        <message>
            <source>Add line</source>
            <translation>Position hinzufügen</translation>
        </message>
        <message>
            <source>A line without a product (Insert in the table)</source>
            <translation>Eine Position ohne Produkt (Taste Insert in der Tabelle)</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Position entfernen</translation>
        </message>
        <message>
            <source>Remove the selected line (Delete in the table)</source>
            <translation>Ausgewählte Position entfernen (Taste Delete in der Tabelle)</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Ausgestellt am</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Preisliste</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Zahlungsbedingungen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Type the account's name…</source>
            <translation>Namen der Firma eingeben…</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Verkaufschance</translation>
        </message>
        <message>
            <source>Add text line</source>
            <translation>Textzeile hinzufügen</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Position entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Save and preview…</source>
            <translation>Speichern und Vorschau…</translation>
        </message>
        <message>
            <source>Save, then show the PDF as it will print (Ctrl+P)</source>
            <translation>Speichern, dann das PDF so anzeigen, wie es gedruckt wird (Ctrl+P)</translation>
        </message>
        <message>
            <source>Could not save before printing: {exc}</source>
            <translation>Vor dem Drucken konnte nicht gespeichert werden: {exc}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>(linked record)</source>
            <translation>(verknüpfter Datensatz)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>All types</source>
            <translation>Alle Typen</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>New quote</source>
            <translation>Neues Angebot</translation>
        </message>
        <message>
            <source>Quote from a deal…</source>
            <translation>Angebot aus Verkaufschance…</translation>
        </message>
        <message>
            <source>Quote from a deal</source>
            <translation>Angebot aus Verkaufschance</translation>
        </message>
        <message>
            <source>The deal's account (start of its name):</source>
            <translation>Firma der Verkaufschance (Anfang des Namens):</translation>
        </message>
        <message>
            <source>No deals at an account whose name starts with “{name}”</source>
            <translation>Keine Verkaufschancen bei einer Firma, deren Name mit „{name}“ beginnt</translation>
        </message>
        <message>
            <source>Deal at {v0}:</source>
            <translation>Verkaufschance bei {v0}:</translation>
        </message>
        <message>
            <source>Select a document first</source>
            <translation>Wählen Sie zuerst ein Dokument aus</translation>
        </message>
        <message>
            <source>Purchase order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Supplier account (start of its name):</source>
            <translation>Lieferant (Anfang des Firmennamens):</translation>
        </message>
        <message>
            <source>No account starts with “{name}”</source>
            <translation>Keine Firma beginnt mit „{name}“</translation>
        </message>
        <message>
            <source>Could not {v0}{v1}: {exc}</source>
            <translation>Fehlgeschlagen: {v0}{v1}: {exc}</translation>
        </message>
        <message>
            <source>{v0} {number} created</source>
            <translation>{v0} {number} angelegt</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>{number} saved to {path}</source>
            <translation>{number} gespeichert unter {path}</translation>
        </message>
        <message>
            <source>{v0} sent to the printer</source>
            <translation>{v0} an den Drucker gesendet</translation>
        </message>
        <message>
            <source>Could not print {v0}: {exc}</source>
            <translation>{v0} konnte nicht gedruckt werden: {exc}</translation>
        </message>
        <message>
            <source>Opened {number} in the PDF viewer</source>
            <translation>{number} im PDF-Viewer geöffnet</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — {v1:,} {noun}{more}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — {v1:,} {noun}{more}</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Duplicates</source>
            <translation>Dubletten</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Dubletten suchen</translation>
        </message>
        <message>
            <source>Look in</source>
            <translation>Suchen in</translation>
        </message>
        <message>
            <source>Lowest score</source>
            <translation>Mindestähnlichkeit</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Ähnlichkeit</translation>
        </message>
        <message>
            <source>Record A</source>
            <translation>Datensatz A</translation>
        </message>
        <message>
            <source>Record B</source>
            <translation>Datensatz B</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Übereinstimmungen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Merge into A</source>
            <translation>In A zusammenführen</translation>
        </message>
        <message>
            <source>Not duplicates</source>
            <translation>Keine Dubletten</translation>
        </message>
        <message>
            <source>{v0:,} likely duplicate pairs</source>
            <translation>{v0:,} wahrscheinliche Dublettenpaare</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
    </context>
    <context>
        <name>ExportPlanPage</name>
        <message>
            <source>A whole CRM export</source>
            <translation>Ein vollständiger CRM-Export</translation>
        </message>
        <message>
            <source>Import the good rows and report the refused ones</source>
            <translation>Gültige Zeilen importieren und abgelehnte melden</translation>
        </message>
        <message>
            <source>Forgiving import</source>
            <translation>Toleranter Import</translation>
        </message>
        <message>
            <source>Import plan</source>
            <translation>Importplan</translation>
        </message>
        <message>
            <source>{vendor} export {name}: {count} object(s), {rows} rows to import in one step (one undo).</source>
            <translation>{vendor}-Export {name}: {count} Objekt(e), {rows} Zeilen werden in einem Schritt importiert (einmal rückgängig zu machen).</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wird zu</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(nicht importiert)</translation>
        </message>
    </context>
    <context>
        <name>ExportRunPage</name>
        <message>
            <source>Importing the export</source>
            <translation>Export wird importiert</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Importfortschritt</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Diesen Import rückgängig machen</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Importergebnis</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>Cancelling… (everything is rolled back)</source>
            <translation>Wird abgebrochen… (alles wird zurückgesetzt)</translation>
        </message>
        <message>
            <source>Importing object {n} of {total}…</source>
            <translation>Objekt {n} von {total} wird importiert…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>The {vendor} export is imported. Ctrl+Z (or Undo this import) takes it all back.</source>
            <translation>Der {vendor}-Export ist importiert. Ctrl+Z (oder „Diesen Import rückgängig machen“) nimmt alles zurück.</translation>
        </message>
        <message>
            <source>{n} row(s) refused (rapport import … --rejects DIR writes them to files).</source>
            <translation>{n} Zeile(n) abgelehnt (rapport import … --rejects DIR schreibt sie in Dateien).</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>{vendor} export imported — Ctrl+Z to undo</source>
            <translation>{vendor}-Export importiert — Ctrl+Z zum Rückgängigmachen</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>made from the name</source>
            <translation>aus dem Namen gebildet</translation>
        </message>
        <message>
            <source>A value is required</source>
            <translation>Wert erforderlich</translation>
        </message>
        <message>
            <source>One choice per line</source>
            <translation>Ein Auswahlwert pro Zeile</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standardwert</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Auswahlwerte</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Speichern fehlgeschlagen</translation>
        </message>
        <message>
            <source>Custom field “{v0}” saved</source>
            <translation>Benutzerdefiniertes Feld „{v0}“ gespeichert</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Datei auswählen</translation>
        </message>
        <message>
            <source>CSV or text exports of any CRM or address book, vCards (.vcf), or a whole Salesforce, HubSpot or Pipedrive export (its folder or zip).</source>
            <translation>CSV- oder Textexporte aus einem beliebigen CRM oder Adressbuch, vCards (.vcf) oder ein vollständiger Salesforce-, HubSpot- oder Pipedrive-Export (als Ordner oder ZIP-Datei).</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Export folder…</source>
            <translation>Exportordner…</translation>
        </message>
        <message>
            <source>Choose an export folder</source>
            <translation>Exportordner auswählen</translation>
        </message>
        <message>
            <source>A whole CRM export: the folder of its CSV files (a zip: Browse…)</source>
            <translation>Ein vollständiger CRM-Export: der Ordner mit seinen CSV-Dateien (ZIP-Datei: Durchsuchen…)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Zeichenkodierung</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Trennzeichen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Data files (*.csv *.txt *.tsv *.vcf *.zip);;All (*)</source>
            <translation>Datendateien (*.csv *.txt *.tsv *.vcf *.zip);;Alle (*)</translation>
        </message>
        <message>
            <source>A CRM export's folder</source>
            <translation>Ordner eines CRM-Exports</translation>
        </message>
        <message>
            <source>Cannot read {name}: {why}</source>
            <translation>{name} kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>A {vendor} export</source>
            <translation>Ein {vendor}-Export</translation>
        </message>
        <message>
            <source>Cannot read {name}: {exc}</source>
            <translation>{name} kann nicht gelesen werden: {exc}</translation>
        </message>
        <message>
            <source>{encoding}, delimiter {shown}, {v2:,} rows</source>
            <translation>{encoding}, Trennzeichen {shown}, {v2:,} Zeilen</translation>
        </message>
    </context>
    <context>
        <name>FirstRunChoice</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Willkommen bei Rapport</translation>
        </message>
        <message>
            <source>Where do your customers live? Work alone in a database on this computer, or connect to your team's server (PostgreSQL) and sign in.</source>
            <translation>Wo sollen Ihre Kundendaten liegen? Arbeiten Sie allein mit einer Datenbank auf diesem Computer, oder verbinden Sie sich mit dem Server Ihres Teams (PostgreSQL) und melden Sie sich an.</translation>
        </message>
        <message>
            <source>Work on this &amp;computer</source>
            <translation>Auf diesem &amp;Computer arbeiten</translation>
        </message>
        <message>
            <source>Work on this computer</source>
            <translation>Auf diesem Computer arbeiten</translation>
        </message>
        <message>
            <source>Connect to a &amp;team server…</source>
            <translation>Mit einem Team-Server &amp;verbinden…</translation>
        </message>
        <message>
            <source>Connect to a team server</source>
            <translation>Mit einem Team-Server verbinden</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Forecast by month</source>
            <translation>Prognose nach Monat</translation>
        </message>
        <message>
            <source>Forecast by owner</source>
            <translation>Prognose nach Verantwortlichem</translation>
        </message>
        <message>
            <source>&lt;b&gt;By month of expected close&lt;/b&gt; (won: by month closed)</source>
            <translation>&lt;b&gt;Nach Monat des erwarteten Abschlusses&lt;/b&gt; (gewonnen: nach Abschlussmonat)</translation>
        </message>
        <message>
            <source>&lt;b&gt;By owner&lt;/b&gt; (open deals closing in the period)</source>
            <translation>&lt;b&gt;Nach Verantwortlichem&lt;/b&gt; (offene Verkaufschancen mit Abschluss im Zeitraum)</translation>
        </message>
        <message>
            <source>Won, weighted and whole pipeline by month</source>
            <translation>Gewonnen, gewichtet und gesamte Pipeline pro Monat</translation>
        </message>
        <message>
            <source>{currency} · won by month closed; weighted and pipeline by expected close</source>
            <translation>{currency} · gewonnen nach Abschlussmonat; gewichtet und Pipeline nach erwartetem Abschluss</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>Alle Pipelines</translation>
        </message>
        <message>
            <source>{days:.0f} days</source>
            <translation>{days:.0f} Tage</translation>
        </message>
        <message>
            <source>Weighted pipeline &lt;b&gt;{weighted}&lt;/b&gt; · won &lt;b&gt;{won}&lt;/b&gt; · win rate &lt;b&gt;{rate}&lt;/b&gt; ({won_count} won, {lost_count} lost) · average sales cycle &lt;b&gt;{cycle}&lt;/b&gt;</source>
            <translation>Gewichtete Pipeline &lt;b&gt;{weighted}&lt;/b&gt; · gewonnen &lt;b&gt;{won}&lt;/b&gt; · Abschlussquote &lt;b&gt;{rate}&lt;/b&gt; ({won_count} gewonnen, {lost_count} verloren) · durchschnittlicher Verkaufszyklus &lt;b&gt;{cycle}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Could not save</source>
            <translation>Speichern fehlgeschlagen</translation>
        </message>
        <message>
            <source>This looks like an existing {singular}: {names}</source>
            <translation>Möglicherweise bereits vorhanden ({singular}): {names}</translation>
        </message>
        <message>
            <source>Open {label}</source>
            <translation>{label} öffnen</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Trotzdem speichern</translation>
        </message>
        <message>
            <source>{title} “{label}” created</source>
            <translation>{title} „{label}“ angelegt</translation>
        </message>
        <message>
            <source>{title} “{label}” saved</source>
            <translation>{title} „{label}“ gespeichert</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Anderweitig geändert</translation>
        </message>
        <message>
            <source>{message}

Reload the current version? Your changes in this dialog will be lost.</source>
            <translation>{message}

Aktuelle Version neu laden? Ihre Änderungen in diesem Dialog gehen verloren.</translation>
        </message>
    </context>
    <context>
        <name>FormEditor</name>
        <message>
            <source>Edit web form</source>
            <translation>Webformular bearbeiten</translation>
        </message>
        <message>
            <source>New web form</source>
            <translation>Neues Webformular</translation>
        </message>
        <message>
            <source>Form name</source>
            <translation>Formularname</translation>
        </message>
        <message>
            <source>Fields the form asks</source>
            <translation>Abgefragte Felder</translation>
        </message>
        <message>
            <source>Fields that must be filled in</source>
            <translation>Pflichtfelder</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Einwilligungstext</translation>
        </message>
        <message>
            <source>empty: no consent box; else a ticked box is required</source>
            <translation>leer: kein Einwilligungskästchen; sonst muss das Kästchen angekreuzt werden</translation>
        </message>
        <message>
            <source>Thank-you text</source>
            <translation>Danketext</translation>
        </message>
        <message>
            <source>Redirect address</source>
            <translation>Weiterleitungsadresse</translation>
        </message>
        <message>
            <source>https://www.example.com/thanks (empty: the thank-you text)</source>
            <translation>https://www.example.com/danke (leer: der Danketext)</translation>
        </message>
        <message>
            <source>Allowed sites</source>
            <translation>Zulässige Websites</translation>
        </message>
        <message>
            <source>one site a line, e.g. https://www.example.com</source>
            <translation>eine Website pro Zeile, z. B. https://www.example.com</translation>
        </message>
        <message>
            <source>&amp;Accepting submissions</source>
            <translation>&amp;Nimmt Einsendungen an</translation>
        </message>
        <message>
            <source>Accepting submissions</source>
            <translation>Nimmt Einsendungen an</translation>
        </message>
        <message>
            <source>The form asks</source>
            <translation>Das Formular fragt ab</translation>
        </message>
        <message>
            <source>Must be filled in</source>
            <translation>Pflichtfelder</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <source>Then go to</source>
            <translation>Danach weiter zu</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>Fragt ab</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source>Allowed sites</source>
            <translation>Zulässige Websites</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>on</source>
            <translation>ein</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>&amp;New form…</source>
            <translation>&amp;Neues Formular…</translation>
        </message>
        <message>
            <source>New web form</source>
            <translation>Neues Webformular</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected form</source>
            <translation>Ausgewähltes Formular bearbeiten</translation>
        </message>
        <message>
            <source>Copy &amp;snippet…</source>
            <translation>&amp;Snippet kopieren…</translation>
        </message>
        <message>
            <source>The selected form's HTML</source>
            <translation>HTML des ausgewählten Formulars</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Delete the selected form</source>
            <translation>Ausgewähltes Formular löschen</translation>
        </message>
        <message>
            <source>Delete web form</source>
            <translation>Webformular löschen</translation>
        </message>
        <message>
            <source>Delete '{0}'? Pages that still post it get an error; its leads stay.</source>
            <translation>„{0}“ löschen? Seiten, die es noch absenden, erhalten einen Fehler; seine Leads bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>GanttPage</name>
        <message>
            <source>Critical path</source>
            <translation>Kritischer Pfad</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Preview the Gantt as it will print, then print</source>
            <translation>Druckvorschau des Gantt-Diagramms anzeigen, dann drucken</translation>
        </message>
        <message>
            <source>Export the whole Gantt as an image</source>
            <translation>Gesamtes Gantt-Diagramm als Bild exportieren</translation>
        </message>
        <message>
            <source>Export the whole Gantt as PDF</source>
            <translation>Gesamtes Gantt-Diagramm als PDF exportieren</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Everyone's tasks</source>
            <translation>Aufgaben aller</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Gruppe: {group}</translation>
        </message>
        <message>
            <source>{title}: {n_tasks:,} tasks, {n_links:,} dependencies</source>
            <translation>{title}: {n_tasks:,} Aufgaben, {n_links:,} Abhängigkeiten</translation>
        </message>
        <message>
            <source>Moved “{subject}” and {v1} task(s) after it — Ctrl+Z to undo</source>
            <translation>„{subject}“ und {v1} nachfolgende Aufgabe(n) verschoben — Ctrl+Z zum Rückgängigmachen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Edit lag after “{v0}”{lag}…</source>
            <translation>Verzögerung nach „{v0}“{lag} bearbeiten…</translation>
        </message>
        <message>
            <source>Remove dependency {label}</source>
            <translation>Abhängigkeit {label} entfernen</translation>
        </message>
        <message>
            <source>Export Gantt as PNG</source>
            <translation>Gantt als PNG exportieren</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Saved {path} with the first {rows:,} rows: the other {left_out:,} do not fit in one image. Export as PDF for the whole schedule, or collapse some groups.</source>
            <translation>{path} mit den ersten {rows:,} Zeilen gespeichert: Die übrigen {left_out:,} passen nicht in ein Bild. Exportieren Sie als PDF für den ganzen Zeitplan, oder klappen Sie Gruppen zu.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} gespeichert</translation>
        </message>
        <message>
            <source>Export Gantt as PDF</source>
            <translation>Gantt als PDF exportieren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Could not print: {exc}</source>
            <translation>Drucken fehlgeschlagen: {exc}</translation>
        </message>
    </context>
    <context>
        <name>GanttTree</name>
        <message>
            <source>Tasks in the schedule</source>
            <translation>Aufgaben im Zeitplan</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <source>Search accounts, contacts, leads, deals, documents…  (Ctrl+K)</source>
            <translation>Firmen, Kontakte, Leads, Verkaufschancen, Dokumente suchen…  (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>GroupBox</name>
        <message>
            <source>all of these (AND)</source>
            <translation>alle diese (UND)</translation>
        </message>
        <message>
            <source>any of these (OR)</source>
            <translation>mindestens eine davon (ODER)</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Erfüllt sein müssen</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Bedingung hinzufügen</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Diese Gruppe entfernen</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Gruppe hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>IntegrationDialog</name>
        <message>
            <source>Integration: API tokens, web forms, webhooks</source>
            <translation>Integration: API-Tokens, Webformulare, Webhooks</translation>
        </message>
        <message>
            <source>Integration settings</source>
            <translation>Integrationseinstellungen</translation>
        </message>
        <message>
            <source>API &amp;tokens</source>
            <translation>API-&amp;Tokens</translation>
        </message>
        <message>
            <source>Only an administrator manages {0}.</source>
            <translation>{0} kann nur ein Administrator verwalten.</translation>
        </message>
        <message>
            <source>web forms</source>
            <translation>Webformulare</translation>
        </message>
        <message>
            <source>&amp;Web forms</source>
            <translation>&amp;Webformulare</translation>
        </message>
        <message>
            <source>webhooks</source>
            <translation>Webhooks</translation>
        </message>
        <message>
            <source>Web&amp;hooks</source>
            <translation>Web&amp;hooks</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <source>New article</source>
            <translation>Neuer Artikel</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>HTML exportieren…</translation>
        </message>
        <message>
            <source>Export the article as HTML</source>
            <translation>Artikel als HTML exportieren</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
        <message>
            <source>Export the article as PDF</source>
            <translation>Artikel als PDF exportieren</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the article</source>
            <translation>Artikel bearbeiten</translation>
        </message>
        <message>
            <source>Export article</source>
            <translation>Artikel exportieren</translation>
        </message>
        <message>
            <source>Could not export: {0}</source>
            <translation>Export fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>{0} geschrieben</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>Labels already used on the first sheet are skipped (counted along the rows)</source>
            <translation>Auf dem ersten Bogen bereits verwendete Etiketten werden übersprungen (zeilenweise gezählt)</translation>
        </message>
        <message>
            <source>Draw the label edges (a test print on plain paper)</source>
            <translation>Etikettenränder zeichnen (Testdruck auf Normalpapier)</translation>
        </message>
        <message>
            <source>Start at label:</source>
            <translation>Beginnen bei Etikett:</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Drucken für:</translation>
        </message>
        <message>
            <source>Addresses are set in the post's capitals; your own country is left off domestic mail. Contacts with no address of their own go to their company's.</source>
            <translation>Adressen werden in der von der Post verlangten Großschreibung gesetzt; bei Inlandspost entfällt das eigene Land. Kontakte ohne eigene Adresse erhalten die Adresse ihrer Firma.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Could not read the addresses: {exc}</source>
            <translation>Die Adressen konnten nicht gelesen werden: {exc}</translation>
        </message>
        <message>
            <source>Save {mode} as PDF</source>
            <translation>{mode} als PDF speichern</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>Das PDF konnte nicht geschrieben werden: {exc}</translation>
        </message>
        <message>
            <source>Saved the {mode} to {saved}</source>
            <translation>{mode} gespeichert unter {saved}</translation>
        </message>
    </context>
    <context>
        <name>LagDialog</name>
        <message>
            <source>Edit lag</source>
            <translation>Verzögerung bearbeiten</translation>
        </message>
        <message>
            <source> d</source>
            <translation> T</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>How long after the first task ends the second may start. A negative lag is a lead: the second task may start before the first ends.</source>
            <translation>Wie lange nach dem Ende der ersten Aufgabe die zweite beginnen darf. Eine negative Verzögerung ist ein Vorlauf: Die zweite Aufgabe darf beginnen, bevor die erste endet.</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPane</name>
        <message>
            <source>Convert…</source>
            <translation>Umwandeln…</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:16pt'&gt;{score}&lt;/b&gt; points (threshold {threshold}){badge}</source>
            <translation>&lt;b style='font-size:16pt'&gt;{score}&lt;/b&gt; Punkte (Schwelle {threshold}){badge}</translation>
        </message>
    </context>
    <context>
        <name>LeadEditor</name>
        <message>
            <source>Salutation</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>e.g. Dr., Ms</source>
            <translation>z. B. Dr., Frau</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Nachname *</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Weitere E-Mail</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Weiteres Telefon</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>z. B. 250</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Disqualified because</source>
            <translation>Disqualifizierungsgrund</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lebenszyklusphase</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <source>Scoring rules…</source>
            <translation>Bewertungsregeln…</translation>
        </message>
    </context>
    <context>
        <name>LettersDialog</name>
        <message>
            <source>Letters — {title}</source>
            <translation>Serienbriefe — {title}</translation>
        </message>
        <message>
            <source>Insert a merge field…</source>
            <translation>Seriendruckfeld einfügen…</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Betreff:</translation>
        </message>
        <message>
            <source>Letter:</source>
            <translation>Brief:</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Drucken für:</translation>
        </message>
        <message>
            <source>A line break prints where you type it; a blank line starts a paragraph. A field that may be empty for someone goes inside {% if contact.title %}…{% endif %}.</source>
            <translation>Ein Zeilenumbruch wird dort gedruckt, wo Sie ihn eingeben; eine Leerzeile beginnt einen neuen Absatz. Ein Feld, das bei manchen leer sein kann, gehört in {% if contact.title %}…{% endif %}.</translation>
        </message>
        <message>
            <source>The template is ready.</source>
            <translation>Die Vorlage ist fertig.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source> … and {count:,} more</source>
            <translation> … und {count:,} weitere</translation>
        </message>
        <message>
            <source>⚠ Nothing printed: {letters} would have a blank. {shown}{more}. Fill in the values, or put the field inside {{% if … %}}…{{% endif %}}.</source>
            <translation>⚠ Nichts gedruckt: {letters} hätten eine Lücke. {shown}{more}. Füllen Sie die Werte aus, oder setzen Sie das Feld in {{% if … %}}…{{% endif %}}.</translation>
        </message>
        <message>
            <source>Nobody in the list has a postal address.</source>
            <translation>Niemand in der Liste hat eine Postanschrift.</translation>
        </message>
        <message>
            <source>Save the letters as PDF</source>
            <translation>Die Briefe als PDF speichern</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>Das PDF konnte nicht geschrieben werden: {exc}</translation>
        </message>
        <message>
            <source>Saved the letters to {saved}</source>
            <translation>Briefe gespeichert unter {saved}</translation>
        </message>
    </context>
    <context>
        <name>LockWaitNotice</name>
        <message>
            <source>{TEXT}

The save goes through as soon as it has finished (waiting {v1} s).</source>
            <translation>{TEXT}

Das Speichern wird ausgeführt, sobald der Vorgang abgeschlossen ist (Wartezeit {v1} s).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Database busy</source>
            <translation>Datenbank ausgelastet</translation>
        </message>
    </context>
    <context>
        <name>MailFetcher</name>
        <message>
            <source>No mail account reads mail: add an IMAP server in Email settings</source>
            <translation>Kein E-Mail-Konto ruft E-Mails ab: Tragen Sie in den E-Mail-Einstellungen einen IMAP-Server ein</translation>
        </message>
        <message>
            <source>Fetching mail…</source>
            <translation>E-Mails werden abgerufen…</translation>
        </message>
        <message>
            <source>Fetching mail failed: {0}</source>
            <translation>E-Mail-Abruf fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Mail: {0} read, {1} logged on timelines, {2} new leads, {3} bounces</source>
            <translation>E-Mail: {0} gelesen, {1} in Zeitleisten erfasst, {2} neue Leads, {3} Unzustellbare</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>Settings — Email</source>
            <translation>Einstellungen — E-Mail</translation>
        </message>
        <message>
            <source>Mail account</source>
            <translation>E-Mail-Konto</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Sender n&amp;ame</source>
            <translation>Absender&amp;name</translation>
        </message>
        <message>
            <source>Sender &amp;address</source>
            <translation>Absender&amp;adresse</translation>
        </message>
        <message>
            <source>Mails a &amp;minute</source>
            <translation>E-Mails pro &amp;Minute</translation>
        </message>
        <message>
            <source>Lead &amp;capture address</source>
            <translation>Adresse für &amp;Lead-Erfassung</translation>
        </message>
        <message>
            <source>SMTP &amp;server</source>
            <translation>SMTP-&amp;Server</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>SMTP-Port</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>SMTP-Sicherheit</translation>
        </message>
        <message>
            <source>SMTP user</source>
            <translation>SMTP-Benutzer</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>SMTP-Passwort</translation>
        </message>
        <message>
            <source>&amp;IMAP server</source>
            <translation>&amp;IMAP-Server</translation>
        </message>
        <message>
            <source>IMAP port</source>
            <translation>IMAP-Port</translation>
        </message>
        <message>
            <source>IMAP security</source>
            <translation>IMAP-Sicherheit</translation>
        </message>
        <message>
            <source>IMAP user</source>
            <translation>IMAP-Benutzer</translation>
        </message>
        <message>
            <source>IMAP password</source>
            <translation>IMAP-Passwort</translation>
        </message>
        <message>
            <source>Sent folder</source>
            <translation>Ordner „Gesendet“</translation>
        </message>
        <message>
            <source>Copy sent mail</source>
            <translation>Gesendete E-Mails kopieren</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Testen</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Save the account</source>
            <translation>Konto speichern</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Absender</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Senden (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP)</source>
            <translation>Abrufen (IMAP)</translation>
        </message>
        <message>
            <source>Put a copy in the Sent folder</source>
            <translation>Kopie im Ordner „Gesendet“ ablegen</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>im Schlüsselbund des Systems gespeichert; leer lassen, um es beizubehalten</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>Neues Konto…</translation>
        </message>
        <message>
            <source>Saved {0}. Press Test to check the connection.</source>
            <translation>{0} gespeichert. Klicken Sie auf „Testen“, um die Verbindung zu prüfen.</translation>
        </message>
        <message>
            <source>Signing in to {0}…</source>
            <translation>Anmeldung bei {0}…</translation>
        </message>
        <message>
            <source>Sending: {0}</source>
            <translation>Senden: {0}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Reading: {0}</source>
            <translation>Abrufen: {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Opening {what}…</source>
            <translation>{what} wird geöffnet…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Wird geöffnet…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>D&amp;ubletten suchen…</translation>
        </message>
        <message>
            <source>Company &amp;settings…</source>
            <translation>Fir&amp;meneinstellungen…</translation>
        </message>
        <message>
            <source>Custom &amp;fields…</source>
            <translation>Benutzerdefinierte &amp;Felder…</translation>
        </message>
        <message>
            <source>&amp;Automation rules…</source>
            <translation>&amp;Automatisierungsregeln…</translation>
        </message>
        <message>
            <source>&amp;Users and teams…</source>
            <translation>Benutzer und &amp;Teams…</translation>
        </message>
        <message>
            <source>&amp;Integration (API, web forms, webhooks)…</source>
            <translation>Inte&amp;gration (API, Webformulare, Webhooks)…</translation>
        </message>
        <message>
            <source>Connect to a &amp;team server…</source>
            <translation>Mit einem Team-Server &amp;verbinden…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Open / Edit	F2</source>
            <translation>&amp;Öffnen / Bearbeiten	F2</translation>
        </message>
        <message>
            <source>&amp;Delete	Del</source>
            <translation>&amp;Löschen	Del</translation>
        </message>
        <message>
            <source>&amp;Assign to…</source>
            <translation>&amp;Zuweisen an…</translation>
        </message>
        <message>
            <source>&amp;Standardise…</source>
            <translation>&amp;Vereinheitlichen…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Customer &amp;value…</source>
            <translation>Kunden&amp;wert…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Rapport</source>
            <translation>&amp;Über Rapport</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Records of this page have no owner to assign.</source>
            <translation>Die Datensätze dieser Seite haben kein Feld „Verantwortlich“ zum Zuweisen.</translation>
        </message>
        <message>
            <source>Standardise works on the Contacts, Accounts and Leads lists</source>
            <translation>Vereinheitlichen funktioniert in den Listen Kontakte, Firmen und Leads</translation>
        </message>
        <message>
            <source>Refreshed</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>About Rapport</source>
            <translation>Über Rapport</translation>
        </message>
        <message>
            <source>Rapport {__version__}
An open-source desktop CRM.

{v1}</source>
            <translation>Rapport {__version__}
Ein Open-Source-CRM für den Desktop.

{v1}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Map the columns</source>
            <translation>Spalten zuordnen</translation>
        </message>
        <message>
            <source>Suggested from the column names; the preview shows the rows as they will be stored.</source>
            <translation>Anhand der Spaltennamen vorgeschlagen; die Vorschau zeigt die Zeilen so, wie sie gespeichert werden.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Erster Wert</translation>
        </message>
        <message>
            <source>Rapport field</source>
            <translation>Rapport-Feld</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>{label} (custom field)</source>
            <translation>{label} (benutzerdefiniertes Feld)</translation>
        </message>
    </context>
    <context>
        <name>MergeConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>Save merged</source>
            <translation>Zusammengeführt speichern</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>NpsAnswersDialog</name>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>No contact (an anonymous answer)</source>
            <translation>Kein Kontakt (anonyme Antwort)</translation>
        </message>
        <message>
            <source>What they said (optional)</source>
            <translation>Was die Person gesagt hat (optional)</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>Antwort hinzufügen</translation>
        </message>
        <message>
            <source>Delete selected</source>
            <translation>Ausgewählte löschen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Ähnlichkeit</translation>
        </message>
        <message>
            <source>answered on</source>
            <translation>beantwortet am</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>&lt;b&gt;New answer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Neue Antwort&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{v0:,} answers shown · {promoters} promoters, {detractors} detractors · NPS {score}</source>
            <translation>{v0:,} Antworten angezeigt · {promoters} Promotoren, {detractors} Detraktoren · NPS {score}</translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <source>Existing records and a dry run</source>
            <translation>Vorhandene Datensätze und Testlauf</translation>
        </message>
        <message>
            <source>The import is one step (Ctrl+Z undoes it); the dry run checks everything and changes nothing.</source>
            <translation>Der Import erfolgt in einem Schritt (Ctrl+Z macht ihn rückgängig); der Testlauf prüft alles und ändert nichts.</translation>
        </message>
        <message>
            <source>Refused rows are saved unchanged, with the reason in an added column, after the import</source>
            <translation>Abgelehnte Zeilen werden nach dem Import unverändert gespeichert, mit dem Grund in einer zusätzlichen Spalte</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Testlauf</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Zuordnung speichern…</translation>
        </message>
        <message>
            <source>Columns and value translations as JSON for `rapport import --mapping`</source>
            <translation>Spalten und Wertübersetzungen als JSON für `rapport import --mapping`</translation>
        </message>
        <message>
            <source>the default pipeline</source>
            <translation>die Standard-Pipeline</translation>
        </message>
        <message>
            <source>Skip rows that look like an existing record (the dry run lists them)</source>
            <translation>Zeilen überspringen, die einem vorhandenen Datensatz ähneln (der Testlauf listet sie auf)</translation>
        </message>
        <message>
            <source>Run automation rules for the imported records</source>
            <translation>Automatisierungsregeln für die importierten Datensätze ausführen</translation>
        </message>
        <message>
            <source>Off: the import triggers no rule, as `rapport import --no-rules`</source>
            <translation>Aus: Der Import löst keine Regel aus, wie `rapport import --no-rules`</translation>
        </message>
        <message>
            <source>An existing record is the one with the same</source>
            <translation>Ein Datensatz gilt als vorhanden bei gleichem Wert in</translation>
        </message>
        <message>
            <source>When a row matches one</source>
            <translation>Wenn eine Zeile einem vorhandenen Datensatz entspricht</translation>
        </message>
        <message>
            <source>When a row is refused</source>
            <translation>Wenn eine Zeile abgelehnt wird</translation>
        </message>
        <message>
            <source>Deals go into the pipeline</source>
            <translation>Verkaufschancen kommen in die Pipeline</translation>
        </message>
        <message>
            <source>Currency of amounts without one</source>
            <translation>Währung für Beträge ohne Währungsangabe</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Zuordnung speichern</translation>
        </message>
        <message>
            <source>Mapping files (*.json)</source>
            <translation>Zuordnungsdateien (*.json)</translation>
        </message>
    </context>
    <context>
        <name>OwnerPicker</name>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>{v0} owners</source>
            <translation>{v0} Verantwortliche</translation>
        </message>
    </context>
    <context>
        <name>PipelinesDialog</name>
        <message>
            <source>Pipelines</source>
            <translation>Pipelines</translation>
        </message>
        <message>
            <source>Default pipeline for new deals</source>
            <translation>Standard-Pipeline für neue Verkaufschancen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New pipeline</source>
            <translation>Neue Pipeline</translation>
        </message>
        <message>
            <source>Delete pipeline</source>
            <translation>Pipeline löschen</translation>
        </message>
    </context>
    <context>
        <name>PriceListsDialog</name>
        <message>
            <source>Price lists</source>
            <translation>Preislisten</translation>
        </message>
        <message>
            <source>New price list…</source>
            <translation>Neue Preisliste…</translation>
        </message>
        <message>
            <source>Double-click a list price to change it; clear it to use the standard price. Ctrl+Z undoes.</source>
            <translation>Listenpreis per Doppelklick ändern; leeren, um den Standardpreis zu verwenden. Ctrl+Z macht rückgängig.</translation>
        </message>
        <message>
            <source>New price list</source>
            <translation>Neue Preisliste</translation>
        </message>
        <message>
            <source>Name (e.g. Wholesale, Export USD):</source>
            <translation>Name (z. B. Großhandel, Export USD):</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Währung:</translation>
        </message>
        <message>
            <source>Price of {sku} saved</source>
            <translation>Preis für {sku} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>SKU *</source>
            <translation>Artikelnummer *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>pc, h, day, kg…</source>
            <translation>Stk., h, Tag, kg…</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Tax rate %</source>
            <translation>Steuersatz %</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>pc</source>
            <translation>Stk.</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>Price lists…</source>
            <translation>Preislisten…</translation>
        </message>
        <message>
            <source>Prices per customer group or currency that override the unit price</source>
            <translation>Preise je Kundengruppe oder Währung, die den Einzelpreis ersetzen</translation>
        </message>
    </context>
    <context>
        <name>RecipientsChoice</name>
        <message>
            <source>All {total:,} {noun} in this list</source>
            <translation>Alle {total:,} {noun} in dieser Liste</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPane</name>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Timeline ({v0})</source>
            <translation>Zeitleiste ({v0})</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <source>New {singular}</source>
            <translation>Neu: {singular}</translation>
        </message>
        <message>
            <source>New {singular} (Ctrl+N)</source>
            <translation>Neu: {singular} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Export the {noun} this list shows (CSV, Excel)</source>
            <translation>Die in dieser Liste angezeigten {noun} exportieren (CSV, Excel)</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>{text} konnte nicht gelöscht werden: {exc}</translation>
        </message>
        <message>
            <source>{v0}{v1} moved to the trash</source>
            <translation>{v0}{v1} in den Papierkorb verschoben</translation>
        </message>
    </context>
    <context>
        <name>ReminderWatcher</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Could not check reminders: {exc}</source>
            <translation>Erinnerungen konnten nicht geprüft werden: {exc}</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <source>by {b}</source>
            <translation>nach {b}</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Suchen…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>The order of the rows</source>
            <translation>Reihenfolge der Zeilen</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>Absteigend</translation>
        </message>
        <message>
            <source>Most rows</source>
            <translation>Max. Zeilen</translation>
        </message>
        <message>
            <source>Top </source>
            <translation>Top </translation>
        </message>
        <message>
            <source>The most rows (groups) the report shows</source>
            <translation>Maximale Anzahl Zeilen (Gruppen), die der Bericht anzeigt</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Gruppieren nach</translation>
        </message>
        <message>
            <source>then</source>
            <translation>dann</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Alle Verantwortlichen</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Beliebiges Tag</translation>
        </message>
        <message>
            <source>No segment</source>
            <translation>Kein Segment</translation>
        </message>
        <message>
            <source>Default order</source>
            <translation>Standardreihenfolge</translation>
        </message>
        <message>
            <source>Sort by {v0}</source>
            <translation>Sortieren nach {v0}</translation>
        </message>
    </context>
    <context>
        <name>ReportChart</name>
        <message>
            <source>Stacked</source>
            <translation>Gestapelt</translation>
        </message>
        <message>
            <source>Group the report by a field to see a chart.</source>
            <translation>Gruppieren Sie den Bericht nach einem Feld, um ein Diagramm zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Saved reports</source>
            <translation>Gespeicherte Berichte</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>A new report</source>
            <translation>Neuer Bericht</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Rename report</source>
            <translation>Bericht umbenennen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete report</source>
            <translation>Bericht löschen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved reports&lt;/b&gt;</source>
            <translation>&lt;b&gt;Gespeicherte Berichte&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>Run the report (Ctrl+R)</source>
            <translation>Bericht ausführen (Ctrl+R)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the report (Ctrl+S)</source>
            <translation>Bericht speichern (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Print the report (Ctrl+P)</source>
            <translation>Bericht drucken (Ctrl+P)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>This saved report cannot be read: {problem}</source>
            <translation>Dieser gespeicherte Bericht kann nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {problem}</source>
            <translation>„{name}“ kann nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>&lt;span style='color:{v0}'&gt;{message}&lt;/span&gt;</source>
            <translation>&lt;span style='color:{v0}'&gt;{message}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>{rows} in {elapsed_ms:,.0f} ms{cut}</source>
            <translation>{rows} in {elapsed_ms:,.0f} ms{cut}</translation>
        </message>
        <message>
            <source>Export {v0}</source>
            <translation>{v0} exportieren</translation>
        </message>
        <message>
            <source>Could not write {name}: {exc}</source>
            <translation>{name} konnte nicht geschrieben werden: {exc}</translation>
        </message>
        <message>
            <source>Exported {v0} to {path}</source>
            <translation>{v0} exportiert nach {path}</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>Edit rule</source>
            <translation>Regel bearbeiten</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Neue Regel</translation>
        </message>
        <message>
            <source>e.g. Welcome call for new contacts</source>
            <translation>z. B. Begrüßungsanruf für neue Kontakte</translation>
        </message>
        <message>
            <source>any value</source>
            <translation>beliebiger Wert</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gewonnen</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>verloren</translation>
        </message>
        <message>
            <source>days after the date; negative: before it</source>
            <translation>Tage nach dem Datum; negativ: davor</translation>
        </message>
        <message>
            <source>every year (birthdays, anniversaries)</source>
            <translation>jedes Jahr (Geburtstage, Jahrestage)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Minutes before the breach</source>
            <translation>Minuten vor der Überschreitung</translation>
        </message>
        <message>
            <source>SLA target</source>
            <translation>SLA-Ziel</translation>
        </message>
        <message>
            <source>first response</source>
            <translation>Erstreaktion</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>Lösung</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>any mail; or words its subject must contain</source>
            <translation>jede E-Mail; oder Wörter, die im Betreff stehen müssen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Changes to</source>
            <translation>Ändert sich zu</translation>
        </message>
        <message>
            <source>Changes from</source>
            <translation>Ändert sich von</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Score reaches</source>
            <translation>Bewertung erreicht</translation>
        </message>
        <message>
            <source>Date field</source>
            <translation>Datumsfeld</translation>
        </message>
        <message>
            <source>Days after</source>
            <translation>Tage danach</translation>
        </message>
        <message>
            <source>Quiet for days</source>
            <translation>Ruhig seit Tagen</translation>
        </message>
        <message>
            <source>Before the breach</source>
            <translation>Vor der Überschreitung</translation>
        </message>
        <message>
            <source>Of the</source>
            <translation>Der</translation>
        </message>
        <message>
            <source>Subject contains</source>
            <translation>Betreff enthält</translation>
        </message>
        <message>
            <source>Deals, activities and documents: every record (no conditions).</source>
            <translation>Verkaufschancen, Aktivitäten und Dokumente: jeder Datensatz (keine Bedingungen).</translation>
        </message>
        <message>
            <source>If</source>
            <translation>Wenn</translation>
        </message>
        <message>
            <source>subject, value, tag, URL ...</source>
            <translation>Betreff, Wert, Tag, URL ...</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>whom the owner is chosen from, in turn</source>
            <translation>Personen, unter denen der Verantwortliche reihum gewählt wird</translation>
        </message>
        <message>
            <source>every active user</source>
            <translation>alle aktiven Benutzer</translation>
        </message>
        <message>
            <source>team {team_name}</source>
            <translation>Team {team_name}</translation>
        </message>
        <message>
            <source>by territory (its users)</source>
            <translation>nach Gebiet (dessen Benutzer)</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Dokumenttyp</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>sales order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Template document</source>
            <translation>Vorlagedokument</translation>
        </message>
        <message>
            <source>the document whose lines the new one copies</source>
            <translation>das Dokument, dessen Positionen das neue übernimmt</translation>
        </message>
        <message>
            <source>the deal's own lines</source>
            <translation>die eigenen Positionen der Verkaufschance</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Aktion hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Dann</translation>
        </message>
        <message>
            <source>Switched on</source>
            <translation>Eingeschaltet</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>the email template's name</source>
            <translation>Name der E-Mail-Vorlage</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <source>Save refused rows…</source>
            <translation>Abgelehnte Zeilen speichern…</translation>
        </message>
        <message>
            <source>Each refused row unchanged, with the reason in an added column</source>
            <translation>Jede abgelehnte Zeile unverändert, mit dem Grund in einer zusätzlichen Spalte</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Imported {v0:,} {kind} — Ctrl+Z to undo</source>
            <translation>{v0:,} {kind} importiert — Ctrl+Z zum Rückgängigmachen</translation>
        </message>
        <message>
            <source>Save refused rows</source>
            <translation>Abgelehnte Zeilen speichern</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>{v0}
Cannot save the refused rows: {exc}</source>
            <translation>{v0}
Die abgelehnten Zeilen können nicht gespeichert werden: {exc}</translation>
        </message>
        <message>
            <source>Refused rows saved to {name}</source>
            <translation>Abgelehnte Zeilen gespeichert unter {name}</translation>
        </message>
        <message>
            <source>Nothing was imported.
{message}</source>
            <translation>Es wurde nichts importiert.
{message}</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsBar</name>
        <message>
            <source>Switch to a saved view of this list</source>
            <translation>Zu einer gespeicherten Ansicht dieser Liste wechseln</translation>
        </message>
        <message>
            <source>Save view as…</source>
            <translation>Ansicht speichern unter…</translation>
        </message>
        <message>
            <source>Delete this view</source>
            <translation>Diese Ansicht löschen</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Ansicht speichern</translation>
        </message>
        <message>
            <source>Name of this view:</source>
            <translation>Name dieser Ansicht:</translation>
        </message>
        <message>
            <source>Could not save the view: {exc}</source>
            <translation>Die Ansicht konnte nicht gespeichert werden: {exc}</translation>
        </message>
        <message>
            <source>View “{v0}” saved</source>
            <translation>Ansicht „{v0}“ gespeichert</translation>
        </message>
        <message>
            <source>Could not delete the view: {exc}</source>
            <translation>Die Ansicht konnte nicht gelöscht werden: {exc}</translation>
        </message>
        <message>
            <source>View “{name}” deleted</source>
            <translation>Ansicht „{name}“ gelöscht</translation>
        </message>
    </context>
    <context>
        <name>ScoringDialog</name>
        <message>
            <source>Lead scoring rules</source>
            <translation>Lead-Bewertungsregeln</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Regel hinzufügen</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Regel entfernen</translation>
        </message>
        <message>
            <source>Points for field values (tests ignore case)</source>
            <translation>Punkte für Feldwerte (Tests ignorieren Groß-/Kleinschreibung)</translation>
        </message>
        <message>
            <source>Scoring rules saved; every lead was rescored</source>
            <translation>Bewertungsregeln gespeichert; alle Leads wurden neu bewertet</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>The secret</source>
            <translation>Das Geheimnis</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the secret to the clipboard</source>
            <translation>Geheimnis in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>In die Zwischenablage kopiert.</translation>
        </message>
    </context>
    <context>
        <name>SegmentBuilder</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. German customers</source>
            <translation>z. B. Kunden in Deutschland</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>{v0} segment of {v1}</source>
            <translation>{v0} – Segment für {v1}</translation>
        </message>
        <message>
            <source>{count:,} {noun} match</source>
            <translation>{count:,} {noun} entsprechen</translation>
        </message>
    </context>
    <context>
        <name>SegmentIndexer</name>
        <message>
            <source>The segment's index was not built: other programs kept writing to the database. The segment works without it; it is built after the segment's next change</source>
            <translation>Der Index des Segments wurde nicht erstellt: Andere Programme haben fortlaufend in die Datenbank geschrieben. Das Segment funktioniert auch ohne ihn; er wird nach der nächsten Änderung des Segments erstellt</translation>
        </message>
        <message>
            <source>Segment index ready in {seconds:.1f} s: the segment now counts from its index</source>
            <translation>Segmentindex in {seconds:.1f} s fertig: Das Segment zählt jetzt über seinen Index</translation>
        </message>
        <message>
            <source>The segment's old index was dropped: its conditions no longer use it</source>
            <translation>Der alte Index des Segments wurde entfernt: Seine Bedingungen verwenden ihn nicht mehr</translation>
        </message>
        <message>
            <source>The segment already has its index</source>
            <translation>Das Segment hat bereits seinen Index</translation>
        </message>
    </context>
    <context>
        <name>SegmentsButton</name>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>New segment…</source>
            <translation>Neues Segment…</translation>
        </message>
        <message>
            <source>Edit this segment…</source>
            <translation>Dieses Segment bearbeiten…</translation>
        </message>
        <message>
            <source>Delete this segment</source>
            <translation>Dieses Segment löschen</translation>
        </message>
        <message>
            <source>Speed up this segment</source>
            <translation>Dieses Segment beschleunigen</translation>
        </message>
        <message>
            <source>Build an index for the segment's 'is' conditions in the background (automatic on large lists)</source>
            <translation>Im Hintergrund einen Index für die „ist“-Bedingungen des Segments erstellen (bei großen Listen automatisch)</translation>
        </message>
        <message>
            <source>Delete segment</source>
            <translation>Segment löschen</translation>
        </message>
        <message>
            <source>Move the segment “{name}” to the trash?</source>
            <translation>Segment „{name}“ in den Papierkorb verschieben?</translation>
        </message>
        <message>
            <source>Could not delete the segment: {exc}</source>
            <translation>Das Segment konnte nicht gelöscht werden: {exc}</translation>
        </message>
        <message>
            <source>Segment “{name}” moved to the trash</source>
            <translation>Segment „{name}“ in den Papierkorb verschoben</translation>
        </message>
    </context>
    <context>
        <name>SequenceEditor</name>
        <message>
            <source>Drip sequences</source>
            <translation>Drip-Sequenzen</translation>
        </message>
        <message>
            <source>Sequences</source>
            <translation>Sequenzen</translation>
        </message>
        <message>
            <source>&amp;New sequence</source>
            <translation>&amp;Neue Sequenz</translation>
        </message>
        <message>
            <source>New sequence</source>
            <translation>Neue Sequenz</translation>
        </message>
        <message>
            <source>Sequence name</source>
            <translation>Name der Sequenz</translation>
        </message>
        <message>
            <source>&amp;Active (paused: nobody moves on)</source>
            <translation>&amp;Aktiv (pausiert: niemand rückt weiter)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Add &amp;email</source>
            <translation>&amp;E-Mail hinzufügen</translation>
        </message>
        <message>
            <source>Add &amp;wait</source>
            <translation>&amp;Wartezeit hinzufügen</translation>
        </message>
        <message>
            <source>Add &amp;task</source>
            <translation>Auf&amp;gabe hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Sending from hour (UTC)</source>
            <translation>Senden ab Stunde (UTC)</translation>
        </message>
        <message>
            <source>Sending until hour (UTC)</source>
            <translation>Senden bis Stunde (UTC)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>h UTC on</source>
            <translation>Uhr UTC an</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>keine Begrenzung</translation>
        </message>
        <message>
            <source>Mails per hour at most</source>
            <translation>Höchstens E-Mails pro Stunde</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Sending window</source>
            <translation>Sendezeitfenster</translation>
        </message>
        <message>
            <source>Mails per &amp;hour</source>
            <translation>E-Mails pro &amp;Stunde</translation>
        </message>
        <message>
            <source>Steps, in order (double-click to edit):</source>
            <translation>Schritte in Reihenfolge (Doppelklick zum Bearbeiten):</translation>
        </message>
        <message>
            <source>{name} (paused)</source>
            <translation>{name} (pausiert)</translation>
        </message>
        <message>
            <source>Enrolled: {counts}</source>
            <translation>Eingeschrieben: {counts}</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>noch niemand</translation>
        </message>
        <message>
            <source>Sequence '{name}' saved</source>
            <translation>Sequenz „{name}“ gespeichert</translation>
        </message>
    </context>
    <context>
        <name>SequenceRunner</name>
        <message>
            <source>Sequences: {error}</source>
            <translation>Sequenzen: {error}</translation>
        </message>
        <message>
            <source>Sequences: {mails} mail(s) queued, {tasks} task(s) created</source>
            <translation>Sequenzen: {mails} E-Mail(s) eingereiht, {tasks} Aufgabe(n) angelegt</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Could not {what} “{v1}”: {exc}</source>
            <translation>„{v1}“ – {what} fehlgeschlagen: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Rapport</source>
            <translation>Bei Rapport anmelden</translation>
        </message>
        <message>
            <source>Team database: {server}</source>
            <translation>Team-Datenbank: {server}</translation>
        </message>
        <message>
            <source>you@company.com</source>
            <translation>sie@firma.de</translation>
        </message>
        <message>
            <source>Keep me signed in on this computer</source>
            <translation>Auf diesem Computer angemeldet bleiben</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the sign-in in safely</source>
            <translation>Dieser Computer hat keinen Schlüsselbund, in dem die Anmeldung sicher gespeichert werden kann</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Type your email and password.</source>
            <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
        </message>
    </context>
    <context>
        <name>SlaReportDialog</name>
        <message>
            <source>SLA compliance</source>
            <translation>SLA-Einhaltung</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Gruppieren nach</translation>
        </message>
        <message>
            <source>SLA compliance by group</source>
            <translation>SLA-Einhaltung nach Gruppe</translation>
        </message>
        <message>
            <source>A target counts once it is met or breached; tickets still inside their time are left out.</source>
            <translation>Ein Ziel zählt, sobald es erfüllt oder überschritten ist; Tickets, deren Zeit noch läuft, werden nicht berücksichtigt.</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>&amp;Group by</source>
            <translation>&amp;Gruppieren nach</translation>
        </message>
    </context>
    <context>
        <name>SnippetDialog</name>
        <message>
            <source>HTML for '{0}'</source>
            <translation>HTML für „{0}“</translation>
        </message>
        <message>
            <source>Where the API is reached</source>
            <translation>Wo die API erreichbar ist</translation>
        </message>
        <message>
            <source>The HTML snippet</source>
            <translation>Das HTML-Snippet</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the HTML to the clipboard</source>
            <translation>HTML in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API-Adresse</translation>
        </message>
        <message>
            <source>Copied: paste it into the web page.</source>
            <translation>Kopiert: Fügen Sie es in die Webseite ein.</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>{name} deals</source>
            <translation>Verkaufschancen in {name}</translation>
        </message>
        <message>
            <source> (last 30 days)</source>
            <translation> (letzte 30 Tage)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{stage}&lt;/b&gt; &lt;span style='color:{muted}'&gt;· {count:,}{closed}&lt;/span&gt;&lt;br&gt;{totals}&lt;br&gt;&lt;span style='color:{muted}'&gt;weighted {weighted} · {probability}%&lt;/span&gt;</source>
            <translation>&lt;b&gt;{stage}&lt;/b&gt; &lt;span style='color:{muted}'&gt;· {count:,}{closed}&lt;/span&gt;&lt;br&gt;{totals}&lt;br&gt;&lt;span style='color:{muted}'&gt;gewichtet {weighted} · {probability}%&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>StandardiseDialog</name>
        <message>
            <source>Standardise {singular}s</source>
            <translation>{singular}: vereinheitlichen</translation>
        </message>
        <message>
            <source>Looking for changes in {scope}…</source>
            <translation>Suche nach Änderungen in {scope}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Alle ankreuzen</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Alle abwählen</translation>
        </message>
        <message>
            <source>Apply ticked changes</source>
            <translation>Angekreuzte Änderungen übernehmen</translation>
        </message>
        <message>
            <source>{changes:,} change(s) to {records:,} {singular}(s). Untick what should stay as it is, then apply; Ctrl+Z undoes the whole standardisation.</source>
            <translation>{changes:,} Änderung(en) an {records:,} Datensätzen ({singular}). Entfernen Sie das Häkchen bei allem, was bleiben soll, und übernehmen Sie dann; Ctrl+Z macht die ganze Vereinheitlichung rückgängig.</translation>
        </message>
        <message>
            <source>Nothing to change: these {singular}s are already standard.</source>
            <translation>Nichts zu ändern: Diese Datensätze ({singular}) sind bereits einheitlich.</translation>
        </message>
        <message>
            <source>Applying {v0:,} change(s)…</source>
            <translation>{v0:,} Änderung(en) werden übernommen…</translation>
        </message>
        <message>
            <source>Standardised {value:,} {singular}(s)</source>
            <translation>{value:,} Datensätze ({singular}) vereinheitlicht</translation>
        </message>
        <message>
            <source>Standardised {value:,} {singular}(s).</source>
            <translation>{value:,} Datensätze ({singular}) vereinheitlicht.</translation>
        </message>
    </context>
    <context>
        <name>SuggestionList</name>
        <message>
            <source>Suggested products</source>
            <translation>Vorgeschlagene Produkte</translation>
        </message>
        <message>
            <source>Add to quote</source>
            <translation>Zum Angebot hinzufügen</translation>
        </message>
        <message>
            <source>Add the selected suggestion to the quote</source>
            <translation>Ausgewählten Vorschlag zum Angebot hinzufügen</translation>
        </message>
        <message>
            <source>Add the selected suggestion as a line (Ctrl+Shift+S)</source>
            <translation>Ausgewählten Vorschlag als Position hinzufügen (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>No suggestions yet.</source>
            <translation>Noch keine Vorschläge.</translation>
        </message>
        <message>
            <source>Suggested for this customer</source>
            <translation>Vorschläge für diesen Kunden</translation>
        </message>
        <message>
            <source>Why: </source>
            <translation>Begründung: </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Sync status</source>
            <translation>Synchronisierungsstatus</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Send this laptop's changes and fetch the office's (Shift+F9; F9 fetches mail)</source>
            <translation>Änderungen dieses Laptops senden und die des Büros abrufen (Shift+F9; F9 ruft E-Mails ab)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Synchronisierungskonflikte</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Offline, last synced %1, 1 change waiting</source>
            <translation>Offline, zuletzt synchronisiert %1, 1 Änderung ausstehend</translation>
        </message>
        <message>
            <source>Offline, last synced %1, %2 changes waiting</source>
            <translation>Offline, zuletzt synchronisiert %1, %2 Änderungen ausstehend</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 Konflikt</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>%1 Konflikte</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Wird synchronisiert…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Synchronisierung fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>TagManager</name>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Tag-Name</translation>
        </message>
        <message>
            <source>Choose the colour</source>
            <translation>Farbe auswählen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Rename / recolour</source>
            <translation>Umbenennen / Farbe ändern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Tags are shared by every list. Deleting one moves it to the trash.</source>
            <translation>Tags gelten für alle Listen. Beim Löschen wird ein Tag in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Tag löschen</translation>
        </message>
        <message>
            <source>Move the tag “{name}” to the trash? Records keep it if you restore it.</source>
            <translation>Tag „{name}“ in den Papierkorb verschieben? Datensätze behalten es, wenn Sie es wiederherstellen.</translation>
        </message>
    </context>
    <context>
        <name>TaggedEditor</name>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
    </context>
    <context>
        <name>TagsButton</name>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Tag or untag the selected records</source>
            <translation>Ausgewählte Datensätze taggen oder Tag entfernen</translation>
        </message>
        <message>
            <source>Add tag to {count} selected</source>
            <translation>Tag zu {count} ausgewählten hinzufügen</translation>
        </message>
        <message>
            <source>Remove tag from {count} selected</source>
            <translation>Tag von {count} ausgewählten entfernen</translation>
        </message>
        <message>
            <source>Manage tags…</source>
            <translation>Tags verwalten…</translation>
        </message>
        <message>
            <source>Could not change the tags: {exc}</source>
            <translation>Die Tags konnten nicht geändert werden: {exc}</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Neue Aufgabe</translation>
        </message>
        <message>
            <source>New task (Ctrl+N)</source>
            <translation>Neue Aufgabe (Ctrl+N)</translation>
        </message>
        <message>
            <source>Log call</source>
            <translation>Anruf erfassen</translation>
        </message>
        <message>
            <source>Log a call (Ctrl+L, C) — from any record page it is linked to the record</source>
            <translation>Anruf erfassen (Ctrl+L, C) — auf einer Datensatzseite wird er mit dem Datensatz verknüpft</translation>
        </message>
        <message>
            <source>Log meeting</source>
            <translation>Besprechung erfassen</translation>
        </message>
        <message>
            <source>Log a meeting (Ctrl+L, M)</source>
            <translation>Besprechung erfassen (Ctrl+L, M)</translation>
        </message>
        <message>
            <source>Print a call sheet</source>
            <translation>Anrufliste drucken</translation>
        </message>
        <message>
            <source>Print a call sheet: the calls and meetings of a day, with numbers (Ctrl+P)</source>
            <translation>Anrufliste drucken: die Anrufe und Besprechungen eines Tages mit Telefonnummern (Ctrl+P)</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Zugewiesen an</translation>
        </message>
        <message>
            <source>Tick a task or press Space to complete it · Enter opens it · Ctrl+Z undoes</source>
            <translation>Aufgabe ankreuzen oder Leertaste drücken, um sie abzuschließen · Enter öffnet sie · Ctrl+Z macht rückgängig</translation>
        </message>
        <message>
            <source>Could not complete the task: {exc}</source>
            <translation>Die Aufgabe konnte nicht abgeschlossen werden: {exc}</translation>
        </message>
        <message>
            <source>Completed {what} — Ctrl+Z to undo</source>
            <translation>{what} erledigt — Ctrl+Z zum Rückgängigmachen</translation>
        </message>
        <message>
            <source>Log {kind}</source>
            <translation>{kind} erfassen</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>{text} konnte nicht gelöscht werden: {exc}</translation>
        </message>
        <message>
            <source>{v0}{v1} moved to the trash</source>
            <translation>{v0}{v1} in den Papierkorb verschoben</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailPane</name>
        <message>
            <source>Conversation</source>
            <translation>Konversation</translation>
        </message>
        <message>
            <source>Write a reply… (R to start, Ctrl+Enter to send)</source>
            <translation>Antwort schreiben… (R zum Beginnen, Ctrl+Enter zum Senden)</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>&amp;Internal note</source>
            <translation>&amp;Interne Notiz</translation>
        </message>
        <message>
            <source>Internal note, not sent to the customer</source>
            <translation>Interne Notiz, wird nicht an den Kunden gesendet</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>Antwort senden (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Antwort senden</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Lösen</translation>
        </message>
        <message>
            <source>Mark the ticket resolved (Ctrl+Shift+R)</source>
            <translation>Ticket als gelöst markieren (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Resolve ticket</source>
            <translation>Ticket lösen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit ticket</source>
            <translation>Ticket bearbeiten</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Verknüpfen…</translation>
        </message>
        <message>
            <source>Link a deal or document of the ticket's account</source>
            <translation>Eine Verkaufschance oder ein Dokument der Firma des Tickets verknüpfen</translation>
        </message>
        <message>
            <source>Link to a deal or document</source>
            <translation>Mit Verkaufschance oder Dokument verknüpfen</translation>
        </message>
        <message>
            <source>CSAT…</source>
            <translation>CSAT…</translation>
        </message>
        <message>
            <source>Record how satisfied the customer is (1-5), once resolved</source>
            <translation>Erfassen, wie zufrieden der Kunde ist (1–5), sobald das Ticket gelöst ist</translation>
        </message>
        <message>
            <source>Record customer satisfaction</source>
            <translation>Kundenzufriedenheit erfassen</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>nicht zugewiesen</translation>
        </message>
        <message>
            <source>CSAT {0}/5</source>
            <translation>CSAT {0}/5</translation>
        </message>
        <message>
            <source>{0} priority</source>
            <translation>Priorität {0}</translation>
        </message>
        <message>
            <source>Suggested articles: {0}</source>
            <translation>Vorgeschlagene Artikel: {0}</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>Erstreaktion</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Lösung</translation>
        </message>
        <message>
            <source>by {0} working time</source>
            <translation>bis {0} Arbeitszeit</translation>
        </message>
        <message>
            <source>{0} working time left</source>
            <translation>{0} Arbeitszeit verbleibend</translation>
        </message>
        <message>
            <source>Clock paused: waiting for the customer</source>
            <translation>Uhr angehalten: Warten auf den Kunden</translation>
        </message>
        <message>
            <source>No SLA target running</source>
            <translation>Kein SLA-Ziel aktiv</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>jemand</translation>
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>All tickets</source>
            <translation>Alle Tickets</translation>
        </message>
        <message>
            <source>Any assignee</source>
            <translation>Alle Bearbeiter</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Tags</translation>
        </message>
        <message>
            <source>New ticket</source>
            <translation>Neues Ticket</translation>
        </message>
        <message>
            <source>Search tickets</source>
            <translation>Tickets durchsuchen</translation>
        </message>
        <message>
            <source>Ticket queue</source>
            <translation>Ticket-Warteschlange</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Merge the other selected ticket into the current one (Ctrl+M)</source>
            <translation>Das andere ausgewählte Ticket mit dem aktuellen zusammenführen (Ctrl+M)</translation>
        </message>
        <message>
            <source>Merge tickets</source>
            <translation>Tickets zusammenführen</translation>
        </message>
        <message>
            <source>SLA report…</source>
            <translation>SLA-Bericht…</translation>
        </message>
        <message>
            <source>First responses and resolutions on time, by period, priority, team</source>
            <translation>Erstreaktionen und Lösungen innerhalb der Frist, nach Zeitraum, Priorität, Team</translation>
        </message>
        <message>
            <source>SLA compliance report</source>
            <translation>SLA-Einhaltungsbericht</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <source>My team's</source>
            <translation>Mein Team</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Nicht zugewiesen</translation>
        </message>
        <message>
            <source>Breaching soon</source>
            <translation>Bald überschritten</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>Warten auf Kunden</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>Alle offenen</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(im Papierkorb)</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Zusammengeführt in</translation>
        </message>
        <message>
            <source>Merged from</source>
            <translation>Zusammengeführt aus</translation>
        </message>
        <message>
            <source>Could not change {0}: {1}</source>
            <translation>{0} konnte nicht geändert werden: {1}</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>Niemand (nicht zugewiesen)</translation>
        </message>
        <message>
            <source>Assigned {0}</source>
            <translation>{0} zugewiesen</translation>
        </message>
        <message>
            <source>Priority of {0} set to </source>
            <translation>Priorität von {0} gesetzt auf </translation>
        </message>
        <message>
            <source>Note added to {0}</source>
            <translation>Notiz zu {0} hinzugefügt</translation>
        </message>
        <message>
            <source>Select two tickets to merge: the current one is kept</source>
            <translation>Wählen Sie zwei Tickets zum Zusammenführen aus: Das aktuelle bleibt erhalten</translation>
        </message>
        <message>
            <source>Could not merge: {0}</source>
            <translation>Zusammenführen fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Merged {0} into {1}</source>
            <translation>{0} in {1} zusammengeführt</translation>
        </message>
        <message>
            <source>Article: {0}</source>
            <translation>Artikel: {0}</translation>
        </message>
        <message>
            <source>No deal, document or suggested article to link</source>
            <translation>Keine Verkaufschance, kein Dokument und kein vorgeschlagener Artikel zum Verknüpfen</translation>
        </message>
        <message>
            <source>Linked {0}</source>
            <translation>{0} verknüpft</translation>
        </message>
        <message>
            <source>very satisfied</source>
            <translation>sehr zufrieden</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>zufrieden</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <source>dissatisfied</source>
            <translation>unzufrieden</translation>
        </message>
        <message>
            <source>very dissatisfied</source>
            <translation>sehr unzufrieden</translation>
        </message>
        <message>
            <source>CSAT {0} recorded for {1}</source>
            <translation>CSAT {0} für {1} erfasst</translation>
        </message>
        <message>
            <source>Resolved {0}</source>
            <translation>{0} gelöst</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Double-click or press Enter to open an entry</source>
            <translation>Doppelklicken oder Enter drücken, um einen Eintrag zu öffnen</translation>
        </message>
        <message>
            <source>Open {label}</source>
            <translation>{label} öffnen</translation>
        </message>
    </context>
    <context>
        <name>TokenEditor</name>
        <message>
            <source>New API token</source>
            <translation>Neues API-Token</translation>
        </message>
        <message>
            <source>what it is for, e.g. web shop</source>
            <translation>wofür es gedacht ist, z. B. Webshop</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Token-Name</translation>
        </message>
        <message>
            <source>Whose token</source>
            <translation>Token von</translation>
        </message>
        <message>
            <source>&amp;Read: every list and record</source>
            <translation>&amp;Lesen: alle Listen und Datensätze</translation>
        </message>
        <message>
            <source>&amp;Write: read, create, change, trash</source>
            <translation>&amp;Schreiben: lesen, anlegen, ändern, in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>&amp;Leads: create leads only (a web site's key)</source>
            <translation>Lea&amp;ds: nur Leads anlegen (Schlüssel für eine Website)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Berechtigungen</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
    </context>
    <context>
        <name>TokensPage</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Berechtigungen</translation>
        </message>
        <message>
            <source>Starts with</source>
            <translation>Beginnt mit</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt verwendet</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>&amp;Neues Token…</translation>
        </message>
        <message>
            <source>New API token</source>
            <translation>Neues API-Token</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Widerrufen…</translation>
        </message>
        <message>
            <source>Revoke the selected token</source>
            <translation>Ausgewähltes Token widerrufen</translation>
        </message>
        <message>
            <source>A token acts as its user, with that user's permissions.</source>
            <translation>Ein Token handelt als sein Benutzer, mit dessen Berechtigungen.</translation>
        </message>
        <message>
            <source>API token created</source>
            <translation>API-Token angelegt</translation>
        </message>
        <message>
            <source>Copy the token for {0} now: it is stored only as a hash and is not shown again.</source>
            <translation>Kopieren Sie das Token für {0} jetzt: Es wird nur als Hash gespeichert und nicht erneut angezeigt.</translation>
        </message>
        <message>
            <source>Revoke token</source>
            <translation>Token widerrufen</translation>
        </message>
        <message>
            <source>Revoke '{0}' of {1}? Whatever uses it is refused from its next call.</source>
            <translation>„{0}“ von {1} widerrufen? Alles, was es verwendet, wird ab dem nächsten Aufruf abgewiesen.</translation>
        </message>
        <message>
            <source>Token '{0}' revoked</source>
            <translation>Token „{0}“ widerrufen</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Delete permanently…</source>
            <translation>Endgültig löschen…</translation>
        </message>
        <message>
            <source>Could not restore {text}: {exc}</source>
            <translation>{text} konnte nicht wiederhergestellt werden: {exc}</translation>
        </message>
        <message>
            <source>Restored {text}</source>
            <translation>{text} wiederhergestellt</translation>
        </message>
        <message>
            <source>Could not delete: {exc}</source>
            <translation>Löschen fehlgeschlagen: {exc}</translation>
        </message>
        <message>
            <source>Permanently deleted {count} record(s)</source>
            <translation>{count} Datensätze endgültig gelöscht</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>Delete {text} permanently?

This cannot be undone, not even with Ctrl+Z.</source>
            <translation>{text} endgültig löschen?

Dies kann nicht rückgängig gemacht werden, auch nicht mit Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>UserEditor</name>
        <message>
            <source>(no team)</source>
            <translation>(kein Team)</translation>
        </message>
        <message>
            <source>at least 8 characters</source>
            <translation>mindestens 8 Zeichen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>Erstes Passwort</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users and teams</source>
            <translation>Benutzer und Teams</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>{name} can no longer sign in. Who takes over their records?</source>
            <translation>{name} kann sich nicht mehr anmelden. Wer übernimmt die Datensätze?</translation>
        </message>
        <message>
            <source>Deactivated {name}; {count:,} records went to {name2}</source>
            <translation>{name} deaktiviert; {count:,} Datensätze gingen an {name2}</translation>
        </message>
        <message>
            <source>Add team</source>
            <translation>Team hinzufügen</translation>
        </message>
        <message>
            <source>Name of the new team:</source>
            <translation>Name des neuen Teams:</translation>
        </message>
    </context>
    <context>
        <name>ValueEditor</name>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>values, separated by commas</source>
            <translation>Werte, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>and</source>
            <translation>und</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Translate the values</source>
            <translation>Werte übersetzen</translation>
        </message>
        <message>
            <source>Each value found in the file beside the value it becomes here. Values we know are fine, the others are guessed. F2, Enter or typing changes the selected one.</source>
            <translation>Jeder in der Datei gefundene Wert neben dem Wert, zu dem er hier wird. Bekannte Werte sind korrekt, die übrigen sind geschätzt. F2, Enter oder Tippen ändert den ausgewählten.</translation>
        </message>
        <message>
            <source>Stages of the pipeline</source>
            <translation>Phasen der Pipeline</translation>
        </message>
        <message>
            <source>The values cannot be checked: {error}</source>
            <translation>Die Werte können nicht geprüft werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>ViewEnv</name>
        <message>
            <source>{message} — Ctrl+Z to undo</source>
            <translation>{message} — Ctrl+Z zum Rückgängigmachen</translation>
        </message>
    </context>
    <context>
        <name>WebhookEditor</name>
        <message>
            <source>New webhook</source>
            <translation>Neuer Webhook</translation>
        </message>
        <message>
            <source>what it is for, e.g. ERP</source>
            <translation>wofür er gedacht ist, z. B. ERP</translation>
        </message>
        <message>
            <source>Webhook name</source>
            <translation>Webhook-Name</translation>
        </message>
        <message>
            <source>https://erp.example.com/rapport</source>
            <translation>https://erp.example.com/rapport</translation>
        </message>
        <message>
            <source>Address the events are sent to</source>
            <translation>Adresse, an die die Ereignisse gesendet werden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Abonnieren</translation>
        </message>
    </context>
    <context>
        <name>WebhooksPage</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>on</source>
            <translation>ein</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>Fehlschläge</translation>
        </message>
        <message>
            <source>{0} in a row</source>
            <translation>{0} in Folge</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>Subscribe a URL to record events</source>
            <translation>Eine URL für Datensatzereignisse abonnieren</translation>
        </message>
        <message>
            <source>Switch &amp;on/off</source>
            <translation>&amp;Ein-/ausschalten</translation>
        </message>
        <message>
            <source>Switch the selected webhook on or off</source>
            <translation>Ausgewählten Webhook ein- oder ausschalten</translation>
        </message>
        <message>
            <source>Show &amp;secret…</source>
            <translation>&amp;Geheimnis anzeigen…</translation>
        </message>
        <message>
            <source>The selected webhook's signing secret</source>
            <translation>Signaturgeheimnis des ausgewählten Webhooks</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>Ent&amp;fernen…</translation>
        </message>
        <message>
            <source>Remove the selected webhook</source>
            <translation>Ausgewählten Webhook entfernen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Latest deliveries of the selected webhook</source>
            <translation>Letzte Zustellungen des ausgewählten Webhooks</translation>
        </message>
        <message>
            <source>Latest deliveries</source>
            <translation>Letzte Zustellungen</translation>
        </message>
        <message>
            <source>Webhook signing secret</source>
            <translation>Signaturgeheimnis des Webhooks</translation>
        </message>
        <message>
            <source>Give this secret to the receiver: each delivery carries an X-Rapport-Signature header (HMAC-SHA256 of the body under this secret) that proves it came from Rapport.</source>
            <translation>Geben Sie dieses Geheimnis dem Empfänger: Jede Zustellung enthält einen X-Rapport-Signature-Header (HMAC-SHA256 des Inhalts mit diesem Geheimnis), der belegt, dass sie von Rapport stammt.</translation>
        </message>
        <message>
            <source>Remove webhook</source>
            <translation>Webhook entfernen</translation>
        </message>
        <message>
            <source>Remove '{0}'? Events still waiting are not sent; its log stays.</source>
            <translation>„{0}“ entfernen? Noch wartende Ereignisse werden nicht gesendet; sein Protokoll bleibt erhalten.</translation>
        </message>
    </context>
    <context>
        <name>activities.actions</name>
        <message>
            <source>Import calendar (.ics)…</source>
            <translation>Kalender importieren (.ics)…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Kalender exportieren (.ics)…</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>A&amp;ktivitäten</translation>
        </message>
        <message>
            <source>Log &amp;call</source>
            <translation>&amp;Anruf erfassen</translation>
        </message>
        <message>
            <source>Log &amp;meeting</source>
            <translation>&amp;Besprechung erfassen</translation>
        </message>
        <message>
            <source>New &amp;task</source>
            <translation>Neue Auf&amp;gabe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Import calendar</source>
            <translation>Kalender importieren</translation>
        </message>
        <message>
            <source>iCalendar (*.ics);;All files (*)</source>
            <translation>iCalendar (*.ics);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Could not read {path}: {exc}</source>
            <translation>{path} konnte nicht gelesen werden: {exc}</translation>
        </message>
        <message>
            <source>{name} was not imported (nothing was changed): {exc}</source>
            <translation>{name} wurde nicht importiert (nichts wurde geändert): {exc}</translation>
        </message>
        <message>
            <source>Imported {name}: {v1}</source>
            <translation>{name} importiert: {v1}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Could not export the calendar: {exc}</source>
            <translation>Der Kalender konnte nicht exportiert werden: {exc}</translation>
        </message>
        <message>
            <source>Exported {count:,} tasks and meetings to {path}</source>
            <translation>{count:,} Aufgaben und Besprechungen nach {path} exportiert</translation>
        </message>
    </context>
    <context>
        <name>calendar.edits</name>
        <message>
            <source>Could not move “{subject}”: {exc}</source>
            <translation>„{subject}“ konnte nicht verschoben werden: {exc}</translation>
        </message>
        <message>
            <source>{v0} “{subject}” {what} — Ctrl+Z to undo</source>
            <translation>{v0} „{subject}“ {what} — Ctrl+Z zum Rückgängigmachen</translation>
        </message>
        <message>
            <source>“{subject}” now due {v1:%a %d %b} — Ctrl+Z to undo</source>
            <translation>„{subject}“ jetzt fällig am {v1:%a %d %b} — Ctrl+Z zum Rückgängigmachen</translation>
        </message>
    </context>
    <context>
        <name>common.columns</name>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Quell-ID</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Weiteres Telefon</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Weitere E-Mail</translation>
        </message>
    </context>
    <context>
        <name>common.file_dialogs</name>
        <message>
            <source>Rapport's own database</source>
            <translation>Rapports eigene Datenbank</translation>
        </message>
        <message>
            <source>{name} is the database Rapport has open. Choose another file.</source>
            <translation>{name} ist die Datenbank, die Rapport geöffnet hat. Wählen Sie eine andere Datei.</translation>
        </message>
    </context>
    <context>
        <name>common.form_dialog</name>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Ich</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>Niemand (nicht zugewiesen)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>State, province or county</source>
            <translation>Bundesland, Kanton oder Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Two letters, e.g. DE</source>
            <translation>Zwei Buchstaben, z. B. DE</translation>
        </message>
    </context>
    <context>
        <name>common.merge_conflict</name>
        <message>
            <source>Could not save</source>
            <translation>Speichern fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>common.pdf_dialog</name>
        <message>
            <source>Preview…</source>
            <translation>Vorschau…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>common.printing</name>
        <message>
            <source>Print preview: {title}</source>
            <translation>Druckvorschau: {title}</translation>
        </message>
    </context>
    <context>
        <name>host</name>
        <message>
            <source>Select a contact, lead, account, deal or document to email</source>
            <translation>Wählen Sie einen Kontakt, Lead, eine Firma, Verkaufschance oder ein Dokument aus, um eine E-Mail zu senden</translation>
        </message>
        <message>
            <source>&amp;Email…</source>
            <translation>&amp;E-Mail…</translation>
        </message>
        <message>
            <source>Fetc&amp;h mail</source>
            <translation>E-Mails &amp;abrufen</translation>
        </message>
        <message>
            <source>Email se&amp;ttings…</source>
            <translation>E-Mail-Ein&amp;stellungen…</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Dann</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Jahresumsatz</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primär</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnummer</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Tax %</source>
            <translation>Steuer %</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Ausgestellt</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Ähnlichkeit</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Lebenszyklus</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>RFM segment</source>
            <translation>RFM-Segment</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Letzter Auftrag</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Offene Verkaufschancen</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognose</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Verkaufschance</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Search number, account, notes…</source>
            <translation>Nummer, Firma, Notizen suchen…</translation>
        </message>
        <message>
            <source>products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>Search SKU, name, description…</source>
            <translation>Artikelnummer, Name, Beschreibung suchen…</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Search name, company, email, phone…</source>
            <translation>Name, Firma, E-Mail, Telefon suchen…</translation>
        </message>
        <message>
            <source>records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Suchen…</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Firmen</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>Firmen</translation>
        </message>
        <message>
            <source>Search name, website, email, phone…</source>
            <translation>Name, Website, E-Mail, Telefon suchen…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Search name, email, phone, company…</source>
            <translation>Name, E-Mail, Telefon, Firma suchen…</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Quell-ID</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Weiteres Telefon</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Weitere E-Mail</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>deleted records</source>
            <translation>gelöschte Datensätze</translation>
        </message>
        <message>
            <source>Search the trash…</source>
            <translation>Papierkorb durchsuchen…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Wissensdatenbank</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Search title, category, text…</source>
            <translation>Titel, Kategorie, Text suchen…</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Search number, subject, description…</source>
            <translation>Nummer, Betreff, Beschreibung suchen…</translation>
        </message>
    </context>
    <context>
        <name>lists.export_action</name>
        <message>
            <source>Exporting {noun}…</source>
            <translation>{noun} werden exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export {noun}</source>
            <translation>{noun} exportieren</translation>
        </message>
        <message>
            <source>Could not export to {name}: {exc}</source>
            <translation>Export nach {name} fehlgeschlagen: {exc}</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Export abgebrochen</translation>
        </message>
        <message>
            <source>Exported {count:,} {noun} to {name}</source>
            <translation>{count:,} {noun} nach {name} exportiert</translation>
        </message>
    </context>
    <context>
        <name>lists.print_action</name>
        <message>
            <source>Preparing the {noun} for printing…</source>
            <translation>{noun} werden für den Druck vorbereitet…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Save {noun} as PDF</source>
            <translation>{noun} als PDF speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write {name}: {exc}</source>
            <translation>{name} konnte nicht geschrieben werden: {exc}</translation>
        </message>
        <message>
            <source>Saved the {noun} list to {name}</source>
            <translation>Liste ({noun}) gespeichert unter {name}</translation>
        </message>
        <message>
            <source>Cannot print the {noun}: {exc}</source>
            <translation>{noun} können nicht gedruckt werden: {exc}</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Drucken abgebrochen</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Print the {noun} this list shows (Ctrl+P), {tip}or save them as PDF</source>
            <translation>Die in dieser Liste angezeigten {noun} drucken (Ctrl+P), {tip}oder als PDF speichern</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Liste drucken…</translation>
        </message>
        <message>
            <source>Save list as PDF…</source>
            <translation>Liste als PDF speichern…</translation>
        </message>
        <message>
            <source>Mailing labels…</source>
            <translation>Adressetiketten…</translation>
        </message>
        <message>
            <source>Envelopes…</source>
            <translation>Briefumschläge…</translation>
        </message>
        <message>
            <source>Letters…</source>
            <translation>Serienbriefe…</translation>
        </message>
    </context>
    <context>
        <name>lists.record_page</name>
        <message>
            <source>All owners</source>
            <translation>Alle Verantwortlichen</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Tags</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>No segment</source>
            <translation>Kein Segment</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Alle Länder</translation>
        </message>
    </context>
    <context>
        <name>records.contacts_preview</name>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
    </context>
    <context>
        <name>reports.result_model</name>
        <message>
            <source>Report result</source>
            <translation>Berichtsergebnis</translation>
        </message>
    </context>
    <context>
        <name>settings.users</name>
        <message>
            <source>Only an administrator manages users and teams.</source>
            <translation>Nur ein Administrator verwaltet Benutzer und Teams.</translation>
        </message>
    </context>
    <context>
        <name>shell.open_error</name>
        <message>
            <source>If the path has a typo, quit and start Rapport with the right one. Or create a new, empty database at this path.</source>
            <translation>Falls der Pfad einen Tippfehler enthält, beenden Sie Rapport und starten Sie es mit dem richtigen Pfad. Oder legen Sie unter diesem Pfad eine neue, leere Datenbank an.</translation>
        </message>
        <message>
            <source>Create a new database</source>
            <translation>Neue Datenbank anlegen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>The language changes when Rapport next starts.</source>
            <translation>Die Sprache wird beim nächsten Start von Rapport geändert.</translation>
        </message>
    </context>
</TS>
