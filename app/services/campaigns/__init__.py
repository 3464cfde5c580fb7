"""Marketing: consent per person and channel, unsubscribe tokens and the one `may_email` check every send
path calls; campaigns, their members and attribution; drip sequences and their idempotent runner. Mail
leaves through the `MailSender` port (ports.py). Owns the consents, campaigns and sequences tables.
Reads the segments' filter for members taken from a segment."""
