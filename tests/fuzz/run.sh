#!/usr/bin/env bash
# run.sh [TARGET] [SECONDS] — builds the libFuzzer targets (Clang, in build/fuzz) and runs each
# one (or only TARGET) for SECONDS (default 60). New inputs go to build/fuzz/corpus/TARGET, never
# into the checked-in seeds; crashes to build/fuzz/crashes/TARGET/. Exits non-zero when any
# target crashed, leaked, timed out or ran out of memory.
#   tests/fuzz/run.sh                 every target, 60 s each
#   tests/fuzz/run.sh 20              every target, 20 s each (what CI runs)
#   tests/fuzz/run.sh statuspage 600  one target for ten minutes
# Reproduce a crash: build/fuzz/bin/fuzz/fuzz_TARGET build/fuzz/crashes/TARGET/crash-…
# Environment: REFRAIN_FUZZ_BUILD (build folder), CXX (default clang++), REFRAIN_FUZZ_ARGS
# (more libFuzzer options, e.g. "-jobs=2 -workers=2").
set -euo pipefail

FUZZ_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$FUZZ_DIR/../.." && pwd)
BUILD=${REFRAIN_FUZZ_BUILD:-$ROOT/build/fuzz}

# Each target and the longest input worth trying: enough for its seeds and for lists long enough
# to matter, short enough to keep executions fast.
TARGETS="statuspage subsonic_json subsonic_xml playlist history_import history_format featuredocument tags"
max_len() {
    case $1 in
        featuredocument) echo 8192 ;;      # the document is capped at 64 KiB; keys are short
        playlist) echo 16384 ;;
        tags) echo 32768 ;;                # tags and first frames of the seeds' tiny files
        statuspage | subsonic_*) echo 32768 ;;
        history_*) echo 32768 ;;
        *) echo 16384 ;;
    esac
}

say() { printf 'fuzz: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 2
}

target=all
seconds=60
case $# in
    0) ;;
    1) if [[ $1 =~ ^[0-9]+$ ]]; then seconds=$1; else target=$1; fi ;;
    2) target=$1 seconds=$2 ;;
    *) die "usage: run.sh [TARGET] [SECONDS]" ;;
esac
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || die "SECONDS must be a positive whole number"
if [[ $target != all ]]; then
    [[ " $TARGETS " == *" $target "* ]] || die "unknown target '$target'; targets: $TARGETS"
    TARGETS=$target
fi

# --- build ---------------------------------------------------------------------------------------
CXX=${CXX:-clang++}
case $($CXX --version 2>/dev/null | head -n 1) in
    *clang*) ;;
    *) die "$CXX is not Clang: libFuzzer needs clang++ (set CXX)" ;;
esac
if [[ ! -f $BUILD/CMakeCache.txt ]]; then
    launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Debug for Q_ASSERT (Qt defines QT_NO_DEBUG in every other configuration), at -O1 for speed.
    CC=${CC:-clang} CXX=$CXX cmake -S "$ROOT" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" \
        -DREFRAIN_FUZZ=ON -DREFRAIN_BUILD_TESTS=OFF -DREFRAIN_BUILD_BENCHMARKS=OFF \
        -DREFRAIN_WARNINGS_AS_ERRORS=ON "${launcher[@]}" >&2
fi
build_targets=()
for t in $TARGETS; do build_targets+=("fuzz_$t"); done
CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true \
    cmake --build "$BUILD" --target "${build_targets[@]}" -- -j"$(nproc 2>/dev/null || echo 2)" >&2

# --- run -----------------------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for t in $TARGETS; do
    scratch=$BUILD/corpus/$t
    crashes=$BUILD/crashes/$t
    log=$BUILD/logs/$t.log
    mkdir -p "$scratch" "$crashes" "$(dirname "$log")"
    seeds=("$FUZZ_DIR/corpus/$t")
    # Inputs that once crashed stay seeds: the fuzzer starts from what was hard to reach.
    [[ -d $FUZZ_DIR/regressions/inputs/$t ]] && seeds+=("$FUZZ_DIR/regressions/inputs/$t")
    say "$t: ${seconds} s (log: $log)"
    rc=0
    # shellcheck disable=SC2086  # REFRAIN_FUZZ_ARGS is a list of options
    "$BUILD/bin/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" ${REFRAIN_FUZZ_ARGS:-} \
        "$scratch" "${seeds[@]}" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 || true)
    if ((rc != 0)); then
        failed+=("$t")
        say "$t FAILED (exit $rc) after ${runs:-?} runs; the input is in $crashes/:"
        grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -n 8 >&2 || true
    else
        say "$t ok: ${runs:-?} runs, ${speed:-?} exec/s, ${cov:-cov: ?}, corpus $(find "$scratch" -type f | wc -l)"
    fi
done
if ((${#failed[@]})); then
    say "crashed: ${failed[*]} (see $BUILD/logs/)"
    exit 1
fi
say "no crashes"
