# The pieces the bench scripts share, sourced by them: ports, the build, the embedded MariaDB and
# WildFly with a server directory of its own. The sourcing script sets BENCH, ROOT and WORK first.
# Ports: HTTP 8080 + BENCH_PORT_OFFSET (default 600), management BENCH_MANAGEMENT_PORT (default 10690).

OFFSET="${BENCH_PORT_OFFSET:-600}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-10690}"
HTTP_PORT=$((8080 + OFFSET))
BASE_URL="http://127.0.0.1:$HTTP_PORT/kundenstimme"
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

# Builds the application (unless BENCH_BUILT=true says target/ is current) and the benchmark;
# BENCH_CP is the benchmark's classpath afterwards.
build() {
    echo "== Building the application and the benchmark"
    [ "${BENCH_BUILT:-}" = true ] || (cd "$ROOT" && $MVN -q package -DskipTests)
    (cd "$BENCH" && $MVN -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/bench.classpath")
    BENCH_CP="$BENCH/target/classes:$(cat "$WORK/bench.classpath")"
}

# The build's embedded MariaDB on a free port with its files in $WORK/mariadb, unless DB_URL names
# a database. Sets DB_URL, DB_USER, DB_PASSWORD, DB_PORT and DATABASE_PID.
start_database() {
    if [ -n "${DB_URL:-}" ]; then
        return
    fi
    echo "== Starting the embedded MariaDB"
    if [ ! -f "$WORK/app.classpath" ]; then
        (cd "$ROOT" && $MVN -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/app.classpath")
    fi
    DB_PORT="${DB_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
    run_embedded_database
    export DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/kundenstimme" DB_USER=kundenstimme DB_PASSWORD=kundenstimme
    await_database
}

# Starts (or starts again, on the same files and port) the embedded MariaDB, with the server
# options in DATABASE_OPTIONS if the sourcing script set them.
run_embedded_database() {
    java -cp "$ROOT/target/test-classes:$(cat "$WORK/app.classpath")" de.kundenstimme.devdb.EmbeddedMariaDb \
        "$DB_PORT" "$WORK/mariadb" ${DATABASE_OPTIONS:-} >> "$WORK/mariadb.log" 2>&1 &
    DATABASE_PID=$!
    PIDS+=($DATABASE_PID)
}

await_database() {
    java -cp "$ROOT/target/test-classes:$(cat "$WORK/app.classpath")" de.kundenstimme.devdb.AwaitDatabase \
        "$DB_URL" "$DB_USER" "$DB_PASSWORD"
}

# WildFly from the build with a server directory of its own, so the build's server stays untouched.
prepare_server() {
    WILDFLY="$(ls -d "$ROOT"/target/wildfly-*/ | head -1)"
    cp -r "$WILDFLY/standalone" "$WORK/standalone"
    rm -rf "$WORK/standalone/deployments/"* "$WORK/standalone/data" "$WORK/standalone/tmp" "$WORK/standalone/log"
    cp "$ROOT/target/kundenstimme.war" "$WORK/standalone/deployments/"
    for port in "$HTTP_PORT" "$MANAGEMENT_PORT"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "Port $port is taken: choose others with BENCH_PORT_OFFSET and BENCH_MANAGEMENT_PORT" >&2
            exit 1
        fi
    done
}

# Starts WildFly, its log in $WORK/server-<name>.log, and waits until the login page answers.
# Sets SERVER_PID and STARTED_MS.
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

# The Java process under standalone.sh.
server_jvm() {
    pgrep -P "$SERVER_PID" java | head -1
}

# kill -9 of WildFly's JVM: what a crash leaves behind.
kill_server() {
    kill -9 "$(server_jvm)"
    wait "$SERVER_PID" 2>/dev/null || true
}

# One SQL statement against the application's database (mysql client); rows tab-separated, no header.
sql() {
    local address="${DB_URL#jdbc:mariadb://}"
    local host="${address%%:*}" port="${address#*:}"
    mysql -h "$host" -P "${port%%/*}" -u "$DB_USER" -p"$DB_PASSWORD" -N -B "${port#*/}" -e "$1"
}

# A REST call as a demo user: api USER METHOD PATH [curl options...]; prints the body.
api() {
    local user="$1" method="$2" path="$3"
    shift 3
    curl -sf -u "$user:demo" -X "$method" -H 'Accept: application/json' "$@" "$BASE_URL/api/v1/$path"
}
