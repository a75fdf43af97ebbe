#!/bin/sh
# Runs a validator from the packaging tests: `validate.sh TOOL ARG…`. When TOOL is missing the
# test is skipped (exit 77) on a developer's machine, but fails under CI (CI set), where
# ./dev test installed packaging/debian/test-deps.txt and a skip would only hide a hole.
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
    if [ -n "${CI:-}" ]; then
        echo "FAIL: $tool is not installed (packaging/debian/test-deps.txt)" >&2
        exit 1
    fi
    echo "SKIP: $tool is not installed (packaging/debian/test-deps.txt)"
    exit 77
fi
exec "$tool" "$@"
