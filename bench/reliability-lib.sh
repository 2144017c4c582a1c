# What reliability.sh and the fault scripts share, sourced after lib.sh: the application on a fresh
# database, the reliability load in the background, and the check of the database afterwards.

# A fresh work directory, the build, the embedded MariaDB and WildFly with the demo company.
start_application() {
    # One run per work directory: a second would delete the first one's database and server.
    mkdir -p "$BENCH/target"
    exec 9> "$WORK.lock"
    flock -n 9 || { echo "Another run uses $WORK" >&2; exit 1; }
    rm -rf "$WORK"
    mkdir -p "$WORK"
    build
    start_database
    prepare_server
    echo "== Starting WildFly"
    start_server first
    echo "   started in $STARTED_MS ms"
}

# ReliabilitySimulation with $USERS users for $DURATION s in the background (LOAD_PID); $1: whether
# an outage is expected (500 and 503 then count as answers). Its log is $WORK/gatling.log.
start_load() {
    echo "== $USERS users for $DURATION s against $BASE_URL"
    java --add-opens=java.base/java.lang=ALL-UNNAMED -Xmx1g -cp "$BENCH/target/test-classes:$BENCH_CP" -Dbench.baseUrl="$BASE_URL" -Dbench.duration="$DURATION" \
        -Dbench.users="$USERS" -Dbench.events="$WORK/events.log" -Dbench.outage="$1" \
        io.gatling.app.Gatling --simulation de.kundenstimme.bench.ReliabilitySimulation --results-folder "$WORK/gatling" \
        > "$WORK/gatling.log" 2>&1 &
    LOAD_PID=$!
    PIDS+=($LOAD_PID)
}

# Waits for the load to end; LOAD_FAILED is true when Gatling counted a failed request.
wait_for_load() {
    LOAD_FAILED=false
    wait "$LOAD_PID" || LOAD_FAILED=true
    sed -n '/Global Information/,/^=\+$/p' "$WORK/gatling.log" | tail -n +1
    grep -A20 '^---- Errors' "$WORK/gatling.log" || true
}

# ReliabilityCheck over the events of the load; fails the script on a violation or a failed request.
check_database() {
    echo "== Checking the database"
    local checked=true
    java -cp "$BENCH_CP" de.kundenstimme.bench.ReliabilityCheck "$DB_URL" "$DB_USER" "$DB_PASSWORD" \
        "$WORK/events.log" | tee "$WORK/check.txt" || checked=false
    if [ "$LOAD_FAILED" = true ] || [ "$checked" = false ]; then
        echo "== FAILED (see $WORK)"
        exit 1
    fi
    echo "== Passed"
}
