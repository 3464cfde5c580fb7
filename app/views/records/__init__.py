"""Accounts and contacts: their pages, editors, the account detail pane with its timeline, and the trash."""
