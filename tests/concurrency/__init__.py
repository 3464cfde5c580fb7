"""Two or more real processes on one database: the app beside `rapport` commands, writers meeting each other."""
