"""The shared machinery every capability builds on: the unit of work and its change record, typed errors,
audited record writes, the record service base, the paged list engine with its filter and list registries,
full-text search, bulk writes, stored settings, field validation, custom-field definitions and values, and
the small reference lists (users, tags, countries).

Nothing here imports another capability package.
"""
