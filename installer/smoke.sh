#!/usr/bin/env bash
# Build the Linux release archive, unpack it somewhere else, run the unpacked program's --self-test, and
# print the figures (bundle size, start-up of the frozen app against `python -m app`).
#
#   installer/smoke.sh [PYTHON]     PYTHON: the project's virtualenv interpreter
#                                   (default: $PYTHON, else .venv/bin/python, else python3)
#   SMOKE_RUNS=N                    timing runs per figure (default 5; 0 skips the timings)
#   SMOKE_COLD=0                    skip the cold-start runs, which drop the machine's page cache (as root)
#
# Self-sufficient on a fresh Debian/Ubuntu with the project installed in a venv: installs PyInstaller into
# that venv and, as root, the few system packages it needs. About 3 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

PY=${1:-${PYTHON:-}}
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
"$PY" -c 'import app' 2>/dev/null || { echo "smoke: $PY cannot import app; pip install -e . first" >&2; exit 1; }
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q -e ".[installer]"

# System packages: PyInstaller reads binaries with binutils and needs Python's shared library; offscreen Qt
# needs EGL/GL, xkbcommon, fontconfig and D-Bus; the xcb plugin's own libraries are bundled when present.
need_apt=()
command -v objdump >/dev/null || need_apt+=(binutils)
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
            libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 \
            libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-cursor.so.0:libxcb-cursor0; do
  ldconfig -p | grep -q "${pair%%:*}" || need_apt+=("${pair##*:}")
done
if ! "$PY" -c 'from PyInstaller.depend.bindepend import get_python_library_path as f; f()' >/dev/null 2>&1; then
  need_apt+=("lib$("$PY" -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")')")
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "smoke: missing system packages: ${need_apt[*]} (install them as root)" >&2; exit 1
  fi
  echo "smoke: installing ${need_apt[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

started=$(date +%s)
"$PY" installer/build.py
built=$(date +%s)

# Test what users download: the archive, unpacked away from the source tree, with a fresh data folder.
version=$("$PY" -c 'import sys; sys.path.insert(0, "installer"); from build import project_version as v; print(v())')
archive=$(ls dist/Rapport-"$version"-linux-*.tar.gz)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tar -xzf "$archive" -C "$scratch"
echo "smoke: $archive unpacked; running its --self-test"
QT_QPA_PLATFORM=offscreen RAPPORT_DATA_DIR="$scratch/data" "$scratch/Rapport-$version/rapport" --self-test
if [ -n "$(find "$scratch/Rapport-$version" -name '__pycache__' -print -quit)" ]; then
  echo "smoke: the frozen app wrote bytecode into its program folder" >&2; exit 1
fi

echo
echo "build: $((built - started)) s"
if [ "${SMOKE_RUNS:-5}" -gt 0 ]; then
  cold=(); [ "${SMOKE_COLD:-1}" = 0 ] && cold=(--no-cold)
  "$PY" installer/measure.py --bundle dist/Rapport --python "$PY" --runs "${SMOKE_RUNS:-5}" "${cold[@]}"
fi
