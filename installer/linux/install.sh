#!/bin/sh
# Install Rapport for the current user, without root: the program in ~/.local/opt/rapport, a `rapport`
# command in ~/.local/bin, a menu entry and icons. Running it again upgrades in place.
# Your data lives in ~/.local/share/Rapport (or $RAPPORT_DATA_DIR) and is never touched.
#   ./install.sh               install or upgrade
#   ./install.sh --uninstall   remove the program, keep the data
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${RAPPORT_PREFIX:-$HOME/.local/opt/rapport}
BIN=$HOME/.local/bin
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
}

remove_program() {
    rm -rf "$PREFIX"
    rm -f "$BIN/rapport" "$DATA_HOME/applications/rapport.desktop"
    for size in $SIZES; do rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/rapport.png"; done
}

case "${1:-}" in
    --uninstall) remove_program; refresh; echo "Rapport removed; your data in $DATA_HOME/Rapport is kept."; exit 0 ;;
    "") ;;
    *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
if [ "$HERE" = "$PREFIX" ]; then
    echo "run install.sh from the unpacked archive, not from $PREFIX" >&2
    exit 1
fi

# Copy next to the old version, then swap: no file of the old version lingers, and a failed copy
# leaves the old version working.
rm -rf "$PREFIX.new"
mkdir -p "$PREFIX.new" "$BIN" "$DATA_HOME/applications"
cp -a "$HERE/rapport" "$HERE/_internal" "$PREFIX.new/"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

ln -sf "$PREFIX/rapport" "$BIN/rapport"
for size in $SIZES; do
    mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
    cp "$PREFIX/_internal/resources/icons/rapport-$size.png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/rapport.png"
done
sed -e "s|^Exec=.*|Exec=\"$PREFIX/rapport\"|" -e "s|^TryExec=.*|TryExec=$PREFIX/rapport|" \
    "$HERE/rapport.desktop" > "$DATA_HOME/applications/rapport.desktop"
refresh
echo "Rapport installed in $PREFIX. Start it from the applications menu, or run $BIN/rapport"
