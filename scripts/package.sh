#!/usr/bin/env bash
# Builds the .deb from an existing build directory (BUILD_DIR, default
# build/: scripts/build.sh made it), installs it with dpkg, validates what it
# installed and runs the installed programs: tenantctl --version and the
# console on the demo registry for 1.5 s. CI runs it after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
rm -f "$build_dir"/tenant-admin_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls "$build_dir"/tenant-admin_*.deb)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Section\|Installed-Size\):/  \1:/p'
$sudo dpkg -i "$deb" >/dev/null

desktop-file-validate /usr/share/applications/org.tenant_admin.TenantAdmin.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.tenant_admin.TenantAdmin.metainfo.xml
for path in /usr/share/icons/hicolor/scalable/apps/org.tenant_admin.TenantAdmin.svg \
    /usr/share/icons/hicolor/48x48/apps/org.tenant_admin.TenantAdmin.png \
    /usr/share/man/man1/tenantctl.1.gz /usr/share/man/man1/tenant-admin.1.gz \
    /usr/share/bash-completion/completions/tenantctl /lib/systemd/system/tenant-controller.service; do
    [ -s "$path" ] || { echo "missing after install: $path" >&2; exit 1; }
done
getent passwd tenant-controller >/dev/null || { echo "no tenant-controller user" >&2; exit 1; }

# The installed programs, in a home of their own.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
/usr/bin/tenantctl --version
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    QT_QPA_PLATFORM=offscreen /usr/bin/tenant-admin --demo --quit-after 1500
[ -s "$home/.local/share/tenant-admin/demo.sqlite" ] ||
    { echo "the installed console did not open its demo registry" >&2; exit 1; }
HOME=$home XDG_DATA_HOME=$home/.local/share /usr/bin/tenantctl --json tenant list | grep -q '"tenant_id": "finance"'
echo "installed and ran: $(dpkg-query -W -f='${Package} ${Version}' tenant-admin)"
