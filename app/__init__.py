"""Rapport: an open-source desktop CRM."""

# The one source of the version: pyproject.toml reads it (dynamic), the installers and --version too.
__version__ = "0.1.0"
