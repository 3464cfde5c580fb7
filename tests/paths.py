"""Where the tests' fixture files are, wherever a test module sits in the tree."""

from pathlib import Path

DATA = Path(__file__).parent / "data"
