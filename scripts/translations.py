"""The app's translations: `update` extracts every `self.tr(...)` / `QCoreApplication.translate(...)`
string of app/views into resources/translations/rapport_<lang>.ts (keeping what is translated);
`compile` builds the .qm files beside them (the installer build runs it); `check` lists what is untranslated.

    python scripts/translations.py update|compile|check
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services.core.locale_format import LANGUAGES  # noqa: E402
from app.views.common.i18n import compile_catalogue, lrelease, untranslated  # noqa: E402

TRANSLATED = [code for code in LANGUAGES if code != "en"]
FOLDER = ROOT / "resources" / "translations"


def lupdate() -> str:
    tool = Path(lrelease() or "").with_name("lupdate")
    return str(tool) if tool.is_file() else "pyside6-lupdate"


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "views").rglob("*.py"))
    for code in TRANSLATED:
        target = FOLDER / f"rapport_{code}.ts"
        subprocess.run(
            [
                lupdate(),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                code,
                *sources,
                "-ts",
                str(target),
            ],
            cwd=ROOT,
            check=True,
        )
        print(f"{target.relative_to(ROOT)}: {len(untranslated(target))} untranslated")


def compile_all() -> None:
    for code in TRANSLATED:
        source = FOLDER / f"rapport_{code}.ts"
        if not compile_catalogue(source, source.with_suffix(".qm")):
            raise SystemExit(f"lrelease failed for {source}")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        gaps = {code: untranslated(FOLDER / f"rapport_{code}.ts") for code in TRANSLATED}
        for code, texts in gaps.items():
            print(f"{code}: {len(texts)} untranslated", *texts[:20], sep="\n  ")
        raise SystemExit(1 if any(gaps.values()) else 0)
