#!/bin/sh
# Pairwise precision, recall, F1 and time of the record linker on the FEBRL sets.
# Usage: bench/febrl-eval.sh [febrl-data-dir]   (default: ../shared/data/febrl relative to the repo)
set -e
cd "$(dirname "$0")/.."
mvn -q -o -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
exec java -Xmx2g -cp "target/classes:$(cat target/bench.classpath)" bench/FebrlEvaluation.java "${1:-../shared/data/febrl}"
