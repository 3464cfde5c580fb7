<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name />
        <message>
            <source>BREACHED {0}</source>
            <translation>DÉPASSÉ {0}</translation>
        </message>
        <message>
            <source>paused, {0}</source>
            <translation>en pause, {0}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Objet *</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Titre *</translation>
        </message>
        <message>
            <source>Text (Markdown)</source>
            <translation>Texte (Markdown)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>First response met</source>
            <translation>Première réponse dans les délais</translation>
        </message>
        <message>
            <source>Resolution met</source>
            <translation>Résolution dans les délais</translation>
        </message>
        <message>
            <source>Mean first response</source>
            <translation>Délai moyen de première réponse</translation>
        </message>
        <message>
            <source>Mean resolution</source>
            <translation>Délai moyen de résolution</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailPane</name>
        <message>
            <source>Schedule</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>The Gantt of this account's tasks and its deals' tasks</source>
            <translation>Diagramme de Gantt des tâches de ce compte et des tâches de ses affaires</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>info@example.com</source>
            <translation>info@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Chiffre d'affaires annuel</translation>
        </message>
        <message>
            <source>e.g. 1,250,000</source>
            <translation>ex. 1,250,000</translation>
        </message>
        <message>
            <source>Revenue currency</source>
            <translation>Devise du chiffre d'affaires</translation>
        </message>
        <message>
            <source>e.g. EUR</source>
            <translation>ex. EUR</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employés</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>ex. 250</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documents dans</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Objet *</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Toute la journée</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>e.g. Acme HQ, room 4</source>
            <translation>ex. Siège Acme, salle 4</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>Me le rappeler le</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Attribué à</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <source>Group / project</source>
            <translation>Groupe / projet</translation>
        </message>
        <message>
            <source>e.g. Acme rollout</source>
            <translation>ex. Déploiement Acme</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Link to a contact, account or lead: type a name…</source>
            <translation>Lier à un contact, un compte ou un prospect : saisissez un nom…</translation>
        </message>
        <message>
            <source>Unlink all</source>
            <translation>Tout délier</translation>
        </message>
        <message>
            <source>Regarding:</source>
            <translation>Concerne :</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>A&amp;pparence</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>AssignMenu</name>
        <message>
            <source>Assign to</source>
            <translation>Attribuer à</translation>
        </message>
        <message>
            <source>Assign the selected records to</source>
            <translation>Attribuer les enregistrements sélectionnés à</translation>
        </message>
        <message>
            <source>Assign {0} selected to:</source>
            <translation>Attribuer les {0} sélectionnés à :</translation>
        </message>
        <message>
            <source>Assign {0} to {1}</source>
            <translation>Attribuer {0} à {1}</translation>
        </message>
        <message>
            <source>Could not assign {0}: {1}</source>
            <translation>Impossible d'attribuer {0} : {1}</translation>
        </message>
        <message>
            <source>{0} of {1} assigned to {2}</source>
            <translation>{0} sur {1} attribué(s) à {2}</translation>
        </message>
    </context>
    <context>
        <name>AssignmentBox</name>
        <message>
            <source>New leads and accounts without an owner</source>
            <translation>Nouveaux prospects et comptes sans propriétaire</translation>
        </message>
        <message>
            <source>Owner of a new record without one</source>
            <translation>Propriétaire d'un nouvel enregistrement qui n'en a pas</translation>
        </message>
        <message>
            <source>the person who creates it</source>
            <translation>la personne qui le crée</translation>
        </message>
        <message>
            <source>by territory: its users in turn</source>
            <translation>par territoire : ses utilisateurs à tour de rôle</translation>
        </message>
        <message>
            <source>in turn among team {0}</source>
            <translation>à tour de rôle dans l'équipe {0}</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>&amp;Prospects</translation>
        </message>
        <message>
            <source>A&amp;ccounts</source>
            <translation>&amp;Comptes</translation>
        </message>
        <message>
            <source>Assign new leads</source>
            <translation>Attribuer les nouveaux prospects</translation>
        </message>
        <message>
            <source>Assign new accounts</source>
            <translation>Attribuer les nouveaux comptes</translation>
        </message>
        <message>
            <source>&amp;Save rule</source>
            <translation>&amp;Enregistrer la règle</translation>
        </message>
        <message>
            <source>Save the assignment rule</source>
            <translation>Enregistrer la règle d'attribution</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>Pr&amp;opriétaire</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Saved: it applies to the next record created.</source>
            <translation>Enregistrée : elle s'applique au prochain enregistrement créé.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit entries</source>
            <translation>Entrées du journal d'audit</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Tous les enregistrements</translation>
        </message>
        <message>
            <source>Changes since</source>
            <translation>Modifications depuis le</translation>
        </message>
        <message>
            <source>Changes until</source>
            <translation>Modifications jusqu'au</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Could not read the audit log: {exc}</source>
            <translation>Impossible de lire le journal d'audit : {exc}</translation>
        </message>
    </context>
    <context>
        <name>AutomationDialog</name>
        <message>
            <source>Automation rules</source>
            <translation>Règles d'automatisation</translation>
        </message>
        <message>
            <source>Select a rule and press Dry run: which records it would act on now, and what it would do.</source>
            <translation>Sélectionnez une règle et cliquez sur Simulation : les enregistrements sur lesquels elle agirait maintenant, et ce qu'elle ferait.</translation>
        </message>
        <message>
            <source>Undo this run</source>
            <translation>Annuler cette exécution</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run log&lt;/b&gt;</source>
            <translation>&lt;b&gt;Journal d'exécution&lt;/b&gt;</translation>
        </message>
        <message>
            <source>'{name}' switched {v1}</source>
            <translation>« {name} » : {v1}</translation>
        </message>
        <message>
            <source>{v0} ready-made rule(s) added, switched off</source>
            <translation>{v0} règle(s) prête(s) à l'emploi ajoutée(s), désactivée(s)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {note}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; : {note}</translation>
        </message>
        <message>
            <source>{action} on {record_type}: {outcome}{error}</source>
            <translation>{action} sur {record_type} : {outcome}{error}</translation>
        </message>
    </context>
    <context>
        <name>AutomationRunner</name>
        <message>
            <source>Automation: {error}</source>
            <translation>Automatisation : {error}</translation>
        </message>
        <message>
            <source>Automation: acted on {acted} record(s), {delivered} webhook(s) sent</source>
            <translation>Automatisation : {acted} enregistrement(s) traité(s), {delivered} webhook(s) envoyé(s)</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Search deal or account…</source>
            <translation>Rechercher une affaire ou un compte…</translation>
        </message>
        <message>
            <source>Stale after days</source>
            <translation>Inactive après (jours)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>A deal with no stage move and no activity for this long, and nothing planned, is shown as stale</source>
            <translation>Une affaire sans changement d'étape ni activité depuis cette durée, et sans rien de planifié, est signalée comme inactive</translation>
        </message>
        <message>
            <source>Stale after</source>
            <translation>Inactive après</translation>
        </message>
        <message>
            <source>Pipelines…</source>
            <translation>Pipelines…</translation>
        </message>
        <message>
            <source>Add, rename and reorder pipelines and their stages</source>
            <translation>Ajouter, renommer et réordonner les pipelines et leurs étapes</translation>
        </message>
        <message>
            <source>No pipeline yet.</source>
            <translation>Aucun pipeline pour l'instant.</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Nouvelle affaire</translation>
        </message>
        <message>
            <source>Add a deal (Ctrl+N)</source>
            <translation>Ajouter une affaire (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open deal</source>
            <translation>Ouvrir l'affaire</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Supprimer l'affaire</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Tous les propriétaires</translation>
        </message>
        <message>
            <source>Could not move “{name}”: {exc}</source>
            <translation>Impossible de déplacer « {name} » : {exc}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Create quote…</source>
            <translation>Créer un devis…</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Déplacer vers</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Deal won</source>
            <translation>Affaire gagnée</translation>
        </message>
        <message>
            <source>Won amount for “{name}” ({currency}):</source>
            <translation>Montant gagné pour « {name} » ({currency}) :</translation>
        </message>
        <message>
            <source>“{text}” is not an amount</source>
            <translation>« {text} » n'est pas un montant</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Affaire perdue</translation>
        </message>
        <message>
            <source>Why was “{name}” lost?</source>
            <translation>Pourquoi « {name} » a-t-elle été perdue ?</translation>
        </message>
        <message>
            <source>{count:,} open deals</source>
            <translation>{count:,} affaires ouvertes</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>Impossible de supprimer {text} : {exc}</translation>
        </message>
        <message>
            <source>Deal “{name}” moved to the trash</source>
            <translation>Affaire « {name} » placée dans la corbeille</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Aller à aujourd'hui (T)</translation>
        </message>
        <message>
            <source>Earlier (← or PgUp)</source>
            <translation>Plus tôt (← ou PgUp)</translation>
        </message>
        <message>
            <source>Later (→ or PgDn)</source>
            <translation>Plus tard (→ ou PgDn)</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>New meeting (Ctrl+N); or double-click a free slot</source>
            <translation>Nouvelle réunion (Ctrl+N) ; ou double-cliquez sur un créneau libre</translation>
        </message>
        <message>
            <source>Import calendar (.ics)…</source>
            <translation>Importer un calendrier (.ics)…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Exporter le calendrier (.ics)…</translation>
        </message>
        <message>
            <source>iCalendar</source>
            <translation>iCalendar</translation>
        </message>
        <message>
            <source>Import or export meetings and tasks as an .ics file (as in the File menu)</source>
            <translation>Importer ou exporter des réunions et des tâches au format .ics (comme dans le menu Fichier)</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Attribué à</translation>
        </message>
        <message>
            <source>{meetings:,} meetings and calls · {tasks:,} tasks</source>
            <translation>{meetings:,} réunions et appels · {tasks:,} tâches</translation>
        </message>
    </context>
    <context>
        <name>CallSheetDialog</name>
        <message>
            <source>Print a call sheet</source>
            <translation>Imprimer une feuille d'appels</translation>
        </message>
        <message>
            <source>Whose:</source>
            <translation>De qui :</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Jour :</translation>
        </message>
        <message>
            <source>Open tasks due that day (and overdue up to 30 days), meetings that day, each with the person's numbers, the deal and the last contact, and room to write the outcome.</source>
            <translation>Tâches ouvertes à échéance ce jour-là (et en retard jusqu'à 30 jours), réunions de ce jour-là, chacune avec les numéros de la personne, l'affaire et le dernier contact, et de la place pour noter le résultat.</translation>
        </message>
        <message>
            <source>There is no user to print a call sheet for.</source>
            <translation>Aucun utilisateur pour qui imprimer une feuille d'appels.</translation>
        </message>
        <message>
            <source>Could not read the tasks: {exc}</source>
            <translation>Impossible de lire les tâches : {exc}</translation>
        </message>
        <message>
            <source>Save the call sheet as PDF</source>
            <translation>Enregistrer la feuille d’appels en PDF</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>Impossible d'écrire le PDF : {exc}</translation>
        </message>
        <message>
            <source>Saved the call sheet to {saved}</source>
            <translation>Feuille d'appels enregistrée dans {saved}</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>Edit campaign</source>
            <translation>Modifier la campagne</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>{name} ({entity_type}s)</source>
            <translation>{name} ({entity_type}s)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>De&amp;vise</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>&amp;Actual cost</source>
            <translation>Coût &amp;réel</translation>
        </message>
        <message>
            <source>Mail te&amp;mplate</source>
            <translation>&amp;Modèle d'e-mail</translation>
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
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Actual cost</source>
            <translation>Coût réel</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <source>Cost per lead</source>
            <translation>Coût par prospect</translation>
        </message>
        <message>
            <source>Won revenue</source>
            <translation>Chiffre d'affaires gagné</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Nouveaux clients</translation>
        </message>
        <message>
            <source>CAC</source>
            <translation>CAC</translation>
        </message>
        <message>
            <source>&amp;New campaign</source>
            <translation>&amp;Nouvelle campagne</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>Add se&amp;gment members</source>
            <translation>Ajouter les membres du se&amp;gment</translation>
        </message>
        <message>
            <source>&amp;Send mail</source>
            <translation>&amp;Envoyer l'e-mail</translation>
        </message>
        <message>
            <source>Drip se&amp;quences…</source>
            <translation>Sé&amp;quences automatiques…</translation>
        </message>
        <message>
            <source>Could not read the campaigns: {error}</source>
            <translation>Impossible de lire les campagnes : {error}</translation>
        </message>
        <message>
            <source>No campaign yet: Ctrl+Shift+N makes one.</source>
            <translation>Aucune campagne pour l'instant : Ctrl+Shift+N en crée une.</translation>
        </message>
        <message>
            <source>Campaign '{name}' created</source>
            <translation>Campagne « {name} » créée</translation>
        </message>
        <message>
            <source>Campaign '{name}' saved</source>
            <translation>Campagne « {name} » enregistrée</translation>
        </message>
        <message>
            <source>{n} members added from the segment</source>
            <translation>{n} membres ajoutés depuis le segment</translation>
        </message>
        <message>
            <source>Queue '{name}' to its {n} pending members? Those without email consent are skipped.</source>
            <translation>Mettre « {name} » en file d'attente pour ses {n} membres en attente ? Ceux sans consentement e-mail sont ignorés.</translation>
        </message>
        <message>
            <source>Send campaign</source>
            <translation>Envoyer la campagne</translation>
        </message>
        <message>
            <source>Queueing the campaign's mail…</source>
            <translation>Mise en file d'attente des e-mails de la campagne…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{q} mails queued, {s} suppressed (no consent), {p} still pending</source>
            <translation>{q} e-mails en file d'attente, {s} exclus (sans consentement), {p} encore en attente</translation>
        </message>
        <message>
            <source>1 campaign</source>
            <translation>1 campagne</translation>
        </message>
        <message>
            <source>{n} campaigns</source>
            <translation>{n} campagnes</translation>
        </message>
        <message>
            <source>Delete the campaign '{name}'? Its leads and deals keep their other data.</source>
            <translation>Supprimer la campagne « {name} » ? Ses prospects et affaires conservent leurs autres données.</translation>
        </message>
        <message>
            <source>Delete campaign</source>
            <translation>Supprimer la campagne</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>stale</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>No account</source>
            <translation>Aucun compte</translation>
        </message>
        <message>
            <source>Close {date}</source>
            <translation>Clôture {date}</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>Pas de date de clôture</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Non attribués</translation>
        </message>
        <message>
            <source>{owner} · {days} d in stage</source>
            <translation>{owner} · {days} j dans l’étape</translation>
        </message>
        <message>
            <source>{owner} · {days} d</source>
            <translation>{owner} · {days} j</translation>
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
            <translation>Graphique de rétention par cohorte</translation>
        </message>
        <message>
            <source>Months since becoming a customer</source>
            <translation>Mois depuis la conversion en client</translation>
        </message>
        <message>
            <source>Still customers (%)</source>
            <translation>Toujours clients (%)</translation>
        </message>
    </context>
    <context>
        <name>ColumnChooser</name>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
    </context>
    <context>
        <name>CompanySettingsDialog</name>
        <message>
            <source>Company name *</source>
            <translation>Raison sociale *</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Country (phone numbers)</source>
            <translation>Pays (numéros de téléphone)</translation>
        </message>
        <message>
            <source>Two letters, e.g. DE</source>
            <translation>Deux lettres, ex. FR</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>N° de TVA / identifiant fiscal</translation>
        </message>
        <message>
            <source>Bank details</source>
            <translation>Coordonnées bancaires</translation>
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
            <translation>Devise par défaut</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Conditions de paiement</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documents dans</translation>
        </message>
        <message>
            <source>Device prefix</source>
            <translation>Préfixe de l'appareil</translation>
        </message>
        <message>
            <source>empty, or e.g. LAP1 for an offline laptop</source>
            <translation>vide, ou ex. LAP1 pour un portable hors ligne</translation>
        </message>
        <message>
            <source>{v0} numbers</source>
            <translation>Numéros {v0}</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Paramètres de l'entreprise</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Choisir un logo…</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Company settings saved</source>
            <translation>Paramètres de l'entreprise enregistrés</translation>
        </message>
    </context>
    <context>
        <name>ComposeDialog</name>
        <message>
            <source>Email this document</source>
            <translation>Envoyer ce document par e-mail</translation>
        </message>
        <message>
            <source>New email</source>
            <translation>Nouvel e-mail</translation>
        </message>
        <message>
            <source>Send from account</source>
            <translation>Envoyer depuis le compte</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>(write it here)</source>
            <translation>(saisissez-le ici)</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Dear {{ recipient.first_name }}, …</source>
            <translation>Bonjour {{ recipient.first_name }}, …</translation>
        </message>
        <message>
            <source>Preview with the recipient's values</source>
            <translation>Aperçu avec les valeurs du destinataire</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Modèle</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Objet</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>A&amp;perçu</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>Envoyer (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>You have no mail account yet: add one in Settings &gt; Email.</source>
            <translation>Vous n'avez pas encore de compte de messagerie : ajoutez-en un dans Paramètres &gt; E-mail.</translation>
        </message>
        <message>
            <source>To: {0} &lt;{1}&gt;
Subject: {2}

</source>
            <translation>À : {0} &lt;{1}&gt;
Objet : {2}

</translation>
        </message>
        <message>
            <source>Sending to {0}…</source>
            <translation>Envoi à {0}…</translation>
        </message>
        <message>
            <source>Queued, but not sent yet: {0}</source>
            <translation>En file d'attente, mais pas encore envoyé : {0}</translation>
        </message>
        <message>
            <source>Mail sent</source>
            <translation>E-mail envoyé</translation>
        </message>
        <message>
            <source>Mail queued</source>
            <translation>E-mail en file d'attente</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <source>not</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Remove this condition</source>
            <translation>Supprimer cette condition</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>or type the value to keep</source>
            <translation>ou saisissez la valeur à conserver</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Valeur à conserver</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder la &amp;mienne</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Garder la &amp;leur</translation>
        </message>
        <message>
            <source>&amp;Use this value</source>
            <translation>&amp;Utiliser cette valeur</translation>
        </message>
        <message>
            <source>%1 waiting for a decision; each decision goes to the office at the next sync.</source>
            <translation>%1 en attente de décision ; chaque décision est transmise au bureau lors de la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 conflit</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>%1 conflits</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Aucun conflit.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>La mienne</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>La leur</translation>
        </message>
        <message>
            <source>Office change</source>
            <translation>Modification du bureau</translation>
        </message>
        <message>
            <source>the whole record</source>
            <translation>l'enregistrement entier</translation>
        </message>
    </context>
    <context>
        <name>ConnectServerDialog</name>
        <message>
            <source>Connect to a team server</source>
            <translation>Se connecter à un serveur d'équipe</translation>
        </message>
        <message>
            <source>Server host name</source>
            <translation>Nom d'hôte du serveur</translation>
        </message>
        <message>
            <source>Server port</source>
            <translation>Port du serveur</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Nom de la base de données</translation>
        </message>
        <message>
            <source>Database user</source>
            <translation>Utilisateur de la base de données</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Mot de passe de la base de données</translation>
        </message>
        <message>
            <source>Encryption (sslmode)</source>
            <translation>Chiffrement (sslmode)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>&amp;Initialise a new team database</source>
            <translation>&amp;Initialiser une nouvelle base de données d'équipe</translation>
        </message>
        <message>
            <source>Initialise a new team database</source>
            <translation>Initialiser une nouvelle base de données d'équipe</translation>
        </message>
        <message>
            <source>First administrator's name</source>
            <translation>Nom du premier administrateur</translation>
        </message>
        <message>
            <source>First administrator's email</source>
            <translation>E-mail du premier administrateur</translation>
        </message>
        <message>
            <source>First administrator's password</source>
            <translation>Mot de passe du premier administrateur</translation>
        </message>
        <message>
            <source>The password again</source>
            <translation>Confirmation du mot de passe</translation>
        </message>
        <message>
            <source>Administrator's name</source>
            <translation>Nom de l'administrateur</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>&amp;Host</source>
            <translation>&amp;Hôte</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>&amp;Base de données</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Utilisateur</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>Chi&amp;ffrement</translation>
        </message>
        <message>
            <source>prefer: TLS when the server offers it</source>
            <translation>prefer : TLS si le serveur le propose</translation>
        </message>
        <message>
            <source>require: always TLS</source>
            <translation>require : toujours TLS</translation>
        </message>
        <message>
            <source>verify-ca: TLS, certificate checked</source>
            <translation>verify-ca : TLS, certificat vérifié</translation>
        </message>
        <message>
            <source>verify-full: TLS, certificate and host name checked</source>
            <translation>verify-full : TLS, certificat et nom d'hôte vérifiés</translation>
        </message>
        <message>
            <source>disable: no TLS (a trusted local network only)</source>
            <translation>disable : sans TLS (réseau local de confiance uniquement)</translation>
        </message>
        <message>
            <source>Cannot test: {0}.</source>
            <translation>Test impossible : {0}.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Test the connection first.</source>
            <translation>Testez d'abord la connexion.</translation>
        </message>
        <message>
            <source>No one can sign in there yet: initialise it with its first administrator.</source>
            <translation>Personne ne peut encore s'y connecter : initialisez-la avec son premier administrateur.</translation>
        </message>
        <message>
            <source>Setting up the team database…</source>
            <translation>Configuration de la base de données d'équipe…</translation>
        </message>
        <message>
            <source>Give the first administrator's name and email.</source>
            <translation>Indiquez le nom et l'e-mail du premier administrateur.</translation>
        </message>
        <message>
            <source>Give the first administrator a password.</source>
            <translation>Définissez un mot de passe pour le premier administrateur.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe ne correspondent pas.</translation>
        </message>
        <message>
            <source>Connection not saved</source>
            <translation>Connexion non enregistrée</translation>
        </message>
        <message>
            <source>Rapport connects now, but {0}.</source>
            <translation>Rapport se connecte désormais, mais {0}.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consent of {name}</source>
            <translation>Consentement de {name}</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuellement</translation>
        </message>
        <message>
            <source>the wording the person agreed to</source>
            <translation>le texte auquel la personne a consenti</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>S&amp;ource</translation>
        </message>
        <message>
            <source>&amp;Text shown</source>
            <translation>&amp;Texte affiché</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Historique des consentements</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>Consentement enregistré</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Salutation</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <source>e.g. Dr., Ms</source>
            <translation>ex. Dr, Mme</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>nom@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Autre e-mail</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Autre téléphone</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Accounts (double-click a role to edit it; tick the primary account)</source>
            <translation>Comptes (double-cliquez sur un rôle pour le modifier ; cochez le compte principal)</translation>
        </message>
    </context>
    <context>
        <name>ContactsPreview</name>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
    </context>
    <context>
        <name>ConvertDialog</name>
        <message>
            <source>{verb} lead {full_name}</source>
            <translation>{verb} le prospect {full_name}</translation>
        </message>
        <message>
            <source>Link to existing: {label} ({reason})</source>
            <translation>Lier à l'existant : {label} ({reason})</translation>
        </message>
        <message>
            <source>Create account “{v0}”</source>
            <translation>Créer le compte « {v0} »</translation>
        </message>
        <message>
            <source>Create contact “{full_name}”</source>
            <translation>Créer le contact « {full_name} »</translation>
        </message>
        <message>
            <source>Create a deal</source>
            <translation>Créer une affaire</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Deal name</source>
            <translation>Nom de l'affaire</translation>
        </message>
        <message>
            <source>Amount (EUR)</source>
            <translation>Montant (EUR)</translation>
        </message>
        <message>
            <source>Lead {full_name} converted</source>
            <translation>Prospect {full_name} converti</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldFilter</name>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>Any custom field</source>
            <translation>N'importe quel champ personnalisé</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Delete for good…</source>
            <translation>Supprimer définitivement…</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Type d'enregistrement</translation>
        </message>
        <message>
            <source>In the trash (their values stay stored: restore a field to show them again)</source>
            <translation>Dans la corbeille (leurs valeurs restent stockées : restaurez un champ pour les afficher à nouveau)</translation>
        </message>
        <message>
            <source>Delete custom field</source>
            <translation>Supprimer le champ personnalisé</translation>
        </message>
        <message>
            <source>Delete the field “{label}”?

{holders:,} {noun} record(s) hold a value for it. The field and its values go to the trash: restore the field to get them back.</source>
            <translation>Supprimer le champ « {label} » ?

{holders:,} enregistrement(s) ({noun}) ont une valeur pour ce champ. Le champ et ses valeurs vont à la corbeille : restaurez le champ pour les récupérer.</translation>
        </message>
        <message>
            <source>Delete custom field for good</source>
            <translation>Supprimer définitivement le champ personnalisé</translation>
        </message>
        <message>
            <source>Delete “{label}” and every value stored for it? This cannot be undone.</source>
            <translation>Supprimer « {label} » et toutes les valeurs enregistrées pour ce champ ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Custom field “{label}” and its values deleted</source>
            <translation>Champ personnalisé « {label} » et ses valeurs supprimés</translation>
        </message>
    </context>
    <context>
        <name>CustomerValueTab</name>
        <message>
            <source>Mark churned…</source>
            <translation>Marquer comme perdu…</translation>
        </message>
        <message>
            <source>Mark this customer as churned</source>
            <translation>Marquer ce client comme perdu</translation>
        </message>
        <message>
            <source>Won back…</source>
            <translation>Reconquis…</translation>
        </message>
        <message>
            <source>Mark this customer as won back</source>
            <translation>Marquer ce client comme reconquis</translation>
        </message>
        <message>
            <source>Purchase history</source>
            <translation>Historique des achats</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Achats</translation>
        </message>
        <message>
            <source>Offer next</source>
            <translation>À proposer ensuite</translation>
        </message>
        <message>
            <source>Not a customer yet.</source>
            <translation>Pas encore client.</translation>
        </message>
        <message>
            <source>Customer since {0}.</source>
            <translation>Client depuis {0}.</translation>
        </message>
        <message>
            <source>Churned on {0}.</source>
            <translation>Perdu le {0}.</translation>
        </message>
        <message>
            <source>Reason: {0}.</source>
            <translation>Motif : {0}.</translation>
        </message>
        <message>
            <source>Scores not computed yet (they are recomputed nightly or by `rapport customer-value`).</source>
            <translation>Scores pas encore calculés (ils sont recalculés chaque nuit ou par `rapport customer-value`).</translation>
        </message>
        <message>
            <source>RFM {0}{1}{2}: {3} · {4}, last on {5}</source>
            <translation>RFM {0}{1}{2} : {3} · {4}, dernière le {5}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 commande</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} commandes</translation>
        </message>
        <message>
            <source>Engagement {0}/100 ({1})</source>
            <translation>Engagement {0}/100 ({1})</translation>
        </message>
        <message>
            <source>no inputs</source>
            <translation>aucune donnée</translation>
        </message>
        <message>
            <source>Churn risk {0}/100</source>
            <translation>Risque d'attrition {0}/100</translation>
        </message>
        <message>
            <source>Reason (as of today):</source>
            <translation>Motif (à ce jour) :</translation>
        </message>
        <message>
            <source>Mark churned</source>
            <translation>Marquer comme perdu</translation>
        </message>
        <message>
            <source>Won back</source>
            <translation>Reconquis</translation>
        </message>
    </context>
    <context>
        <name>CustomerValueWindow</name>
        <message>
            <source>Customer value</source>
            <translation>Valeur client</translation>
        </message>
        <message>
            <source>Churn rate, last 12 months</source>
            <translation>Taux d'attrition, 12 derniers mois</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Valeur vie client</translation>
        </message>
        <message>
            <source>Won back, last 12 months</source>
            <translation>Reconquis, 12 derniers mois</translation>
        </message>
        <message>
            <source>Suggestions taken</source>
            <translation>Suggestions retenues</translation>
        </message>
        <message>
            <source>Accounts at risk of churning</source>
            <translation>Comptes à risque d'attrition</translation>
        </message>
        <message>
            <source>&amp;Recompute scores</source>
            <translation>&amp;Recalculer les scores</translation>
        </message>
        <message>
            <source>Recompute RFM, engagement, churn risk and product pairs</source>
            <translation>Recalculer RFM, engagement, risque d'attrition et paires de produits</translation>
        </message>
        <message>
            <source>Apply &amp;churn rule</source>
            <translation>Appliquer la règle d'&amp;attrition</translation>
        </message>
        <message>
            <source>Mark customers without an order for 12 months as churned</source>
            <translation>Marquer comme perdus les clients sans commande depuis 12 mois</translation>
        </message>
        <message>
            <source>At risk (churn risk 60 and above)</source>
            <translation>À risque (risque d'attrition de 60 ou plus)</translation>
        </message>
        <message>
            <source>Retention by cohort</source>
            <translation>Rétention par cohorte</translation>
        </message>
        <message>
            <source>RFM segments: </source>
            <translation>Segments RFM : </translation>
        </message>
        <message>
            <source>Scored {0} accounts; {1} product pairs</source>
            <translation>{0} comptes évalués ; {1} paires de produits</translation>
        </message>
        <message>
            <source>{0} churned (no order for 12 months), {1} won back</source>
            <translation>{0} perdus (sans commande depuis 12 mois), {1} reconquis</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Customer satisfaction after resolved tickets, 1 to 5</source>
            <translation>Satisfaction client après résolution des tickets, de 1 à 5</translation>
        </message>
        <message>
            <source>{0:.1f} · {1:.0f} % satisfied · {2} answers</source>
            <translation>{0:.1f} · {1:.0f} % satisfaits · {2} réponses</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Mise à jour…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Open pipeline by stage</source>
            <translation>Pipeline ouvert par étape</translation>
        </message>
        <message>
            <source>Funnel: deals created in the period reaching each stage</source>
            <translation>Entonnoir : affaires créées sur la période atteignant chaque étape</translation>
        </message>
        <message>
            <source>Revenue won by month, with the weighted forecast</source>
            <translation>Chiffre d'affaires gagné par mois, avec la prévision pondérée</translation>
        </message>
        <message>
            <source>Win rate by month (%)</source>
            <translation>Taux de réussite par mois (%)</translation>
        </message>
        <message>
            <source>Leads by source</source>
            <translation>Prospects par source</translation>
        </message>
        <message>
            <source>Activities per owner</source>
            <translation>Activités par propriétaire</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>Tous les pipelines</translation>
        </message>
        <message>
            <source>{v0:,} open deals</source>
            <translation>{v0:,} affaires ouvertes</translation>
        </message>
        <message>
            <source>click a bar for its deals</source>
            <translation>cliquez sur une barre pour voir ses affaires</translation>
        </message>
        <message>
            <source>click a month for the deals won</source>
            <translation>cliquez sur un mois pour voir les affaires gagnées</translation>
        </message>
        <message>
            <source>won / (won + lost), by count, deals closed in the month</source>
            <translation>gagnées / (gagnées + perdues), en nombre, affaires clôturées dans le mois</translation>
        </message>
        <message>
            <source>click a source for its leads</source>
            <translation>cliquez sur une source pour voir ses prospects</translation>
        </message>
        <message>
            <source>click an owner for the activities</source>
            <translation>cliquez sur un propriétaire pour voir les activités</translation>
        </message>
        <message>
            <source>Dashboard as PDF…</source>
            <translation>Tableau de bord en PDF…</translation>
        </message>
        <message>
            <source>Numbers as CSV…</source>
            <translation>Chiffres en CSV…</translation>
        </message>
        <message>
            <source>Chart “{title}” as PNG…</source>
            <translation>Graphique « {title} » en PNG…</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>Exporter {what}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} enregistré</translation>
        </message>
    </context>
    <context>
        <name>DealEditor</name>
        <message>
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Pipeline *</source>
            <translation>Pipeline *</translation>
        </message>
        <message>
            <source>Stage *</source>
            <translation>Étape *</translation>
        </message>
        <message>
            <source>Lost because</source>
            <translation>Motif de la perte</translation>
        </message>
        <message>
            <source>Needed for a lost stage</source>
            <translation>Obligatoire pour une étape perdue</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>e.g. 12500.00</source>
            <translation>ex. 12500.00</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Clôture prévue</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Type the account's name…</source>
            <translation>Saisissez le nom du compte…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>DealLinesSection</name>
        <message>
            <source>Add line</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>A line without a product (Insert in the table)</source>
            <translation>Une ligne sans produit (Inser dans le tableau)</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Remove the selected line (Delete in the table)</source>
            <translation>Supprimer la ligne sélectionnée (Suppr dans le tableau)</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Émis le</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Liste de prix</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Conditions de paiement</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Type the account's name…</source>
            <translation>Saisissez le nom du compte…</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Add text line</source>
            <translation>Ajouter une ligne de texte</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Save and preview…</source>
            <translation>Enregistrer et afficher l'aperçu…</translation>
        </message>
        <message>
            <source>Save, then show the PDF as it will print (Ctrl+P)</source>
            <translation>Enregistrer, puis afficher le PDF tel qu'il sera imprimé (Ctrl+P)</translation>
        </message>
        <message>
            <source>Could not save before printing: {exc}</source>
            <translation>Impossible d'enregistrer avant l'impression : {exc}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>(linked record)</source>
            <translation>(enregistrement lié)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>New quote</source>
            <translation>Nouveau devis</translation>
        </message>
        <message>
            <source>Quote from a deal…</source>
            <translation>Devis à partir d'une affaire…</translation>
        </message>
        <message>
            <source>Quote from a deal</source>
            <translation>Devis à partir d'une affaire</translation>
        </message>
        <message>
            <source>The deal's account (start of its name):</source>
            <translation>Compte de l'affaire (début de son nom) :</translation>
        </message>
        <message>
            <source>No deals at an account whose name starts with “{name}”</source>
            <translation>Aucune affaire pour un compte dont le nom commence par « {name} »</translation>
        </message>
        <message>
            <source>Deal at {v0}:</source>
            <translation>Affaire chez {v0} :</translation>
        </message>
        <message>
            <source>Select a document first</source>
            <translation>Sélectionnez d'abord un document</translation>
        </message>
        <message>
            <source>Purchase order</source>
            <translation>Bon de commande</translation>
        </message>
        <message>
            <source>Supplier account (start of its name):</source>
            <translation>Compte fournisseur (début de son nom) :</translation>
        </message>
        <message>
            <source>No account starts with “{name}”</source>
            <translation>Aucun compte ne commence par « {name} »</translation>
        </message>
        <message>
            <source>Could not {v0}{v1}: {exc}</source>
            <translation>Impossible de {v0}{v1} : {exc}</translation>
        </message>
        <message>
            <source>{v0} {number} created</source>
            <translation>{v0} {number} créé</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>{number} saved to {path}</source>
            <translation>{number} enregistré dans {path}</translation>
        </message>
        <message>
            <source>{v0} sent to the printer</source>
            <translation>{v0} envoyé à l'imprimante</translation>
        </message>
        <message>
            <source>Could not print {v0}: {exc}</source>
            <translation>Impossible d'imprimer {v0} : {exc}</translation>
        </message>
        <message>
            <source>Opened {number} in the PDF viewer</source>
            <translation>{number} ouvert dans la visionneuse PDF</translation>
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
            <translation>Doublons</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Rechercher les doublons</translation>
        </message>
        <message>
            <source>Look in</source>
            <translation>Rechercher dans</translation>
        </message>
        <message>
            <source>Lowest score</source>
            <translation>Score minimal</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Record A</source>
            <translation>Enregistrement A</translation>
        </message>
        <message>
            <source>Record B</source>
            <translation>Enregistrement B</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Correspondances</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conserver</translation>
        </message>
        <message>
            <source>Merge into A</source>
            <translation>Fusionner dans A</translation>
        </message>
        <message>
            <source>Not duplicates</source>
            <translation>Pas des doublons</translation>
        </message>
        <message>
            <source>{v0:,} likely duplicate pairs</source>
            <translation>{v0:,} paires de doublons probables</translation>
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
            <translation>Un export CRM complet</translation>
        </message>
        <message>
            <source>Import the good rows and report the refused ones</source>
            <translation>Importer les lignes valides et signaler celles refusées</translation>
        </message>
        <message>
            <source>Forgiving import</source>
            <translation>Import tolérant</translation>
        </message>
        <message>
            <source>Import plan</source>
            <translation>Plan d'import</translation>
        </message>
        <message>
            <source>{vendor} export {name}: {count} object(s), {rows} rows to import in one step (one undo).</source>
            <translation>Export {vendor} {name} : {count} objet(s), {rows} lignes à importer en une seule étape (une seule annulation).</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Devient</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Non importé</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importé)</translation>
        </message>
    </context>
    <context>
        <name>ExportRunPage</name>
        <message>
            <source>Importing the export</source>
            <translation>Import de l'export</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l'import</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Annuler cet import</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Résultat de l'import</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Cancelling… (everything is rolled back)</source>
            <translation>Annulation… (tout est restauré)</translation>
        </message>
        <message>
            <source>Importing object {n} of {total}…</source>
            <translation>Import de l'objet {n} sur {total}…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
        <message>
            <source>The {vendor} export is imported. Ctrl+Z (or Undo this import) takes it all back.</source>
            <translation>L'export {vendor} est importé. Ctrl+Z (ou Annuler cet import) annule tout.</translation>
        </message>
        <message>
            <source>{n} row(s) refused (rapport import … --rejects DIR writes them to files).</source>
            <translation>{n} ligne(s) refusée(s) (rapport import … --rejects DIR les écrit dans des fichiers).</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{vendor} export imported — Ctrl+Z to undo</source>
            <translation>Export {vendor} importé — Ctrl+Z pour annuler</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>made from the name</source>
            <translation>généré à partir du nom</translation>
        </message>
        <message>
            <source>A value is required</source>
            <translation>Une valeur est obligatoire</translation>
        </message>
        <message>
            <source>One choice per line</source>
            <translation>Un choix par ligne</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Impossible d'enregistrer</translation>
        </message>
        <message>
            <source>Custom field “{v0}” saved</source>
            <translation>Champ personnalisé « {v0} » enregistré</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Choisir un fichier</translation>
        </message>
        <message>
            <source>CSV or text exports of any CRM or address book, vCards (.vcf), or a whole Salesforce, HubSpot or Pipedrive export (its folder or zip).</source>
            <translation>Exports CSV ou texte de tout CRM ou carnet d'adresses, vCards (.vcf), ou un export complet Salesforce, HubSpot ou Pipedrive (son dossier ou son zip).</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Export folder…</source>
            <translation>Dossier d'export…</translation>
        </message>
        <message>
            <source>Choose an export folder</source>
            <translation>Choisir un dossier d'export</translation>
        </message>
        <message>
            <source>A whole CRM export: the folder of its CSV files (a zip: Browse…)</source>
            <translation>Un export CRM complet : le dossier de ses fichiers CSV (pour un zip : Parcourir…)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importer en tant que</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Encodage</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Séparateur</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Data files (*.csv *.txt *.tsv *.vcf *.zip);;All (*)</source>
            <translation>Fichiers de données (*.csv *.txt *.tsv *.vcf *.zip);;Tous (*)</translation>
        </message>
        <message>
            <source>A CRM export's folder</source>
            <translation>Le dossier d'un export CRM</translation>
        </message>
        <message>
            <source>Cannot read {name}: {why}</source>
            <translation>Impossible de lire {name} : {why}</translation>
        </message>
        <message>
            <source>A {vendor} export</source>
            <translation>Un export {vendor}</translation>
        </message>
        <message>
            <source>Cannot read {name}: {exc}</source>
            <translation>Impossible de lire {name} : {exc}</translation>
        </message>
        <message>
            <source>{encoding}, delimiter {shown}, {v2:,} rows</source>
            <translation>{encoding}, séparateur {shown}, {v2:,} lignes</translation>
        </message>
    </context>
    <context>
        <name>FirstRunChoice</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Bienvenue dans Rapport</translation>
        </message>
        <message>
            <source>Where do your customers live? Work alone in a database on this computer, or connect to your team's server (PostgreSQL) and sign in.</source>
            <translation>Où se trouvent vos clients ? Travaillez seul dans une base de données sur cet ordinateur, ou connectez-vous au serveur de votre équipe (PostgreSQL) et ouvrez une session.</translation>
        </message>
        <message>
            <source>Work on this &amp;computer</source>
            <translation>Travailler sur cet &amp;ordinateur</translation>
        </message>
        <message>
            <source>Work on this computer</source>
            <translation>Travailler sur cet ordinateur</translation>
        </message>
        <message>
            <source>Connect to a &amp;team server…</source>
            <translation>Se connecter à un serveur d'&amp;équipe…</translation>
        </message>
        <message>
            <source>Connect to a team server</source>
            <translation>Se connecter à un serveur d'équipe</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Forecast by month</source>
            <translation>Prévisions par mois</translation>
        </message>
        <message>
            <source>Forecast by owner</source>
            <translation>Prévisions par propriétaire</translation>
        </message>
        <message>
            <source>&lt;b&gt;By month of expected close&lt;/b&gt; (won: by month closed)</source>
            <translation>&lt;b&gt;Par mois de clôture prévue&lt;/b&gt; (gagnées : par mois de clôture)</translation>
        </message>
        <message>
            <source>&lt;b&gt;By owner&lt;/b&gt; (open deals closing in the period)</source>
            <translation>&lt;b&gt;Par propriétaire&lt;/b&gt; (affaires ouvertes se clôturant sur la période)</translation>
        </message>
        <message>
            <source>Won, weighted and whole pipeline by month</source>
            <translation>Gagné, pondéré et pipeline total par mois</translation>
        </message>
        <message>
            <source>{currency} · won by month closed; weighted and pipeline by expected close</source>
            <translation>{currency} · gagné par mois de clôture ; pondéré et pipeline par clôture prévue</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>Tous les pipelines</translation>
        </message>
        <message>
            <source>{days:.0f} days</source>
            <translation>{days:.0f} jours</translation>
        </message>
        <message>
            <source>Weighted pipeline &lt;b&gt;{weighted}&lt;/b&gt; · won &lt;b&gt;{won}&lt;/b&gt; · win rate &lt;b&gt;{rate}&lt;/b&gt; ({won_count} won, {lost_count} lost) · average sales cycle &lt;b&gt;{cycle}&lt;/b&gt;</source>
            <translation>Pipeline pondéré &lt;b&gt;{weighted}&lt;/b&gt; · gagné &lt;b&gt;{won}&lt;/b&gt; · taux de réussite &lt;b&gt;{rate}&lt;/b&gt; ({won_count} gagnées, {lost_count} perdues) · cycle de vente moyen &lt;b&gt;{cycle}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Could not save</source>
            <translation>Impossible d'enregistrer</translation>
        </message>
        <message>
            <source>This looks like an existing {singular}: {names}</source>
            <translation>Cela ressemble à un(e) {singular} existant(e) : {names}</translation>
        </message>
        <message>
            <source>Open {label}</source>
            <translation>Ouvrir {label}</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Enregistrer quand même</translation>
        </message>
        <message>
            <source>{title} “{label}” created</source>
            <translation>{title} « {label} » créé(e)</translation>
        </message>
        <message>
            <source>{title} “{label}” saved</source>
            <translation>{title} « {label} » enregistré(e)</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
        <message>
            <source>{message}

Reload the current version? Your changes in this dialog will be lost.</source>
            <translation>{message}

Recharger la version actuelle ? Vos modifications dans cette boîte de dialogue seront perdues.</translation>
        </message>
    </context>
    <context>
        <name>FormEditor</name>
        <message>
            <source>Edit web form</source>
            <translation>Modifier le formulaire web</translation>
        </message>
        <message>
            <source>New web form</source>
            <translation>Nouveau formulaire web</translation>
        </message>
        <message>
            <source>Form name</source>
            <translation>Nom du formulaire</translation>
        </message>
        <message>
            <source>Fields the form asks</source>
            <translation>Champs demandés par le formulaire</translation>
        </message>
        <message>
            <source>Fields that must be filled in</source>
            <translation>Champs obligatoires</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Texte de consentement</translation>
        </message>
        <message>
            <source>empty: no consent box; else a ticked box is required</source>
            <translation>vide : pas de case de consentement ; sinon une case cochée est obligatoire</translation>
        </message>
        <message>
            <source>Thank-you text</source>
            <translation>Texte de remerciement</translation>
        </message>
        <message>
            <source>Redirect address</source>
            <translation>Adresse de redirection</translation>
        </message>
        <message>
            <source>https://www.example.com/thanks (empty: the thank-you text)</source>
            <translation>https://www.example.com/thanks (vide : le texte de remerciement)</translation>
        </message>
        <message>
            <source>Allowed sites</source>
            <translation>Sites autorisés</translation>
        </message>
        <message>
            <source>one site a line, e.g. https://www.example.com</source>
            <translation>un site par ligne, ex. https://www.example.com</translation>
        </message>
        <message>
            <source>&amp;Accepting submissions</source>
            <translation>&amp;Accepte les soumissions</translation>
        </message>
        <message>
            <source>Accepting submissions</source>
            <translation>Accepte les soumissions</translation>
        </message>
        <message>
            <source>The form asks</source>
            <translation>Le formulaire demande</translation>
        </message>
        <message>
            <source>Must be filled in</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Champs</translation>
        </message>
        <message>
            <source>Then go to</source>
            <translation>Ensuite, aller à</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>Demande</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Ensuite</translation>
        </message>
        <message>
            <source>Allowed sites</source>
            <translation>Sites autorisés</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activé</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>&amp;New form…</source>
            <translation>&amp;Nouveau formulaire…</translation>
        </message>
        <message>
            <source>New web form</source>
            <translation>Nouveau formulaire web</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected form</source>
            <translation>Modifier le formulaire sélectionné</translation>
        </message>
        <message>
            <source>Copy &amp;snippet…</source>
            <translation>Copier l'&amp;extrait…</translation>
        </message>
        <message>
            <source>The selected form's HTML</source>
            <translation>Le code HTML du formulaire sélectionné</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Delete the selected form</source>
            <translation>Supprimer le formulaire sélectionné</translation>
        </message>
        <message>
            <source>Delete web form</source>
            <translation>Supprimer le formulaire web</translation>
        </message>
        <message>
            <source>Delete '{0}'? Pages that still post it get an error; its leads stay.</source>
            <translation>Supprimer « {0} » ? Les pages qui l'envoient encore obtiendront une erreur ; ses prospects sont conservés.</translation>
        </message>
    </context>
    <context>
        <name>GanttPage</name>
        <message>
            <source>Critical path</source>
            <translation>Chemin critique</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
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
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Preview the Gantt as it will print, then print</source>
            <translation>Afficher l'aperçu du Gantt tel qu'il sera imprimé, puis imprimer</translation>
        </message>
        <message>
            <source>Export the whole Gantt as an image</source>
            <translation>Exporter tout le Gantt en image</translation>
        </message>
        <message>
            <source>Export the whole Gantt as PDF</source>
            <translation>Exporter tout le Gantt en PDF</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Everyone's tasks</source>
            <translation>Tâches de tout le monde</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Groupe : {group}</translation>
        </message>
        <message>
            <source>{title}: {n_tasks:,} tasks, {n_links:,} dependencies</source>
            <translation>{title} : {n_tasks:,} tâches, {n_links:,} dépendances</translation>
        </message>
        <message>
            <source>Moved “{subject}” and {v1} task(s) after it — Ctrl+Z to undo</source>
            <translation>« {subject} » et {v1} tâche(s) suivante(s) déplacés — Ctrl+Z pour annuler</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Edit lag after “{v0}”{lag}…</source>
            <translation>Modifier le décalage après « {v0} »{lag}…</translation>
        </message>
        <message>
            <source>Remove dependency {label}</source>
            <translation>Supprimer la dépendance {label}</translation>
        </message>
        <message>
            <source>Export Gantt as PNG</source>
            <translation>Exporter le Gantt en PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved {path} with the first {rows:,} rows: the other {left_out:,} do not fit in one image. Export as PDF for the whole schedule, or collapse some groups.</source>
            <translation>{path} enregistré avec les {rows:,} premières lignes : les {left_out:,} autres ne tiennent pas dans une image. Exportez en PDF pour tout le planning, ou repliez des groupes.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} enregistré</translation>
        </message>
        <message>
            <source>Export Gantt as PDF</source>
            <translation>Exporter le Gantt en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not print: {exc}</source>
            <translation>Impossible d'imprimer : {exc}</translation>
        </message>
    </context>
    <context>
        <name>GanttTree</name>
        <message>
            <source>Tasks in the schedule</source>
            <translation>Tâches du planning</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <source>Search accounts, contacts, leads, deals, documents…  (Ctrl+K)</source>
            <translation>Rechercher comptes, contacts, prospects, affaires, documents…  (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>GroupBox</name>
        <message>
            <source>all of these (AND)</source>
            <translation>toutes ces conditions (ET)</translation>
        </message>
        <message>
            <source>any of these (OR)</source>
            <translation>l'une de ces conditions (OU)</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Ajouter une condition</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Supprimer ce groupe</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Ajouter un groupe</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>IntegrationDialog</name>
        <message>
            <source>Integration: API tokens, web forms, webhooks</source>
            <translation>Intégration : jetons d'API, formulaires web, webhooks</translation>
        </message>
        <message>
            <source>Integration settings</source>
            <translation>Paramètres d'intégration</translation>
        </message>
        <message>
            <source>API &amp;tokens</source>
            <translation>&amp;Jetons d'API</translation>
        </message>
        <message>
            <source>Only an administrator manages {0}.</source>
            <translation>Seul un administrateur gère les {0}.</translation>
        </message>
        <message>
            <source>web forms</source>
            <translation>formulaires web</translation>
        </message>
        <message>
            <source>&amp;Web forms</source>
            <translation>&amp;Formulaires web</translation>
        </message>
        <message>
            <source>webhooks</source>
            <translation>webhooks</translation>
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
            <translation>Nouvel article</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>Exporter en HTML…</translation>
        </message>
        <message>
            <source>Export the article as HTML</source>
            <translation>Exporter l'article en HTML</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export the article as PDF</source>
            <translation>Exporter l'article en PDF</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the article</source>
            <translation>Modifier l'article</translation>
        </message>
        <message>
            <source>Export article</source>
            <translation>Exporter l'article</translation>
        </message>
        <message>
            <source>Could not export: {0}</source>
            <translation>Impossible d'exporter : {0}</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>{0} écrit</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>Labels already used on the first sheet are skipped (counted along the rows)</source>
            <translation>Les étiquettes déjà utilisées sur la première feuille sont ignorées (comptées le long des lignes)</translation>
        </message>
        <message>
            <source>Draw the label edges (a test print on plain paper)</source>
            <translation>Tracer les bords des étiquettes (impression de test sur papier ordinaire)</translation>
        </message>
        <message>
            <source>Start at label:</source>
            <translation>Commencer à l'étiquette :</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Imprimer pour :</translation>
        </message>
        <message>
            <source>Addresses are set in the post's capitals; your own country is left off domestic mail. Contacts with no address of their own go to their company's.</source>
            <translation>Les adresses sont écrites en majuscules selon les règles postales ; votre propre pays est omis pour le courrier national. Les contacts sans adresse propre reçoivent celle de leur entreprise.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Could not read the addresses: {exc}</source>
            <translation>Impossible de lire les adresses : {exc}</translation>
        </message>
        <message>
            <source>Save {mode} as PDF</source>
            <translation>Enregistrer {mode} en PDF</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>Impossible d'écrire le PDF : {exc}</translation>
        </message>
        <message>
            <source>Saved the {mode} to {saved}</source>
            <translation>{mode} enregistré dans {saved}</translation>
        </message>
    </context>
    <context>
        <name>LagDialog</name>
        <message>
            <source>Edit lag</source>
            <translation>Modifier le décalage</translation>
        </message>
        <message>
            <source> d</source>
            <translation> j</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>How long after the first task ends the second may start. A negative lag is a lead: the second task may start before the first ends.</source>
            <translation>Délai entre la fin de la première tâche et le début possible de la seconde. Un décalage négatif est une avance : la seconde tâche peut commencer avant la fin de la première.</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPane</name>
        <message>
            <source>Convert…</source>
            <translation>Convertir…</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:16pt'&gt;{score}&lt;/b&gt; points (threshold {threshold}){badge}</source>
            <translation>&lt;b style='font-size:16pt'&gt;{score}&lt;/b&gt; points (seuil {threshold}){badge}</translation>
        </message>
    </context>
    <context>
        <name>LeadEditor</name>
        <message>
            <source>Salutation</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <source>e.g. Dr., Ms</source>
            <translation>ex. Dr, Mme</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>nom@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Autre e-mail</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Autre téléphone</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employés</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>ex. 250</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Disqualified because</source>
            <translation>Disqualifié car</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Étape du cycle de vie</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <source>Scoring rules…</source>
            <translation>Règles de scoring…</translation>
        </message>
    </context>
    <context>
        <name>LettersDialog</name>
        <message>
            <source>Letters — {title}</source>
            <translation>Lettres — {title}</translation>
        </message>
        <message>
            <source>Insert a merge field…</source>
            <translation>Insérer un champ de fusion…</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Objet :</translation>
        </message>
        <message>
            <source>Letter:</source>
            <translation>Lettre :</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Imprimer pour :</translation>
        </message>
        <message>
            <source>A line break prints where you type it; a blank line starts a paragraph. A field that may be empty for someone goes inside {% if contact.title %}…{% endif %}.</source>
            <translation>Un saut de ligne s'imprime là où vous le tapez ; une ligne vide commence un paragraphe. Un champ qui peut être vide pour certains se place dans {% if contact.title %}…{% endif %}.</translation>
        </message>
        <message>
            <source>The template is ready.</source>
            <translation>Le modèle est prêt.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source> … and {count:,} more</source>
            <translation> … et {count:,} de plus</translation>
        </message>
        <message>
            <source>⚠ Nothing printed: {letters} would have a blank. {shown}{more}. Fill in the values, or put the field inside {{% if … %}}…{{% endif %}}.</source>
            <translation>⚠ Rien n’a été imprimé : {letters} auraient un blanc. {shown}{more}. Renseignez les valeurs, ou placez le champ dans {{% if … %}}…{{% endif %}}.</translation>
        </message>
        <message>
            <source>Nobody in the list has a postal address.</source>
            <translation>Personne dans la liste n'a d'adresse postale.</translation>
        </message>
        <message>
            <source>Save the letters as PDF</source>
            <translation>Enregistrer les lettres en PDF</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>Impossible d'écrire le PDF : {exc}</translation>
        </message>
        <message>
            <source>Saved the letters to {saved}</source>
            <translation>Lettres enregistrées dans {saved}</translation>
        </message>
    </context>
    <context>
        <name>LockWaitNotice</name>
        <message>
            <source>{TEXT}

The save goes through as soon as it has finished (waiting {v1} s).</source>
            <translation>{TEXT}

L'enregistrement sera effectué dès qu'elle sera terminée (attente de {v1} s).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Database busy</source>
            <translation>Base de données occupée</translation>
        </message>
    </context>
    <context>
        <name>MailFetcher</name>
        <message>
            <source>No mail account reads mail: add an IMAP server in Email settings</source>
            <translation>Aucun compte de messagerie ne relève le courrier : ajoutez un serveur IMAP dans les paramètres E-mail</translation>
        </message>
        <message>
            <source>Fetching mail…</source>
            <translation>Relève du courrier…</translation>
        </message>
        <message>
            <source>Fetching mail failed: {0}</source>
            <translation>Échec de la relève du courrier : {0}</translation>
        </message>
        <message>
            <source>Mail: {0} read, {1} logged on timelines, {2} new leads, {3} bounces</source>
            <translation>Courrier : {0} lus, {1} consignés dans les historiques, {2} nouveaux prospects, {3} rejets</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>Settings — Email</source>
            <translation>Paramètres — E-mail</translation>
        </message>
        <message>
            <source>Mail account</source>
            <translation>Compte de messagerie</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Sender n&amp;ame</source>
            <translation>&amp;Nom de l'expéditeur</translation>
        </message>
        <message>
            <source>Sender &amp;address</source>
            <translation>&amp;Adresse de l'expéditeur</translation>
        </message>
        <message>
            <source>Mails a &amp;minute</source>
            <translation>E-mails par &amp;minute</translation>
        </message>
        <message>
            <source>Lead &amp;capture address</source>
            <translation>Adresse de &amp;capture des prospects</translation>
        </message>
        <message>
            <source>SMTP &amp;server</source>
            <translation>&amp;Serveur SMTP</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Port SMTP</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>Sécurité SMTP</translation>
        </message>
        <message>
            <source>SMTP user</source>
            <translation>Utilisateur SMTP</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>Mot de passe SMTP</translation>
        </message>
        <message>
            <source>&amp;IMAP server</source>
            <translation>Serveur &amp;IMAP</translation>
        </message>
        <message>
            <source>IMAP port</source>
            <translation>Port IMAP</translation>
        </message>
        <message>
            <source>IMAP security</source>
            <translation>Sécurité IMAP</translation>
        </message>
        <message>
            <source>IMAP user</source>
            <translation>Utilisateur IMAP</translation>
        </message>
        <message>
            <source>IMAP password</source>
            <translation>Mot de passe IMAP</translation>
        </message>
        <message>
            <source>Sent folder</source>
            <translation>Dossier Éléments envoyés</translation>
        </message>
        <message>
            <source>Copy sent mail</source>
            <translation>Copier les e-mails envoyés</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Tester</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Save the account</source>
            <translation>Enregistrer le compte</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Envoi (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP)</source>
            <translation>Lecture (IMAP)</translation>
        </message>
        <message>
            <source>Put a copy in the Sent folder</source>
            <translation>Placer une copie dans le dossier Éléments envoyés</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>conservé dans le trousseau du système ; laisser vide pour le conserver</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>Nouveau compte…</translation>
        </message>
        <message>
            <source>Saved {0}. Press Test to check the connection.</source>
            <translation>{0} enregistré. Cliquez sur Tester pour vérifier la connexion.</translation>
        </message>
        <message>
            <source>Signing in to {0}…</source>
            <translation>Connexion à {0}…</translation>
        </message>
        <message>
            <source>Sending: {0}</source>
            <translation>Envoi : {0}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Reading: {0}</source>
            <translation>Lecture : {0}</translation>
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
            <translation>Ouverture de {what}…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>Rechercher les &amp;doublons…</translation>
        </message>
        <message>
            <source>Company &amp;settings…</source>
            <translation>&amp;Paramètres de l'entreprise…</translation>
        </message>
        <message>
            <source>Custom &amp;fields…</source>
            <translation>C&amp;hamps personnalisés…</translation>
        </message>
        <message>
            <source>&amp;Automation rules…</source>
            <translation>Règles d'&amp;automatisation…</translation>
        </message>
        <message>
            <source>&amp;Users and teams…</source>
            <translation>&amp;Utilisateurs et équipes…</translation>
        </message>
        <message>
            <source>&amp;Integration (API, web forms, webhooks)…</source>
            <translation>In&amp;tégration (API, formulaires web, webhooks)…</translation>
        </message>
        <message>
            <source>Connect to a &amp;team server…</source>
            <translation>Se connecter à un serveur d'&amp;équipe…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>&amp;Open / Edit	F2</source>
            <translation>&amp;Ouvrir / Modifier	F2</translation>
        </message>
        <message>
            <source>&amp;Delete	Del</source>
            <translation>&amp;Supprimer	Del</translation>
        </message>
        <message>
            <source>&amp;Assign to…</source>
            <translation>&amp;Attribuer à…</translation>
        </message>
        <message>
            <source>&amp;Standardise…</source>
            <translation>&amp;Normaliser…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Customer &amp;value…</source>
            <translation>&amp;Valeur client…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Actualise&amp;r</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;About Rapport</source>
            <translation>À &amp;propos de Rapport</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Préfé&amp;rences…</translation>
        </message>
        <message>
            <source>Records of this page have no owner to assign.</source>
            <translation>Les enregistrements de cette page n'ont pas de propriétaire à attribuer.</translation>
        </message>
        <message>
            <source>Standardise works on the Contacts, Accounts and Leads lists</source>
            <translation>La normalisation s'applique aux listes Contacts, Comptes et Prospects</translation>
        </message>
        <message>
            <source>Refreshed</source>
            <translation>Actualisé</translation>
        </message>
        <message>
            <source>About Rapport</source>
            <translation>À propos de Rapport</translation>
        </message>
        <message>
            <source>Rapport {__version__}
An open-source desktop CRM.

{v1}</source>
            <translation>Rapport {__version__}
Un CRM de bureau open source.

{v1}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Map the columns</source>
            <translation>Associer les colonnes</translation>
        </message>
        <message>
            <source>Suggested from the column names; the preview shows the rows as they will be stored.</source>
            <translation>Suggéré d'après les noms de colonnes ; l'aperçu montre les lignes telles qu'elles seront enregistrées.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Première valeur</translation>
        </message>
        <message>
            <source>Rapport field</source>
            <translation>Champ Rapport</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>{label} (custom field)</source>
            <translation>{label} (champ personnalisé)</translation>
        </message>
    </context>
    <context>
        <name>MergeConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu'un d'autre</translation>
        </message>
        <message>
            <source>Save merged</source>
            <translation>Enregistrer la fusion</translation>
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
            <translation>Effacer</translation>
        </message>
        <message>
            <source>No contact (an anonymous answer)</source>
            <translation>Aucun contact (réponse anonyme)</translation>
        </message>
        <message>
            <source>What they said (optional)</source>
            <translation>Ce qu'ils ont dit (facultatif)</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>Ajouter une réponse</translation>
        </message>
        <message>
            <source>Delete selected</source>
            <translation>Supprimer la sélection</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>answered on</source>
            <translation>répondu le</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>&lt;b&gt;New answer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nouvelle réponse&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{v0:,} answers shown · {promoters} promoters, {detractors} detractors · NPS {score}</source>
            <translation>{v0:,} réponses affichées · {promoters} promoteurs, {detractors} détracteurs · NPS {score}</translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <source>Existing records and a dry run</source>
            <translation>Enregistrements existants et simulation</translation>
        </message>
        <message>
            <source>The import is one step (Ctrl+Z undoes it); the dry run checks everything and changes nothing.</source>
            <translation>L'import se fait en une seule étape (Ctrl+Z l'annule) ; la simulation vérifie tout sans rien modifier.</translation>
        </message>
        <message>
            <source>Refused rows are saved unchanged, with the reason in an added column, after the import</source>
            <translation>Les lignes refusées sont enregistrées telles quelles, avec le motif dans une colonne ajoutée, après l'import</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Simulation</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Enregistrer le mappage…</translation>
        </message>
        <message>
            <source>Columns and value translations as JSON for `rapport import --mapping`</source>
            <translation>Colonnes et traductions de valeurs en JSON pour `rapport import --mapping`</translation>
        </message>
        <message>
            <source>the default pipeline</source>
            <translation>le pipeline par défaut</translation>
        </message>
        <message>
            <source>Skip rows that look like an existing record (the dry run lists them)</source>
            <translation>Ignorer les lignes qui ressemblent à un enregistrement existant (la simulation les liste)</translation>
        </message>
        <message>
            <source>Run automation rules for the imported records</source>
            <translation>Exécuter les règles d'automatisation pour les enregistrements importés</translation>
        </message>
        <message>
            <source>Off: the import triggers no rule, as `rapport import --no-rules`</source>
            <translation>Désactivé : l'import ne déclenche aucune règle, comme `rapport import --no-rules`</translation>
        </message>
        <message>
            <source>An existing record is the one with the same</source>
            <translation>Un enregistrement existant est celui qui a le même</translation>
        </message>
        <message>
            <source>When a row matches one</source>
            <translation>Quand une ligne correspond à un enregistrement</translation>
        </message>
        <message>
            <source>When a row is refused</source>
            <translation>Quand une ligne est refusée</translation>
        </message>
        <message>
            <source>Deals go into the pipeline</source>
            <translation>Les affaires vont dans le pipeline</translation>
        </message>
        <message>
            <source>Currency of amounts without one</source>
            <translation>Devise des montants qui n'en ont pas</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Enregistrer la correspondance</translation>
        </message>
        <message>
            <source>Mapping files (*.json)</source>
            <translation>Fichiers de correspondance (*.json)</translation>
        </message>
    </context>
    <context>
        <name>OwnerPicker</name>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>{v0} owners</source>
            <translation>{v0} propriétaires</translation>
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
            <translation>Pipeline par défaut pour les nouvelles affaires</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>New pipeline</source>
            <translation>Nouveau pipeline</translation>
        </message>
        <message>
            <source>Delete pipeline</source>
            <translation>Supprimer le pipeline</translation>
        </message>
    </context>
    <context>
        <name>PriceListsDialog</name>
        <message>
            <source>Price lists</source>
            <translation>Listes de prix</translation>
        </message>
        <message>
            <source>New price list…</source>
            <translation>Nouvelle liste de prix…</translation>
        </message>
        <message>
            <source>Double-click a list price to change it; clear it to use the standard price. Ctrl+Z undoes.</source>
            <translation>Double-cliquez sur un prix de liste pour le modifier ; effacez-le pour utiliser le prix standard. Ctrl+Z annule.</translation>
        </message>
        <message>
            <source>New price list</source>
            <translation>Nouvelle liste de prix</translation>
        </message>
        <message>
            <source>Name (e.g. Wholesale, Export USD):</source>
            <translation>Nom (ex. Grossiste, Export USD) :</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Devise :</translation>
        </message>
        <message>
            <source>Price of {sku} saved</source>
            <translation>Prix de {sku} enregistré</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>SKU *</source>
            <translation>Référence *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>pc, h, day, kg…</source>
            <translation>pce, h, jour, kg…</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Tax rate %</source>
            <translation>Taux de TVA %</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>pc</source>
            <translation>pce</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>Price lists…</source>
            <translation>Listes de prix…</translation>
        </message>
        <message>
            <source>Prices per customer group or currency that override the unit price</source>
            <translation>Prix par groupe de clients ou par devise qui remplacent le prix unitaire</translation>
        </message>
    </context>
    <context>
        <name>RecipientsChoice</name>
        <message>
            <source>All {total:,} {noun} in this list</source>
            <translation>Tous les {total:,} {noun} de cette liste</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPane</name>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Timeline ({v0})</source>
            <translation>Historique ({v0})</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <source>New {singular}</source>
            <translation>Nouveau : {singular}</translation>
        </message>
        <message>
            <source>New {singular} (Ctrl+N)</source>
            <translation>Nouveau : {singular} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Export the {noun} this list shows (CSV, Excel)</source>
            <translation>Exporter les {noun} affichés dans cette liste (CSV, Excel)</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>Impossible de supprimer {text} : {exc}</translation>
        </message>
        <message>
            <source>{v0}{v1} moved to the trash</source>
            <translation>{v0}{v1} placé(s) dans la corbeille</translation>
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
            <translation>Impossible de vérifier les rappels : {exc}</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme terminé</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <source>by {b}</source>
            <translation>par {b}</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>The order of the rows</source>
            <translation>L'ordre des lignes</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>Décroissant</translation>
        </message>
        <message>
            <source>Most rows</source>
            <translation>Nombre max. de lignes</translation>
        </message>
        <message>
            <source>Top </source>
            <translation>Top </translation>
        </message>
        <message>
            <source>The most rows (groups) the report shows</source>
            <translation>Le nombre maximal de lignes (groupes) affichées par le rapport</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Regrouper par</translation>
        </message>
        <message>
            <source>then</source>
            <translation>puis</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Tous les propriétaires</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>N'importe quelle étiquette</translation>
        </message>
        <message>
            <source>No segment</source>
            <translation>Aucun segment</translation>
        </message>
        <message>
            <source>Default order</source>
            <translation>Ordre par défaut</translation>
        </message>
        <message>
            <source>Sort by {v0}</source>
            <translation>Trier par {v0}</translation>
        </message>
    </context>
    <context>
        <name>ReportChart</name>
        <message>
            <source>Stacked</source>
            <translation>Empilé</translation>
        </message>
        <message>
            <source>Group the report by a field to see a chart.</source>
            <translation>Regroupez le rapport par un champ pour afficher un graphique.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Saved reports</source>
            <translation>Rapports enregistrés</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>A new report</source>
            <translation>Nouveau rapport</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Rename report</source>
            <translation>Renommer le rapport</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete report</source>
            <translation>Supprimer le rapport</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved reports&lt;/b&gt;</source>
            <translation>&lt;b&gt;Rapports enregistrés&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Exécuter</translation>
        </message>
        <message>
            <source>Run the report (Ctrl+R)</source>
            <translation>Exécuter le rapport (Ctrl+R)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the report (Ctrl+S)</source>
            <translation>Enregistrer le rapport (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Print the report (Ctrl+P)</source>
            <translation>Imprimer le rapport (Ctrl+P)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>This saved report cannot be read: {problem}</source>
            <translation>Ce rapport enregistré est illisible : {problem}</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {problem}</source>
            <translation>« {name} » est illisible : {problem}</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>&lt;span style='color:{v0}'&gt;{message}&lt;/span&gt;</source>
            <translation>&lt;span style='color:{v0}'&gt;{message}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>{rows} in {elapsed_ms:,.0f} ms{cut}</source>
            <translation>{rows} en {elapsed_ms:,.0f} ms{cut}</translation>
        </message>
        <message>
            <source>Export {v0}</source>
            <translation>Exporter {v0}</translation>
        </message>
        <message>
            <source>Could not write {name}: {exc}</source>
            <translation>Impossible d'écrire {name} : {exc}</translation>
        </message>
        <message>
            <source>Exported {v0} to {path}</source>
            <translation>{v0} exporté vers {path}</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>Edit rule</source>
            <translation>Modifier la règle</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nouvelle règle</translation>
        </message>
        <message>
            <source>e.g. Welcome call for new contacts</source>
            <translation>ex. Appel de bienvenue pour les nouveaux contacts</translation>
        </message>
        <message>
            <source>any value</source>
            <translation>n'importe quelle valeur</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gagnée</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdue</translation>
        </message>
        <message>
            <source>days after the date; negative: before it</source>
            <translation>jours après la date ; négatif : avant</translation>
        </message>
        <message>
            <source>every year (birthdays, anniversaries)</source>
            <translation>chaque année (anniversaires, dates commémoratives)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes before the breach</source>
            <translation>Minutes avant le dépassement</translation>
        </message>
        <message>
            <source>SLA target</source>
            <translation>Objectif SLA</translation>
        </message>
        <message>
            <source>first response</source>
            <translation>première réponse</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>résolution</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>any mail; or words its subject must contain</source>
            <translation>tout e-mail ; ou des mots que son objet doit contenir</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Changes to</source>
            <translation>Passe à</translation>
        </message>
        <message>
            <source>Changes from</source>
            <translation>Passe de</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Score reaches</source>
            <translation>Le score atteint</translation>
        </message>
        <message>
            <source>Date field</source>
            <translation>Champ de date</translation>
        </message>
        <message>
            <source>Days after</source>
            <translation>Jours après</translation>
        </message>
        <message>
            <source>Quiet for days</source>
            <translation>Sans activité depuis (jours)</translation>
        </message>
        <message>
            <source>Before the breach</source>
            <translation>Avant le dépassement</translation>
        </message>
        <message>
            <source>Of the</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Subject contains</source>
            <translation>L’objet contient</translation>
        </message>
        <message>
            <source>Deals, activities and documents: every record (no conditions).</source>
            <translation>Affaires, activités et documents : tous les enregistrements (sans conditions).</translation>
        </message>
        <message>
            <source>If</source>
            <translation>Si</translation>
        </message>
        <message>
            <source>subject, value, tag, URL ...</source>
            <translation>objet, valeur, étiquette, URL ...</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>whom the owner is chosen from, in turn</source>
            <translation>parmi qui le propriétaire est choisi, à tour de rôle</translation>
        </message>
        <message>
            <source>every active user</source>
            <translation>chaque utilisateur actif</translation>
        </message>
        <message>
            <source>team {team_name}</source>
            <translation>équipe {team_name}</translation>
        </message>
        <message>
            <source>by territory (its users)</source>
            <translation>par territoire (ses utilisateurs)</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Type de document</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>devis</translation>
        </message>
        <message>
            <source>sales order</source>
            <translation>commande client</translation>
        </message>
        <message>
            <source>Template document</source>
            <translation>Document modèle</translation>
        </message>
        <message>
            <source>the document whose lines the new one copies</source>
            <translation>le document dont le nouveau copie les lignes</translation>
        </message>
        <message>
            <source>the deal's own lines</source>
            <translation>les lignes propres à l'affaire</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Ajouter une action</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Alors</translation>
        </message>
        <message>
            <source>Switched on</source>
            <translation>Activée</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>the email template's name</source>
            <translation>le nom du modèle d’e-mail</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <source>Save refused rows…</source>
            <translation>Enregistrer les lignes refusées…</translation>
        </message>
        <message>
            <source>Each refused row unchanged, with the reason in an added column</source>
            <translation>Chaque ligne refusée telle quelle, avec le motif dans une colonne ajoutée</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Imported {v0:,} {kind} — Ctrl+Z to undo</source>
            <translation>{v0:,} {kind} importé(e)s — Ctrl+Z pour annuler</translation>
        </message>
        <message>
            <source>Save refused rows</source>
            <translation>Enregistrer les lignes refusées</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>{v0}
Cannot save the refused rows: {exc}</source>
            <translation>{v0}
Impossible d'enregistrer les lignes refusées : {exc}</translation>
        </message>
        <message>
            <source>Refused rows saved to {name}</source>
            <translation>Lignes refusées enregistrées dans {name}</translation>
        </message>
        <message>
            <source>Nothing was imported.
{message}</source>
            <translation>Rien n'a été importé.
{message}</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsBar</name>
        <message>
            <source>Switch to a saved view of this list</source>
            <translation>Passer à une vue enregistrée de cette liste</translation>
        </message>
        <message>
            <source>Save view as…</source>
            <translation>Enregistrer la vue sous…</translation>
        </message>
        <message>
            <source>Delete this view</source>
            <translation>Supprimer cette vue</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Enregistrer la vue</translation>
        </message>
        <message>
            <source>Name of this view:</source>
            <translation>Nom de cette vue :</translation>
        </message>
        <message>
            <source>Could not save the view: {exc}</source>
            <translation>Impossible d'enregistrer la vue : {exc}</translation>
        </message>
        <message>
            <source>View “{v0}” saved</source>
            <translation>Vue « {v0} » enregistrée</translation>
        </message>
        <message>
            <source>Could not delete the view: {exc}</source>
            <translation>Impossible de supprimer la vue : {exc}</translation>
        </message>
        <message>
            <source>View “{name}” deleted</source>
            <translation>Vue « {name} » supprimée</translation>
        </message>
    </context>
    <context>
        <name>ScoringDialog</name>
        <message>
            <source>Lead scoring rules</source>
            <translation>Règles de scoring des prospects</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Ajouter une règle</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Supprimer la règle</translation>
        </message>
        <message>
            <source>Points for field values (tests ignore case)</source>
            <translation>Points selon les valeurs des champs (les tests ignorent la casse)</translation>
        </message>
        <message>
            <source>Scoring rules saved; every lead was rescored</source>
            <translation>Règles de scoring enregistrées ; le score de chaque prospect a été recalculé</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>The secret</source>
            <translation>Le secret</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the secret to the clipboard</source>
            <translation>Copier le secret dans le presse-papiers</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>Copié dans le presse-papiers.</translation>
        </message>
    </context>
    <context>
        <name>SegmentBuilder</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. German customers</source>
            <translation>ex. Clients allemands</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>{v0} segment of {v1}</source>
            <translation>Segment {v0} de {v1}</translation>
        </message>
        <message>
            <source>{count:,} {noun} match</source>
            <translation>{count:,} {noun} correspondent</translation>
        </message>
    </context>
    <context>
        <name>SegmentIndexer</name>
        <message>
            <source>The segment's index was not built: other programs kept writing to the database. The segment works without it; it is built after the segment's next change</source>
            <translation>L'index du segment n'a pas été créé : d'autres programmes écrivaient sans cesse dans la base de données. Le segment fonctionne sans lui ; il sera créé après la prochaine modification du segment</translation>
        </message>
        <message>
            <source>Segment index ready in {seconds:.1f} s: the segment now counts from its index</source>
            <translation>Index du segment prêt en {seconds:.1f} s : le segment compte désormais à partir de son index</translation>
        </message>
        <message>
            <source>The segment's old index was dropped: its conditions no longer use it</source>
            <translation>L'ancien index du segment a été supprimé : ses conditions ne l'utilisent plus</translation>
        </message>
        <message>
            <source>The segment already has its index</source>
            <translation>Le segment a déjà son index</translation>
        </message>
    </context>
    <context>
        <name>SegmentsButton</name>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>New segment…</source>
            <translation>Nouveau segment…</translation>
        </message>
        <message>
            <source>Edit this segment…</source>
            <translation>Modifier ce segment…</translation>
        </message>
        <message>
            <source>Delete this segment</source>
            <translation>Supprimer ce segment</translation>
        </message>
        <message>
            <source>Speed up this segment</source>
            <translation>Accélérer ce segment</translation>
        </message>
        <message>
            <source>Build an index for the segment's 'is' conditions in the background (automatic on large lists)</source>
            <translation>Créer en arrière-plan un index pour les conditions « est » du segment (automatique pour les grandes listes)</translation>
        </message>
        <message>
            <source>Delete segment</source>
            <translation>Supprimer le segment</translation>
        </message>
        <message>
            <source>Move the segment “{name}” to the trash?</source>
            <translation>Placer le segment « {name} » dans la corbeille ?</translation>
        </message>
        <message>
            <source>Could not delete the segment: {exc}</source>
            <translation>Impossible de supprimer le segment : {exc}</translation>
        </message>
        <message>
            <source>Segment “{name}” moved to the trash</source>
            <translation>Segment « {name} » placé dans la corbeille</translation>
        </message>
    </context>
    <context>
        <name>SequenceEditor</name>
        <message>
            <source>Drip sequences</source>
            <translation>Séquences automatiques</translation>
        </message>
        <message>
            <source>Sequences</source>
            <translation>Séquences</translation>
        </message>
        <message>
            <source>&amp;New sequence</source>
            <translation>&amp;Nouvelle séquence</translation>
        </message>
        <message>
            <source>New sequence</source>
            <translation>Nouvelle séquence</translation>
        </message>
        <message>
            <source>Sequence name</source>
            <translation>Nom de la séquence</translation>
        </message>
        <message>
            <source>&amp;Active (paused: nobody moves on)</source>
            <translation>&amp;Active (en pause : personne ne progresse)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Add &amp;email</source>
            <translation>Ajouter un &amp;e-mail</translation>
        </message>
        <message>
            <source>Add &amp;wait</source>
            <translation>A&amp;jouter une attente</translation>
        </message>
        <message>
            <source>Add &amp;task</source>
            <translation>Ajouter une &amp;tâche</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Sending from hour (UTC)</source>
            <translation>Envoi à partir de l'heure (UTC)</translation>
        </message>
        <message>
            <source>Sending until hour (UTC)</source>
            <translation>Envoi jusqu'à l'heure (UTC)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>h UTC on</source>
            <translation>h UTC le</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>aucune limite</translation>
        </message>
        <message>
            <source>Mails per hour at most</source>
            <translation>Nombre max. d'e-mails par heure</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Sending window</source>
            <translation>Plage d'envoi</translation>
        </message>
        <message>
            <source>Mails per &amp;hour</source>
            <translation>E-mails par &amp;heure</translation>
        </message>
        <message>
            <source>Steps, in order (double-click to edit):</source>
            <translation>Étapes, dans l'ordre (double-cliquez pour modifier) :</translation>
        </message>
        <message>
            <source>{name} (paused)</source>
            <translation>{name} (en pause)</translation>
        </message>
        <message>
            <source>Enrolled: {counts}</source>
            <translation>Inscrits : {counts}</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>personne pour l'instant</translation>
        </message>
        <message>
            <source>Sequence '{name}' saved</source>
            <translation>Séquence « {name} » enregistrée</translation>
        </message>
    </context>
    <context>
        <name>SequenceRunner</name>
        <message>
            <source>Sequences: {error}</source>
            <translation>Séquences : {error}</translation>
        </message>
        <message>
            <source>Sequences: {mails} mail(s) queued, {tasks} task(s) created</source>
            <translation>Séquences : {mails} e-mail(s) en file d'attente, {tasks} tâche(s) créée(s)</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Could not {what} “{v1}”: {exc}</source>
            <translation>Impossible de {what} « {v1} » : {exc}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Rapport</source>
            <translation>Connexion à Rapport</translation>
        </message>
        <message>
            <source>Team database: {server}</source>
            <translation>Base de données de l'équipe : {server}</translation>
        </message>
        <message>
            <source>you@company.com</source>
            <translation>vous@entreprise.com</translation>
        </message>
        <message>
            <source>Keep me signed in on this computer</source>
            <translation>Rester connecté sur cet ordinateur</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the sign-in in safely</source>
            <translation>Cet ordinateur n'a pas de trousseau pour conserver la connexion en sécurité</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Type your email and password.</source>
            <translation>Saisissez votre e-mail et votre mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>SlaReportDialog</name>
        <message>
            <source>SLA compliance</source>
            <translation>Respect des SLA</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Regrouper par</translation>
        </message>
        <message>
            <source>SLA compliance by group</source>
            <translation>Respect des SLA par groupe</translation>
        </message>
        <message>
            <source>A target counts once it is met or breached; tickets still inside their time are left out.</source>
            <translation>Un objectif est compté dès qu'il est atteint ou dépassé ; les tickets encore dans les délais sont exclus.</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <source>&amp;Group by</source>
            <translation>&amp;Regrouper par</translation>
        </message>
    </context>
    <context>
        <name>SnippetDialog</name>
        <message>
            <source>HTML for '{0}'</source>
            <translation>HTML de « {0} »</translation>
        </message>
        <message>
            <source>Where the API is reached</source>
            <translation>Adresse d'accès à l'API</translation>
        </message>
        <message>
            <source>The HTML snippet</source>
            <translation>L'extrait HTML</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the HTML to the clipboard</source>
            <translation>Copier le HTML dans le presse-papiers</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Adresse de l'API</translation>
        </message>
        <message>
            <source>Copied: paste it into the web page.</source>
            <translation>Copié : collez-le dans la page web.</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>{name} deals</source>
            <translation>Affaires de {name}</translation>
        </message>
        <message>
            <source> (last 30 days)</source>
            <translation> (30 derniers jours)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{stage}&lt;/b&gt; &lt;span style='color:{muted}'&gt;· {count:,}{closed}&lt;/span&gt;&lt;br&gt;{totals}&lt;br&gt;&lt;span style='color:{muted}'&gt;weighted {weighted} · {probability}%&lt;/span&gt;</source>
            <translation>&lt;b&gt;{stage}&lt;/b&gt; &lt;span style='color:{muted}'&gt;· {count:,}{closed}&lt;/span&gt;&lt;br&gt;{totals}&lt;br&gt;&lt;span style='color:{muted}'&gt;pondéré {weighted} · {probability}%&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>StandardiseDialog</name>
        <message>
            <source>Standardise {singular}s</source>
            <translation>Normaliser : {singular}</translation>
        </message>
        <message>
            <source>Looking for changes in {scope}…</source>
            <translation>Recherche de modifications dans {scope}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Tout cocher</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Tout décocher</translation>
        </message>
        <message>
            <source>Apply ticked changes</source>
            <translation>Appliquer les modifications cochées</translation>
        </message>
        <message>
            <source>{changes:,} change(s) to {records:,} {singular}(s). Untick what should stay as it is, then apply; Ctrl+Z undoes the whole standardisation.</source>
            <translation>{changes:,} modification(s) sur {records:,} enregistrement(s) ({singular}). Décochez ce qui doit rester tel quel, puis appliquez ; Ctrl+Z annule toute l’harmonisation.</translation>
        </message>
        <message>
            <source>Nothing to change: these {singular}s are already standard.</source>
            <translation>Rien à modifier : ces enregistrements ({singular}) sont déjà normalisés.</translation>
        </message>
        <message>
            <source>Applying {v0:,} change(s)…</source>
            <translation>Application de {v0:,} modification(s)…</translation>
        </message>
        <message>
            <source>Standardised {value:,} {singular}(s)</source>
            <translation>{value:,} {singular}(s) normalisé(s)</translation>
        </message>
        <message>
            <source>Standardised {value:,} {singular}(s).</source>
            <translation>{value:,} {singular}(s) normalisé(s).</translation>
        </message>
    </context>
    <context>
        <name>SuggestionList</name>
        <message>
            <source>Suggested products</source>
            <translation>Produits suggérés</translation>
        </message>
        <message>
            <source>Add to quote</source>
            <translation>Ajouter au devis</translation>
        </message>
        <message>
            <source>Add the selected suggestion to the quote</source>
            <translation>Ajouter la suggestion sélectionnée au devis</translation>
        </message>
        <message>
            <source>Add the selected suggestion as a line (Ctrl+Shift+S)</source>
            <translation>Ajouter la suggestion sélectionnée comme ligne (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>No suggestions yet.</source>
            <translation>Aucune suggestion pour l'instant.</translation>
        </message>
        <message>
            <source>Suggested for this customer</source>
            <translation>Suggéré pour ce client</translation>
        </message>
        <message>
            <source>Why: </source>
            <translation>Pourquoi : </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Sync status</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Send this laptop's changes and fetch the office's (Shift+F9; F9 fetches mail)</source>
            <translation>Envoyer les modifications de ce portable et récupérer celles du bureau (Shift+F9 ; F9 relève le courrier)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Offline, last synced %1, 1 change waiting</source>
            <translation>Hors ligne, dernière synchronisation %1, 1 modification en attente</translation>
        </message>
        <message>
            <source>Offline, last synced %1, %2 changes waiting</source>
            <translation>Hors ligne, dernière synchronisation %1, %2 modifications en attente</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 conflit</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>%1 conflits</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Échec de la synchronisation : %1</translation>
        </message>
    </context>
    <context>
        <name>TagManager</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Nom de l'étiquette</translation>
        </message>
        <message>
            <source>Choose the colour</source>
            <translation>Choisir la couleur</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Rename / recolour</source>
            <translation>Renommer / changer la couleur</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Tags are shared by every list. Deleting one moves it to the trash.</source>
            <translation>Les étiquettes sont partagées par toutes les listes. En supprimer une la place dans la corbeille.</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Supprimer l'étiquette</translation>
        </message>
        <message>
            <source>Move the tag “{name}” to the trash? Records keep it if you restore it.</source>
            <translation>Placer l'étiquette « {name} » dans la corbeille ? Les enregistrements la conservent si vous la restaurez.</translation>
        </message>
    </context>
    <context>
        <name>TaggedEditor</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
    </context>
    <context>
        <name>TagsButton</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Tag or untag the selected records</source>
            <translation>Ajouter ou retirer une étiquette aux enregistrements sélectionnés</translation>
        </message>
        <message>
            <source>Add tag to {count} selected</source>
            <translation>Ajouter l'étiquette aux {count} sélectionnés</translation>
        </message>
        <message>
            <source>Remove tag from {count} selected</source>
            <translation>Retirer l'étiquette des {count} sélectionnés</translation>
        </message>
        <message>
            <source>Manage tags…</source>
            <translation>Gérer les étiquettes…</translation>
        </message>
        <message>
            <source>Could not change the tags: {exc}</source>
            <translation>Impossible de modifier les étiquettes : {exc}</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nouvelle tâche</translation>
        </message>
        <message>
            <source>New task (Ctrl+N)</source>
            <translation>Nouvelle tâche (Ctrl+N)</translation>
        </message>
        <message>
            <source>Log call</source>
            <translation>Consigner un appel</translation>
        </message>
        <message>
            <source>Log a call (Ctrl+L, C) — from any record page it is linked to the record</source>
            <translation>Consigner un appel (Ctrl+L, C) — depuis la fiche d'un enregistrement, il est lié à celui-ci</translation>
        </message>
        <message>
            <source>Log meeting</source>
            <translation>Consigner une réunion</translation>
        </message>
        <message>
            <source>Log a meeting (Ctrl+L, M)</source>
            <translation>Consigner une réunion (Ctrl+L, M)</translation>
        </message>
        <message>
            <source>Print a call sheet</source>
            <translation>Imprimer une feuille d'appels</translation>
        </message>
        <message>
            <source>Print a call sheet: the calls and meetings of a day, with numbers (Ctrl+P)</source>
            <translation>Imprimer une feuille d'appels : les appels et réunions d'une journée, avec les numéros (Ctrl+P)</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Attribué à</translation>
        </message>
        <message>
            <source>Tick a task or press Space to complete it · Enter opens it · Ctrl+Z undoes</source>
            <translation>Cochez une tâche ou appuyez sur Espace pour la terminer · Entrée l'ouvre · Ctrl+Z annule</translation>
        </message>
        <message>
            <source>Could not complete the task: {exc}</source>
            <translation>Impossible de terminer la tâche : {exc}</translation>
        </message>
        <message>
            <source>Completed {what} — Ctrl+Z to undo</source>
            <translation>{what} terminé(e) — Ctrl+Z pour annuler</translation>
        </message>
        <message>
            <source>Log {kind}</source>
            <translation>Consigner : {kind}</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>Impossible de supprimer {text} : {exc}</translation>
        </message>
        <message>
            <source>{v0}{v1} moved to the trash</source>
            <translation>{v0}{v1} placé(s) dans la corbeille</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailPane</name>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Write a reply… (R to start, Ctrl+Enter to send)</source>
            <translation>Rédigez une réponse… (R pour commencer, Ctrl+Enter pour envoyer)</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
        <message>
            <source>&amp;Internal note</source>
            <translation>Note &amp;interne</translation>
        </message>
        <message>
            <source>Internal note, not sent to the customer</source>
            <translation>Note interne, non envoyée au client</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>Envoyer la réponse (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Envoyer la réponse</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Résoudre</translation>
        </message>
        <message>
            <source>Mark the ticket resolved (Ctrl+Shift+R)</source>
            <translation>Marquer le ticket comme résolu (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Resolve ticket</source>
            <translation>Résoudre le ticket</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit ticket</source>
            <translation>Modifier le ticket</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Lier…</translation>
        </message>
        <message>
            <source>Link a deal or document of the ticket's account</source>
            <translation>Lier une affaire ou un document du compte du ticket</translation>
        </message>
        <message>
            <source>Link to a deal or document</source>
            <translation>Lier à une affaire ou à un document</translation>
        </message>
        <message>
            <source>CSAT…</source>
            <translation>CSAT…</translation>
        </message>
        <message>
            <source>Record how satisfied the customer is (1-5), once resolved</source>
            <translation>Enregistrer la satisfaction du client (1-5), une fois le ticket résolu</translation>
        </message>
        <message>
            <source>Record customer satisfaction</source>
            <translation>Enregistrer la satisfaction client</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>non attribué</translation>
        </message>
        <message>
            <source>CSAT {0}/5</source>
            <translation>CSAT {0}/5</translation>
        </message>
        <message>
            <source>{0} priority</source>
            <translation>Priorité {0}</translation>
        </message>
        <message>
            <source>Suggested articles: {0}</source>
            <translation>Articles suggérés : {0}</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>Première réponse</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>by {0} working time</source>
            <translation>sous {0} de temps ouvré</translation>
        </message>
        <message>
            <source>{0} working time left</source>
            <translation>{0} de temps ouvré restant</translation>
        </message>
        <message>
            <source>Clock paused: waiting for the customer</source>
            <translation>Délai suspendu : en attente du client</translation>
        </message>
        <message>
            <source>No SLA target running</source>
            <translation>Aucun objectif SLA en cours</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>All tickets</source>
            <translation>Tous les tickets</translation>
        </message>
        <message>
            <source>Any assignee</source>
            <translation>Tous les responsables</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>New ticket</source>
            <translation>Nouveau ticket</translation>
        </message>
        <message>
            <source>Search tickets</source>
            <translation>Rechercher des tickets</translation>
        </message>
        <message>
            <source>Ticket queue</source>
            <translation>File des tickets</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Merge the other selected ticket into the current one (Ctrl+M)</source>
            <translation>Fusionner l'autre ticket sélectionné dans le ticket actuel (Ctrl+M)</translation>
        </message>
        <message>
            <source>Merge tickets</source>
            <translation>Fusionner les tickets</translation>
        </message>
        <message>
            <source>SLA report…</source>
            <translation>Rapport SLA…</translation>
        </message>
        <message>
            <source>First responses and resolutions on time, by period, priority, team</source>
            <translation>Premières réponses et résolutions dans les délais, par période, priorité, équipe</translation>
        </message>
        <message>
            <source>SLA compliance report</source>
            <translation>Rapport de respect des SLA</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>La mienne</translation>
        </message>
        <message>
            <source>My team's</source>
            <translation>Mon équipe</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Non attribués</translation>
        </message>
        <message>
            <source>Breaching soon</source>
            <translation>Bientôt en dépassement</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>En attente du client</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>Tous les ouverts</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(dans la corbeille)</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Fusionné dans</translation>
        </message>
        <message>
            <source>Merged from</source>
            <translation>Fusionné depuis</translation>
        </message>
        <message>
            <source>Could not change {0}: {1}</source>
            <translation>Impossible de modifier {0} : {1}</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>Personne (non attribué)</translation>
        </message>
        <message>
            <source>Assigned {0}</source>
            <translation>{0} attribué</translation>
        </message>
        <message>
            <source>Priority of {0} set to </source>
            <translation>Priorité de {0} définie sur </translation>
        </message>
        <message>
            <source>Note added to {0}</source>
            <translation>Note ajoutée à {0}</translation>
        </message>
        <message>
            <source>Select two tickets to merge: the current one is kept</source>
            <translation>Sélectionnez deux tickets à fusionner : le ticket actuel est conservé</translation>
        </message>
        <message>
            <source>Could not merge: {0}</source>
            <translation>Impossible de fusionner : {0}</translation>
        </message>
        <message>
            <source>Merged {0} into {1}</source>
            <translation>{0} fusionné dans {1}</translation>
        </message>
        <message>
            <source>Article: {0}</source>
            <translation>Article : {0}</translation>
        </message>
        <message>
            <source>No deal, document or suggested article to link</source>
            <translation>Aucune affaire, aucun document ni article suggéré à lier</translation>
        </message>
        <message>
            <source>Linked {0}</source>
            <translation>{0} lié</translation>
        </message>
        <message>
            <source>very satisfied</source>
            <translation>très satisfait</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>satisfait</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutre</translation>
        </message>
        <message>
            <source>dissatisfied</source>
            <translation>insatisfait</translation>
        </message>
        <message>
            <source>very dissatisfied</source>
            <translation>très insatisfait</translation>
        </message>
        <message>
            <source>CSAT {0} recorded for {1}</source>
            <translation>CSAT {0} enregistré pour {1}</translation>
        </message>
        <message>
            <source>Resolved {0}</source>
            <translation>{0} résolu</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Double-click or press Enter to open an entry</source>
            <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir une entrée</translation>
        </message>
        <message>
            <source>Open {label}</source>
            <translation>Ouvrir {label}</translation>
        </message>
    </context>
    <context>
        <name>TokenEditor</name>
        <message>
            <source>New API token</source>
            <translation>Nouveau jeton d'API</translation>
        </message>
        <message>
            <source>what it is for, e.g. web shop</source>
            <translation>à quoi il sert, ex. boutique en ligne</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Nom du jeton</translation>
        </message>
        <message>
            <source>Whose token</source>
            <translation>Titulaire du jeton</translation>
        </message>
        <message>
            <source>&amp;Read: every list and record</source>
            <translation>&amp;Lecture : toutes les listes et tous les enregistrements</translation>
        </message>
        <message>
            <source>&amp;Write: read, create, change, trash</source>
            <translation>É&amp;criture : lire, créer, modifier, mettre à la corbeille</translation>
        </message>
        <message>
            <source>&amp;Leads: create leads only (a web site's key)</source>
            <translation>&amp;Prospects : création de prospects uniquement (clé d'un site web)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
    </context>
    <context>
        <name>TokensPage</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Starts with</source>
            <translation>Commence par</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>&amp;Nouveau jeton…</translation>
        </message>
        <message>
            <source>New API token</source>
            <translation>Nouveau jeton d'API</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Révoquer…</translation>
        </message>
        <message>
            <source>Revoke the selected token</source>
            <translation>Révoquer le jeton sélectionné</translation>
        </message>
        <message>
            <source>A token acts as its user, with that user's permissions.</source>
            <translation>Un jeton agit au nom de son utilisateur, avec les autorisations de celui-ci.</translation>
        </message>
        <message>
            <source>API token created</source>
            <translation>Jeton d'API créé</translation>
        </message>
        <message>
            <source>Copy the token for {0} now: it is stored only as a hash and is not shown again.</source>
            <translation>Copiez maintenant le jeton de {0} : il n'est stocké que sous forme de hachage et ne sera plus affiché.</translation>
        </message>
        <message>
            <source>Revoke token</source>
            <translation>Révoquer le jeton</translation>
        </message>
        <message>
            <source>Revoke '{0}' of {1}? Whatever uses it is refused from its next call.</source>
            <translation>Révoquer « {0} » de {1} ? Tout ce qui l'utilise sera refusé dès son prochain appel.</translation>
        </message>
        <message>
            <source>Token '{0}' revoked</source>
            <translation>Jeton « {0} » révoqué</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Delete permanently…</source>
            <translation>Supprimer définitivement…</translation>
        </message>
        <message>
            <source>Could not restore {text}: {exc}</source>
            <translation>Impossible de restaurer {text} : {exc}</translation>
        </message>
        <message>
            <source>Restored {text}</source>
            <translation>{text} restauré</translation>
        </message>
        <message>
            <source>Could not delete: {exc}</source>
            <translation>Impossible de supprimer : {exc}</translation>
        </message>
        <message>
            <source>Permanently deleted {count} record(s)</source>
            <translation>{count} enregistrement(s) supprimé(s) définitivement</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Supprimer définitivement</translation>
        </message>
        <message>
            <source>Delete {text} permanently?

This cannot be undone, not even with Ctrl+Z.</source>
            <translation>Supprimer définitivement {text} ?

Cette action est irréversible, même avec Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>UserEditor</name>
        <message>
            <source>(no team)</source>
            <translation>(aucune équipe)</translation>
        </message>
        <message>
            <source>at least 8 characters</source>
            <translation>au moins 8 caractères</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>Mot de passe initial</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users and teams</source>
            <translation>Utilisateurs et équipes</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>{name} can no longer sign in. Who takes over their records?</source>
            <translation>{name} ne pourra plus se connecter. Qui reprend ses enregistrements ?</translation>
        </message>
        <message>
            <source>Deactivated {name}; {count:,} records went to {name2}</source>
            <translation>{name} désactivé ; {count:,} enregistrements transférés à {name2}</translation>
        </message>
        <message>
            <source>Add team</source>
            <translation>Ajouter une équipe</translation>
        </message>
        <message>
            <source>Name of the new team:</source>
            <translation>Nom de la nouvelle équipe :</translation>
        </message>
    </context>
    <context>
        <name>ValueEditor</name>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>values, separated by commas</source>
            <translation>valeurs, séparées par des virgules</translation>
        </message>
        <message>
            <source>and</source>
            <translation>et</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montant</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Translate the values</source>
            <translation>Traduire les valeurs</translation>
        </message>
        <message>
            <source>Each value found in the file beside the value it becomes here. Values we know are fine, the others are guessed. F2, Enter or typing changes the selected one.</source>
            <translation>Chaque valeur trouvée dans le fichier, à côté de la valeur qu'elle devient ici. Les valeurs connues sont correctes, les autres sont devinées. F2, Entrée ou la saisie modifie celle sélectionnée.</translation>
        </message>
        <message>
            <source>Stages of the pipeline</source>
            <translation>Étapes du pipeline</translation>
        </message>
        <message>
            <source>The values cannot be checked: {error}</source>
            <translation>Impossible de vérifier les valeurs : {error}</translation>
        </message>
    </context>
    <context>
        <name>ViewEnv</name>
        <message>
            <source>{message} — Ctrl+Z to undo</source>
            <translation>{message} — Ctrl+Z pour annuler</translation>
        </message>
    </context>
    <context>
        <name>WebhookEditor</name>
        <message>
            <source>New webhook</source>
            <translation>Nouveau webhook</translation>
        </message>
        <message>
            <source>what it is for, e.g. ERP</source>
            <translation>à quoi il sert, ex. ERP</translation>
        </message>
        <message>
            <source>Webhook name</source>
            <translation>Nom du webhook</translation>
        </message>
        <message>
            <source>https://erp.example.com/rapport</source>
            <translation>https://erp.example.com/rapport</translation>
        </message>
        <message>
            <source>Address the events are sent to</source>
            <translation>Adresse à laquelle les événements sont envoyés</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>S'abonner</translation>
        </message>
    </context>
    <context>
        <name>WebhooksPage</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activé</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>{0} in a row</source>
            <translation>{0} d'affilée</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>Subscribe a URL to record events</source>
            <translation>Abonner une URL aux événements des enregistrements</translation>
        </message>
        <message>
            <source>Switch &amp;on/off</source>
            <translation>Activer/&amp;désactiver</translation>
        </message>
        <message>
            <source>Switch the selected webhook on or off</source>
            <translation>Activer ou désactiver le webhook sélectionné</translation>
        </message>
        <message>
            <source>Show &amp;secret…</source>
            <translation>Afficher le &amp;secret…</translation>
        </message>
        <message>
            <source>The selected webhook's signing secret</source>
            <translation>Le secret de signature du webhook sélectionné</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Remove the selected webhook</source>
            <translation>Supprimer le webhook sélectionné</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Dernière erreur</translation>
        </message>
        <message>
            <source>Latest deliveries of the selected webhook</source>
            <translation>Dernières livraisons du webhook sélectionné</translation>
        </message>
        <message>
            <source>Latest deliveries</source>
            <translation>Dernières livraisons</translation>
        </message>
        <message>
            <source>Webhook signing secret</source>
            <translation>Secret de signature du webhook</translation>
        </message>
        <message>
            <source>Give this secret to the receiver: each delivery carries an X-Rapport-Signature header (HMAC-SHA256 of the body under this secret) that proves it came from Rapport.</source>
            <translation>Communiquez ce secret au destinataire : chaque livraison comporte un en-tête X-Rapport-Signature (HMAC-SHA256 du corps avec ce secret) qui prouve qu'elle provient de Rapport.</translation>
        </message>
        <message>
            <source>Remove webhook</source>
            <translation>Supprimer le webhook</translation>
        </message>
        <message>
            <source>Remove '{0}'? Events still waiting are not sent; its log stays.</source>
            <translation>Supprimer « {0} » ? Les événements encore en attente ne sont pas envoyés ; son journal est conservé.</translation>
        </message>
    </context>
    <context>
        <name>activities.actions</name>
        <message>
            <source>Import calendar (.ics)…</source>
            <translation>Importer un calendrier (.ics)…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Exporter le calendrier (.ics)…</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>Ac&amp;tivités</translation>
        </message>
        <message>
            <source>Log &amp;call</source>
            <translation>Consigner un &amp;appel</translation>
        </message>
        <message>
            <source>Log &amp;meeting</source>
            <translation>Consigner une &amp;réunion</translation>
        </message>
        <message>
            <source>New &amp;task</source>
            <translation>Nouvelle &amp;tâche</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <source>Import calendar</source>
            <translation>Importer un calendrier</translation>
        </message>
        <message>
            <source>iCalendar (*.ics);;All files (*)</source>
            <translation>iCalendar (*.ics);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Could not read {path}: {exc}</source>
            <translation>Impossible de lire {path} : {exc}</translation>
        </message>
        <message>
            <source>{name} was not imported (nothing was changed): {exc}</source>
            <translation>{name} n'a pas été importé (rien n'a été modifié) : {exc}</translation>
        </message>
        <message>
            <source>Imported {name}: {v1}</source>
            <translation>{name} importé : {v1}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Could not export the calendar: {exc}</source>
            <translation>Impossible d'exporter le calendrier : {exc}</translation>
        </message>
        <message>
            <source>Exported {count:,} tasks and meetings to {path}</source>
            <translation>{count:,} tâches et réunions exportées vers {path}</translation>
        </message>
    </context>
    <context>
        <name>calendar.edits</name>
        <message>
            <source>Could not move “{subject}”: {exc}</source>
            <translation>Impossible de déplacer « {subject} » : {exc}</translation>
        </message>
        <message>
            <source>{v0} “{subject}” {what} — Ctrl+Z to undo</source>
            <translation>{v0} « {subject} » {what} — Ctrl+Z pour annuler</translation>
        </message>
        <message>
            <source>“{subject}” now due {v1:%a %d %b} — Ctrl+Z to undo</source>
            <translation>« {subject} » désormais à échéance le {v1:%a %d %b} — Ctrl+Z pour annuler</translation>
        </message>
    </context>
    <context>
        <name>common.columns</name>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>ID source</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Autre téléphone</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Autre e-mail</translation>
        </message>
    </context>
    <context>
        <name>common.file_dialogs</name>
        <message>
            <source>Rapport's own database</source>
            <translation>Base de données de Rapport</translation>
        </message>
        <message>
            <source>{name} is the database Rapport has open. Choose another file.</source>
            <translation>{name} est la base de données ouverte par Rapport. Choisissez un autre fichier.</translation>
        </message>
    </context>
    <context>
        <name>common.form_dialog</name>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>Personne (non attribué)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>State, province or county</source>
            <translation>Région, province ou département</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Two letters, e.g. DE</source>
            <translation>Deux lettres, ex. FR</translation>
        </message>
    </context>
    <context>
        <name>common.merge_conflict</name>
        <message>
            <source>Could not save</source>
            <translation>Impossible d'enregistrer</translation>
        </message>
    </context>
    <context>
        <name>common.pdf_dialog</name>
        <message>
            <source>Preview…</source>
            <translation>Aperçu…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
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
            <translation>Aperçu avant impression : {title}</translation>
        </message>
    </context>
    <context>
        <name>host</name>
        <message>
            <source>Select a contact, lead, account, deal or document to email</source>
            <translation>Sélectionnez un contact, un prospect, un compte, une affaire ou un document à envoyer par e-mail</translation>
        </message>
        <message>
            <source>&amp;Email…</source>
            <translation>&amp;E-mail…</translation>
        </message>
        <message>
            <source>Fetc&amp;h mail</source>
            <translation>&amp;Relever le courrier</translation>
        </message>
        <message>
            <source>Email se&amp;ttings…</source>
            <translation>Paramètres de &amp;messagerie…</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Alors</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Démarré</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Déclencheur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Chiffre d'affaires annuel</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employés</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <source>Tax %</source>
            <translation>TVA %</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Émis le</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Cycle de vie</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>HT</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>RFM segment</source>
            <translation>Segment RFM</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Dernière commande</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Affaires ouvertes</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prévisions</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondu</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>Search number, account, notes…</source>
            <translation>Rechercher numéro, compte, notes…</translation>
        </message>
        <message>
            <source>products</source>
            <translation>produits</translation>
        </message>
        <message>
            <source>Search SKU, name, description…</source>
            <translation>Rechercher référence, nom, description…</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <source>leads</source>
            <translation>prospects</translation>
        </message>
        <message>
            <source>Search name, company, email, phone…</source>
            <translation>Rechercher nom, entreprise, e-mail, téléphone…</translation>
        </message>
        <message>
            <source>records</source>
            <translation>enregistrements</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>comptes</translation>
        </message>
        <message>
            <source>Search name, website, email, phone…</source>
            <translation>Rechercher nom, site web, e-mail, téléphone…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <source>Search name, email, phone, company…</source>
            <translation>Rechercher nom, e-mail, téléphone, entreprise…</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>ID source</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Autre téléphone</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Autre e-mail</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>deleted records</source>
            <translation>enregistrements supprimés</translation>
        </message>
        <message>
            <source>Search the trash…</source>
            <translation>Rechercher dans la corbeille…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Base de connaissances</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>articles</translation>
        </message>
        <message>
            <source>Search title, category, text…</source>
            <translation>Rechercher titre, catégorie, texte…</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>tickets</source>
            <translation>tickets</translation>
        </message>
        <message>
            <source>Search number, subject, description…</source>
            <translation>Rechercher numéro, objet, description…</translation>
        </message>
    </context>
    <context>
        <name>lists.export_action</name>
        <message>
            <source>Exporting {noun}…</source>
            <translation>Export des {noun}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export {noun}</source>
            <translation>Exporter {noun}</translation>
        </message>
        <message>
            <source>Could not export to {name}: {exc}</source>
            <translation>Impossible d'exporter vers {name} : {exc}</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Export annulé</translation>
        </message>
        <message>
            <source>Exported {count:,} {noun} to {name}</source>
            <translation>{count:,} {noun} exportés vers {name}</translation>
        </message>
    </context>
    <context>
        <name>lists.print_action</name>
        <message>
            <source>Preparing the {noun} for printing…</source>
            <translation>Préparation des {noun} pour l'impression…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save {noun} as PDF</source>
            <translation>Enregistrer {noun} en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write {name}: {exc}</source>
            <translation>Impossible d'écrire {name} : {exc}</translation>
        </message>
        <message>
            <source>Saved the {noun} list to {name}</source>
            <translation>Liste des {noun} enregistrée dans {name}</translation>
        </message>
        <message>
            <source>Cannot print the {noun}: {exc}</source>
            <translation>Impossible d'imprimer les {noun} : {exc}</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Impression annulée</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Print the {noun} this list shows (Ctrl+P), {tip}or save them as PDF</source>
            <translation>Imprimer les {noun} affichés dans cette liste (Ctrl+P), {tip}ou les enregistrer en PDF</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Imprimer la liste…</translation>
        </message>
        <message>
            <source>Save list as PDF…</source>
            <translation>Enregistrer la liste en PDF…</translation>
        </message>
        <message>
            <source>Mailing labels…</source>
            <translation>Étiquettes d'adresse…</translation>
        </message>
        <message>
            <source>Envelopes…</source>
            <translation>Enveloppes…</translation>
        </message>
        <message>
            <source>Letters…</source>
            <translation>Lettres…</translation>
        </message>
    </context>
    <context>
        <name>lists.record_page</name>
        <message>
            <source>All owners</source>
            <translation>Tous les propriétaires</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>No segment</source>
            <translation>Aucun segment</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
    </context>
    <context>
        <name>records.contacts_preview</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
    </context>
    <context>
        <name>reports.result_model</name>
        <message>
            <source>Report result</source>
            <translation>Résultat du rapport</translation>
        </message>
    </context>
    <context>
        <name>settings.users</name>
        <message>
            <source>Only an administrator manages users and teams.</source>
            <translation>Seul un administrateur gère les utilisateurs et les équipes.</translation>
        </message>
    </context>
    <context>
        <name>shell.open_error</name>
        <message>
            <source>If the path has a typo, quit and start Rapport with the right one. Or create a new, empty database at this path.</source>
            <translation>Si le chemin contient une faute de frappe, quittez et relancez Rapport avec le bon chemin. Ou créez une nouvelle base de données vide à cet emplacement.</translation>
        </message>
        <message>
            <source>Create a new database</source>
            <translation>Créer une nouvelle base de données</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>The language changes when Rapport next starts.</source>
            <translation>La langue changera au prochain démarrage de Rapport.</translation>
        </message>
    </context>
</TS>
