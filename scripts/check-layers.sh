#!/usr/bin/env bash
# Fails (exit 1) on any #include that points up the layers
#   storage -> domain -> downstream -> workflows -> models -> ui -> app
# naming the file, the line and both layers. The build refuses such an
# include too (each library sees only the headers of those below it); this
# check says it plainly, before anything compiles. Run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
layers=(storage domain downstream workflows models ui app)
layer_of() {
    case "$1" in
    core/storage/*) echo 0 ;;
    core/registry/* | core/lifecycle/* | core/flags/* | core/health/* | core/audit/* | core/provisioning/* | core/access/* | core/finance/*) echo 1 ;;
    core/downstream/*) echo 2 ;;
    core/workflows/*) echo 3 ;;
    core/models/*) echo 4 ;;
    ui/*) echo 5 ;;
    app/*) echo 6 ;;
    *) echo -1 ;;
    esac
}
files() { git ls-files --cached --others --exclude-standard "$@"; }

declare -A header_layer
while read -r header; do
    header_layer[$(basename "$header")]=$(layer_of "$header")
done < <(files 'core/*.h' 'ui/*.h' 'app/*.h')

status=0
checked=0
while read -r file; do
    own=$(layer_of "$file")
    [ "$own" -lt 0 ] && continue
    checked=$((checked + 1))
    while IFS=: read -r line text; do
        name=$(sed -E 's/^#include "([^"]+)".*/\1/' <<<"$text")
        included=${header_layer[$(basename "$name")]:-}
        if [ -n "$included" ] && [ "$included" -gt "$own" ]; then
            echo "$file:$line: includes $name (${layers[$included]}) from the ${layers[$own]} layer" >&2
            status=1
        fi
    done < <(grep -n '^#include "' "$file" || true)
done < <(files 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h')
[ "$status" = 0 ] && echo "layers: $checked files, no include points up"
exit "$status"
