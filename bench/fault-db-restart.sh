#!/usr/bin/env bash
# The database dies under the reliability load and comes back: MariaDB is killed (kill -9), stays
# away for a while and is started again on the same files. Passes when
#   - every request while it is away fails cleanly: the API with 503 as problem+json, pages with 503
#     and the error page, readiness with 503; no stack trace, no SQL (the load checks every answer;
#     probes of the readiness endpoint, of the list over the API and of the list page are logged to
#     outage-probes.log),
#   - the application recovers by itself: ready again and acknowledging work, nobody restarts it,
#   - ReliabilityCheck finds every acknowledged complaint, step and letter and nothing half-saved.
#
#   bench/fault-db-restart.sh [--duration S] [--users N] [--down S]   (default 300 s, 50 users, 30 s)
#
# The database goes away a third into the load. Ports as for run.sh. Output in bench/target/fault-db-restart/.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/target/fault-db-restart"
. "$BENCH/lib.sh"
. "$BENCH/reliability-lib.sh"

DURATION=300
USERS=50
DOWN=30
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="$2"; shift 2 ;;
        --users) USERS="$2"; shift 2 ;;
        --down) DOWN="$2"; shift 2 ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done

start_application
start_load true
sleep $((DURATION / 3))

events() { wc -l < "$WORK/events.log"; }
# One probe (expected status, expected content type, path, curl options): logs status, content type,
# Retry-After and seconds; another answer or a body that gives anything away fails the run.
probe() {
    local body="$WORK/probe.body" status="$1" type="$2" path="$3" answer
    shift 3
    answer=$(curl -s -o "$body" -w '%{http_code} %{content_type} retry-after=%header{retry-after} %{time_total}s' \
        --max-time 30 "$@" "$BASE_URL/$path" || true)
    if [[ "$answer" != "$status $type"* ]]; then
        answer="$answer UNEXPECTED"
        PROBE_FAILED=true
    fi
    if grep -qE '	at |Caused by:|SQLSTATE|SQLState|java\.sql\.|org\.hibernate\.|org\.mariadb\.' "$body" 2>/dev/null; then
        answer="$answer LEAKS: $(head -c 200 "$body")"
        PROBE_FAILED=true
    fi
    echo "$(date +%T) $path $answer" >> "$WORK/outage-probes.log"
}

# A signed-in page session for the probes (cookie jar), through the login form.
SESSION="$WORK/page-session.cookies"
VIEW_STATE=$(curl -s -c "$SESSION" -b "$SESSION" "$BASE_URL/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$SESSION" -b "$SESSION" --data-urlencode login=login --data-urlencode login:username=handler.service \
    --data-urlencode login:password=demo --data-urlencode login:submit= --data-urlencode "jakarta.faces.ViewState=$VIEW_STATE" \
    "$BASE_URL/login.xhtml"

echo "== Killing MariaDB (kill -9) for $DOWN s"
MARIADBD=$(pgrep -P "$DATABASE_PID" mariadbd || pgrep -P "$DATABASE_PID" mysqld)
EVENTS_BEFORE=$(events)
LOG_BEFORE=$(wc -l < "$WORK/standalone/log/server.log")
kill -9 "$MARIADBD" "$DATABASE_PID"
DOWN_AT=$(date +%s)
PROBE_FAILED=false
while [ $(( $(date +%s) - DOWN_AT )) -lt "$DOWN" ]; do
    probe 503 application/json api/health/ready
    probe 503 application/problem+json "api/v1/complaints?size=5" -H 'Accept: application/json' -u handler.service:demo
    probe 503 text/html "complaint/list.xhtml?scope=MINE" -b "$SESSION"
    sleep 2
done
cat "$WORK/outage-probes.log"

echo "== Starting MariaDB again on the same files"
run_embedded_database
await_database
UP_AT=$(date +%s)
LOG_DOWN=$(( $(wc -l < "$WORK/standalone/log/server.log") - LOG_BEFORE ))
RECOVERED=""
for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "$BASE_URL/api/health/ready"; then
        RECOVERED=$(( $(date +%s) - UP_AT ))
        break
    fi
    sleep 1
done
EVENTS_RECOVERED=$(events)
echo "   database away $(( UP_AT - DOWN_AT )) s (server log: $LOG_DOWN lines meanwhile); application ready ${RECOVERED:-never} s after the database"

wait_for_load
ACKNOWLEDGED_AFTER=$(tail -n +"$((EVENTS_RECOVERED + 1))" "$WORK/events.log" | grep -cv '^outage\|^conflict' || true)
echo "== Events while the database was away: $((EVENTS_RECOVERED - EVENTS_BEFORE)); acknowledged after recovery: $ACKNOWLEDGED_AFTER"
grep '^outage' "$WORK/events.log" | sort | uniq -c || true
if [ -z "$RECOVERED" ] || [ "$ACKNOWLEDGED_AFTER" -eq 0 ] || [ "$PROBE_FAILED" = true ]; then
    LOAD_FAILED=true
fi
check_database
