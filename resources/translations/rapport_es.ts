<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name />
        <message>
            <source>BREACHED {0}</source>
            <translation>INCUMPLIDO {0}</translation>
        </message>
        <message>
            <source>paused, {0}</source>
            <translation>en pausa, {0}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Asignado a</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Asunto *</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Título *</translation>
        </message>
        <message>
            <source>Text (Markdown)</source>
            <translation>Texto (Markdown)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>First response met</source>
            <translation>Primera respuesta a tiempo</translation>
        </message>
        <message>
            <source>Resolution met</source>
            <translation>Resolución a tiempo</translation>
        </message>
        <message>
            <source>Mean first response</source>
            <translation>Primera respuesta media</translation>
        </message>
        <message>
            <source>Mean resolution</source>
            <translation>Resolución media</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailPane</name>
        <message>
            <source>Schedule</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>The Gantt of this account's tasks and its deals' tasks</source>
            <translation>El diagrama de Gantt de las tareas de esta cuenta y de las tareas de sus oportunidades</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Name *</source>
            <translation>Nombre *</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>info@example.com</source>
            <translation>info@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Facturación anual</translation>
        </message>
        <message>
            <source>e.g. 1,250,000</source>
            <translation>p. ej. 1,250,000</translation>
        </message>
        <message>
            <source>Revenue currency</source>
            <translation>Moneda de la facturación</translation>
        </message>
        <message>
            <source>e.g. EUR</source>
            <translation>p. ej. EUR</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Empleados</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>p. ej. 250</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documentos en</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Asunto *</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>e.g. Acme HQ, room 4</source>
            <translation>p. ej. sede de Acme, sala 4</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>Recordármelo el</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Asignado a</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Group / project</source>
            <translation>Grupo / proyecto</translation>
        </message>
        <message>
            <source>e.g. Acme rollout</source>
            <translation>p. ej. implantación en Acme</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Link to a contact, account or lead: type a name…</source>
            <translation>Vincular a un contacto, cuenta o lead: escriba un nombre…</translation>
        </message>
        <message>
            <source>Unlink all</source>
            <translation>Desvincular todo</translation>
        </message>
        <message>
            <source>Regarding:</source>
            <translation>Relacionado con:</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>A&amp;pariencia</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
    </context>
    <context>
        <name>AssignMenu</name>
        <message>
            <source>Assign to</source>
            <translation>Asignar a</translation>
        </message>
        <message>
            <source>Assign the selected records to</source>
            <translation>Asignar los registros seleccionados a</translation>
        </message>
        <message>
            <source>Assign {0} selected to:</source>
            <translation>Asignar {0} seleccionados a:</translation>
        </message>
        <message>
            <source>Assign {0} to {1}</source>
            <translation>Asignar {0} a {1}</translation>
        </message>
        <message>
            <source>Could not assign {0}: {1}</source>
            <translation>No se pudo asignar {0}: {1}</translation>
        </message>
        <message>
            <source>{0} of {1} assigned to {2}</source>
            <translation>{0} de {1} asignados a {2}</translation>
        </message>
    </context>
    <context>
        <name>AssignmentBox</name>
        <message>
            <source>New leads and accounts without an owner</source>
            <translation>Leads y cuentas nuevos sin propietario</translation>
        </message>
        <message>
            <source>Owner of a new record without one</source>
            <translation>Propietario de un registro nuevo que no lo tenga</translation>
        </message>
        <message>
            <source>the person who creates it</source>
            <translation>la persona que lo crea</translation>
        </message>
        <message>
            <source>by territory: its users in turn</source>
            <translation>por territorio: sus usuarios por turnos</translation>
        </message>
        <message>
            <source>in turn among team {0}</source>
            <translation>por turnos entre el equipo {0}</translation>
        </message>
        <message>
            <source>&amp;Leads</source>
            <translation>&amp;Leads</translation>
        </message>
        <message>
            <source>A&amp;ccounts</source>
            <translation>&amp;Cuentas</translation>
        </message>
        <message>
            <source>Assign new leads</source>
            <translation>Asignar leads nuevos</translation>
        </message>
        <message>
            <source>Assign new accounts</source>
            <translation>Asignar cuentas nuevas</translation>
        </message>
        <message>
            <source>&amp;Save rule</source>
            <translation>&amp;Guardar regla</translation>
        </message>
        <message>
            <source>Save the assignment rule</source>
            <translation>Guardar la regla de asignación</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Propietario</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Saved: it applies to the next record created.</source>
            <translation>Guardada: se aplica al próximo registro que se cree.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit entries</source>
            <translation>Entradas de auditoría</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Todos los registros</translation>
        </message>
        <message>
            <source>Changes since</source>
            <translation>Cambios desde</translation>
        </message>
        <message>
            <source>Changes until</source>
            <translation>Cambios hasta</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <source>Could not read the audit log: {exc}</source>
            <translation>No se pudo leer el registro de auditoría: {exc}</translation>
        </message>
    </context>
    <context>
        <name>AutomationDialog</name>
        <message>
            <source>Automation rules</source>
            <translation>Reglas de automatización</translation>
        </message>
        <message>
            <source>Select a rule and press Dry run: which records it would act on now, and what it would do.</source>
            <translation>Seleccione una regla y pulse Simulación: verá sobre qué registros actuaría ahora y qué haría.</translation>
        </message>
        <message>
            <source>Undo this run</source>
            <translation>Deshacer esta ejecución</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run log&lt;/b&gt;</source>
            <translation>&lt;b&gt;Registro de ejecuciones&lt;/b&gt;</translation>
        </message>
        <message>
            <source>'{name}' switched {v1}</source>
            <translation>'{name}': {v1}</translation>
        </message>
        <message>
            <source>{v0} ready-made rule(s) added, switched off</source>
            <translation>{v0} regla(s) predefinida(s) añadida(s), desactivada(s)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {note}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {note}</translation>
        </message>
        <message>
            <source>{action} on {record_type}: {outcome}{error}</source>
            <translation>{action} en {record_type}: {outcome}{error}</translation>
        </message>
    </context>
    <context>
        <name>AutomationRunner</name>
        <message>
            <source>Automation: {error}</source>
            <translation>Automatización: {error}</translation>
        </message>
        <message>
            <source>Automation: acted on {acted} record(s), {delivered} webhook(s) sent</source>
            <translation>Automatización: actuó sobre {acted} registro(s), {delivered} webhook(s) enviado(s)</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Search deal or account…</source>
            <translation>Buscar oportunidad o cuenta…</translation>
        </message>
        <message>
            <source>Stale after days</source>
            <translation>Inactiva tras días</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>A deal with no stage move and no activity for this long, and nothing planned, is shown as stale</source>
            <translation>Una oportunidad sin cambio de etapa ni actividad durante este tiempo, y sin nada planificado, se muestra como inactiva</translation>
        </message>
        <message>
            <source>Stale after</source>
            <translation>Inactiva tras</translation>
        </message>
        <message>
            <source>Pipelines…</source>
            <translation>Embudos…</translation>
        </message>
        <message>
            <source>Add, rename and reorder pipelines and their stages</source>
            <translation>Añadir, renombrar y reordenar embudos y sus etapas</translation>
        </message>
        <message>
            <source>No pipeline yet.</source>
            <translation>Aún no hay ningún embudo.</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Nueva oportunidad</translation>
        </message>
        <message>
            <source>Add a deal (Ctrl+N)</source>
            <translation>Añadir una oportunidad (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open deal</source>
            <translation>Abrir oportunidad</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Eliminar oportunidad</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos los propietarios</translation>
        </message>
        <message>
            <source>Could not move “{name}”: {exc}</source>
            <translation>No se pudo mover «{name}»: {exc}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Create quote…</source>
            <translation>Crear presupuesto…</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Mover a</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Deal won</source>
            <translation>Oportunidad ganada</translation>
        </message>
        <message>
            <source>Won amount for “{name}” ({currency}):</source>
            <translation>Importe ganado de «{name}» ({currency}):</translation>
        </message>
        <message>
            <source>“{text}” is not an amount</source>
            <translation>«{text}» no es un importe</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Oportunidad perdida</translation>
        </message>
        <message>
            <source>Why was “{name}” lost?</source>
            <translation>¿Por qué se perdió «{name}»?</translation>
        </message>
        <message>
            <source>{count:,} open deals</source>
            <translation>{count:,} oportunidades abiertas</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>No se pudo eliminar {text}: {exc}</translation>
        </message>
        <message>
            <source>Deal “{name}” moved to the trash</source>
            <translation>Oportunidad «{name}» movida a la papelera</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Ir a hoy (T)</translation>
        </message>
        <message>
            <source>Earlier (← or PgUp)</source>
            <translation>Anterior (← o PgUp)</translation>
        </message>
        <message>
            <source>Later (→ or PgDn)</source>
            <translation>Posterior (→ o PgDn)</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>New meeting (Ctrl+N); or double-click a free slot</source>
            <translation>Nueva reunión (Ctrl+N); o haga doble clic en un hueco libre</translation>
        </message>
        <message>
            <source>Import calendar (.ics)…</source>
            <translation>Importar calendario (.ics)…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Exportar calendario (.ics)…</translation>
        </message>
        <message>
            <source>iCalendar</source>
            <translation>iCalendar</translation>
        </message>
        <message>
            <source>Import or export meetings and tasks as an .ics file (as in the File menu)</source>
            <translation>Importar o exportar reuniones y tareas como archivo .ics (como en el menú Archivo)</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Asignado a</translation>
        </message>
        <message>
            <source>{meetings:,} meetings and calls · {tasks:,} tasks</source>
            <translation>{meetings:,} reuniones y llamadas · {tasks:,} tareas</translation>
        </message>
    </context>
    <context>
        <name>CallSheetDialog</name>
        <message>
            <source>Print a call sheet</source>
            <translation>Imprimir una hoja de llamadas</translation>
        </message>
        <message>
            <source>Whose:</source>
            <translation>De quién:</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Día:</translation>
        </message>
        <message>
            <source>Open tasks due that day (and overdue up to 30 days), meetings that day, each with the person's numbers, the deal and the last contact, and room to write the outcome.</source>
            <translation>Tareas abiertas que vencen ese día (y vencidas hasta 30 días), reuniones de ese día, cada una con los números de la persona, la oportunidad y el último contacto, y espacio para anotar el resultado.</translation>
        </message>
        <message>
            <source>There is no user to print a call sheet for.</source>
            <translation>No hay ningún usuario para el que imprimir una hoja de llamadas.</translation>
        </message>
        <message>
            <source>Could not read the tasks: {exc}</source>
            <translation>No se pudieron leer las tareas: {exc}</translation>
        </message>
        <message>
            <source>Save the call sheet as PDF</source>
            <translation>Guardar la hoja de llamadas como PDF</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>No se pudo escribir el PDF: {exc}</translation>
        </message>
        <message>
            <source>Saved the call sheet to {saved}</source>
            <translation>Hoja de llamadas guardada en {saved}</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>Edit campaign</source>
            <translation>Editar campaña</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nueva campaña</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>{name} ({entity_type}s)</source>
            <translation>{name} ({entity_type}s)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>&amp;Moneda</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Presupuesto asignado</translation>
        </message>
        <message>
            <source>&amp;Actual cost</source>
            <translation>&amp;Coste real</translation>
        </message>
        <message>
            <source>Mail te&amp;mplate</source>
            <translation>&amp;Plantilla de correo</translation>
        </message>
        <message>
            <source>Se&amp;gment</source>
            <translation>Se&amp;gmento</translation>
        </message>
    </context>
    <context>
        <name>CampaignsPage</name>
        <message>
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Actual cost</source>
            <translation>Coste real</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Cost per lead</source>
            <translation>Coste por lead</translation>
        </message>
        <message>
            <source>Won revenue</source>
            <translation>Ingresos ganados</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Clientes nuevos</translation>
        </message>
        <message>
            <source>CAC</source>
            <translation>CAC</translation>
        </message>
        <message>
            <source>&amp;New campaign</source>
            <translation>&amp;Nueva campaña</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>Add se&amp;gment members</source>
            <translation>Añadir miembros del se&amp;gmento</translation>
        </message>
        <message>
            <source>&amp;Send mail</source>
            <translation>&amp;Enviar correo</translation>
        </message>
        <message>
            <source>Drip se&amp;quences…</source>
            <translation>Se&amp;cuencias de goteo…</translation>
        </message>
        <message>
            <source>Could not read the campaigns: {error}</source>
            <translation>No se pudieron leer las campañas: {error}</translation>
        </message>
        <message>
            <source>No campaign yet: Ctrl+Shift+N makes one.</source>
            <translation>Aún no hay ninguna campaña: Ctrl+Shift+N crea una.</translation>
        </message>
        <message>
            <source>Campaign '{name}' created</source>
            <translation>Campaña '{name}' creada</translation>
        </message>
        <message>
            <source>Campaign '{name}' saved</source>
            <translation>Campaña '{name}' guardada</translation>
        </message>
        <message>
            <source>{n} members added from the segment</source>
            <translation>{n} miembros añadidos desde el segmento</translation>
        </message>
        <message>
            <source>Queue '{name}' to its {n} pending members? Those without email consent are skipped.</source>
            <translation>¿Poner en cola '{name}' para sus {n} miembros pendientes? Se omiten los que no tienen consentimiento de correo.</translation>
        </message>
        <message>
            <source>Send campaign</source>
            <translation>Enviar campaña</translation>
        </message>
        <message>
            <source>Queueing the campaign's mail…</source>
            <translation>Poniendo en cola el correo de la campaña…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{q} mails queued, {s} suppressed (no consent), {p} still pending</source>
            <translation>{q} correos en cola, {s} suprimidos (sin consentimiento), {p} aún pendientes</translation>
        </message>
        <message>
            <source>1 campaign</source>
            <translation>1 campaña</translation>
        </message>
        <message>
            <source>{n} campaigns</source>
            <translation>{n} campañas</translation>
        </message>
        <message>
            <source>Delete the campaign '{name}'? Its leads and deals keep their other data.</source>
            <translation>¿Eliminar la campaña '{name}'? Sus leads y oportunidades conservan el resto de sus datos.</translation>
        </message>
        <message>
            <source>Delete campaign</source>
            <translation>Eliminar campaña</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>stale</source>
            <translation>inactiva</translation>
        </message>
        <message>
            <source>No account</source>
            <translation>Sin cuenta</translation>
        </message>
        <message>
            <source>Close {date}</source>
            <translation>Cierre {date}</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>Sin fecha de cierre</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <source>{owner} · {days} d in stage</source>
            <translation>{owner} · {days} d en la etapa</translation>
        </message>
        <message>
            <source>{owner} · {days} d</source>
            <translation>{owner} · {days} d</translation>
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
            <translation>Gráfico de retención por cohortes</translation>
        </message>
        <message>
            <source>Months since becoming a customer</source>
            <translation>Meses desde que es cliente</translation>
        </message>
        <message>
            <source>Still customers (%)</source>
            <translation>Siguen siendo clientes (%)</translation>
        </message>
    </context>
    <context>
        <name>ColumnChooser</name>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
    </context>
    <context>
        <name>CompanySettingsDialog</name>
        <message>
            <source>Company name *</source>
            <translation>Nombre de la empresa *</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Country (phone numbers)</source>
            <translation>País (números de teléfono)</translation>
        </message>
        <message>
            <source>Two letters, e.g. DE</source>
            <translation>Dos letras, p. ej. ES</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>NIF</translation>
        </message>
        <message>
            <source>Bank details</source>
            <translation>Datos bancarios</translation>
        </message>
        <message>
            <source>IBAN … · BIC …</source>
            <translation>IBAN … · BIC …</translation>
        </message>
        <message>
            <source>Logo (PNG/JPEG)</source>
            <translation>Logotipo (PNG/JPEG)</translation>
        </message>
        <message>
            <source>Default currency</source>
            <translation>Moneda predeterminada</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Condiciones de pago</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documentos en</translation>
        </message>
        <message>
            <source>Device prefix</source>
            <translation>Prefijo del dispositivo</translation>
        </message>
        <message>
            <source>empty, or e.g. LAP1 for an offline laptop</source>
            <translation>vacío, o p. ej. LAP1 para un portátil sin conexión</translation>
        </message>
        <message>
            <source>{v0} numbers</source>
            <translation>Números {v0}</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Configuración de la empresa</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Elegir logotipo…</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Company settings saved</source>
            <translation>Configuración de la empresa guardada</translation>
        </message>
    </context>
    <context>
        <name>ComposeDialog</name>
        <message>
            <source>Email this document</source>
            <translation>Enviar este documento por correo</translation>
        </message>
        <message>
            <source>New email</source>
            <translation>Nuevo correo</translation>
        </message>
        <message>
            <source>Send from account</source>
            <translation>Enviar desde la cuenta</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>(write it here)</source>
            <translation>(escríbalo aquí)</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Dear {{ recipient.first_name }}, …</source>
            <translation>Estimado/a {{ recipient.first_name }}, …</translation>
        </message>
        <message>
            <source>Preview with the recipient's values</source>
            <translation>Vista previa con los valores del destinatario</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Plantilla</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Asunto</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>Enviar (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>You have no mail account yet: add one in Settings &gt; Email.</source>
            <translation>Aún no tiene ninguna cuenta de correo: añada una en Configuración &gt; Correo electrónico.</translation>
        </message>
        <message>
            <source>To: {0} &lt;{1}&gt;
Subject: {2}

</source>
            <translation>Para: {0} &lt;{1}&gt;
Asunto: {2}

</translation>
        </message>
        <message>
            <source>Sending to {0}…</source>
            <translation>Enviando a {0}…</translation>
        </message>
        <message>
            <source>Queued, but not sent yet: {0}</source>
            <translation>En cola, pero aún no enviado: {0}</translation>
        </message>
        <message>
            <source>Mail sent</source>
            <translation>Correo enviado</translation>
        </message>
        <message>
            <source>Mail queued</source>
            <translation>Correo en cola</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <source>not</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Remove this condition</source>
            <translation>Quitar esta condición</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>or type the value to keep</source>
            <translation>o escriba el valor que se conserva</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Valor que se conserva</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Conservar el &amp;mío</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Conservar el &amp;suyo</translation>
        </message>
        <message>
            <source>&amp;Use this value</source>
            <translation>&amp;Usar este valor</translation>
        </message>
        <message>
            <source>%1 waiting for a decision; each decision goes to the office at the next sync.</source>
            <translation>%1 en espera de una decisión; cada decisión se envía a la oficina en la próxima sincronización.</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 conflicto</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>%1 conflictos</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>No hay conflictos.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mío</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Suyo</translation>
        </message>
        <message>
            <source>Office change</source>
            <translation>Cambio en la oficina</translation>
        </message>
        <message>
            <source>the whole record</source>
            <translation>todo el registro</translation>
        </message>
    </context>
    <context>
        <name>ConnectServerDialog</name>
        <message>
            <source>Connect to a team server</source>
            <translation>Conectar a un servidor del equipo</translation>
        </message>
        <message>
            <source>Server host name</source>
            <translation>Nombre de host del servidor</translation>
        </message>
        <message>
            <source>Server port</source>
            <translation>Puerto del servidor</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Nombre de la base de datos</translation>
        </message>
        <message>
            <source>Database user</source>
            <translation>Usuario de la base de datos</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Contraseña de la base de datos</translation>
        </message>
        <message>
            <source>Encryption (sslmode)</source>
            <translation>Cifrado (sslmode)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Probar co&amp;nexión</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar conexión</translation>
        </message>
        <message>
            <source>&amp;Initialise a new team database</source>
            <translation>&amp;Inicializar una nueva base de datos del equipo</translation>
        </message>
        <message>
            <source>Initialise a new team database</source>
            <translation>Inicializar una nueva base de datos del equipo</translation>
        </message>
        <message>
            <source>First administrator's name</source>
            <translation>Nombre del primer administrador</translation>
        </message>
        <message>
            <source>First administrator's email</source>
            <translation>Correo electrónico del primer administrador</translation>
        </message>
        <message>
            <source>First administrator's password</source>
            <translation>Contraseña del primer administrador</translation>
        </message>
        <message>
            <source>The password again</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <source>Administrator's name</source>
            <translation>Nombre del administrador</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>&amp;Host</source>
            <translation>&amp;Servidor</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Puerto</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>Base de &amp;datos</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Usuario</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>C&amp;ontraseña</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>Ci&amp;frado</translation>
        </message>
        <message>
            <source>prefer: TLS when the server offers it</source>
            <translation>prefer: TLS cuando el servidor lo ofrece</translation>
        </message>
        <message>
            <source>require: always TLS</source>
            <translation>require: siempre TLS</translation>
        </message>
        <message>
            <source>verify-ca: TLS, certificate checked</source>
            <translation>verify-ca: TLS, con comprobación del certificado</translation>
        </message>
        <message>
            <source>verify-full: TLS, certificate and host name checked</source>
            <translation>verify-full: TLS, con comprobación del certificado y del nombre de host</translation>
        </message>
        <message>
            <source>disable: no TLS (a trusted local network only)</source>
            <translation>disable: sin TLS (solo en una red local de confianza)</translation>
        </message>
        <message>
            <source>Cannot test: {0}.</source>
            <translation>No se puede probar: {0}.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Test the connection first.</source>
            <translation>Pruebe primero la conexión.</translation>
        </message>
        <message>
            <source>No one can sign in there yet: initialise it with its first administrator.</source>
            <translation>Aún nadie puede iniciar sesión en ella: inicialícela con su primer administrador.</translation>
        </message>
        <message>
            <source>Setting up the team database…</source>
            <translation>Configurando la base de datos del equipo…</translation>
        </message>
        <message>
            <source>Give the first administrator's name and email.</source>
            <translation>Indique el nombre y el correo electrónico del primer administrador.</translation>
        </message>
        <message>
            <source>Give the first administrator a password.</source>
            <translation>Asigne una contraseña al primer administrador.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
        <message>
            <source>Connection not saved</source>
            <translation>Conexión no guardada</translation>
        </message>
        <message>
            <source>Rapport connects now, but {0}.</source>
            <translation>Rapport ya se conecta, pero {0}.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consent of {name}</source>
            <translation>Consentimiento de {name}</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manualmente</translation>
        </message>
        <message>
            <source>the wording the person agreed to</source>
            <translation>el texto que la persona aceptó</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>&amp;Origen</translation>
        </message>
        <message>
            <source>&amp;Text shown</source>
            <translation>&amp;Texto mostrado</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Historial de consentimiento</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Registrar</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>Consentimiento registrado</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Salutation</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>e.g. Dr., Ms</source>
            <translation>p. ej. Dr., Sra.</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Apellidos *</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>nombre@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Otro correo electrónico</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Otro teléfono</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Accounts (double-click a role to edit it; tick the primary account)</source>
            <translation>Cuentas (haga doble clic en un rol para editarlo; marque la cuenta principal)</translation>
        </message>
    </context>
    <context>
        <name>ContactsPreview</name>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
    </context>
    <context>
        <name>ConvertDialog</name>
        <message>
            <source>{verb} lead {full_name}</source>
            <translation>{verb} lead {full_name}</translation>
        </message>
        <message>
            <source>Link to existing: {label} ({reason})</source>
            <translation>Vincular a existente: {label} ({reason})</translation>
        </message>
        <message>
            <source>Create account “{v0}”</source>
            <translation>Crear cuenta «{v0}»</translation>
        </message>
        <message>
            <source>Create contact “{full_name}”</source>
            <translation>Crear contacto «{full_name}»</translation>
        </message>
        <message>
            <source>Create a deal</source>
            <translation>Crear una oportunidad</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Deal name</source>
            <translation>Nombre de la oportunidad</translation>
        </message>
        <message>
            <source>Amount (EUR)</source>
            <translation>Importe (EUR)</translation>
        </message>
        <message>
            <source>Lead {full_name} converted</source>
            <translation>Lead {full_name} convertido</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldFilter</name>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>Any custom field</source>
            <translation>Cualquier campo personalizado</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <source>Custom fields</source>
            <translation>Campos personalizados</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Delete for good…</source>
            <translation>Eliminar definitivamente…</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <source>In the trash (their values stay stored: restore a field to show them again)</source>
            <translation>En la papelera (sus valores siguen guardados: restaure un campo para volver a mostrarlos)</translation>
        </message>
        <message>
            <source>Delete custom field</source>
            <translation>Eliminar campo personalizado</translation>
        </message>
        <message>
            <source>Delete the field “{label}”?

{holders:,} {noun} record(s) hold a value for it. The field and its values go to the trash: restore the field to get them back.</source>
            <translation>¿Eliminar el campo «{label}»?

{holders:,} registro(s) ({noun}) tienen un valor en él. El campo y sus valores van a la papelera: restaure el campo para recuperarlos.</translation>
        </message>
        <message>
            <source>Delete custom field for good</source>
            <translation>Eliminar campo personalizado definitivamente</translation>
        </message>
        <message>
            <source>Delete “{label}” and every value stored for it? This cannot be undone.</source>
            <translation>¿Eliminar «{label}» y todos los valores guardados para él? Esta acción no se puede deshacer.</translation>
        </message>
        <message>
            <source>Custom field “{label}” and its values deleted</source>
            <translation>Campo personalizado «{label}» y sus valores eliminados</translation>
        </message>
    </context>
    <context>
        <name>CustomerValueTab</name>
        <message>
            <source>Mark churned…</source>
            <translation>Marcar como perdido…</translation>
        </message>
        <message>
            <source>Mark this customer as churned</source>
            <translation>Marcar este cliente como perdido</translation>
        </message>
        <message>
            <source>Won back…</source>
            <translation>Recuperado…</translation>
        </message>
        <message>
            <source>Mark this customer as won back</source>
            <translation>Marcar este cliente como recuperado</translation>
        </message>
        <message>
            <source>Purchase history</source>
            <translation>Historial de compras</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Compras</translation>
        </message>
        <message>
            <source>Offer next</source>
            <translation>Próxima oferta</translation>
        </message>
        <message>
            <source>Not a customer yet.</source>
            <translation>Aún no es cliente.</translation>
        </message>
        <message>
            <source>Customer since {0}.</source>
            <translation>Cliente desde {0}.</translation>
        </message>
        <message>
            <source>Churned on {0}.</source>
            <translation>Perdido el {0}.</translation>
        </message>
        <message>
            <source>Reason: {0}.</source>
            <translation>Motivo: {0}.</translation>
        </message>
        <message>
            <source>Scores not computed yet (they are recomputed nightly or by `rapport customer-value`).</source>
            <translation>Puntuaciones aún no calculadas (se recalculan cada noche o con `rapport customer-value`).</translation>
        </message>
        <message>
            <source>RFM {0}{1}{2}: {3} · {4}, last on {5}</source>
            <translation>RFM {0}{1}{2}: {3} · {4}, último el {5}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} pedidos</translation>
        </message>
        <message>
            <source>Engagement {0}/100 ({1})</source>
            <translation>Interacción {0}/100 ({1})</translation>
        </message>
        <message>
            <source>no inputs</source>
            <translation>sin datos</translation>
        </message>
        <message>
            <source>Churn risk {0}/100</source>
            <translation>Riesgo de abandono {0}/100</translation>
        </message>
        <message>
            <source>Reason (as of today):</source>
            <translation>Motivo (a fecha de hoy):</translation>
        </message>
        <message>
            <source>Mark churned</source>
            <translation>Marcar como perdido</translation>
        </message>
        <message>
            <source>Won back</source>
            <translation>Recuperado</translation>
        </message>
    </context>
    <context>
        <name>CustomerValueWindow</name>
        <message>
            <source>Customer value</source>
            <translation>Valor del cliente</translation>
        </message>
        <message>
            <source>Churn rate, last 12 months</source>
            <translation>Tasa de abandono, últimos 12 meses</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Valor del ciclo de vida</translation>
        </message>
        <message>
            <source>Won back, last 12 months</source>
            <translation>Recuperados, últimos 12 meses</translation>
        </message>
        <message>
            <source>Suggestions taken</source>
            <translation>Sugerencias aceptadas</translation>
        </message>
        <message>
            <source>Accounts at risk of churning</source>
            <translation>Cuentas en riesgo de abandono</translation>
        </message>
        <message>
            <source>&amp;Recompute scores</source>
            <translation>&amp;Recalcular puntuaciones</translation>
        </message>
        <message>
            <source>Recompute RFM, engagement, churn risk and product pairs</source>
            <translation>Recalcular RFM, interacción, riesgo de abandono y pares de productos</translation>
        </message>
        <message>
            <source>Apply &amp;churn rule</source>
            <translation>Aplicar regla de &amp;abandono</translation>
        </message>
        <message>
            <source>Mark customers without an order for 12 months as churned</source>
            <translation>Marcar como perdidos los clientes sin pedidos en 12 meses</translation>
        </message>
        <message>
            <source>At risk (churn risk 60 and above)</source>
            <translation>En riesgo (riesgo de abandono de 60 o más)</translation>
        </message>
        <message>
            <source>Retention by cohort</source>
            <translation>Retención por cohorte</translation>
        </message>
        <message>
            <source>RFM segments: </source>
            <translation>Segmentos RFM: </translation>
        </message>
        <message>
            <source>Scored {0} accounts; {1} product pairs</source>
            <translation>{0} cuentas puntuadas; {1} pares de productos</translation>
        </message>
        <message>
            <source>{0} churned (no order for 12 months), {1} won back</source>
            <translation>{0} perdidos (sin pedidos en 12 meses), {1} recuperados</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Customer satisfaction after resolved tickets, 1 to 5</source>
            <translation>Satisfacción del cliente tras tickets resueltos, de 1 a 5</translation>
        </message>
        <message>
            <source>{0:.1f} · {1:.0f} % satisfied · {2} answers</source>
            <translation>{0:.1f} · {1:.0f} % satisfechos · {2} respuestas</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Actualizando…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Open pipeline by stage</source>
            <translation>Embudo abierto por etapa</translation>
        </message>
        <message>
            <source>Funnel: deals created in the period reaching each stage</source>
            <translation>Embudo de conversión: oportunidades creadas en el periodo que alcanzan cada etapa</translation>
        </message>
        <message>
            <source>Revenue won by month, with the weighted forecast</source>
            <translation>Ingresos ganados por mes, con la previsión ponderada</translation>
        </message>
        <message>
            <source>Win rate by month (%)</source>
            <translation>Tasa de éxito por mes (%)</translation>
        </message>
        <message>
            <source>Leads by source</source>
            <translation>Leads por origen</translation>
        </message>
        <message>
            <source>Activities per owner</source>
            <translation>Actividades por propietario</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>Todos los embudos</translation>
        </message>
        <message>
            <source>{v0:,} open deals</source>
            <translation>{v0:,} oportunidades abiertas</translation>
        </message>
        <message>
            <source>click a bar for its deals</source>
            <translation>haga clic en una barra para ver sus oportunidades</translation>
        </message>
        <message>
            <source>click a month for the deals won</source>
            <translation>haga clic en un mes para ver las oportunidades ganadas</translation>
        </message>
        <message>
            <source>won / (won + lost), by count, deals closed in the month</source>
            <translation>ganadas / (ganadas + perdidas), por número, oportunidades cerradas en el mes</translation>
        </message>
        <message>
            <source>click a source for its leads</source>
            <translation>haga clic en un origen para ver sus leads</translation>
        </message>
        <message>
            <source>click an owner for the activities</source>
            <translation>haga clic en un propietario para ver las actividades</translation>
        </message>
        <message>
            <source>Dashboard as PDF…</source>
            <translation>Panel como PDF…</translation>
        </message>
        <message>
            <source>Numbers as CSV…</source>
            <translation>Cifras como CSV…</translation>
        </message>
        <message>
            <source>Chart “{title}” as PNG…</source>
            <translation>Gráfico «{title}» como PNG…</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>Exportar {what}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado {path}</translation>
        </message>
    </context>
    <context>
        <name>DealEditor</name>
        <message>
            <source>Name *</source>
            <translation>Nombre *</translation>
        </message>
        <message>
            <source>Pipeline *</source>
            <translation>Embudo *</translation>
        </message>
        <message>
            <source>Stage *</source>
            <translation>Etapa *</translation>
        </message>
        <message>
            <source>Lost because</source>
            <translation>Perdida porque</translation>
        </message>
        <message>
            <source>Needed for a lost stage</source>
            <translation>Obligatorio para una etapa de pérdida</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>e.g. 12500.00</source>
            <translation>p. ej. 12500.00</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Cierre previsto</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Type the account's name…</source>
            <translation>Escriba el nombre de la cuenta…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
    </context>
    <context>
        <name>DealLinesSection</name>
        <message>
            <source>Add line</source>
            <translation>Añadir línea</translation>
        </message>
        <message>
            <source>A line without a product (Insert in the table)</source>
            <translation>Una línea sin producto (Insert en la tabla)</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Quitar línea</translation>
        </message>
        <message>
            <source>Remove the selected line (Delete in the table)</source>
            <translation>Quitar la línea seleccionada (Delete en la tabla)</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Emitido el</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Lista de precios</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Condiciones de pago</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Type the account's name…</source>
            <translation>Escriba el nombre de la cuenta…</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Oportunidad</translation>
        </message>
        <message>
            <source>Add text line</source>
            <translation>Añadir línea de texto</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Quitar línea</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Save and preview…</source>
            <translation>Guardar y ver vista previa…</translation>
        </message>
        <message>
            <source>Save, then show the PDF as it will print (Ctrl+P)</source>
            <translation>Guardar y mostrar el PDF tal como se imprimirá (Ctrl+P)</translation>
        </message>
        <message>
            <source>Could not save before printing: {exc}</source>
            <translation>No se pudo guardar antes de imprimir: {exc}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>(linked record)</source>
            <translation>(registro vinculado)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>New quote</source>
            <translation>Nuevo presupuesto</translation>
        </message>
        <message>
            <source>Quote from a deal…</source>
            <translation>Presupuesto desde una oportunidad…</translation>
        </message>
        <message>
            <source>Quote from a deal</source>
            <translation>Presupuesto desde una oportunidad</translation>
        </message>
        <message>
            <source>The deal's account (start of its name):</source>
            <translation>La cuenta de la oportunidad (inicio de su nombre):</translation>
        </message>
        <message>
            <source>No deals at an account whose name starts with “{name}”</source>
            <translation>No hay oportunidades en una cuenta cuyo nombre empiece por «{name}»</translation>
        </message>
        <message>
            <source>Deal at {v0}:</source>
            <translation>Oportunidad en {v0}:</translation>
        </message>
        <message>
            <source>Select a document first</source>
            <translation>Seleccione primero un documento</translation>
        </message>
        <message>
            <source>Purchase order</source>
            <translation>Orden de compra</translation>
        </message>
        <message>
            <source>Supplier account (start of its name):</source>
            <translation>Cuenta del proveedor (inicio de su nombre):</translation>
        </message>
        <message>
            <source>No account starts with “{name}”</source>
            <translation>Ninguna cuenta empieza por «{name}»</translation>
        </message>
        <message>
            <source>Could not {v0}{v1}: {exc}</source>
            <translation>No se pudo {v0}{v1}: {exc}</translation>
        </message>
        <message>
            <source>{v0} {number} created</source>
            <translation>{v0} {number} creado</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>{number} saved to {path}</source>
            <translation>{number} guardado en {path}</translation>
        </message>
        <message>
            <source>{v0} sent to the printer</source>
            <translation>{v0} enviado a la impresora</translation>
        </message>
        <message>
            <source>Could not print {v0}: {exc}</source>
            <translation>No se pudo imprimir {v0}: {exc}</translation>
        </message>
        <message>
            <source>Opened {number} in the PDF viewer</source>
            <translation>{number} abierto en el visor de PDF</translation>
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
            <translation>Duplicados</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Buscar duplicados</translation>
        </message>
        <message>
            <source>Look in</source>
            <translation>Buscar en</translation>
        </message>
        <message>
            <source>Lowest score</source>
            <translation>Puntuación mínima</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Record A</source>
            <translation>Registro A</translation>
        </message>
        <message>
            <source>Record B</source>
            <translation>Registro B</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Coincidencias</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Merge into A</source>
            <translation>Fusionar en A</translation>
        </message>
        <message>
            <source>Not duplicates</source>
            <translation>No son duplicados</translation>
        </message>
        <message>
            <source>{v0:,} likely duplicate pairs</source>
            <translation>{v0:,} pares de posibles duplicados</translation>
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
            <translation>Una exportación completa de un CRM</translation>
        </message>
        <message>
            <source>Import the good rows and report the refused ones</source>
            <translation>Importar las filas correctas e informar de las rechazadas</translation>
        </message>
        <message>
            <source>Forgiving import</source>
            <translation>Importación tolerante</translation>
        </message>
        <message>
            <source>Import plan</source>
            <translation>Plan de importación</translation>
        </message>
        <message>
            <source>{vendor} export {name}: {count} object(s), {rows} rows to import in one step (one undo).</source>
            <translation>Exportación de {vendor} {name}: {count} objeto(s), {rows} filas que se importan en un solo paso (se deshace de una vez).</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Se convierte en</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No importado</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(no importado)</translation>
        </message>
    </context>
    <context>
        <name>ExportRunPage</name>
        <message>
            <source>Importing the export</source>
            <translation>Importando la exportación</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar importación</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Deshacer esta importación</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Resultado de la importación</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Cancelling… (everything is rolled back)</source>
            <translation>Cancelando… (se revierte todo)</translation>
        </message>
        <message>
            <source>Importing object {n} of {total}…</source>
            <translation>Importando objeto {n} de {total}…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <source>The {vendor} export is imported. Ctrl+Z (or Undo this import) takes it all back.</source>
            <translation>La exportación de {vendor} se ha importado. Ctrl+Z (o Deshacer esta importación) la revierte por completo.</translation>
        </message>
        <message>
            <source>{n} row(s) refused (rapport import … --rejects DIR writes them to files).</source>
            <translation>{n} fila(s) rechazada(s) (rapport import … --rejects DIR las escribe en archivos).</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>{vendor} export imported — Ctrl+Z to undo</source>
            <translation>Exportación de {vendor} importada — Ctrl+Z para deshacer</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>made from the name</source>
            <translation>generada a partir del nombre</translation>
        </message>
        <message>
            <source>A value is required</source>
            <translation>Se requiere un valor</translation>
        </message>
        <message>
            <source>One choice per line</source>
            <translation>Una opción por línea</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>Custom field “{v0}” saved</source>
            <translation>Campo personalizado «{v0}» guardado</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Elija un archivo</translation>
        </message>
        <message>
            <source>CSV or text exports of any CRM or address book, vCards (.vcf), or a whole Salesforce, HubSpot or Pipedrive export (its folder or zip).</source>
            <translation>Exportaciones CSV o de texto de cualquier CRM o libreta de direcciones, vCards (.vcf) o una exportación completa de Salesforce, HubSpot o Pipedrive (su carpeta o zip).</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Export folder…</source>
            <translation>Carpeta de exportación…</translation>
        </message>
        <message>
            <source>Choose an export folder</source>
            <translation>Elija una carpeta de exportación</translation>
        </message>
        <message>
            <source>A whole CRM export: the folder of its CSV files (a zip: Browse…)</source>
            <translation>Una exportación completa de un CRM: la carpeta de sus archivos CSV (un zip: Examinar…)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Codificación</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Delimitador</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Data files (*.csv *.txt *.tsv *.vcf *.zip);;All (*)</source>
            <translation>Archivos de datos (*.csv *.txt *.tsv *.vcf *.zip);;Todos (*)</translation>
        </message>
        <message>
            <source>A CRM export's folder</source>
            <translation>La carpeta de una exportación de CRM</translation>
        </message>
        <message>
            <source>Cannot read {name}: {why}</source>
            <translation>No se puede leer {name}: {why}</translation>
        </message>
        <message>
            <source>A {vendor} export</source>
            <translation>Una exportación de {vendor}</translation>
        </message>
        <message>
            <source>Cannot read {name}: {exc}</source>
            <translation>No se puede leer {name}: {exc}</translation>
        </message>
        <message>
            <source>{encoding}, delimiter {shown}, {v2:,} rows</source>
            <translation>{encoding}, delimitador {shown}, {v2:,} filas</translation>
        </message>
    </context>
    <context>
        <name>FirstRunChoice</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Bienvenido a Rapport</translation>
        </message>
        <message>
            <source>Where do your customers live? Work alone in a database on this computer, or connect to your team's server (PostgreSQL) and sign in.</source>
            <translation>¿Dónde se guardan sus clientes? Trabaje solo con una base de datos en este ordenador, o conéctese al servidor de su equipo (PostgreSQL) e inicie sesión.</translation>
        </message>
        <message>
            <source>Work on this &amp;computer</source>
            <translation>Trabajar en este &amp;ordenador</translation>
        </message>
        <message>
            <source>Work on this computer</source>
            <translation>Trabajar en este ordenador</translation>
        </message>
        <message>
            <source>Connect to a &amp;team server…</source>
            <translation>Conectar a un &amp;servidor del equipo…</translation>
        </message>
        <message>
            <source>Connect to a team server</source>
            <translation>Conectar a un servidor del equipo</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Forecast by month</source>
            <translation>Previsión por mes</translation>
        </message>
        <message>
            <source>Forecast by owner</source>
            <translation>Previsión por propietario</translation>
        </message>
        <message>
            <source>&lt;b&gt;By month of expected close&lt;/b&gt; (won: by month closed)</source>
            <translation>&lt;b&gt;Por mes de cierre previsto&lt;/b&gt; (ganadas: por mes de cierre)</translation>
        </message>
        <message>
            <source>&lt;b&gt;By owner&lt;/b&gt; (open deals closing in the period)</source>
            <translation>&lt;b&gt;Por propietario&lt;/b&gt; (oportunidades abiertas que cierran en el periodo)</translation>
        </message>
        <message>
            <source>Won, weighted and whole pipeline by month</source>
            <translation>Ganado, ponderado y embudo completo por mes</translation>
        </message>
        <message>
            <source>{currency} · won by month closed; weighted and pipeline by expected close</source>
            <translation>{currency} · ganado por mes de cierre; ponderado y embudo por cierre previsto</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>Todos los embudos</translation>
        </message>
        <message>
            <source>{days:.0f} days</source>
            <translation>{days:.0f} días</translation>
        </message>
        <message>
            <source>Weighted pipeline &lt;b&gt;{weighted}&lt;/b&gt; · won &lt;b&gt;{won}&lt;/b&gt; · win rate &lt;b&gt;{rate}&lt;/b&gt; ({won_count} won, {lost_count} lost) · average sales cycle &lt;b&gt;{cycle}&lt;/b&gt;</source>
            <translation>Embudo ponderado &lt;b&gt;{weighted}&lt;/b&gt; · ganado &lt;b&gt;{won}&lt;/b&gt; · tasa de éxito &lt;b&gt;{rate}&lt;/b&gt; ({won_count} ganadas, {lost_count} perdidas) · ciclo de venta medio &lt;b&gt;{cycle}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>This looks like an existing {singular}: {names}</source>
            <translation>Parece que ya existe un(a) {singular}: {names}</translation>
        </message>
        <message>
            <source>Open {label}</source>
            <translation>Abrir {label}</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Guardar de todos modos</translation>
        </message>
        <message>
            <source>{title} “{label}” created</source>
            <translation>{title} «{label}» creado</translation>
        </message>
        <message>
            <source>{title} “{label}” saved</source>
            <translation>{title} «{label}» guardado</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Modificado en otro lugar</translation>
        </message>
        <message>
            <source>{message}

Reload the current version? Your changes in this dialog will be lost.</source>
            <translation>{message}

¿Volver a cargar la versión actual? Se perderán los cambios realizados en este cuadro de diálogo.</translation>
        </message>
    </context>
    <context>
        <name>FormEditor</name>
        <message>
            <source>Edit web form</source>
            <translation>Editar formulario web</translation>
        </message>
        <message>
            <source>New web form</source>
            <translation>Nuevo formulario web</translation>
        </message>
        <message>
            <source>Form name</source>
            <translation>Nombre del formulario</translation>
        </message>
        <message>
            <source>Fields the form asks</source>
            <translation>Campos que pide el formulario</translation>
        </message>
        <message>
            <source>Fields that must be filled in</source>
            <translation>Campos obligatorios</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Texto de consentimiento</translation>
        </message>
        <message>
            <source>empty: no consent box; else a ticked box is required</source>
            <translation>vacío: sin casilla de consentimiento; si no, se exige marcar la casilla</translation>
        </message>
        <message>
            <source>Thank-you text</source>
            <translation>Texto de agradecimiento</translation>
        </message>
        <message>
            <source>Redirect address</source>
            <translation>Dirección de redirección</translation>
        </message>
        <message>
            <source>https://www.example.com/thanks (empty: the thank-you text)</source>
            <translation>https://www.example.com/thanks (vacío: el texto de agradecimiento)</translation>
        </message>
        <message>
            <source>Allowed sites</source>
            <translation>Sitios permitidos</translation>
        </message>
        <message>
            <source>one site a line, e.g. https://www.example.com</source>
            <translation>un sitio por línea, p. ej. https://www.example.com</translation>
        </message>
        <message>
            <source>&amp;Accepting submissions</source>
            <translation>&amp;Acepta envíos</translation>
        </message>
        <message>
            <source>Accepting submissions</source>
            <translation>Acepta envíos</translation>
        </message>
        <message>
            <source>The form asks</source>
            <translation>El formulario pide</translation>
        </message>
        <message>
            <source>Must be filled in</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <source>Then go to</source>
            <translation>Después ir a</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>Pide</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Allowed sites</source>
            <translation>Sitios permitidos</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>&amp;New form…</source>
            <translation>&amp;Nuevo formulario…</translation>
        </message>
        <message>
            <source>New web form</source>
            <translation>Nuevo formulario web</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Edit the selected form</source>
            <translation>Editar el formulario seleccionado</translation>
        </message>
        <message>
            <source>Copy &amp;snippet…</source>
            <translation>Copiar &amp;fragmento…</translation>
        </message>
        <message>
            <source>The selected form's HTML</source>
            <translation>El HTML del formulario seleccionado</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>Delete the selected form</source>
            <translation>Eliminar el formulario seleccionado</translation>
        </message>
        <message>
            <source>Delete web form</source>
            <translation>Eliminar formulario web</translation>
        </message>
        <message>
            <source>Delete '{0}'? Pages that still post it get an error; its leads stay.</source>
            <translation>¿Eliminar '{0}'? Las páginas que aún lo envíen recibirán un error; sus leads se conservan.</translation>
        </message>
    </context>
    <context>
        <name>GanttPage</name>
        <message>
            <source>Critical path</source>
            <translation>Ruta crítica</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
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
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Preview the Gantt as it will print, then print</source>
            <translation>Ver la vista previa del Gantt tal como se imprimirá y luego imprimir</translation>
        </message>
        <message>
            <source>Export the whole Gantt as an image</source>
            <translation>Exportar todo el Gantt como imagen</translation>
        </message>
        <message>
            <source>Export the whole Gantt as PDF</source>
            <translation>Exportar todo el Gantt como PDF</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Everyone's tasks</source>
            <translation>Tareas de todos</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Grupo: {group}</translation>
        </message>
        <message>
            <source>{title}: {n_tasks:,} tasks, {n_links:,} dependencies</source>
            <translation>{title}: {n_tasks:,} tareas, {n_links:,} dependencias</translation>
        </message>
        <message>
            <source>Moved “{subject}” and {v1} task(s) after it — Ctrl+Z to undo</source>
            <translation>Se movió «{subject}» y {v1} tarea(s) posterior(es) — Ctrl+Z para deshacer</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Edit lag after “{v0}”{lag}…</source>
            <translation>Editar desfase tras «{v0}»{lag}…</translation>
        </message>
        <message>
            <source>Remove dependency {label}</source>
            <translation>Quitar dependencia {label}</translation>
        </message>
        <message>
            <source>Export Gantt as PNG</source>
            <translation>Exportar el Gantt como PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved {path} with the first {rows:,} rows: the other {left_out:,} do not fit in one image. Export as PDF for the whole schedule, or collapse some groups.</source>
            <translation>Se guardó {path} con las primeras {rows:,} filas: las otras {left_out:,} no caben en una imagen. Exporte como PDF para todo el calendario, o contraiga algunos grupos.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado {path}</translation>
        </message>
        <message>
            <source>Export Gantt as PDF</source>
            <translation>Exportar el Gantt como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not print: {exc}</source>
            <translation>No se pudo imprimir: {exc}</translation>
        </message>
    </context>
    <context>
        <name>GanttTree</name>
        <message>
            <source>Tasks in the schedule</source>
            <translation>Tareas de la planificación</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <source>Search accounts, contacts, leads, deals, documents…  (Ctrl+K)</source>
            <translation>Buscar cuentas, contactos, leads, oportunidades, documentos…  (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>GroupBox</name>
        <message>
            <source>all of these (AND)</source>
            <translation>todas estas (Y)</translation>
        </message>
        <message>
            <source>any of these (OR)</source>
            <translation>cualquiera de estas (O)</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Coincidir con</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Añadir condición</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Quitar este grupo</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Añadir grupo</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>IntegrationDialog</name>
        <message>
            <source>Integration: API tokens, web forms, webhooks</source>
            <translation>Integración: tokens de API, formularios web, webhooks</translation>
        </message>
        <message>
            <source>Integration settings</source>
            <translation>Configuración de integración</translation>
        </message>
        <message>
            <source>API &amp;tokens</source>
            <translation>&amp;Tokens de API</translation>
        </message>
        <message>
            <source>Only an administrator manages {0}.</source>
            <translation>Solo un administrador gestiona {0}.</translation>
        </message>
        <message>
            <source>web forms</source>
            <translation>los formularios web</translation>
        </message>
        <message>
            <source>&amp;Web forms</source>
            <translation>&amp;Formularios web</translation>
        </message>
        <message>
            <source>webhooks</source>
            <translation>los webhooks</translation>
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
            <translation>Nuevo artículo</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>Exportar HTML…</translation>
        </message>
        <message>
            <source>Export the article as HTML</source>
            <translation>Exportar el artículo como HTML</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>Export the article as PDF</source>
            <translation>Exportar el artículo como PDF</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the article</source>
            <translation>Editar el artículo</translation>
        </message>
        <message>
            <source>Export article</source>
            <translation>Exportar artículo</translation>
        </message>
        <message>
            <source>Could not export: {0}</source>
            <translation>No se pudo exportar: {0}</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>Se escribió {0}</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>Labels already used on the first sheet are skipped (counted along the rows)</source>
            <translation>Las etiquetas ya usadas en la primera hoja se omiten (contadas por filas)</translation>
        </message>
        <message>
            <source>Draw the label edges (a test print on plain paper)</source>
            <translation>Dibujar los bordes de las etiquetas (una impresión de prueba en papel normal)</translation>
        </message>
        <message>
            <source>Start at label:</source>
            <translation>Empezar en la etiqueta:</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Imprimir para:</translation>
        </message>
        <message>
            <source>Addresses are set in the post's capitals; your own country is left off domestic mail. Contacts with no address of their own go to their company's.</source>
            <translation>Las direcciones se escriben en mayúsculas, según las normas postales; su propio país se omite en el correo nacional. Los contactos sin dirección propia reciben la de su empresa.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>Could not read the addresses: {exc}</source>
            <translation>No se pudieron leer las direcciones: {exc}</translation>
        </message>
        <message>
            <source>Save {mode} as PDF</source>
            <translation>Guardar {mode} como PDF</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>No se pudo escribir el PDF: {exc}</translation>
        </message>
        <message>
            <source>Saved the {mode} to {saved}</source>
            <translation>Se guardó {mode} en {saved}</translation>
        </message>
    </context>
    <context>
        <name>LagDialog</name>
        <message>
            <source>Edit lag</source>
            <translation>Editar desfase</translation>
        </message>
        <message>
            <source> d</source>
            <translation> d</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>How long after the first task ends the second may start. A negative lag is a lead: the second task may start before the first ends.</source>
            <translation>Cuánto tiempo después de que termine la primera tarea puede empezar la segunda. Un desfase negativo es un adelanto: la segunda tarea puede empezar antes de que termine la primera.</translation>
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
            <translation>Editar</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:16pt'&gt;{score}&lt;/b&gt; points (threshold {threshold}){badge}</source>
            <translation>&lt;b style='font-size:16pt'&gt;{score}&lt;/b&gt; puntos (umbral {threshold}){badge}</translation>
        </message>
    </context>
    <context>
        <name>LeadEditor</name>
        <message>
            <source>Salutation</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>e.g. Dr., Ms</source>
            <translation>p. ej. Dr., Sra.</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Apellidos *</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>nombre@example.com</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Otro correo electrónico</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Otro teléfono</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Empleados</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>p. ej. 250</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Disqualified because</source>
            <translation>Descalificado porque</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Etapa del ciclo de vida</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <source>Scoring rules…</source>
            <translation>Reglas de puntuación…</translation>
        </message>
    </context>
    <context>
        <name>LettersDialog</name>
        <message>
            <source>Letters — {title}</source>
            <translation>Cartas — {title}</translation>
        </message>
        <message>
            <source>Insert a merge field…</source>
            <translation>Insertar un campo de combinación…</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Asunto:</translation>
        </message>
        <message>
            <source>Letter:</source>
            <translation>Carta:</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Imprimir para:</translation>
        </message>
        <message>
            <source>A line break prints where you type it; a blank line starts a paragraph. A field that may be empty for someone goes inside {% if contact.title %}…{% endif %}.</source>
            <translation>Un salto de línea se imprime donde lo escribe; una línea en blanco inicia un párrafo. Un campo que pueda estar vacío para alguien va dentro de {% if contact.title %}…{% endif %}.</translation>
        </message>
        <message>
            <source>The template is ready.</source>
            <translation>La plantilla está lista.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source> … and {count:,} more</source>
            <translation> … y {count:,} más</translation>
        </message>
        <message>
            <source>⚠ Nothing printed: {letters} would have a blank. {shown}{more}. Fill in the values, or put the field inside {{% if … %}}…{{% endif %}}.</source>
            <translation>⚠ No se imprimió nada: {letters} tendrían un hueco. {shown}{more}. Rellene los valores o ponga el campo dentro de {{% if … %}}…{{% endif %}}.</translation>
        </message>
        <message>
            <source>Nobody in the list has a postal address.</source>
            <translation>Nadie de la lista tiene dirección postal.</translation>
        </message>
        <message>
            <source>Save the letters as PDF</source>
            <translation>Guardar las cartas como PDF</translation>
        </message>
        <message>
            <source>Could not write the PDF: {exc}</source>
            <translation>No se pudo escribir el PDF: {exc}</translation>
        </message>
        <message>
            <source>Saved the letters to {saved}</source>
            <translation>Cartas guardadas en {saved}</translation>
        </message>
    </context>
    <context>
        <name>LockWaitNotice</name>
        <message>
            <source>{TEXT}

The save goes through as soon as it has finished (waiting {v1} s).</source>
            <translation>{TEXT}

El guardado se realizará en cuanto termine (esperando {v1} s).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Database busy</source>
            <translation>Base de datos ocupada</translation>
        </message>
    </context>
    <context>
        <name>MailFetcher</name>
        <message>
            <source>No mail account reads mail: add an IMAP server in Email settings</source>
            <translation>Ninguna cuenta de correo lee correo: añada un servidor IMAP en la configuración de correo electrónico</translation>
        </message>
        <message>
            <source>Fetching mail…</source>
            <translation>Recibiendo correo…</translation>
        </message>
        <message>
            <source>Fetching mail failed: {0}</source>
            <translation>Error al recibir correo: {0}</translation>
        </message>
        <message>
            <source>Mail: {0} read, {1} logged on timelines, {2} new leads, {3} bounces</source>
            <translation>Correo: {0} leídos, {1} registrados en cronologías, {2} leads nuevos, {3} rebotes</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>Settings — Email</source>
            <translation>Configuración — Correo electrónico</translation>
        </message>
        <message>
            <source>Mail account</source>
            <translation>Cuenta de correo</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Sender n&amp;ame</source>
            <translation>&amp;Nombre del remitente</translation>
        </message>
        <message>
            <source>Sender &amp;address</source>
            <translation>&amp;Dirección del remitente</translation>
        </message>
        <message>
            <source>Mails a &amp;minute</source>
            <translation>Correos por &amp;minuto</translation>
        </message>
        <message>
            <source>Lead &amp;capture address</source>
            <translation>Dirección de &amp;captura de leads</translation>
        </message>
        <message>
            <source>SMTP &amp;server</source>
            <translation>&amp;Servidor SMTP</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Puerto SMTP</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>Seguridad SMTP</translation>
        </message>
        <message>
            <source>SMTP user</source>
            <translation>Usuario SMTP</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>Contraseña SMTP</translation>
        </message>
        <message>
            <source>&amp;IMAP server</source>
            <translation>Servidor &amp;IMAP</translation>
        </message>
        <message>
            <source>IMAP port</source>
            <translation>Puerto IMAP</translation>
        </message>
        <message>
            <source>IMAP security</source>
            <translation>Seguridad IMAP</translation>
        </message>
        <message>
            <source>IMAP user</source>
            <translation>Usuario IMAP</translation>
        </message>
        <message>
            <source>IMAP password</source>
            <translation>Contraseña IMAP</translation>
        </message>
        <message>
            <source>Sent folder</source>
            <translation>Carpeta de enviados</translation>
        </message>
        <message>
            <source>Copy sent mail</source>
            <translation>Copiar correo enviado</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Probar</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <source>Save the account</source>
            <translation>Guardar la cuenta</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Remitente</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Envío (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP)</source>
            <translation>Lectura (IMAP)</translation>
        </message>
        <message>
            <source>Put a copy in the Sent folder</source>
            <translation>Guardar una copia en la carpeta de enviados</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>se guarda en el llavero del sistema; vacío la conserva</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>Nueva cuenta…</translation>
        </message>
        <message>
            <source>Saved {0}. Press Test to check the connection.</source>
            <translation>{0} guardada. Pulse Probar para comprobar la conexión.</translation>
        </message>
        <message>
            <source>Signing in to {0}…</source>
            <translation>Iniciando sesión en {0}…</translation>
        </message>
        <message>
            <source>Sending: {0}</source>
            <translation>Envío: {0}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Reading: {0}</source>
            <translation>Lectura: {0}</translation>
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
            <translation>Abriendo {what}…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nuevo…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>Buscar &amp;duplicados…</translation>
        </message>
        <message>
            <source>Company &amp;settings…</source>
            <translation>&amp;Configuración de la empresa…</translation>
        </message>
        <message>
            <source>Custom &amp;fields…</source>
            <translation>Ca&amp;mpos personalizados…</translation>
        </message>
        <message>
            <source>&amp;Automation rules…</source>
            <translation>Reglas de &amp;automatización…</translation>
        </message>
        <message>
            <source>&amp;Users and teams…</source>
            <translation>&amp;Usuarios y equipos…</translation>
        </message>
        <message>
            <source>&amp;Integration (API, web forms, webhooks)…</source>
            <translation>&amp;Integración (API, formularios web, webhooks)…</translation>
        </message>
        <message>
            <source>Connect to a &amp;team server…</source>
            <translation>Conectar a un &amp;servidor del equipo…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Open / Edit	F2</source>
            <translation>&amp;Abrir / Editar	F2</translation>
        </message>
        <message>
            <source>&amp;Delete	Del</source>
            <translation>&amp;Eliminar	Del</translation>
        </message>
        <message>
            <source>&amp;Assign to…</source>
            <translation>&amp;Asignar a…</translation>
        </message>
        <message>
            <source>&amp;Standardise…</source>
            <translation>E&amp;standarizar…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Customer &amp;value…</source>
            <translation>&amp;Valor del cliente…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Rapport</source>
            <translation>&amp;Acerca de Rapport</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>Records of this page have no owner to assign.</source>
            <translation>Los registros de esta página no tienen propietario que asignar.</translation>
        </message>
        <message>
            <source>Standardise works on the Contacts, Accounts and Leads lists</source>
            <translation>Estandarizar funciona en las listas de contactos, cuentas y leads</translation>
        </message>
        <message>
            <source>Refreshed</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <source>About Rapport</source>
            <translation>Acerca de Rapport</translation>
        </message>
        <message>
            <source>Rapport {__version__}
An open-source desktop CRM.

{v1}</source>
            <translation>Rapport {__version__}
Un CRM de escritorio de código abierto.

{v1}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Map the columns</source>
            <translation>Asignar las columnas</translation>
        </message>
        <message>
            <source>Suggested from the column names; the preview shows the rows as they will be stored.</source>
            <translation>Sugeridas a partir de los nombres de columna; la vista previa muestra las filas tal como se guardarán.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Primer valor</translation>
        </message>
        <message>
            <source>Rapport field</source>
            <translation>Campo de Rapport</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>{label} (custom field)</source>
            <translation>{label} (campo personalizado)</translation>
        </message>
    </context>
    <context>
        <name>MergeConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Modificado por otra persona</translation>
        </message>
        <message>
            <source>Save merged</source>
            <translation>Guardar combinado</translation>
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
            <translation>Borrar</translation>
        </message>
        <message>
            <source>No contact (an anonymous answer)</source>
            <translation>Sin contacto (una respuesta anónima)</translation>
        </message>
        <message>
            <source>What they said (optional)</source>
            <translation>Lo que dijeron (opcional)</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>Añadir respuesta</translation>
        </message>
        <message>
            <source>Delete selected</source>
            <translation>Eliminar selección</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>answered on</source>
            <translation>respondido el</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>&lt;b&gt;New answer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nueva respuesta&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{v0:,} answers shown · {promoters} promoters, {detractors} detractors · NPS {score}</source>
            <translation>{v0:,} respuestas mostradas · {promoters} promotores, {detractors} detractores · NPS {score}</translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <source>Existing records and a dry run</source>
            <translation>Registros existentes y simulación</translation>
        </message>
        <message>
            <source>The import is one step (Ctrl+Z undoes it); the dry run checks everything and changes nothing.</source>
            <translation>La importación es un solo paso (Ctrl+Z la deshace); la simulación lo comprueba todo y no cambia nada.</translation>
        </message>
        <message>
            <source>Refused rows are saved unchanged, with the reason in an added column, after the import</source>
            <translation>Las filas rechazadas se guardan sin cambios, con el motivo en una columna añadida, tras la importación</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Simulación</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Guardar asignación…</translation>
        </message>
        <message>
            <source>Columns and value translations as JSON for `rapport import --mapping`</source>
            <translation>Columnas y traducciones de valores como JSON para `rapport import --mapping`</translation>
        </message>
        <message>
            <source>the default pipeline</source>
            <translation>el embudo predeterminado</translation>
        </message>
        <message>
            <source>Skip rows that look like an existing record (the dry run lists them)</source>
            <translation>Omitir las filas que parezcan un registro existente (la simulación las enumera)</translation>
        </message>
        <message>
            <source>Run automation rules for the imported records</source>
            <translation>Ejecutar reglas de automatización para los registros importados</translation>
        </message>
        <message>
            <source>Off: the import triggers no rule, as `rapport import --no-rules`</source>
            <translation>Desactivado: la importación no activa ninguna regla, como `rapport import --no-rules`</translation>
        </message>
        <message>
            <source>An existing record is the one with the same</source>
            <translation>Un registro existente es el que tiene el mismo</translation>
        </message>
        <message>
            <source>When a row matches one</source>
            <translation>Cuando una fila coincide con uno</translation>
        </message>
        <message>
            <source>When a row is refused</source>
            <translation>Cuando se rechaza una fila</translation>
        </message>
        <message>
            <source>Deals go into the pipeline</source>
            <translation>Las oportunidades van al embudo</translation>
        </message>
        <message>
            <source>Currency of amounts without one</source>
            <translation>Moneda de los importes que no la indican</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Guardar la asignación</translation>
        </message>
        <message>
            <source>Mapping files (*.json)</source>
            <translation>Archivos de asignación (*.json)</translation>
        </message>
    </context>
    <context>
        <name>OwnerPicker</name>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>{v0} owners</source>
            <translation>{v0} propietarios</translation>
        </message>
    </context>
    <context>
        <name>PipelinesDialog</name>
        <message>
            <source>Pipelines</source>
            <translation>Embudos</translation>
        </message>
        <message>
            <source>Default pipeline for new deals</source>
            <translation>Embudo predeterminado para nuevas oportunidades</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>New pipeline</source>
            <translation>Nuevo embudo</translation>
        </message>
        <message>
            <source>Delete pipeline</source>
            <translation>Eliminar embudo</translation>
        </message>
    </context>
    <context>
        <name>PriceListsDialog</name>
        <message>
            <source>Price lists</source>
            <translation>Listas de precios</translation>
        </message>
        <message>
            <source>New price list…</source>
            <translation>Nueva lista de precios…</translation>
        </message>
        <message>
            <source>Double-click a list price to change it; clear it to use the standard price. Ctrl+Z undoes.</source>
            <translation>Haga doble clic en un precio de lista para cambiarlo; bórrelo para usar el precio estándar. Ctrl+Z deshace.</translation>
        </message>
        <message>
            <source>New price list</source>
            <translation>Nueva lista de precios</translation>
        </message>
        <message>
            <source>Name (e.g. Wholesale, Export USD):</source>
            <translation>Nombre (p. ej. Mayorista, Exportación USD):</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Moneda:</translation>
        </message>
        <message>
            <source>Price of {sku} saved</source>
            <translation>Precio de {sku} guardado</translation>
        </message>
    </context>
    <context>
        <name>ProductEditor</name>
        <message>
            <source>SKU *</source>
            <translation>Referencia *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nombre *</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>pc, h, day, kg…</source>
            <translation>ud., h, día, kg…</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Tax rate %</source>
            <translation>Tipo impositivo %</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>pc</source>
            <translation>ud.</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>Price lists…</source>
            <translation>Listas de precios…</translation>
        </message>
        <message>
            <source>Prices per customer group or currency that override the unit price</source>
            <translation>Precios por grupo de clientes o moneda que sustituyen al precio unitario</translation>
        </message>
    </context>
    <context>
        <name>RecipientsChoice</name>
        <message>
            <source>All {total:,} {noun} in this list</source>
            <translation>Todos los {total:,} {noun} de esta lista</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPane</name>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Timeline ({v0})</source>
            <translation>Cronología ({v0})</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <source>New {singular}</source>
            <translation>Nuevo/a {singular}</translation>
        </message>
        <message>
            <source>New {singular} (Ctrl+N)</source>
            <translation>Nuevo/a {singular} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export the {noun} this list shows (CSV, Excel)</source>
            <translation>Exportar los {noun} que muestra esta lista (CSV, Excel)</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>No se pudo eliminar {text}: {exc}</translation>
        </message>
        <message>
            <source>{v0}{v1} moved to the trash</source>
            <translation>{v0}{v1} movido a la papelera</translation>
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
            <translation>No se pudieron comprobar los recordatorios: {exc}</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <source>by {b}</source>
            <translation>por {b}</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Buscar…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>The order of the rows</source>
            <translation>El orden de las filas</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>Descendente</translation>
        </message>
        <message>
            <source>Most rows</source>
            <translation>Máximo de filas</translation>
        </message>
        <message>
            <source>Top </source>
            <translation>Primeras </translation>
        </message>
        <message>
            <source>The most rows (groups) the report shows</source>
            <translation>El número máximo de filas (grupos) que muestra el informe</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <source>then</source>
            <translation>luego</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos los propietarios</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>No segment</source>
            <translation>Sin segmento</translation>
        </message>
        <message>
            <source>Default order</source>
            <translation>Orden predeterminado</translation>
        </message>
        <message>
            <source>Sort by {v0}</source>
            <translation>Ordenar por {v0}</translation>
        </message>
    </context>
    <context>
        <name>ReportChart</name>
        <message>
            <source>Stacked</source>
            <translation>Apilado</translation>
        </message>
        <message>
            <source>Group the report by a field to see a chart.</source>
            <translation>Agrupe el informe por un campo para ver un gráfico.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Saved reports</source>
            <translation>Informes guardados</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>A new report</source>
            <translation>Un informe nuevo</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <source>Rename report</source>
            <translation>Cambiar nombre del informe</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete report</source>
            <translation>Eliminar informe</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved reports&lt;/b&gt;</source>
            <translation>&lt;b&gt;Informes guardados&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>Run the report (Ctrl+R)</source>
            <translation>Ejecutar el informe (Ctrl+R)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save the report (Ctrl+S)</source>
            <translation>Guardar el informe (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print the report (Ctrl+P)</source>
            <translation>Imprimir el informe (Ctrl+P)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>This saved report cannot be read: {problem}</source>
            <translation>No se puede leer este informe guardado: {problem}</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {problem}</source>
            <translation>No se puede leer «{name}»: {problem}</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Guardar informe</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
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
            <translation>Exportar {v0}</translation>
        </message>
        <message>
            <source>Could not write {name}: {exc}</source>
            <translation>No se pudo escribir {name}: {exc}</translation>
        </message>
        <message>
            <source>Exported {v0} to {path}</source>
            <translation>{v0} exportado a {path}</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>Edit rule</source>
            <translation>Editar regla</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nueva regla</translation>
        </message>
        <message>
            <source>e.g. Welcome call for new contacts</source>
            <translation>p. ej. Llamada de bienvenida para nuevos contactos</translation>
        </message>
        <message>
            <source>any value</source>
            <translation>cualquier valor</translation>
        </message>
        <message>
            <source>won</source>
            <translation>ganada</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdida</translation>
        </message>
        <message>
            <source>days after the date; negative: before it</source>
            <translation>días después de la fecha; negativo: antes</translation>
        </message>
        <message>
            <source>every year (birthdays, anniversaries)</source>
            <translation>cada año (cumpleaños, aniversarios)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes before the breach</source>
            <translation>Minutos antes del incumplimiento</translation>
        </message>
        <message>
            <source>SLA target</source>
            <translation>Objetivo de SLA</translation>
        </message>
        <message>
            <source>first response</source>
            <translation>primera respuesta</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>resolución</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuando</translation>
        </message>
        <message>
            <source>any mail; or words its subject must contain</source>
            <translation>cualquier correo; o palabras que debe contener el asunto</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Changes to</source>
            <translation>Cambia a</translation>
        </message>
        <message>
            <source>Changes from</source>
            <translation>Cambia de</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Score reaches</source>
            <translation>La puntuación alcanza</translation>
        </message>
        <message>
            <source>Date field</source>
            <translation>Campo de fecha</translation>
        </message>
        <message>
            <source>Days after</source>
            <translation>Días después</translation>
        </message>
        <message>
            <source>Quiet for days</source>
            <translation>Sin actividad durante (días)</translation>
        </message>
        <message>
            <source>Before the breach</source>
            <translation>Antes del incumplimiento</translation>
        </message>
        <message>
            <source>Of the</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Subject contains</source>
            <translation>El asunto contiene</translation>
        </message>
        <message>
            <source>Deals, activities and documents: every record (no conditions).</source>
            <translation>Oportunidades, actividades y documentos: todos los registros (sin condiciones).</translation>
        </message>
        <message>
            <source>If</source>
            <translation>Si</translation>
        </message>
        <message>
            <source>subject, value, tag, URL ...</source>
            <translation>asunto, valor, etiqueta, URL ...</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>whom the owner is chosen from, in turn</source>
            <translation>entre quiénes se elige el propietario, por turnos</translation>
        </message>
        <message>
            <source>every active user</source>
            <translation>todos los usuarios activos</translation>
        </message>
        <message>
            <source>team {team_name}</source>
            <translation>equipo {team_name}</translation>
        </message>
        <message>
            <source>by territory (its users)</source>
            <translation>por territorio (sus usuarios)</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Tipo de documento</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>presupuesto</translation>
        </message>
        <message>
            <source>sales order</source>
            <translation>pedido de venta</translation>
        </message>
        <message>
            <source>Template document</source>
            <translation>Documento plantilla</translation>
        </message>
        <message>
            <source>the document whose lines the new one copies</source>
            <translation>el documento cuyas líneas copia el nuevo</translation>
        </message>
        <message>
            <source>the deal's own lines</source>
            <translation>las líneas de la propia oportunidad</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Añadir acción</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Entonces</translation>
        </message>
        <message>
            <source>Switched on</source>
            <translation>Activada</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>the email template's name</source>
            <translation>el nombre de la plantilla de correo</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar importación</translation>
        </message>
        <message>
            <source>Save refused rows…</source>
            <translation>Guardar filas rechazadas…</translation>
        </message>
        <message>
            <source>Each refused row unchanged, with the reason in an added column</source>
            <translation>Cada fila rechazada sin cambios, con el motivo en una columna añadida</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Imported {v0:,} {kind} — Ctrl+Z to undo</source>
            <translation>Importados {v0:,} {kind} — Ctrl+Z para deshacer</translation>
        </message>
        <message>
            <source>Save refused rows</source>
            <translation>Guardar las filas rechazadas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>{v0}
Cannot save the refused rows: {exc}</source>
            <translation>{v0}
No se pueden guardar las filas rechazadas: {exc}</translation>
        </message>
        <message>
            <source>Refused rows saved to {name}</source>
            <translation>Filas rechazadas guardadas en {name}</translation>
        </message>
        <message>
            <source>Nothing was imported.
{message}</source>
            <translation>No se importó nada.
{message}</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsBar</name>
        <message>
            <source>Switch to a saved view of this list</source>
            <translation>Cambiar a una vista guardada de esta lista</translation>
        </message>
        <message>
            <source>Save view as…</source>
            <translation>Guardar vista como…</translation>
        </message>
        <message>
            <source>Delete this view</source>
            <translation>Eliminar esta vista</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Guardar vista</translation>
        </message>
        <message>
            <source>Name of this view:</source>
            <translation>Nombre de esta vista:</translation>
        </message>
        <message>
            <source>Could not save the view: {exc}</source>
            <translation>No se pudo guardar la vista: {exc}</translation>
        </message>
        <message>
            <source>View “{v0}” saved</source>
            <translation>Vista «{v0}» guardada</translation>
        </message>
        <message>
            <source>Could not delete the view: {exc}</source>
            <translation>No se pudo eliminar la vista: {exc}</translation>
        </message>
        <message>
            <source>View “{name}” deleted</source>
            <translation>Vista «{name}» eliminada</translation>
        </message>
    </context>
    <context>
        <name>ScoringDialog</name>
        <message>
            <source>Lead scoring rules</source>
            <translation>Reglas de puntuación de leads</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Añadir regla</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Quitar regla</translation>
        </message>
        <message>
            <source>Points for field values (tests ignore case)</source>
            <translation>Puntos por valores de campo (las pruebas no distinguen mayúsculas)</translation>
        </message>
        <message>
            <source>Scoring rules saved; every lead was rescored</source>
            <translation>Reglas de puntuación guardadas; se volvió a puntuar cada lead</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>The secret</source>
            <translation>El secreto</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the secret to the clipboard</source>
            <translation>Copiar el secreto al portapapeles</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>Copiado al portapapeles.</translation>
        </message>
    </context>
    <context>
        <name>SegmentBuilder</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>e.g. German customers</source>
            <translation>p. ej. Clientes alemanes</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>{v0} segment of {v1}</source>
            <translation>Segmento {v0} de {v1}</translation>
        </message>
        <message>
            <source>{count:,} {noun} match</source>
            <translation>{count:,} {noun} coinciden</translation>
        </message>
    </context>
    <context>
        <name>SegmentIndexer</name>
        <message>
            <source>The segment's index was not built: other programs kept writing to the database. The segment works without it; it is built after the segment's next change</source>
            <translation>No se creó el índice del segmento: otros programas seguían escribiendo en la base de datos. El segmento funciona sin él; se creará tras el próximo cambio del segmento</translation>
        </message>
        <message>
            <source>Segment index ready in {seconds:.1f} s: the segment now counts from its index</source>
            <translation>Índice del segmento listo en {seconds:.1f} s: el segmento ahora cuenta a partir de su índice</translation>
        </message>
        <message>
            <source>The segment's old index was dropped: its conditions no longer use it</source>
            <translation>Se eliminó el índice antiguo del segmento: sus condiciones ya no lo usan</translation>
        </message>
        <message>
            <source>The segment already has its index</source>
            <translation>El segmento ya tiene su índice</translation>
        </message>
    </context>
    <context>
        <name>SegmentsButton</name>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>New segment…</source>
            <translation>Nuevo segmento…</translation>
        </message>
        <message>
            <source>Edit this segment…</source>
            <translation>Editar este segmento…</translation>
        </message>
        <message>
            <source>Delete this segment</source>
            <translation>Eliminar este segmento</translation>
        </message>
        <message>
            <source>Speed up this segment</source>
            <translation>Acelerar este segmento</translation>
        </message>
        <message>
            <source>Build an index for the segment's 'is' conditions in the background (automatic on large lists)</source>
            <translation>Crear en segundo plano un índice para las condiciones «es» del segmento (automático en listas grandes)</translation>
        </message>
        <message>
            <source>Delete segment</source>
            <translation>Eliminar segmento</translation>
        </message>
        <message>
            <source>Move the segment “{name}” to the trash?</source>
            <translation>¿Mover el segmento «{name}» a la papelera?</translation>
        </message>
        <message>
            <source>Could not delete the segment: {exc}</source>
            <translation>No se pudo eliminar el segmento: {exc}</translation>
        </message>
        <message>
            <source>Segment “{name}” moved to the trash</source>
            <translation>Segmento «{name}» movido a la papelera</translation>
        </message>
    </context>
    <context>
        <name>SequenceEditor</name>
        <message>
            <source>Drip sequences</source>
            <translation>Secuencias de goteo</translation>
        </message>
        <message>
            <source>Sequences</source>
            <translation>Secuencias</translation>
        </message>
        <message>
            <source>&amp;New sequence</source>
            <translation>&amp;Nueva secuencia</translation>
        </message>
        <message>
            <source>New sequence</source>
            <translation>Nueva secuencia</translation>
        </message>
        <message>
            <source>Sequence name</source>
            <translation>Nombre de la secuencia</translation>
        </message>
        <message>
            <source>&amp;Active (paused: nobody moves on)</source>
            <translation>&amp;Activa (en pausa: nadie avanza)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Add &amp;email</source>
            <translation>Añadir &amp;correo</translation>
        </message>
        <message>
            <source>Add &amp;wait</source>
            <translation>Añadir &amp;espera</translation>
        </message>
        <message>
            <source>Add &amp;task</source>
            <translation>Añadir &amp;tarea</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Sending from hour (UTC)</source>
            <translation>Enviar desde la hora (UTC)</translation>
        </message>
        <message>
            <source>Sending until hour (UTC)</source>
            <translation>Enviar hasta la hora (UTC)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>h UTC on</source>
            <translation>h UTC el</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>Mails per hour at most</source>
            <translation>Máximo de correos por hora</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Sending window</source>
            <translation>Franja de envío</translation>
        </message>
        <message>
            <source>Mails per &amp;hour</source>
            <translation>Correos por &amp;hora</translation>
        </message>
        <message>
            <source>Steps, in order (double-click to edit):</source>
            <translation>Pasos, en orden (doble clic para editar):</translation>
        </message>
        <message>
            <source>{name} (paused)</source>
            <translation>{name} (en pausa)</translation>
        </message>
        <message>
            <source>Enrolled: {counts}</source>
            <translation>Inscritos: {counts}</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>nadie todavía</translation>
        </message>
        <message>
            <source>Sequence '{name}' saved</source>
            <translation>Secuencia '{name}' guardada</translation>
        </message>
    </context>
    <context>
        <name>SequenceRunner</name>
        <message>
            <source>Sequences: {error}</source>
            <translation>Secuencias: {error}</translation>
        </message>
        <message>
            <source>Sequences: {mails} mail(s) queued, {tasks} task(s) created</source>
            <translation>Secuencias: {mails} correo(s) en cola, {tasks} tarea(s) creada(s)</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Could not {what} “{v1}”: {exc}</source>
            <translation>No se pudo {what} «{v1}»: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Rapport</source>
            <translation>Iniciar sesión en Rapport</translation>
        </message>
        <message>
            <source>Team database: {server}</source>
            <translation>Base de datos del equipo: {server}</translation>
        </message>
        <message>
            <source>you@company.com</source>
            <translation>usted@empresa.com</translation>
        </message>
        <message>
            <source>Keep me signed in on this computer</source>
            <translation>Mantener la sesión iniciada en este equipo</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the sign-in in safely</source>
            <translation>Este equipo no tiene un llavero para guardar el inicio de sesión de forma segura</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Type your email and password.</source>
            <translation>Escriba su correo electrónico y contraseña.</translation>
        </message>
    </context>
    <context>
        <name>SlaReportDialog</name>
        <message>
            <source>SLA compliance</source>
            <translation>Cumplimiento del SLA</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <source>SLA compliance by group</source>
            <translation>Cumplimiento del SLA por grupo</translation>
        </message>
        <message>
            <source>A target counts once it is met or breached; tickets still inside their time are left out.</source>
            <translation>Un objetivo cuenta en cuanto se cumple o se incumple; los tickets que aún están dentro de plazo no se incluyen.</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>&amp;Group by</source>
            <translation>&amp;Agrupar por</translation>
        </message>
    </context>
    <context>
        <name>SnippetDialog</name>
        <message>
            <source>HTML for '{0}'</source>
            <translation>HTML de '{0}'</translation>
        </message>
        <message>
            <source>Where the API is reached</source>
            <translation>Dónde se accede a la API</translation>
        </message>
        <message>
            <source>The HTML snippet</source>
            <translation>El fragmento HTML</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the HTML to the clipboard</source>
            <translation>Copiar el HTML al portapapeles</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Dirección de la API</translation>
        </message>
        <message>
            <source>Copied: paste it into the web page.</source>
            <translation>Copiado: péguelo en la página web.</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>{name} deals</source>
            <translation>Oportunidades de {name}</translation>
        </message>
        <message>
            <source> (last 30 days)</source>
            <translation> (últimos 30 días)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{stage}&lt;/b&gt; &lt;span style='color:{muted}'&gt;· {count:,}{closed}&lt;/span&gt;&lt;br&gt;{totals}&lt;br&gt;&lt;span style='color:{muted}'&gt;weighted {weighted} · {probability}%&lt;/span&gt;</source>
            <translation>&lt;b&gt;{stage}&lt;/b&gt; &lt;span style='color:{muted}'&gt;· {count:,}{closed}&lt;/span&gt;&lt;br&gt;{totals}&lt;br&gt;&lt;span style='color:{muted}'&gt;ponderado {weighted} · {probability}%&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>StandardiseDialog</name>
        <message>
            <source>Standardise {singular}s</source>
            <translation>Estandarizar {singular}s</translation>
        </message>
        <message>
            <source>Looking for changes in {scope}…</source>
            <translation>Buscando cambios en {scope}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Marcar todo</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Desmarcar todo</translation>
        </message>
        <message>
            <source>Apply ticked changes</source>
            <translation>Aplicar los cambios marcados</translation>
        </message>
        <message>
            <source>{changes:,} change(s) to {records:,} {singular}(s). Untick what should stay as it is, then apply; Ctrl+Z undoes the whole standardisation.</source>
            <translation>{changes:,} cambio(s) en {records:,} registro(s) ({singular}). Desmarque lo que deba quedar como está y aplique; Ctrl+Z deshace toda la estandarización.</translation>
        </message>
        <message>
            <source>Nothing to change: these {singular}s are already standard.</source>
            <translation>Nada que cambiar: estos {singular}s ya son estándar.</translation>
        </message>
        <message>
            <source>Applying {v0:,} change(s)…</source>
            <translation>Aplicando {v0:,} cambio(s)…</translation>
        </message>
        <message>
            <source>Standardised {value:,} {singular}(s)</source>
            <translation>{value:,} {singular}(s) estandarizado(s)</translation>
        </message>
        <message>
            <source>Standardised {value:,} {singular}(s).</source>
            <translation>{value:,} {singular}(s) estandarizado(s).</translation>
        </message>
    </context>
    <context>
        <name>SuggestionList</name>
        <message>
            <source>Suggested products</source>
            <translation>Productos sugeridos</translation>
        </message>
        <message>
            <source>Add to quote</source>
            <translation>Añadir al presupuesto</translation>
        </message>
        <message>
            <source>Add the selected suggestion to the quote</source>
            <translation>Añadir la sugerencia seleccionada al presupuesto</translation>
        </message>
        <message>
            <source>Add the selected suggestion as a line (Ctrl+Shift+S)</source>
            <translation>Añadir la sugerencia seleccionada como línea (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>No suggestions yet.</source>
            <translation>Aún no hay sugerencias.</translation>
        </message>
        <message>
            <source>Suggested for this customer</source>
            <translation>Sugerido para este cliente</translation>
        </message>
        <message>
            <source>Why: </source>
            <translation>Por qué: </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Sync status</source>
            <translation>Estado de sincronización</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <source>Send this laptop's changes and fetch the office's (Shift+F9; F9 fetches mail)</source>
            <translation>Enviar los cambios de este portátil y recibir los de la oficina (Shift+F9; F9 recibe el correo)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Offline, last synced %1, 1 change waiting</source>
            <translation>Sin conexión, última sincronización %1, 1 cambio en espera</translation>
        </message>
        <message>
            <source>Offline, last synced %1, %2 changes waiting</source>
            <translation>Sin conexión, última sincronización %1, %2 cambios en espera</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 conflicto</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>%1 conflictos</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Error de sincronización: %1</translation>
        </message>
    </context>
    <context>
        <name>TagManager</name>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Nombre de la etiqueta</translation>
        </message>
        <message>
            <source>Choose the colour</source>
            <translation>Elegir el color</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Rename / recolour</source>
            <translation>Cambiar nombre / color</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Tags are shared by every list. Deleting one moves it to the trash.</source>
            <translation>Las etiquetas se comparten en todas las listas. Al eliminar una, se mueve a la papelera.</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Eliminar etiqueta</translation>
        </message>
        <message>
            <source>Move the tag “{name}” to the trash? Records keep it if you restore it.</source>
            <translation>¿Mover la etiqueta «{name}» a la papelera? Los registros la conservan si la restaura.</translation>
        </message>
    </context>
    <context>
        <name>TaggedEditor</name>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
    </context>
    <context>
        <name>TagsButton</name>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Tag or untag the selected records</source>
            <translation>Etiquetar o desetiquetar los registros seleccionados</translation>
        </message>
        <message>
            <source>Add tag to {count} selected</source>
            <translation>Añadir etiqueta a {count} seleccionados</translation>
        </message>
        <message>
            <source>Remove tag from {count} selected</source>
            <translation>Quitar etiqueta de {count} seleccionados</translation>
        </message>
        <message>
            <source>Manage tags…</source>
            <translation>Gestionar etiquetas…</translation>
        </message>
        <message>
            <source>Could not change the tags: {exc}</source>
            <translation>No se pudieron cambiar las etiquetas: {exc}</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nueva tarea</translation>
        </message>
        <message>
            <source>New task (Ctrl+N)</source>
            <translation>Nueva tarea (Ctrl+N)</translation>
        </message>
        <message>
            <source>Log call</source>
            <translation>Registrar llamada</translation>
        </message>
        <message>
            <source>Log a call (Ctrl+L, C) — from any record page it is linked to the record</source>
            <translation>Registrar una llamada (Ctrl+L, C) — desde la página de cualquier registro queda vinculada a ese registro</translation>
        </message>
        <message>
            <source>Log meeting</source>
            <translation>Registrar reunión</translation>
        </message>
        <message>
            <source>Log a meeting (Ctrl+L, M)</source>
            <translation>Registrar una reunión (Ctrl+L, M)</translation>
        </message>
        <message>
            <source>Print a call sheet</source>
            <translation>Imprimir una hoja de llamadas</translation>
        </message>
        <message>
            <source>Print a call sheet: the calls and meetings of a day, with numbers (Ctrl+P)</source>
            <translation>Imprimir una hoja de llamadas: las llamadas y reuniones de un día, con números (Ctrl+P)</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Asignado a</translation>
        </message>
        <message>
            <source>Tick a task or press Space to complete it · Enter opens it · Ctrl+Z undoes</source>
            <translation>Marque una tarea o pulse Space para completarla · Enter la abre · Ctrl+Z deshace</translation>
        </message>
        <message>
            <source>Could not complete the task: {exc}</source>
            <translation>No se pudo completar la tarea: {exc}</translation>
        </message>
        <message>
            <source>Completed {what} — Ctrl+Z to undo</source>
            <translation>Completado: {what} — Ctrl+Z para deshacer</translation>
        </message>
        <message>
            <source>Log {kind}</source>
            <translation>Registrar {kind}</translation>
        </message>
        <message>
            <source>Could not delete {text}: {exc}</source>
            <translation>No se pudo eliminar {text}: {exc}</translation>
        </message>
        <message>
            <source>{v0}{v1} moved to the trash</source>
            <translation>{v0}{v1} movido a la papelera</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailPane</name>
        <message>
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>Write a reply… (R to start, Ctrl+Enter to send)</source>
            <translation>Escriba una respuesta… (R para empezar, Ctrl+Enter para enviar)</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <source>&amp;Internal note</source>
            <translation>Nota &amp;interna</translation>
        </message>
        <message>
            <source>Internal note, not sent to the customer</source>
            <translation>Nota interna, no se envía al cliente</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>Enviar la respuesta (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Enviar respuesta</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <source>Mark the ticket resolved (Ctrl+Shift+R)</source>
            <translation>Marcar el ticket como resuelto (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Resolve ticket</source>
            <translation>Resolver ticket</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit ticket</source>
            <translation>Editar ticket</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Vincular…</translation>
        </message>
        <message>
            <source>Link a deal or document of the ticket's account</source>
            <translation>Vincular una oportunidad o documento de la cuenta del ticket</translation>
        </message>
        <message>
            <source>Link to a deal or document</source>
            <translation>Vincular a una oportunidad o documento</translation>
        </message>
        <message>
            <source>CSAT…</source>
            <translation>CSAT…</translation>
        </message>
        <message>
            <source>Record how satisfied the customer is (1-5), once resolved</source>
            <translation>Registrar la satisfacción del cliente (1-5), una vez resuelto</translation>
        </message>
        <message>
            <source>Record customer satisfaction</source>
            <translation>Registrar la satisfacción del cliente</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>sin asignar</translation>
        </message>
        <message>
            <source>CSAT {0}/5</source>
            <translation>CSAT {0}/5</translation>
        </message>
        <message>
            <source>{0} priority</source>
            <translation>Prioridad {0}</translation>
        </message>
        <message>
            <source>Suggested articles: {0}</source>
            <translation>Artículos sugeridos: {0}</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>Primera respuesta</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>by {0} working time</source>
            <translation>por {0} de tiempo laboral</translation>
        </message>
        <message>
            <source>{0} working time left</source>
            <translation>Quedan {0} de tiempo laboral</translation>
        </message>
        <message>
            <source>Clock paused: waiting for the customer</source>
            <translation>Reloj en pausa: esperando al cliente</translation>
        </message>
        <message>
            <source>No SLA target running</source>
            <translation>Ningún objetivo de SLA en curso</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>All tickets</source>
            <translation>Todos los tickets</translation>
        </message>
        <message>
            <source>Any assignee</source>
            <translation>Cualquier asignado</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>New ticket</source>
            <translation>Nuevo ticket</translation>
        </message>
        <message>
            <source>Search tickets</source>
            <translation>Buscar tickets</translation>
        </message>
        <message>
            <source>Ticket queue</source>
            <translation>Cola de tickets</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
        <message>
            <source>Merge the other selected ticket into the current one (Ctrl+M)</source>
            <translation>Fusionar el otro ticket seleccionado en el actual (Ctrl+M)</translation>
        </message>
        <message>
            <source>Merge tickets</source>
            <translation>Fusionar tickets</translation>
        </message>
        <message>
            <source>SLA report…</source>
            <translation>Informe de SLA…</translation>
        </message>
        <message>
            <source>First responses and resolutions on time, by period, priority, team</source>
            <translation>Primeras respuestas y resoluciones a tiempo, por periodo, prioridad y equipo</translation>
        </message>
        <message>
            <source>SLA compliance report</source>
            <translation>Informe de cumplimiento del SLA</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mío</translation>
        </message>
        <message>
            <source>My team's</source>
            <translation>De mi equipo</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <source>Breaching soon</source>
            <translation>A punto de incumplir</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>Esperando al cliente</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>Todos los abiertos</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(en la papelera)</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Fusionado en</translation>
        </message>
        <message>
            <source>Merged from</source>
            <translation>Fusionado desde</translation>
        </message>
        <message>
            <source>Could not change {0}: {1}</source>
            <translation>No se pudo cambiar {0}: {1}</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>Nadie (sin asignar)</translation>
        </message>
        <message>
            <source>Assigned {0}</source>
            <translation>{0} asignado</translation>
        </message>
        <message>
            <source>Priority of {0} set to </source>
            <translation>Prioridad de {0} cambiada a </translation>
        </message>
        <message>
            <source>Note added to {0}</source>
            <translation>Nota añadida a {0}</translation>
        </message>
        <message>
            <source>Select two tickets to merge: the current one is kept</source>
            <translation>Seleccione dos tickets para fusionar: se conserva el actual</translation>
        </message>
        <message>
            <source>Could not merge: {0}</source>
            <translation>No se pudo fusionar: {0}</translation>
        </message>
        <message>
            <source>Merged {0} into {1}</source>
            <translation>{0} fusionado en {1}</translation>
        </message>
        <message>
            <source>Article: {0}</source>
            <translation>Artículo: {0}</translation>
        </message>
        <message>
            <source>No deal, document or suggested article to link</source>
            <translation>Ninguna oportunidad, documento o artículo sugerido que vincular</translation>
        </message>
        <message>
            <source>Linked {0}</source>
            <translation>Vinculado {0}</translation>
        </message>
        <message>
            <source>very satisfied</source>
            <translation>muy satisfecho</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>satisfecho</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <source>dissatisfied</source>
            <translation>insatisfecho</translation>
        </message>
        <message>
            <source>very dissatisfied</source>
            <translation>muy insatisfecho</translation>
        </message>
        <message>
            <source>CSAT {0} recorded for {1}</source>
            <translation>CSAT {0} registrado para {1}</translation>
        </message>
        <message>
            <source>Resolved {0}</source>
            <translation>{0} resuelto</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Double-click or press Enter to open an entry</source>
            <translation>Haga doble clic o pulse Enter para abrir una entrada</translation>
        </message>
        <message>
            <source>Open {label}</source>
            <translation>Abrir {label}</translation>
        </message>
    </context>
    <context>
        <name>TokenEditor</name>
        <message>
            <source>New API token</source>
            <translation>Nuevo token de API</translation>
        </message>
        <message>
            <source>what it is for, e.g. web shop</source>
            <translation>para qué sirve, p. ej. tienda web</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Nombre del token</translation>
        </message>
        <message>
            <source>Whose token</source>
            <translation>Token de quién</translation>
        </message>
        <message>
            <source>&amp;Read: every list and record</source>
            <translation>&amp;Lectura: todas las listas y registros</translation>
        </message>
        <message>
            <source>&amp;Write: read, create, change, trash</source>
            <translation>&amp;Escritura: leer, crear, modificar, enviar a la papelera</translation>
        </message>
        <message>
            <source>&amp;Leads: create leads only (a web site's key)</source>
            <translation>L&amp;eads: solo crear leads (la clave de un sitio web)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Ámbitos</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
    </context>
    <context>
        <name>TokensPage</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Ámbitos</translation>
        </message>
        <message>
            <source>Starts with</source>
            <translation>Empieza por</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revocado</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>&amp;Nuevo token…</translation>
        </message>
        <message>
            <source>New API token</source>
            <translation>Nuevo token de API</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Revocar…</translation>
        </message>
        <message>
            <source>Revoke the selected token</source>
            <translation>Revocar el token seleccionado</translation>
        </message>
        <message>
            <source>A token acts as its user, with that user's permissions.</source>
            <translation>Un token actúa como su usuario, con los permisos de ese usuario.</translation>
        </message>
        <message>
            <source>API token created</source>
            <translation>Token de API creado</translation>
        </message>
        <message>
            <source>Copy the token for {0} now: it is stored only as a hash and is not shown again.</source>
            <translation>Copie ahora el token de {0}: solo se guarda como hash y no se vuelve a mostrar.</translation>
        </message>
        <message>
            <source>Revoke token</source>
            <translation>Revocar token</translation>
        </message>
        <message>
            <source>Revoke '{0}' of {1}? Whatever uses it is refused from its next call.</source>
            <translation>¿Revocar '{0}' de {1}? Todo lo que lo use se rechazará a partir de su próxima llamada.</translation>
        </message>
        <message>
            <source>Token '{0}' revoked</source>
            <translation>Token '{0}' revocado</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Delete permanently…</source>
            <translation>Eliminar definitivamente…</translation>
        </message>
        <message>
            <source>Could not restore {text}: {exc}</source>
            <translation>No se pudo restaurar {text}: {exc}</translation>
        </message>
        <message>
            <source>Restored {text}</source>
            <translation>{text} restaurado</translation>
        </message>
        <message>
            <source>Could not delete: {exc}</source>
            <translation>No se pudo eliminar: {exc}</translation>
        </message>
        <message>
            <source>Permanently deleted {count} record(s)</source>
            <translation>{count} registro(s) eliminado(s) definitivamente</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Eliminar definitivamente</translation>
        </message>
        <message>
            <source>Delete {text} permanently?

This cannot be undone, not even with Ctrl+Z.</source>
            <translation>¿Eliminar {text} definitivamente?

Esta acción no se puede deshacer, ni siquiera con Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>UserEditor</name>
        <message>
            <source>(no team)</source>
            <translation>(sin equipo)</translation>
        </message>
        <message>
            <source>at least 8 characters</source>
            <translation>al menos 8 caracteres</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>Contraseña inicial</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users and teams</source>
            <translation>Usuarios y equipos</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Desactivar</translation>
        </message>
        <message>
            <source>{name} can no longer sign in. Who takes over their records?</source>
            <translation>{name} ya no podrá iniciar sesión. ¿Quién se hace cargo de sus registros?</translation>
        </message>
        <message>
            <source>Deactivated {name}; {count:,} records went to {name2}</source>
            <translation>{name} desactivado; {count:,} registros pasaron a {name2}</translation>
        </message>
        <message>
            <source>Add team</source>
            <translation>Añadir equipo</translation>
        </message>
        <message>
            <source>Name of the new team:</source>
            <translation>Nombre del nuevo equipo:</translation>
        </message>
    </context>
    <context>
        <name>ValueEditor</name>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>values, separated by commas</source>
            <translation>valores, separados por comas</translation>
        </message>
        <message>
            <source>and</source>
            <translation>y</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>importe</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Translate the values</source>
            <translation>Traducir los valores</translation>
        </message>
        <message>
            <source>Each value found in the file beside the value it becomes here. Values we know are fine, the others are guessed. F2, Enter or typing changes the selected one.</source>
            <translation>Cada valor encontrado en el archivo junto al valor en que se convierte aquí. Los valores conocidos están bien; los demás se han deducido. F2, Enter o escribir cambia el seleccionado.</translation>
        </message>
        <message>
            <source>Stages of the pipeline</source>
            <translation>Etapas del embudo</translation>
        </message>
        <message>
            <source>The values cannot be checked: {error}</source>
            <translation>No se pueden comprobar los valores: {error}</translation>
        </message>
    </context>
    <context>
        <name>ViewEnv</name>
        <message>
            <source>{message} — Ctrl+Z to undo</source>
            <translation>{message} — Ctrl+Z para deshacer</translation>
        </message>
    </context>
    <context>
        <name>WebhookEditor</name>
        <message>
            <source>New webhook</source>
            <translation>Nuevo webhook</translation>
        </message>
        <message>
            <source>what it is for, e.g. ERP</source>
            <translation>para qué sirve, p. ej. ERP</translation>
        </message>
        <message>
            <source>Webhook name</source>
            <translation>Nombre del webhook</translation>
        </message>
        <message>
            <source>https://erp.example.com/rapport</source>
            <translation>https://erp.example.com/rapport</translation>
        </message>
        <message>
            <source>Address the events are sent to</source>
            <translation>Dirección a la que se envían los eventos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Suscribir</translation>
        </message>
    </context>
    <context>
        <name>WebhooksPage</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>Con errores</translation>
        </message>
        <message>
            <source>{0} in a row</source>
            <translation>{0} seguidos</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>Subscribe a URL to record events</source>
            <translation>Suscribir una URL a eventos de registros</translation>
        </message>
        <message>
            <source>Switch &amp;on/off</source>
            <translation>&amp;Activar/desactivar</translation>
        </message>
        <message>
            <source>Switch the selected webhook on or off</source>
            <translation>Activar o desactivar el webhook seleccionado</translation>
        </message>
        <message>
            <source>Show &amp;secret…</source>
            <translation>Mostrar &amp;secreto…</translation>
        </message>
        <message>
            <source>The selected webhook's signing secret</source>
            <translation>El secreto de firma del webhook seleccionado</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <source>Remove the selected webhook</source>
            <translation>Quitar el webhook seleccionado</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Último error</translation>
        </message>
        <message>
            <source>Latest deliveries of the selected webhook</source>
            <translation>Últimas entregas del webhook seleccionado</translation>
        </message>
        <message>
            <source>Latest deliveries</source>
            <translation>Últimas entregas</translation>
        </message>
        <message>
            <source>Webhook signing secret</source>
            <translation>Secreto de firma del webhook</translation>
        </message>
        <message>
            <source>Give this secret to the receiver: each delivery carries an X-Rapport-Signature header (HMAC-SHA256 of the body under this secret) that proves it came from Rapport.</source>
            <translation>Entregue este secreto al receptor: cada entrega lleva una cabecera X-Rapport-Signature (HMAC-SHA256 del cuerpo con este secreto) que demuestra que procede de Rapport.</translation>
        </message>
        <message>
            <source>Remove webhook</source>
            <translation>Quitar webhook</translation>
        </message>
        <message>
            <source>Remove '{0}'? Events still waiting are not sent; its log stays.</source>
            <translation>¿Quitar '{0}'? Los eventos aún en espera no se envían; su registro se conserva.</translation>
        </message>
    </context>
    <context>
        <name>activities.actions</name>
        <message>
            <source>Import calendar (.ics)…</source>
            <translation>Importar calendario (.ics)…</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Exportar calendario (.ics)…</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>A&amp;ctividades</translation>
        </message>
        <message>
            <source>Log &amp;call</source>
            <translation>Registrar &amp;llamada</translation>
        </message>
        <message>
            <source>Log &amp;meeting</source>
            <translation>Registrar &amp;reunión</translation>
        </message>
        <message>
            <source>New &amp;task</source>
            <translation>Nueva &amp;tarea</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>Import calendar</source>
            <translation>Importar calendario</translation>
        </message>
        <message>
            <source>iCalendar (*.ics);;All files (*)</source>
            <translation>iCalendar (*.ics);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Could not read {path}: {exc}</source>
            <translation>No se pudo leer {path}: {exc}</translation>
        </message>
        <message>
            <source>{name} was not imported (nothing was changed): {exc}</source>
            <translation>{name} no se importó (no se cambió nada): {exc}</translation>
        </message>
        <message>
            <source>Imported {name}: {v1}</source>
            <translation>{name} importado: {v1}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Could not export the calendar: {exc}</source>
            <translation>No se pudo exportar el calendario: {exc}</translation>
        </message>
        <message>
            <source>Exported {count:,} tasks and meetings to {path}</source>
            <translation>{count:,} tareas y reuniones exportadas a {path}</translation>
        </message>
    </context>
    <context>
        <name>calendar.edits</name>
        <message>
            <source>Could not move “{subject}”: {exc}</source>
            <translation>No se pudo mover «{subject}»: {exc}</translation>
        </message>
        <message>
            <source>{v0} “{subject}” {what} — Ctrl+Z to undo</source>
            <translation>{v0} «{subject}» {what} — Ctrl+Z para deshacer</translation>
        </message>
        <message>
            <source>“{subject}” now due {v1:%a %d %b} — Ctrl+Z to undo</source>
            <translation>«{subject}» vence ahora el {v1:%a %d %b} — Ctrl+Z para deshacer</translation>
        </message>
    </context>
    <context>
        <name>common.columns</name>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Id. de origen</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Otro teléfono</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Otro correo electrónico</translation>
        </message>
    </context>
    <context>
        <name>common.file_dialogs</name>
        <message>
            <source>Rapport's own database</source>
            <translation>La base de datos de Rapport</translation>
        </message>
        <message>
            <source>{name} is the database Rapport has open. Choose another file.</source>
            <translation>{name} es la base de datos que Rapport tiene abierta. Elija otro archivo.</translation>
        </message>
    </context>
    <context>
        <name>common.form_dialog</name>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Yo</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>Nadie (sin asignar)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>State, province or county</source>
            <translation>Provincia, estado o región</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Two letters, e.g. DE</source>
            <translation>Dos letras, p. ej. ES</translation>
        </message>
    </context>
    <context>
        <name>common.merge_conflict</name>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
    </context>
    <context>
        <name>common.pdf_dialog</name>
        <message>
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
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
            <translation>Vista previa de impresión: {title}</translation>
        </message>
    </context>
    <context>
        <name>host</name>
        <message>
            <source>Select a contact, lead, account, deal or document to email</source>
            <translation>Seleccione un contacto, lead, cuenta, oportunidad o documento para enviar por correo</translation>
        </message>
        <message>
            <source>&amp;Email…</source>
            <translation>&amp;Correo electrónico…</translation>
        </message>
        <message>
            <source>Fetc&amp;h mail</source>
            <translation>&amp;Recibir correo</translation>
        </message>
        <message>
            <source>Email se&amp;ttings…</source>
            <translation>Con&amp;figuración de correo electrónico…</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuando</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Entonces</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Desencadenante</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Embudo</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Facturación anual</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Empleados</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <source>Tax %</source>
            <translation>Impuesto %</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Ciclo de vida</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Neto</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>RFM segment</source>
            <translation>Segmento RFM</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Último pedido</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Oportunidades abiertas</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Previsión</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Respondido</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Oportunidad</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documentos</translation>
        </message>
        <message>
            <source>Search number, account, notes…</source>
            <translation>Buscar número, cuenta, notas…</translation>
        </message>
        <message>
            <source>products</source>
            <translation>productos</translation>
        </message>
        <message>
            <source>Search SKU, name, description…</source>
            <translation>Buscar referencia, nombre, descripción…</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>leads</source>
            <translation>leads</translation>
        </message>
        <message>
            <source>Search name, company, email, phone…</source>
            <translation>Buscar nombre, empresa, correo electrónico, teléfono…</translation>
        </message>
        <message>
            <source>records</source>
            <translation>registros</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Buscar…</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>cuentas</translation>
        </message>
        <message>
            <source>Search name, website, email, phone…</source>
            <translation>Buscar nombre, sitio web, correo electrónico, teléfono…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contactos</translation>
        </message>
        <message>
            <source>Search name, email, phone, company…</source>
            <translation>Buscar nombre, correo electrónico, teléfono, empresa…</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Id. de origen</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Otro teléfono</translation>
        </message>
        <message>
            <source>Other email</source>
            <translation>Otro correo electrónico</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>deleted records</source>
            <translation>registros eliminados</translation>
        </message>
        <message>
            <source>Search the trash…</source>
            <translation>Buscar en la papelera…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Base de conocimiento</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>artículos</translation>
        </message>
        <message>
            <source>Search title, category, text…</source>
            <translation>Buscar título, categoría, texto…</translation>
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
            <translation>Buscar número, asunto, descripción…</translation>
        </message>
    </context>
    <context>
        <name>lists.export_action</name>
        <message>
            <source>Exporting {noun}…</source>
            <translation>Exportando {noun}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export {noun}</source>
            <translation>Exportar {noun}</translation>
        </message>
        <message>
            <source>Could not export to {name}: {exc}</source>
            <translation>No se pudo exportar a {name}: {exc}</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Exportación cancelada</translation>
        </message>
        <message>
            <source>Exported {count:,} {noun} to {name}</source>
            <translation>{count:,} {noun} exportados a {name}</translation>
        </message>
    </context>
    <context>
        <name>lists.print_action</name>
        <message>
            <source>Preparing the {noun} for printing…</source>
            <translation>Preparando los {noun} para imprimir…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save {noun} as PDF</source>
            <translation>Guardar {noun} como PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write {name}: {exc}</source>
            <translation>No se pudo escribir {name}: {exc}</translation>
        </message>
        <message>
            <source>Saved the {noun} list to {name}</source>
            <translation>Lista de {noun} guardada en {name}</translation>
        </message>
        <message>
            <source>Cannot print the {noun}: {exc}</source>
            <translation>No se pueden imprimir los {noun}: {exc}</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Impresión cancelada</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Print the {noun} this list shows (Ctrl+P), {tip}or save them as PDF</source>
            <translation>Imprimir los {noun} que muestra esta lista (Ctrl+P), {tip}o guardarlos como PDF</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Imprimir lista…</translation>
        </message>
        <message>
            <source>Save list as PDF…</source>
            <translation>Guardar lista como PDF…</translation>
        </message>
        <message>
            <source>Mailing labels…</source>
            <translation>Etiquetas postales…</translation>
        </message>
        <message>
            <source>Envelopes…</source>
            <translation>Sobres…</translation>
        </message>
        <message>
            <source>Letters…</source>
            <translation>Cartas…</translation>
        </message>
    </context>
    <context>
        <name>lists.record_page</name>
        <message>
            <source>All owners</source>
            <translation>Todos los propietarios</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>No segment</source>
            <translation>Sin segmento</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
    </context>
    <context>
        <name>records.contacts_preview</name>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
    </context>
    <context>
        <name>reports.result_model</name>
        <message>
            <source>Report result</source>
            <translation>Resultado del informe</translation>
        </message>
    </context>
    <context>
        <name>settings.users</name>
        <message>
            <source>Only an administrator manages users and teams.</source>
            <translation>Solo un administrador gestiona usuarios y equipos.</translation>
        </message>
    </context>
    <context>
        <name>shell.open_error</name>
        <message>
            <source>If the path has a typo, quit and start Rapport with the right one. Or create a new, empty database at this path.</source>
            <translation>Si la ruta tiene un error tipográfico, salga e inicie Rapport con la correcta. O cree una base de datos nueva y vacía en esta ruta.</translation>
        </message>
        <message>
            <source>Create a new database</source>
            <translation>Crear una base de datos nueva</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>The language changes when Rapport next starts.</source>
            <translation>El idioma cambiará la próxima vez que se inicie Rapport.</translation>
        </message>
    </context>
</TS>
