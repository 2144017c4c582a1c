#!/bin/sh
# Generates synthetic source records of four departments and links them, with a 2 GB heap.
# Usage: bench/scale-run.sh [records]   (default 1000000)
set -e
cd "$(dirname "$0")/.."
mvn -q -o -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
exec java -Xmx2g -cp "target/classes:$(cat target/bench.classpath)" bench/ScaleRun.java "${1:-1000000}"
