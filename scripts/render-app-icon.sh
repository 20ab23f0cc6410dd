#!/usr/bin/env bash
# Renders the application icon's PNG sizes for hicolor from its SVG
# (packaging/icons/). Needs rsvg-convert (Debian: librsvg2-bin); commit the
# PNGs it writes, so a build needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" org.tenant_admin.TenantAdmin.svg -o "org.tenant_admin.TenantAdmin-$size.png"
done
