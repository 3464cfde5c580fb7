"""The demo database: a realistic, repeatable dataset of every kind of record, generated from one seed."""
