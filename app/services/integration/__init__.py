"""Connecting Rapport to other systems: API tokens for the HTTP API (`rapport serve`, app/api/)."""
