"""Alembic migrations shipped inside the package.

HEAD names the newest revision so that start-up can tell "nothing to do" without importing Alembic
(tests/services/database/test_schema.py keeps it equal to the scripts' real head).
"""

HEAD = "0030"
