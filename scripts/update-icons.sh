#!/usr/bin/env bash
# Refreshes resources/icons/: the subset of KDE's Breeze icon theme (light
# and dark) that the console's sidebar, toolbars and menus name, taken from
# Debian's breeze-icon-theme package, symlinks resolved. The console falls
# back to it when the system has no icon theme (ui/appearance.cpp). Run it
# after adding an icon name to the code; commit what it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
icons=(
    go-home system-users mail-mark-task flag utilities-system-monitor office-chart-bar
    view-refresh security-high preferences-desktop-user application-pdf document-edit
    document-import download list-add list-add-user list-remove run-build text-csv
    dialog-ok-apply dialog-cancel media-playback-start edit-undo document-open
    application-exit help-about configure input-keyboard edit-find help-contents
    media-playback-pause go-next archive-insert edit-delete
)
sizes=(16 22 32 48)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -qq breeze-icon-theme 2>/dev/null && dpkg-deb -x ./*.deb x)
version=$(dpkg-deb -f "$work"/*.deb Version)
for theme in breeze breeze-dark; do
    src="$work/x/usr/share/icons/$theme"
    out="resources/icons/$theme"
    rm -rf "$out"
    mkdir -p "$out"
    dirs=()
    for name in "${icons[@]}"; do
        found=0
        for context in actions apps devices mimetypes places preferences status; do
            for size in "${sizes[@]}"; do
                file="$src/$context/$size/$name.svg"
                [ -e "$file" ] || continue
                mkdir -p "$out/$context/$size"
                cp -L "$file" "$out/$context/$size/"
                found=1
                [[ " ${dirs[*]:-} " == *" $context/$size "* ]] || dirs+=("$context/$size")
            done
        done
        [ $found = 1 ] || { echo "no $name in $theme" >&2; exit 1; }
    done
    {
        echo "[Icon Theme]"
        echo "Name=$(sed -n 's/^Name=//p' "$src/index.theme" | head -1)"
        echo "Comment=A subset of KDE's Breeze icons ($version) for Tenant Admin"
        echo "Inherits=hicolor"
        echo "Directories=$(IFS=,; echo "${dirs[*]}")"
        for d in "${dirs[@]}"; do
            echo
            echo "[$d]"
            echo "Size=${d#*/}"
            echo "Type=Fixed"
        done
    } > "$out/index.theme"
done
cp "$work/x/usr/share/doc/breeze-icon-theme/copyright" resources/icons/COPYRIGHT.breeze
cp /usr/share/common-licenses/LGPL-3 resources/icons/LICENSE.LGPL-3
cp /usr/share/common-licenses/GPL-3 resources/icons/LICENSE.GPL-3
echo "resources/icons: ${#icons[@]} icons from breeze-icon-theme $version"
