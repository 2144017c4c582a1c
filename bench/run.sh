#!/usr/bin/env bash
# The benchmark in one command: builds the application, starts a MariaDB (the build's embedded one,
# or the empty database named by DB_URL/DB_USER/DB_PASSWORD), starts WildFly with the application,
# generates the data, runs the SQL floor and the Gatling scenarios and writes bench/RESULTS.md.
#
#   bench/run.sh [--complaints N] [--customers N] [--duration S] [--seed N] [--smoke]
#
# --duration is the whole load time; every path gets its share of it (at least 3 s).
# --smoke: 10,000 complaints and 30 s of load, for CI (writes bench/target/RESULTS-smoke.md and fails when a
#          request failed: the scenarios must keep working as the application changes; no timing is judged).
# Ports: HTTP 8080 + BENCH_PORT_OFFSET (default 600), management BENCH_MANAGEMENT_PORT (default 10690).
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/target/run"

COMPLAINTS=1000000
CUSTOMERS=""
DURATION=600
SEED=20261123
RESULTS="$BENCH/RESULTS.md"
FAIL_ON_ERRORS=false
while [ $# -gt 0 ]; do
    case "$1" in
        --complaints) COMPLAINTS="$2"; shift 2 ;;
        --customers) CUSTOMERS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --smoke) COMPLAINTS=10000; DURATION=30; RESULTS="$BENCH/target/RESULTS-smoke.md"
                 FAIL_ON_ERRORS=true; shift ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done
CUSTOMERS="${CUSTOMERS:-$((COMPLAINTS * 3 / 10))}"
# KundenstimmeSimulation's eleven phases (and its warm-up) each get an eleventh of the duration, at least 3 s.
PHASE_SECONDS=$(( DURATION / 11 < 3 ? 3 : DURATION / 11 ))
. "$BENCH/lib.sh"

rm -rf "$WORK"
mkdir -p "$WORK"
build
start_database
prepare_server

echo "== Starting WildFly (first start migrates and creates the demo company)"
start_server first
FIRST_START_MS=$STARTED_MS
echo "   started in $FIRST_START_MS ms"

echo "== Generating $COMPLAINTS complaints and $CUSTOMERS customers (seed $SEED)"
GENERATE_STARTED=$(date +%s)
java -cp "$BENCH_CP" de.kundenstimme.bench.Generator "$DB_URL" "$DB_USER" "$DB_PASSWORD" \
    "$COMPLAINTS" "$CUSTOMERS" "$SEED" "$WORK/data"
GENERATE_SECONDS=$(( $(date +%s) - GENERATE_STARTED ))
rm -rf "$WORK/data"

START_MS=""
if [ "$COMPLAINTS" -gt 10000 ]; then
    # A restart on the full database: the start-up time that counts, and a server without the generator's traces.
    echo "== Restarting WildFly on the full database"
    stop_server
    start_server measured
    START_MS=$STARTED_MS
    echo "   started in $START_MS ms"
fi

echo "== The SQL floor"
java -cp "$BENCH_CP" de.kundenstimme.bench.Floor "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$DURATION" "$WORK"

echo "== The Gatling scenarios against $BASE_URL"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# The Java process under standalone.sh
JVM_PID=$(pgrep -P "$SERVER_PID" java | head -1)
CPU_BEFORE=$(cpu_ticks "$JVM_PID")
LOAD_AVERAGE=$(cut -d' ' -f1-3 /proc/loadavg)
(cd "$BENCH" && $MVN -q gatling:test -Dbench.baseUrl="$BASE_URL" -Dbench.duration="$DURATION" \
    -Dbench.work="$WORK") > "$WORK/gatling.log" 2>&1 || { tail -50 "$WORK/gatling.log"; exit 1; }
CPU_AFTER=$(cpu_ticks "$JVM_PID")
jcmd "$JVM_PID" GC.run > /dev/null
HEAP=$(jcmd "$JVM_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')

cat > "$WORK/run.properties" <<EOF
complaints=$COMPLAINTS
customers=$CUSTOMERS
duration=$DURATION
seed=$SEED
firstStartMs=$FIRST_START_MS
startMs=$START_MS
generateSeconds=$GENERATE_SECONDS
heapAfterLoadKb=$HEAP
cpuTicks=$((CPU_AFTER - CPU_BEFORE))
clockTicksPerSecond=$(getconf CLK_TCK)
loadAverage=$LOAD_AVERAGE
users=20
phaseSeconds=$PHASE_SECONDS
command=bench/run.sh --complaints $COMPLAINTS --duration $DURATION
EOF
REPORT="$(ls -d "$BENCH"/target/gatling/*/ | sort | tail -1)"
java -Dbench.failOnErrors="$FAIL_ON_ERRORS" -cp "$BENCH_CP" de.kundenstimme.bench.Report "$WORK/run.properties" "$WORK/floor.tsv" "$REPORT" "$RESULTS"
echo "== Results in $RESULTS"
