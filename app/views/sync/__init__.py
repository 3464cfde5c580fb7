"""Offline laptops in the GUI (docs/sync.md): the status bar's "Offline, last synced …, N changes
waiting" with its Sync and Conflicts buttons, and the conflict list dialog (keep mine, keep theirs, or a
typed value). Talks to `ctx.replica`; the sync itself runs in a thread (`ThreadJob`)."""
