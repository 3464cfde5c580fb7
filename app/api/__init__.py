"""The HTTP JSON API (`rapport serve`): the same services and database as the app, one user per token.

app.py builds the FastAPI application, resources.py says which record types it serves and how, encoding.py
turns service results into JSON (money as strings, never floats) and keyset cursors into text. OpenAPI
documentation is served at /docs.
"""
