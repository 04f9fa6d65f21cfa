#!/usr/bin/env bash
# Coverage-guided fuzzing of neurocycle's parsers (libFuzzer + AddressSanitizer). See README.md.
#
#   bash Fuzz/run.sh TARGET [SECONDS]   fuzz one target (default 60 s); new inputs go to .work/TARGET/
#   bash Fuzz/run.sh --smoke            every target for 100 s / targets (under 2 minutes), then one line of exec counts
#   bash Fuzz/run.sh --list             the targets
#   bash Fuzz/run.sh --make-seeds       rewrite the generated trace seeds in corpus/
#   bash Fuzz/run.sh --build            only build
#   FUZZ_RUNS=N bash Fuzz/run.sh ...    also stop each target after N executions
#   FUZZ_SEED=S bash Fuzz/run.sh ...    libFuzzer's random seed (default: random; 1 for --smoke)
#
# Exit status: 0 when no target crashed, 1 when one did (the input is saved under .work/TARGET/),
# 64 for a usage error.
set -euo pipefail
cd "$(dirname "$0")"
BIN=.build/release/Fuzz
TARGETS=()

build() {
    # -sanitize=fuzzer instruments every module (the library's too) for coverage and links
    # libFuzzer; lld because gold fails on the instrumented objects.
    swift build -c release -Xswiftc -sanitize=fuzzer --sanitize=address -Xswiftc -use-ld=lld >&2
    # The targets are the ones the binary lists (FuzzTarget.all), so adding one is one file and one line.
    mapfile -t TARGETS < <(NEUROCYCLE_FUZZ_LIST=1 ASAN_OPTIONS=detect_leaks=0 "$BIN")
}

# fuzz TARGET SECONDS: runs libFuzzer, prints the number of executions on stdout.
fuzz() {
    local target=$1 seconds=$2 work=.work/$1
    mkdir -p "$work/corpus"
    local dict=() log="$work/last.log"
    [[ -f dict/$target.dict ]] && dict=(-dict="dict/$target.dict")
    local status=0
    # Leak checking is off: Foundation leaks a buffer per empty file read, which is not ours.
    ASAN_OPTIONS=detect_leaks=0 NEUROCYCLE_FUZZ_TARGET=$target "$BIN" \
        -max_total_time="$seconds" -runs="${FUZZ_RUNS:--1}" -seed="${FUZZ_SEED:-0}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$work/" "${dict[@]}" \
        "$work/corpus" "corpus/$target" >"$log" 2>&1 || status=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [[ $status -ne 0 ]]; then
        echo "$target: crashed (exit $status); see $log and $(ls -t "$work"/crash-* "$work"/timeout-* "$work"/oom-* 2>/dev/null | head -1)" >&2
        echo "${runs:-0}"
        return 1
    fi
    echo "${runs:-0}"
}

case "${1:-}" in
--list)
    build
    printf '%s\n' "${TARGETS[@]}"
    ;;
--build)
    build
    ;;
--make-seeds)
    build
    for t in trace replay; do rm -rf "corpus/$t" && mkdir -p "corpus/$t"; done
    NEUROCYCLE_FUZZ_WRITE_SEEDS=corpus ASAN_OPTIONS=detect_leaks=0 "$BIN"
    ;;
--smoke)
    build
    # A fixed seed, so two smoke passes on the same code mutate alike.
    export FUZZ_SEED=${FUZZ_SEED:-1}
    summary=() failed=0
    # 100 s shared by the targets keeps the pass under 2 minutes however many there are.
    per=$(( 100 / ${#TARGETS[@]} )); (( per >= 1 )) || per=1
    for t in "${TARGETS[@]}"; do
        n=$(fuzz "$t" "$per") || failed=1
        summary+=("$t $n")
    done
    line=$(IFS=,; echo "${summary[*]}")
    echo "fuzz smoke: ${line//,/, } executions$([[ $failed -eq 1 ]] && echo '; CRASHED (see above)')"
    exit $failed
    ;;
"" | -*)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 64
    ;;
*)
    target=$1 seconds=${2:-60}
    build
    if [[ ! " ${TARGETS[*]} " == *" $target "* ]]; then
        echo "unknown target '$target' (targets: ${TARGETS[*]})" >&2
        exit 64
    fi
    if ! [[ $seconds =~ ^[0-9]+$ ]] || [[ $seconds -lt 1 ]]; then
        echo "SECONDS must be a positive integer, got '$seconds'" >&2
        exit 64
    fi
    start=$(date +%s)
    n=$(fuzz "$target" "$seconds") || { echo "$target: $n executions before the crash" >&2; exit 1; }
    echo "$target: $n executions in $(( $(date +%s) - start )) s, no crash"
    ;;
esac
