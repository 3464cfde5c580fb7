"""Two or more real processes on one database: the app's session beside `rapport` commands."""
