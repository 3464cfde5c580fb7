"""Two real processes on one database: writers meeting each other."""
