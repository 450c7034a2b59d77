#!/usr/bin/env bash
# Checks that the manual page covers the program as it is: every command that
# `formulary --help` lists, and every option of `formulary COMMAND --help`
# in that command's subsection of OPTIONS.
# Usage: check-manpage.sh PATH/TO/formulary PATH/TO/formulary.1
set -euo pipefail
formulary=$1
manpage=$2
export QT_QPA_PLATFORM=offscreen
# The help in English, the language of the manual page.
export LC_ALL=C.UTF-8 LANGUAGE=

# Roff writes a hyphen in an option as \-.
text=$(sed 's/\\-/-/g' "$manpage")
missing=()

commands=$("$formulary" --help | sed -n '/^Commands:/,/^$/p' | grep -oP '^  \K[a-z][a-z-]*' | sort -u)
[ -n "$commands" ] || { echo "check-manpage: 'formulary --help' lists no commands" >&2; exit 1; }
for command in $commands; do
    grep -q "^\.B formulary $command\( \|\$\)" <<<"$text" || missing+=("the command '$command' in SYNOPSIS")
    grep -q "^\.BI \"\?$command[ \"]" <<<"$text" || missing+=("the command '$command' in COMMANDS")
    section=$(awk -v name="$command" '/^\.S[SH] /{inside = ($0 == ".SS " name)} inside' <<<"$text")
    options=$("$formulary" "$command" --help | grep -oP '^ {2}(-\w, )?\K--[a-z][a-z-]*' | sort -u)
    for option in $options; do
        case $option in --help | --help-all) continue ;; esac # in OPTIONS, General
        grep -qe "$option\\b" <<<"$section" || missing+=("$command $option in OPTIONS, subsection $command")
    done
done
for option in $("$formulary" --help | grep -oP '^ {2}(-\w, )?\K--[a-z][a-z-]*' | sort -u); do
    grep -qe "$option\\b" <<<"$text" || missing+=("the general option $option")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "The manual page $manpage does not describe:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
fi
echo "The manual page covers the commands: $(echo $commands)"
