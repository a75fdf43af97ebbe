#!/bin/sh
# The man pages render without a single groff warning (an unknown macro or a bad escape shows
# up as garbage or missing text in `man refrain`). groff exits 0 on warnings, so its output is
# what counts.
set -eu
if ! command -v groff >/dev/null 2>&1; then
    [ -n "${CI:-}" ] && { echo "FAIL: groff is not installed" >&2; exit 1; }
    echo "SKIP: groff is not installed"
    exit 77
fi
status=0
for page in "$@"; do
    warnings=$(groff -ww -z -man "$page" 2>&1)
    if [ -n "$warnings" ]; then
        echo "FAIL: $page:" >&2
        echo "$warnings" >&2
        status=1
    else
        echo "PASS: $page"
    fi
done
exit $status
