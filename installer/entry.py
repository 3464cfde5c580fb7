"""Entry point of the frozen program: the same as `python -m app`."""

import multiprocessing
import sys

from app.cli import main, main_gui

if __name__ == "__main__":
    # a frozen program's child processes (`rapport serve --workers N`, test runners) start here too
    multiprocessing.freeze_support()
    # A windowed Windows executable has no console (sys.stdout is None): it takes the GUI entry point.
    sys.exit(main_gui() if sys.stdout is None else main())
