"""Service work in a plain Python thread, polled from the GUI thread.

The thread touches no Qt object: PySide 6.12 corrupts reference counts when a signal is emitted from a
non-GUI thread (the interpreter aborted at exit), so a page polls the job's fields with a QTimer and
publishes its change record on the GUI thread. `work(progress)` gets a callback reporting (done, total)
that answers False once `cancelled` is set, which the services turn into a rollback.

`work` runs in a copy of the context of the thread that made the job, so the units of work it opens are
attributed to the view that asked (`acting_as`), not to nobody: a thread starts with an empty context.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import Any

from app.services.core.errors import RapportError

Progress = Callable[[int, int], bool]


class ThreadJob:
    def __init__(
        self,
        work: Callable[[Progress], Any],
        name: str = "rapport-job",
        describe: Callable[[RapportError], str] = str,
    ) -> None:
        self.work, self.describe = work, describe
        self.done = self.total = 0
        self.cancelled = self.finished = False
        self.result: Any = None
        self.error = ""
        self.context = contextvars.copy_context()
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _progress(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancelled

    def _run(self) -> None:
        try:
            self.result = self.context.run(self.work, self._progress)
        except RapportError as exc:
            self.error = self.describe(exc)
        finally:
            self.finished = True
