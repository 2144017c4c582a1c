#!/usr/bin/env bash
# WildFly killed (kill -9) while it writes a leadership report, then started again: the report must
# go on by itself from the step it was in and say exactly what an undisturbed report of the same
# period says (every workbook cell and the PDF's text, compared by bench/ReportFigures.java).
#
#   bench/fault-kill-report.sh [--complaints N] [--at PERCENT]   (default 100000 complaints, killed at 10 %)
#
# The report steps: workbook 10-45 %, PDF 55-90 %, delivery to 100 %. With fresh daily figures the
# whole report takes about a second, too short to be caught by a look from outside. So before the
# second report every day of receipt is marked stale, as a bulk load past the application leaves
# it (README, "Figures are summed from daily figures"): the workbook step then recomputes the daily
# figures from the complaints, seconds of real work in which the kill surely lands. The progress is
# read from the database every 50 ms and the kill follows the first look at --at % or more; a kill
# in the PDF step (--at 55) still depends on that look being quick enough.
# Ports as for run.sh. Output in bench/target/fault-kill-report/.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/target/fault-kill-report"
. "$BENCH/lib.sh"
. "$BENCH/reliability-lib.sh"

COMPLAINTS=100000
AT=10
while [ $# -gt 0 ]; do
    case "$1" in
        --complaints) COMPLAINTS="$2"; shift 2 ;;
        --at) AT="$2"; shift 2 ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done

start_application
echo "== Generating $COMPLAINTS complaints"
java -cp "$BENCH_CP" de.kundenstimme.bench.Generator "$DB_URL" "$DB_USER" "$DB_PASSWORD" \
    "$COMPLAINTS" $((COMPLAINTS * 3 / 10)) 20261123 "$WORK/data" > "$WORK/generator.log"
rm -rf "$WORK/data"
# The period: the last twelve whole months.
TO=$(date -d "$(date +%Y-%m-01) -1 day" +%F)
FROM=$(date -d "$(date +%Y-%m-01) -12 months" +%F)

report_field() {
    api executive GET "reports/$1" 2>/dev/null | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])" 2>/dev/null || true
}
request_report() {
    api executive POST reports -H 'Content-Type: application/json' -d "{\"from\":\"$FROM\",\"to\":\"$TO\"}" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
await_finished() {
    local started=$(date +%s)
    until [ "$(report_field "$1" status)" = FINISHED ]; do
        if [ "$(report_field "$1" status)" = FAILED ]; then
            echo "   report $1 FAILED" >&2
            return 1
        fi
        sleep 1
    done
    echo "   report $1 finished after $(( $(date +%s) - started )) s"
}
# The report's figures as text: $WORK/report-<id>.txt
figures() {
    api executive GET "reports/$1/xlsx" -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
        -o "$WORK/report-$1.xlsx"
    api executive GET "reports/$1/pdf" -H 'Accept: application/pdf' -o "$WORK/report-$1.pdf"
    # Only the figures: the libraries may print a warning to standard output too.
    java -cp "$(cat "$WORK/app.classpath")" "$BENCH/ReportFigures.java" "$WORK/report-$1.xlsx" "$WORK/report-$1.pdf" \
        | grep -E '^(xlsx|pdf) ' > "$WORK/report-$1.txt"
}

echo "== The undisturbed report ($FROM to $TO)"
UNDISTURBED=$(request_report)
await_finished "$UNDISTURBED"
figures "$UNDISTURBED"

echo "== Every day of receipt marked stale: $(sql "insert ignore into figure_stale_day (day)
    select distinct received_on from complaint; select count(*) from figure_stale_day") days"
echo "== The report killed at $AT %"
KILLED=$(request_report)
STARTED=$(date +%s%N)
while true; do
    read -r STATUS_AT_KILL PROGRESS_AT_KILL < <(sql "select status, progress from leadership_report where id = $KILLED") || true
    if [ "$STATUS_AT_KILL" = RUNNING ] && [ "$PROGRESS_AT_KILL" -ge "$AT" ] 2>/dev/null; then
        kill_server
        break
    fi
    if [[ "$STATUS_AT_KILL" =~ FINISHED|FAILED ]]; then
        echo "== FAILED: the report was $STATUS_AT_KILL before the kill" >&2
        exit 1
    fi
    sleep 0.05
done
echo "   WildFly killed (kill -9) $(( ($(date +%s%N) - STARTED) / 1000000 )) ms after the request, seen $STATUS_AT_KILL at $PROGRESS_AT_KILL %"
echo "   after the kill the database says: $(sql "select status, progress from leadership_report where id = $KILLED")"
echo "== Starting WildFly again"
start_server again
if ! grep -q "Resumed the interrupted leadership report $KILLED\b" "$WORK/server-again.log"; then
    echo "== FAILED: the restarted server did not resume report $KILLED (see $WORK/server-again.log)" >&2
    exit 1
fi
echo "   started in $STARTED_MS ms; the log: $(grep -o "Resumed the interrupted leadership report $KILLED\b" "$WORK/server-again.log")"
await_finished "$KILLED"
figures "$KILLED"

echo "   $(grep -c '^xlsx' "$WORK/report-$UNDISTURBED.txt") workbook cells, $(grep -c '^pdf' "$WORK/report-$UNDISTURBED.txt") PDF lines"
if diff "$WORK/report-$UNDISTURBED.txt" "$WORK/report-$KILLED.txt" > "$WORK/figures.diff"; then
    echo "== Passed: resumed by itself, every figure equal to the undisturbed report"
else
    head -20 "$WORK/figures.diff"
    echo "== FAILED: the figures differ (see $WORK/figures.diff)"
    exit 1
fi
