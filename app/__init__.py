"""Rapport: an open-source desktop CRM."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rapport-crm")
except PackageNotFoundError:  # running from a source tree that was not installed (e.g. a frozen bundle)
    __version__ = "0.1.0"
