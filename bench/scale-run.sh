#!/bin/sh
# Generates synthetic source records of four departments and links them, with a 2 GB heap; then
# changes some rows and relinks only what they touch (the delta step).
# Usage: bench/scale-run.sh [records] [changed rows] [compare]   (defaults 1000000 10000)
set -e
cd "$(dirname "$0")/.."
mvn -q -o -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
exec java -Xmx2g -cp "target/classes:$(cat target/bench.classpath)" bench/ScaleRun.java "${1:-1000000}" "${2:-10000}" ${3:+"$3"}
