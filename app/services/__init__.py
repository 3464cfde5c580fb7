"""Use cases: one module per capability. No Qt here (an import-linter contract enforces it)."""
