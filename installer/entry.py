"""Entry point of the frozen program: the same as `python -m app`."""

import sys

from app.cli import main, main_gui

# A windowed Windows executable has no console (sys.stdout is None): it takes the GUI entry point.
sys.exit(main_gui() if sys.stdout is None else main())
