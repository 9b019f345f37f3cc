#!/usr/bin/env bash
# kill -9 during concurrent lifecycles on MariaDB: every step the server acknowledged (HTTP 2xx) is stored after the
# restart, and every evaluation's status agrees with Flowable's open task. Fails loudly on any loss or mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/common.sh
[ -n "$JAR" ] || { echo "FAIL: build the jar first (mvn package)"; exit 1; }
db="eval_crash_$(date +%s)"; dir=$(mktemp -d); port=18191; base="http://127.0.0.1:$port"
fresh_db "$db"
cleanup() { stop_pid "$dir/app.pid"; mariadb -uroot -e "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; }
trap cleanup EXIT

start_node app $port "$db" "$dir"; wait_up $port 600
touch "$dir/acks.log"
java "$DRIVER" "$base" 6 6 "$dir/acks.log" "$SEED" 2001 >"$dir/driver.log" 2>&1 &
driver=$!
# kill the application half-way: once a good number of steps has been acknowledged
for _ in $(seq 1 240); do
  [ "$(wc -l <"$dir/acks.log")" -ge 40 ] && break; sleep 1
done
acked_before=$(wc -l <"$dir/acks.log")
kill -9 "$(cat "$dir/app.pid")"; rm -f "$dir/app.pid"
echo "killed -9 after $acked_before acknowledged steps"
wait $driver || true
start_node app $port "$db" "$dir"; wait_up $port 600

java "$DRIVER" verify "$base" "$dir/acks.log" | tee "$dir/verify.log"
lost=$(grep -c '^LOST' "$dir/verify.log" || true)
mismatch=$(mariadb -uroot -N "$db" -e "
  SELECT COUNT(*) FROM evaluation e LEFT JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = e.process_instance_id
  WHERE NOT ((e.status IN ('DRAFT','RETURNED') AND t.TASK_DEF_KEY_ = 'fillIn')
          OR (e.status = 'INTERNAL_REVIEW' AND t.TASK_DEF_KEY_ = 'internalReview')
          OR (e.status = 'FINANCE_REVIEW' AND t.TASK_DEF_KEY_ = 'financeReview')
          OR (e.status = 'APPROVED' AND t.TASK_DEF_KEY_ = 'publish')
          OR (e.status = 'PUBLISHED' AND t.ID_ IS NULL))")
tasks=$(mariadb -uroot -N "$db" -e "SELECT COUNT(*) FROM evaluation e JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = e.process_instance_id GROUP BY e.id HAVING COUNT(*) > 1" | wc -l)
evaluations=$(mariadb -uroot -N "$db" -e "SELECT COUNT(*) FROM evaluation")
echo "crash test: $acked_before steps acknowledged before kill -9, $lost lost; $evaluations evaluations, $mismatch whose status disagrees with Flowable, $tasks with two open tasks"
[ "$acked_before" -gt 0 ] && [ "$lost" = 0 ] && [ "$mismatch" = 0 ] && [ "$tasks" = 0 ] || { echo "FAIL: crash test"; exit 1; }
echo "crash test passed"
