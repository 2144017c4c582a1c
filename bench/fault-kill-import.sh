#!/usr/bin/env bash
# WildFly killed (kill -9) in the middle of a batch customer import, then started again: the import
# must go on by itself from its last checkpoint and end as an undisturbed import of the same file.
#
#   bench/fault-kill-import.sh [--rows N] [--at PERCENT]   (default 20000 rows, killed at 40 %)
#
# A generated CSV file is imported twice, by two upload sources of the same mapping: once
# undisturbed, once with the kill. Compared: the runs' counts (read, new, changed, unchanged,
# rejected) and the stored records (count and a checksum over customer number and content hash),
# and that every record is linked to a customer. Ports as for run.sh. Output in bench/target/fault-kill-import/.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/target/fault-kill-import"
. "$BENCH/lib.sh"
. "$BENCH/reliability-lib.sh"

ROWS=20000
AT=40
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS="$2"; shift 2 ;;
        --at) AT="$2"; shift 2 ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done

start_application

echo "== Generating $ROWS customers as CSV"
python3 - "$ROWS" > "$WORK/customers.csv" <<'PY'
import random, sys
rows = int(sys.argv[1])
random.seed(20261205)
first = ["Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hans", "Ida", "Jonas", "Karin", "Lukas"]
last = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"]
cities = [("10115", "Berlin"), ("20095", "Hamburg"), ("50667", "Köln"), ("80331", "München"), ("60311", "Frankfurt")]
print("Kundennr;Name;Strasse;PLZ;Ort;Geburtsdatum;Telefon;E-Mail")
for n in range(1, rows + 1):
    postal, city = random.choice(cities)
    name = f"{random.choice(last)}{n:06d}, {random.choice(first)}"
    born = f"{random.randint(1, 28):02d}.{random.randint(1, 12):02d}.{random.randint(1940, 2004)}"
    print(f"K-{n};{name};Lindenweg {random.randint(1, 200)};{postal};{city};{born};030 {random.randint(100000, 999999)};kunde{n}@example.de")
PY
echo "   $(du -h "$WORK/customers.csv" | cut -f1)"

# Defines an upload source; prints its id.
define_source() {
    api admin POST customer-sources -H 'Content-Type: application/json' -d "{\"name\":\"$1\",\"kind\":\"UPLOAD\",
        \"trustRank\":2,\"nameLayout\":\"LAST_COMMA_FIRST\",\"streetLayout\":\"WITH_HOUSE_NUMBER\",\"mapping\":{
        \"SOURCE_KEY\":\"Kundennr\",\"LAST_NAME\":\"Name\",\"STREET\":\"Strasse\",\"POSTAL_CODE\":\"PLZ\",\"CITY\":\"Ort\",
        \"DATE_OF_BIRTH\":\"Geburtsdatum\",\"PHONES\":\"Telefon\",\"EMAILS\":\"E-Mail\"}}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
# Uploads the file to the source; prints the import run's id.
upload() {
    api admin POST "customer-sources/$1/imports?fileName=customers.csv" -H 'Content-Type: text/csv' \
        --data-binary "@$WORK/customers.csv" | python3 -c 'import json,sys; print(json.load(sys.stdin)["runId"])'
}
# The run's field (status, read, ...), or nothing while the server does not answer.
run_field() {
    api admin GET "customer-imports/$1" 2>/dev/null | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])" 2>/dev/null || true
}
await_end() {
    local started=$(date +%s)
    while [ "$(run_field "$1" status)" = RUNNING ] || [ -z "$(run_field "$1" status)" ]; do
        sleep 2
    done
    echo "   run $1: $(run_field "$1" status) after $(( $(date +%s) - started )) s"
}
# What must be equal: the run's counts, and the records of the source.
outcome() {
    api admin GET "customer-imports/$1" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["status"], *(r[k] for k in ("read","new","changed","unchanged","rejected")))'
    sql "select count(*), sum(crc32(concat(source_key, '|', content_hash))), sum(customer_id is null)
         from source_record where source_id = $2"
}

echo "== The undisturbed import"
UNDISTURBED_SOURCE=$(define_source "Ungestört")
UNDISTURBED_RUN=$(upload "$UNDISTURBED_SOURCE")
await_end "$UNDISTURBED_RUN"

echo "== The import killed at $AT %"
KILLED_SOURCE=$(define_source "Abgebrochen")
KILLED_RUN=$(upload "$KILLED_SOURCE")
until [ "$(run_field "$KILLED_RUN" read)" -ge $((ROWS * AT / 100)) ] 2>/dev/null \
    || [ "$(run_field "$KILLED_RUN" status)" != RUNNING ]; do
    sleep 0.5
done
READ_AT_KILL=$(run_field "$KILLED_RUN" read)
STATUS_AT_KILL=$(run_field "$KILLED_RUN" status)
kill_server
if [ "$STATUS_AT_KILL" != RUNNING ]; then
    echo "== FAILED: the import was $STATUS_AT_KILL before the kill; give it more rows" >&2
    exit 1
fi
echo "   WildFly killed (kill -9) with $READ_AT_KILL rows read"
echo "== Starting WildFly again"
start_server again
echo "   started in $STARTED_MS ms; run $KILLED_RUN says $(run_field "$KILLED_RUN" status)"
await_end "$KILLED_RUN"

UNDISTURBED=$(outcome "$UNDISTURBED_RUN" "$UNDISTURBED_SOURCE")
KILLED=$(outcome "$KILLED_RUN" "$KILLED_SOURCE")
printf 'undisturbed: %s\nkilled:      %s\n' "$(echo $UNDISTURBED)" "$(echo $KILLED)" | tee "$WORK/outcome.txt"
if [ "$UNDISTURBED" = "$KILLED" ] && [[ "$KILLED" == COMPLETED* ]]; then
    echo "== Passed: resumed by itself and equal to the undisturbed import"
else
    echo "== FAILED: see $WORK"
    exit 1
fi
