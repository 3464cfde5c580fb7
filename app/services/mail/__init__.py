"""Mail through the user's own mailbox: accounts (SMTP + IMAP, passwords in the OS keyring), email
templates rendered with the sandboxed merge, an outbox delivered exactly once at a set pace, and reading
the inbox: mail from known people on their timeline, mail to the capture address as new leads, bounces.

Owns the mail_* tables and email_templates. Public API for campaigns: `compose.queue_mail` and
`bulk.queue_many` (inside the caller's transaction), `outcomes.outcomes` / `outcomes.bounced` (what
became of each mail).
"""
