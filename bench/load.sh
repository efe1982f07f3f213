#!/usr/bin/env bash
# Commands under load (BENCHMARKS.md): signed Slack slash commands at rising rates against the
# app (app/target/salesbot.jar, a process of its own, Slack HTTP mode, the MariaDB on
# 127.0.0.1:3306), an ack-only Bolt endpoint and plain JDBC, in one run, on a database of its own
# that is dropped afterwards. Build first: ./mvnw -q -DskipTests -Pload package
# Usage: bench/load.sh [--rates=25,50,100,200,400] [--seconds=30] [--warmup=60] [--settle=5]
#                      [--users=20] [--deals=50] [--targets=app,ack-only,jdbc]
#                      [--app-java-opts="-Xmx256m"] [--work=/tmp/salesbot-load]
#        bench/load.sh edge [--rates=25] [--seconds=30] [--warmup=20] [--flooders=4] [--flood-rate=0]
#                           [--flood-nice=19] [--flood-body=1048576] [--rounds=50] [--app-java-opts="-D..."]
#          strangers against the app's Slack endpoint: unsigned 1 MB bodies (EdgeBench); the flood
#          paced at --flood-rate requests/s in all, or (0) each sender as fast as it is answered;
#          --flood-nice: the flood in a JVM of its own under nice, standing in for another machine
set -euo pipefail
db="${LOAD_DB:-salesbot_load}"
jar="$(ls bench/target/bench-*-load.jar 2>/dev/null | head -1)"
[[ -n "$jar" && -f app/target/salesbot.jar ]] || { echo "build first: ./mvnw -q -DskipTests -Pload package" >&2; exit 1; }
sql() { mariadb -h127.0.0.1 -uroot -e "$1"; }
sql "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
trap 'sql "DROP DATABASE IF EXISTS $db"' EXIT
mode=()
if [[ "${1:-}" == edge ]]; then mode=(edge); shift; fi
java ${LOAD_JAVA_OPTS:-} -jar "$jar" "${mode[@]}" --db-url="jdbc:mariadb://127.0.0.1:3306/$db" --db-user=root "$@"
