"""Data quality dialogs: duplicates with merge, and Edit > Standardise with its preview."""
