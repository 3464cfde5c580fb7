"""Accounts and contacts (with their memberships), tags, saved views, the 360-degree timeline and the trash."""
