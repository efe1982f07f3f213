#!/usr/bin/env bash
# Start-up time and resident memory of the default run: console adapter, embedded MariaDB.
# Usage: bench/startup.sh [jar]   (run twice: the first start unpacks the database)
set -euo pipefail
jar="${1:-app/target/salesbot.jar}"
export SALESBOT_HOME="${SALESBOT_HOME:-$HOME/.salesbot-startup}"
work="$(mktemp -d)"
mkfifo "$work/in"
started=$(date +%s%N)
java ${JAVA_OPTS:-} -jar "$jar" <"$work/in" >"$work/out" 2>"$work/err" &
pid=$!
exec 3>"$work/in"
echo "/opp list" >&3
until grep -q . "$work/out" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { tail -5 "$work/err" >&2; exit 1; }
  sleep 0.02
done
answered=$(date +%s%N)
sleep 5   # let the first answer settle before reading memory
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
java_kb=$(rss_kb "$pid")
db_kb=0
for child in $(pgrep -f "mariadbd.*$SALESBOT_HOME" || true); do db_kb=$((db_kb + $(rss_kb "$child"))); done
exec 3>&-
wait "$pid" || true
printf 'first answer after %d ms; resident: JVM %d MB, MariaDB %d MB\n' \
  $(((answered - started) / 1000000)) $((java_kb / 1024)) $((db_kb / 1024))
grep -o "Started SalesbotApplication in [0-9.]* seconds[^)]*)" "$work/err" || true
rm -rf "$work"
