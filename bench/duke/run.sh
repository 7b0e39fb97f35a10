#!/usr/bin/env bash
# Duke 1.2 and Haven's linkage engine side by side on FEBRL3, FEBRL4 and fake_1000, on this machine, in one go.
#
#   bench/duke/run.sh [DATA_DIR]        (default: ../shared/data/linkage from the repository root)
#
# Builds Haven's classpath, resolves Duke 1.2 from the local Maven repository (bench/duke/pom.xml, not Haven's
# pom), writes trimmed copies of the data (FEBRL pads values with a space after each comma), then for each
# dataset runs Duke (timed, its links scored by DukeScore.java against the true pairs) and Haven's benchmark
# (plain Fellegi-Sunter with --no-family-rule, comparable with Duke, and Haven's default with the family rule), and
# prints one table. Every run is its own JVM, timed from start to exit, so both sides pay for JVM start-up and
# for reading the CSV; Haven's process also scores itself against the labels (blocking recall, best threshold),
# which its wall time includes. Duke gets the same two threads as Haven (--threads=2). Both the wall time and the
# CPU time (user + system, from /usr/bin/time) are shown: on a shared machine the CPU time is the steadier of the
# two, the wall time what a user waits.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DATA="$(cd "${1:-$ROOT/../shared/data/linkage}" && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/haven-duke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
echo "building Haven and resolving classpaths..." >&2
mvn -o -q compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/haven-cp.txt" >/dev/null
mvn -o -q -f "$HERE/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/duke-cp.txt" >/dev/null
HAVEN_CP="$ROOT/target/classes:$(cat "$WORK/haven-cp.txt")"
DUKE_CP="$(cat "$WORK/duke-cp.txt")"

mkdir -p "$WORK/data"
for f in dataset3.csv dataset4a.csv dataset4b.csv fake_1000.csv; do
    sed 's/, */,/g' "$DATA/$f" > "$WORK/data/$f"
done
javac -d "$WORK" "$HERE/DukeScore.java"

timed() { local out="$1"; shift; /usr/bin/time -f "%e %U %S" -o "$out" "$@"; }
wall() { awk '{ printf "%.1f", $1 }' "$1"; }
cpu() { awk '{ printf "%.1f", $2 + $3 }' "$1"; }
f1of() { sed -n 's/.*F1 \([0-9.]*\).*/\1/p' | head -1; }

declare -A DUKE_F1 DUKE_S DUKE_CPU DUKE_PRF HAVEN_F1 HAVEN_S HAVEN_CPU HAVEN_IN HAVEN_PRF FAMILY_F1
for d in febrl3 febrl4 fake1000; do
    truth="$DATA/${d}_true_pairs.csv"
    [ "$d" = fake1000 ] && truth="$DATA/fake_1000_true_pairs.csv"

    echo "== $d: Duke" >&2
    (cd "$WORK" && timed "$WORK/$d.duke.time" java -Xmx2g -cp "$DUKE_CP" no.priv.garshol.duke.Duke --threads=2 \
        --linkfile="$WORK/$d.links" "$HERE/$d.xml" > "$WORK/$d.duke.log" 2>&1)
    DUKE_S[$d]=$(wall "$WORK/$d.duke.time")
    DUKE_CPU[$d]=$(cpu "$WORK/$d.duke.time")
    DUKE_PRF[$d]=$(java -cp "$WORK" DukeScore "$WORK/$d.links" "$truth")
    DUKE_F1[$d]=$(echo "${DUKE_PRF[$d]}" | f1of)
    echo "   ${DUKE_PRF[$d]}, ${DUKE_S[$d]} s (CPU ${DUKE_CPU[$d]} s)" >&2

    echo "== $d: Haven (plain Fellegi-Sunter, --no-family-rule)" >&2
    timed "$WORK/$d.haven.time" java -Xmx2g -cp "$HAVEN_CP" haven.identity.linkage.bench.LinkageBenchmark \
        --data "$DATA" --dataset "$d" --no-family-rule > "$WORK/$d.haven.log"
    HAVEN_S[$d]=$(wall "$WORK/$d.haven.time")
    HAVEN_CPU[$d]=$(cpu "$WORK/$d.haven.time")
    HAVEN_PRF[$d]=$(grep "configured link threshold" "$WORK/$d.haven.log" | sed 's/.*: *//')
    HAVEN_F1[$d]=$(grep "configured link threshold" "$WORK/$d.haven.log" | f1of)
    HAVEN_IN[$d]=$(sed -n 's/^time: \([0-9.]*\) s in all.*/\1/p' "$WORK/$d.haven.log")
    echo "   ${HAVEN_PRF[$d]}, ${HAVEN_S[$d]} s (CPU ${HAVEN_CPU[$d]} s, engine ${HAVEN_IN[$d]} s)" >&2

    echo "== $d: Haven (default, family rule on)" >&2
    java -Xmx2g -cp "$HAVEN_CP" haven.identity.linkage.bench.LinkageBenchmark --data "$DATA" --dataset "$d" \
        > "$WORK/$d.family.log"
    FAMILY_F1[$d]=$(grep "configured link threshold" "$WORK/$d.family.log" | f1of)
done

echo
echo "Duke 1.2 and Haven on $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s | %-7s | %-6s | %-7s | %-13s | %-7s | %-8s | %-11s | %-10s | %-9s | %-14s\n' dataset "Duke F1" "Duke s" \
    "Duke CPU" "Haven F1 plain" "Haven s" "Haven CPU" "Haven engine" "wall ratio" "CPU ratio" "Haven F1 family"
for d in febrl3 febrl4 fake1000; do
    ratio=$(awk -v a="${DUKE_S[$d]}" -v b="${HAVEN_S[$d]}" 'BEGIN { printf "%.1fx", a / b }')
    cratio=$(awk -v a="${DUKE_CPU[$d]}" -v b="${HAVEN_CPU[$d]}" 'BEGIN { printf "%.1fx", a / b }')
    printf '%-9s | %-7s | %-6s | %-8s | %-14s | %-7s | %-9s | %-12s | %-10s | %-9s | %-14s\n' "$d" "${DUKE_F1[$d]}" \
        "${DUKE_S[$d]}" "${DUKE_CPU[$d]}" "${HAVEN_F1[$d]}" "${HAVEN_S[$d]}" "${HAVEN_CPU[$d]}" "${HAVEN_IN[$d]}" \
        "$ratio" "$cratio" "${FAMILY_F1[$d]}"
done
echo
for d in febrl3 febrl4 fake1000; do
    echo "$d Duke:  ${DUKE_PRF[$d]}"
    echo "$d Haven: ${HAVEN_PRF[$d]}"
done
