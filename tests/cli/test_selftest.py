"""`rapport --self-test` passes on a working installation and fails, naming the step, on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import selftest


@pytest.fixture(autouse=True)
def _offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_self_test_passes_on_a_working_installation() -> None:
    lines: list[str] = []
    assert selftest.run(lines.append) == 0
    steps = lines[1:-1]
    assert [line.split(":")[0] for line in steps] == [name for name, _step in selftest.STEPS]
    assert all(": ok (" in line for line in steps), lines
    assert lines[-1].startswith("self-test passed")


def test_missing_resources_fail_the_self_test(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # What a bundle built without resources/ looks like from the inside.
    monkeypatch.setattr("app.resources.resource_path", lambda *parts: tmp_path.joinpath(*parts))
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert any(line.startswith("resources: FAILED: FileNotFoundError") for line in lines), lines
    assert lines[-1].startswith("self-test FAILED")


def test_a_broken_database_step_is_reported_and_the_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_migrations(workdir: Path) -> str:
        raise RuntimeError("Can't locate revision identified by 'head'")

    steps = [(name, no_migrations if name == "database" else step) for name, step in selftest.STEPS]
    monkeypatch.setattr(selftest, "STEPS", steps)
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert "database: FAILED: RuntimeError: Can't locate revision identified by 'head'" in lines
    assert any(line.startswith("window: ok") for line in lines), lines


def test_the_rapport_command_runs_the_self_test() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
