#!/usr/bin/env bash
# Pack dist/Rapport.app into dist/Rapport-<version>.dmg: a compressed disk image that opens on a window
# with the app and a link to /Applications, so installing is a drag and upgrading is a drag that replaces.
#
#   installer/macos/make_dmg.sh [APP] [OUT_DIR]      (defaults: dist/Rapport.app, dist)
#
# The version is read from the app's Info.plist (which the spec writes from app.__version__). The app
# carries PyInstaller's ad-hoc signature; a release signed with a Developer ID and notarised is a
# separate step (codesign --deep --options runtime, then xcrun notarytool) not done here.
# The user's database lives in ~/Library/Application Support/Rapport, outside the app bundle.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=${1:-dist/Rapport.app}
OUT_DIR=${2:-dist}

[ -d "$APP" ] || { echo "make_dmg: $APP not found; run python installer/build.py first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="$OUT_DIR/Rapport-$VERSION.dmg"

# A bundle whose signature does not verify is refused by Gatekeeper as "damaged": catch it here.
codesign --verify --deep --strict "$APP"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Rapport.app"          # ditto keeps symlinks, permissions and extended attributes
ln -s /Applications "$STAGE/Applications"
cp resources/icons/rapport.icns "$STAGE/.VolumeIcon.icns"
if command -v SetFile >/dev/null; then SetFile -a C "$STAGE"; fi  # use the volume icon (Xcode tools)

rm -f "$DMG"
# hdiutil occasionally fails with "Resource busy" on CI machines; a retry is the known remedy.
for attempt in 1 2 3; do
  if hdiutil create -volname "Rapport $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"; then
    break
  fi
  [ "$attempt" = 3 ] && { echo "make_dmg: hdiutil create failed" >&2; exit 1; }
  sleep 5
done
hdiutil verify "$DMG"
echo "$DMG"
