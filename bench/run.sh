#!/usr/bin/env bash
# The benchmark in one command: builds the application, starts a MariaDB (the build's embedded one,
# or the empty database named by DB_URL/DB_USER/DB_PASSWORD), starts WildFly with the application,
# generates the data, runs the SQL floor and the Gatling scenarios and writes bench/RESULTS.md.
#
#   bench/run.sh [--complaints N] [--customers N] [--duration S] [--seed N] [--smoke] [--phases P,...] [--floor F,...]
#
# --duration is the whole load time; every path gets its share of it (at least 3 s).
# --phases: only these Gatling phases (e.g. warm-up,dashboard,monthly-report); --floor: only the floor paths
#           whose names start with one of these (e.g. "Dashboard,REST figures,Monthly report"). For trying out.
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
PHASES=""
FLOOR_PATHS=""
while [ $# -gt 0 ]; do
    case "$1" in
        --complaints) COMPLAINTS="$2"; shift 2 ;;
        --customers) CUSTOMERS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --phases) PHASES="$2"; shift 2 ;;
        --floor) FLOOR_PATHS="$2"; shift 2 ;;
        --smoke) COMPLAINTS=10000; DURATION=30; RESULTS="$BENCH/target/RESULTS-smoke.md"
                 FAIL_ON_ERRORS=true; shift ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done
CUSTOMERS="${CUSTOMERS:-$((COMPLAINTS * 3 / 10))}"
# KundenstimmeSimulation's thirteen phases (and its warm-up) each get a thirteenth of the duration, at least 3 s.
PHASE_SECONDS=$(( DURATION / 13 < 3 ? 3 : DURATION / 13 ))
# The embedded database's InnoDB buffer pool (MariaDB's default is 128M).
BUFFER_POOL="${BENCH_BUFFER_POOL:-4G}"
. "$BENCH/lib.sh"

rm -rf "$WORK"
mkdir -p "$WORK"
build
# A database server as production would configure it for this data: the buffer pool holds the
# working set (1M complaints with their indexes take about 2 GB), the redo log takes the bulk load.
DATABASE_OPTIONS="--innodb-buffer-pool-size=$BUFFER_POOL --innodb-log-file-size=1G"
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

# The daily figures of the generated days are computed on the first figures request (V062, DailyFigures):
# done here, timed, so that neither the floor nor a scenario finds them half made.
echo "== Computing the daily figures of the generated data"
REFRESH_STARTED=$(date +%s)
curl -sf -o /dev/null --max-time 3600 -u executive:demo "$BASE_URL/api/v1/figures?from=2000-01-01&to=2000-01-01"
FIGURES_REFRESH_SECONDS=$(( $(date +%s) - REFRESH_STARTED ))
echo "   done in $FIGURES_REFRESH_SECONDS s"

echo "== The SQL floor"
java -Dbench.floor="$FLOOR_PATHS" -cp "$BENCH_CP" de.kundenstimme.bench.Floor "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$DURATION" "$WORK"

echo "== The Gatling scenarios against $BASE_URL"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# The Java process under standalone.sh
JVM_PID=$(pgrep -P "$SERVER_PID" java | head -1)
CPU_BEFORE=$(cpu_ticks "$JVM_PID")
LOAD_AVERAGE=$(cut -d' ' -f1-3 /proc/loadavg)
(cd "$BENCH" && $MVN -q gatling:test -Dbench.baseUrl="$BASE_URL" -Dbench.duration="$DURATION" \
    -Dbench.work="$WORK" -Dbench.phases="$PHASES") > "$WORK/gatling.log" 2>&1 || { tail -50 "$WORK/gatling.log"; exit 1; }
CPU_AFTER=$(cpu_ticks "$JVM_PID")
jcmd "$JVM_PID" GC.run > /dev/null
HEAP=$(jcmd "$JVM_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')

cat > "$WORK/run.properties" <<EOF
complaints=$COMPLAINTS
bufferPool=$([ -n "${DB_PORT:-}" ] && echo "$BUFFER_POOL")
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
command=bench/run.sh --complaints $COMPLAINTS --duration $DURATION${PHASES:+ --phases $PHASES}
figuresRefreshSeconds=$FIGURES_REFRESH_SECONDS
reportCompletion=$(paste -sd, "$WORK/report-completion.txt" 2>/dev/null || true)
EOF
REPORT="$(ls -d "$BENCH"/target/gatling/*/ | sort | tail -1)"
java -Dbench.failOnErrors="$FAIL_ON_ERRORS" -cp "$BENCH_CP" de.kundenstimme.bench.Report "$WORK/run.properties" "$WORK/floor.tsv" "$REPORT" "$RESULTS"
echo "== Results in $RESULTS"
