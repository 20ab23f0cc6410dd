#!/usr/bin/env bash
# The bash completion (packaging/completion/tenantctl) against the built
# tenantctl and a demo registry: commands, sub-commands, options (from
# tenantctl --completions), values, and tenant ids read from the registry
# named on the line. Usage: tst_completion.sh TENANTCTL COMPLETION_SCRIPT
set -euo pipefail
tenantctl_dir=$(cd "$(dirname "$1")" && pwd)
PATH=$tenantctl_dir:$PATH
# shellcheck source=/dev/null
source "$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/demo.sqlite"
tenantctl --db "$db" init --demo >/dev/null
tenantctl --db "$db" tenant create --id zeta-unit --name "Zeta" --tier bronze >/dev/null

failures=0
expect() { # expect "WANTED REPLY" WORD...
    local wanted=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _tenantctl || true
    if [ "${COMPREPLY[*]}" != "$wanted" ]; then
        echo "FAIL: [$*] completed to [${COMPREPLY[*]}], expected [$wanted]"
        failures=$((failures + 1))
    else
        echo "PASS: [$*] -> [$wanted]"
    fi
}
expect "tenant" tenantctl te
expect "create get list update" tenantctl tenant ""
expect "finance hr legal marketing ops zeta-unit" tenantctl --db "$db" suspend ""
expect "zeta-unit" tenantctl --db "$db" --json tenant get ze
expect "hr" tenantctl --db "$db" audit list --tenant h
expect "--reason --json" tenantctl --db "$db" suspend finance --
expect "" tenantctl --db "$db" suspend finance ""
expect "finance" tenantctl --db "$db" tenant update --reason "a b" fin
expect "bronze silver gold platinum" tenantctl tenant list --tier ""
expect "--once --interval --metrics-port --secrets --batch --drift-interval --no-repair --json" \
    tenantctl controller --
expect "tenant cost-centre" tenantctl chargeback report --by ""
expect "" tenantctl webhook remove ""
expect "provisioning.requested provisioning.rejected" tenantctl webhook add URL --events provisioning.re
[ $failures = 0 ]
