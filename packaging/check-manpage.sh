#!/usr/bin/env bash
# Fails when an option that `gazette ... --help` shows is missing from the manual page.
set -euo pipefail
gazette=$1
manpage=$2
missing=0
commands=$("$gazette" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 {print $1}')
[ -n "$commands" ] || { echo "no commands in gazette --help"; exit 1; }
for command in "" $commands; do
    help=$("$gazette" $command --help)
    for option in $(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
        escaped=${option//-/\\\\-}
        if ! grep -qE -- "$escaped" "$manpage"; then
            echo "gazette.1 does not describe ${command:-gazette} $option"
            missing=1
        fi
    done
    if [ -n "$command" ] && ! grep -q "^\.B $command" "$manpage" && ! grep -q "^\.B gazette $command" "$manpage"; then
        echo "gazette.1 does not describe the command $command"
        missing=1
    fi
done
[ $missing -eq 0 ] && echo "gazette.1 covers every command and option"
exit $missing
