#!/bin/sh
# Every option the desktop file's Exec lines pass to refrain (the Play/Pause, Next and
# Previous actions in a launcher's menu) is one refrain --help knows: an action calling an
# unknown option would do nothing for the user but show an error.
set -eu
refrain=$1
desktop=$2
help=$(QT_QPA_PLATFORM=offscreen "$refrain" --help 2>/dev/null)
status=0
for option in $(sed -n 's/^Exec=refrain[[:space:]]*//p' "$desktop" | tr ' ' '\n' | grep '^--' | sort -u); do
    if echo "$help" | grep -q -- "$option"; then
        echo "PASS: $option"
    else
        echo "FAIL: the desktop file calls refrain $option, which refrain --help does not list" >&2
        status=1
    fi
done
exit $status
