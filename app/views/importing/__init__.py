"""The import wizard: file, column mapping, value translation, options and the running import."""
