"""Settings > Automation: the rules (when + if + then), their editor, dry run, run log and undo, and
the runner that runs the time rules and delivers webhooks while the app is open."""
