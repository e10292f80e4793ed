#!/usr/bin/env bash
# Runs the Java and the NumPy comparison benchmarks on the same fixed inputs and prints both
# timings and their ratio. Usage: bench/compare.sh [ROUNDS]   (from anywhere in the project)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-20}"
inputs="bench/compare_inputs.bin"
[ -f "$inputs" ] || python3 bench/make_inputs.py "$inputs"
mvn -q -o -pl lib test-compile
cpfile="lib/target/bench.classpath"
[ -f "$cpfile" ] || mvn -q -o -pl lib dependency:build-classpath -Dmdep.outputFile="$PWD/$cpfile" >/dev/null
java_out=$(java -cp "lib/target/test-classes:lib/target/classes:$(cat "$cpfile")" org.emogap.bench.CompareBench "$inputs" "$rounds")
numpy_out=$(python3 bench/compare_numpy.py "$inputs" "$rounds")
echo "$java_out"
echo "$numpy_out"
read -r jmin jmed < <(echo "$java_out" | sed -n 's/^java seconds.*min \([0-9.]*\) median \([0-9.]*\)$/\1 \2/p')
read -r pmin pmed < <(echo "$numpy_out" | sed -n 's/^numpy seconds.*min \([0-9.]*\) median \([0-9.]*\)$/\1 \2/p')
python3 - "$jmin" "$jmed" "$pmin" "$pmed" <<'PY'
import sys
jmin, jmed, pmin, pmed = map(float, sys.argv[1:])
print(f"min:    java {jmin:.4f} s, numpy {pmin:.4f} s -> java {pmin / jmin:.1f}x faster")
print(f"median: java {jmed:.4f} s, numpy {pmed:.4f} s -> java {pmed / jmed:.1f}x faster")
PY
