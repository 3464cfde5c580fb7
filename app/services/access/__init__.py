"""People and what they may do: roles and their permissions per record type, record visibility (own,
team, territory, all), sign-in with argon2id passwords and revocable "remember me" tokens, the OS
keyring, and the administration of users, teams and territories.

Core enforces the rules through the `Guard` hook of app/services/core/guard.py; this package supplies
the guard (`Permissions`) and knows no other capability.
"""
