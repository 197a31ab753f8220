#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan, UBSan) and runs each for SECONDS (default 60) on a copy of its seed
# corpus; what a run finds is left in BUILD/findings/TARGET. Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
# A crash found: copy its file into tests/fuzz/corpus/TARGET/ (named crash-…) so the test build replays it.
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$here/build-fuzz}
mkdir -p "$build"
build=$(cd "$build" && pwd)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCASEBOOK_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_bundle fuzz_enrolment fuzz_definition fuzz_date
status=0
for target in bundle enrolment definition date; do
    work="$build/findings/$target"
    mkdir -p "$work/corpus"
    cp -n "$here/tests/fuzz/corpus/$target/"* "$work/corpus/" 2>/dev/null || true
    echo "== fuzz_$target for ${seconds}s"
    # -rss_limit_mb: Qt's allocations are large; -max_len covers the seed bundle.
    if ! (cd "$work" && QT_QPA_PLATFORM=offscreen "$build/tests/fuzz/fuzz_$target" corpus \
        -max_total_time="$seconds" -max_len=70000 -rss_limit_mb=4096 -print_final_stats=1 2>&1 | tail -n 25); then
        status=1
    fi
    ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* 2>/dev/null && status=1
done
exit $status
