#!/usr/bin/env bash
# The reliability load of issue 8: handlers capture, change (If-Match), list, search and write letters
# side by side; afterwards ReliabilityCheck proves in the database that nothing acknowledged was lost
# and nothing is half-saved. Fails when a request failed or the check found a violation; a 412 (a
# colleague changed the case first) is the correct answer and counted apart.
#
#   bench/reliability.sh [--duration S] [--users N]      (default 600 s, 50 users)
#
# Ports as for run.sh (BENCH_PORT_OFFSET, BENCH_MANAGEMENT_PORT). Everything lands in bench/target/reliability/.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/target/reliability"
. "$BENCH/lib.sh"
. "$BENCH/reliability-lib.sh"

DURATION=600
USERS=50
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="$2"; shift 2 ;;
        --users) USERS="$2"; shift 2 ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done

start_application
start_load false
wait_for_load
check_database
