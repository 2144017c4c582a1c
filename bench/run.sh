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
OFFSET="${BENCH_PORT_OFFSET:-600}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-10690}"
HTTP_PORT=$((8080 + OFFSET))
BASE_URL="http://127.0.0.1:$HTTP_PORT/kundenstimme"
# The embedded database's InnoDB buffer pool (MariaDB's default is 128M).
BUFFER_POOL="${BENCH_BUFFER_POOL:-4G}"
MVN="mvn -B -ntp"
[ "${BENCH_OFFLINE:-}" = true ] && MVN="$MVN -o"

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$WORK"
mkdir -p "$WORK"
echo "== Building the application and the benchmark"
(cd "$ROOT" && $MVN -q package -DskipTests)
(cd "$BENCH" && $MVN -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/bench.classpath")
BENCH_CP="$BENCH/target/classes:$(cat "$WORK/bench.classpath")"

if [ -z "${DB_URL:-}" ]; then
    echo "== Starting the embedded MariaDB"
    (cd "$ROOT" && $MVN -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/app.classpath")
    DB_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    # A database server as production would configure it for this data: the buffer pool holds the
    # working set (1M complaints with their indexes take about 2 GB), the redo log takes the bulk load.
    java -cp "$ROOT/target/test-classes:$(cat "$WORK/app.classpath")" de.kundenstimme.devdb.EmbeddedMariaDb \
        "$DB_PORT" "$WORK/mariadb" --innodb-buffer-pool-size="$BUFFER_POOL" --innodb-log-file-size=1G \
        > "$WORK/mariadb.log" 2>&1 &
    PIDS+=($!)
    export DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/kundenstimme" DB_USER=kundenstimme DB_PASSWORD=kundenstimme
    java -cp "$ROOT/target/test-classes:$(cat "$WORK/app.classpath")" de.kundenstimme.devdb.AwaitDatabase \
        "$DB_URL" "$DB_USER" "$DB_PASSWORD"
fi

# WildFly from the build with a server directory of its own, so the build's server stays untouched.
WILDFLY="$(ls -d "$ROOT"/target/wildfly-*/ | head -1)"
cp -r "$WILDFLY/standalone" "$WORK/standalone"
rm -rf "$WORK/standalone/deployments/"* "$WORK/standalone/data" "$WORK/standalone/tmp" "$WORK/standalone/log"
cp "$ROOT/target/kundenstimme.war" "$WORK/standalone/deployments/"

start_server() {
    local started=$(date +%s%N)
    DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" KUNDENSTIMME_DEMO=true KUNDENSTIMME_SWEEP_MINUTES=0 \
        SMTP_HOST=127.0.0.1 SMTP_PORT=9 KUNDENSTIMME_BASE_URL="$BASE_URL" JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC" \
        LAUNCH_JBOSS_IN_BACKGROUND=true \
        "$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$WORK/standalone" \
        -Djboss.socket.binding.port-offset="$OFFSET" -Djboss.management.http.port=$((MANAGEMENT_PORT - OFFSET)) \
        > "$WORK/server-$1.log" 2>&1 &
    SERVER_PID=$!
    PIDS+=($SERVER_PID)
    for _ in $(seq 1 600); do
        if curl -sf -o /dev/null "$BASE_URL/login.xhtml"; then
            STARTED_MS=$(( ($(date +%s%N) - started) / 1000000 ))
            return
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "WildFly ended; see $WORK/server-$1.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "WildFly did not answer within 300 s; see $WORK/server-$1.log" >&2
    exit 1
}

stop_server() {
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
}

for port in "$HTTP_PORT" "$MANAGEMENT_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port is taken: choose others with BENCH_PORT_OFFSET and BENCH_MANAGEMENT_PORT" >&2
        exit 1
    fi
done

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
