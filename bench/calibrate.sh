#!/usr/bin/env bash
# Calibration speed benchmark: the same 5-fold CV of the paper's three calibrators (4 models x
# 2,000 items x 28 labels, fixed-seed synthetic inputs in one file both sides read, same folds),
# once in vectorised NumPy/SciPy/scikit-learn and once in Java; prints both tables (they must
# agree), both timings and the ratio. Usage: bench/calibrate.sh [repeats]   (PYTHON=... to choose
# the interpreter; it needs numpy, scipy and scikit-learn).
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-7}"
py="${PYTHON:-python3}"
if ! "$py" -c 'import numpy, scipy, sklearn' 2>/dev/null; then
  echo "bench/calibrate.sh: $py cannot import numpy, scipy and sklearn; set PYTHON to an interpreter that can" >&2
  exit 2
fi
out=lib/target/bench
mkdir -p "$out"
input="$out/calibrate-input.bin"
[ -f "$input" ] || "$py" bench/calibrate_numpy.py --write "$input"

mvn -q -o -pl lib test-compile
mvn -q -o -pl lib dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt" >/dev/null
cp="lib/target/classes:lib/target/test-classes:$(cat "$out/classpath.txt")"

echo "== Python (NumPy/SciPy/scikit-learn), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
"$py" bench/calibrate_numpy.py "$input" --repeats "$repeats" | tee "$out/python.txt"
echo "== Java, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
java -cp "$cp" org.emogap.bench.CalibrateBench "$input" "$repeats" 2>/dev/null | tee "$out/java.txt"

if ! diff <(grep '^model' "$out/python.txt") <(grep '^model' "$out/java.txt") >/dev/null; then
  echo "WARNING: the two sides' mean JSD tables differ (see above)"
fi
read -r pf pm pcf pcm < <(sed -n 's/^python first \([0-9.]*\) s, median \([0-9.]*\) s.*CPU time first \([0-9.]*\) s, median \([0-9.]*\) s.*/\1 \2 \3 \4/p' "$out/python.txt")
read -r jf jm jcf jcm < <(sed -n 's/^java first \([0-9.]*\) s, median \([0-9.]*\) s.*CPU time.* first \([0-9.]*\) s, median \([0-9.]*\) s.*/\1 \2 \3 \4/p' "$out/java.txt")
awk -v pf="$pf" -v pm="$pm" -v jf="$jf" -v jm="$jm" -v pcm="$pcm" -v jcm="$jcm" 'BEGIN {
  printf "python/java wall: median %.3f s / %.3f s = %.1fx; first run (Java incl. JIT warm-up) %.3f s / %.3f s = %.1fx\n", pm, jm, pm / jm, pf, jf, pf / jf
  printf "python/java CPU time, median: %.3f s / %.3f s = %.1fx (Java uses both cores, so wall < CPU)\n", pcm, jcm, pcm / jcm }'
