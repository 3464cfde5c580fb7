"""The audit page (who changed what, when; filters by person, record type and dates) and the audit table
model the contact and account detail panes use for their History tab."""
