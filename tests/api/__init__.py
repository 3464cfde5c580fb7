"""The HTTP API, called over a real socket on 127.0.0.1."""
