#!/usr/bin/env bash
# The province-scale benchmark, one command:  benchmarks/run.sh [SIZES…]   (default: 1000 10000)
# Builds the jar, and for each size: a fresh MariaDB database, grown to SIZE evaluations, the reads under 32 clients,
# whole lifecycles through the API at 1, 4 and 16 clients, the bare Flowable engine on the same BPMN and database,
# statements per lifecycle (MariaDB's USER_STATISTICS), heap after GC, start-up on the grown database; then rendering
# (each format warm, the first PDF in a fresh JVM).
# Writes benchmarks/results/<date>.md. Needs MariaDB on 127.0.0.1:3306 (root without password), a JDK 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-1000 10000}")
[ $# -eq 0 ] && SIZES=(1000 10000)
READ_SECONDS=${READ_SECONDS:-15}
export READ_WARMUP_SECONDS=${READ_WARMUP_SECONDS:-30}   # Bench.java reads it: each read unmeasured first
LIFE_SECONDS=${LIFE_SECONDS:-20}
CLIENTS=${CLIENTS:-32}
HEAP=${HEAP:--Xmx512m}
PORT=${BENCH_PORT:-18093}
# 90 s: after 30 s the application still compiled (C2 a third of its request threads' CPU) and four clients ran 27
# lifecycles/s, 36/s twenty seconds later; the bare engine gets the same warm-up
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
# each client works through 16 units × 26 past years: with 4 (104 lifecycles) one client ran out after 7 s of its 20
# and the warm-up's four after 14 s of their 30; with 12 one warm client ran out after 17 s at 18 lifecycles/s
UNITS_PER_CLIENT=16
BASE="http://127.0.0.1:$PORT"
DB=eval_bench
STAMP=$(date -u +%F-%H%M)   # one file per run: a second run on the same day keeps the first
OUT=benchmarks/results/$STAMP.md
WORK=$(mktemp -d)
# the warm-up's four clients have units enough for 40 lifecycles/s in all (26 years a unit), so none runs out early
WARMUP_UNITS_PER_CLIENT=$(( (WARMUP_SECONDS * 10 + 25) / 26 ))
# the lifecycle units: one client counts statements, 4 warm up, then 1 + 4 + 16 clients, UNITS_PER_CLIENT each;
# then PENDING_UNITS whose PENDING evaluations wait in the finance reviewer's inbox while the reads run
CYCLE_UNITS=$(( (1 + 1 + 4 + 16) * UNITS_PER_CLIENT + 4 * WARMUP_UNITS_PER_CLIENT ))
PENDING=${PENDING:-40}
PENDING_UNITS=2
PENDING_FIRST=$(( CYCLE_UNITS + 1 ))
SEED=evaluation-workflow/src/main/resources/demo/gaoqiao-2020.json
url() { echo "jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=utf8&nullCatalogMeansCurrent=true&serverTimezone=Asia/Shanghai"; }
sql() { mariadb -uroot -h127.0.0.1 -N -B "$DB" -e "$1"; }
stats() { mariadb -uroot -h127.0.0.1 -N -B -e "SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS FROM information_schema.USER_STATISTICS WHERE USER='$1'" | awk '{print ($1+0)" "($2+0)" "($3+0)}'; }

echo "building the jar…"
# clean: Boot does not repackage a jar whose module is unchanged when only a dependency changed, and a renamed migration
# would stay in target/classes beside its new name
rm -f evaluation-web/target/evaluation-web-*.jar evaluation-web/target/evaluation-web-*.jar.original
mvn -o -B -q -pl evaluation-web -am clean package -DskipTests
FATJAR=$(ls evaluation-web/target/evaluation-web-*.jar | grep -v original | head -1)
mariadb -uroot -h127.0.0.1 -e "SET GLOBAL userstat = ON"
# the client compiled once (a source launch compiles it in every call, on the cores the application runs on)
javac -d "$WORK/bench" benchmarks/Bench.java
BENCH="java -cp $WORK/bench Bench"
# Started as README's "Starting fast" says: the jar extracted (no nested-jar class loading) with a class-data archive
# made by one training start (the classes of a full context refresh, read from the archive instead of the jars).
java -Djarmode=tools -jar "$FATJAR" extract --destination "$WORK/app" >/dev/null
JAR="$WORK/app/$(basename "$FATJAR")"
CDS="-XX:SharedArchiveFile=$WORK/app/app.jsa"

APP_PID=
start_app() {  # start_app LOG [JAR JVM-OPTIONS] : on the benchmark database as bench_app; ms to health UP in $UP_SECONDS
  local t0=$SECONDS jar=${2:-$JAR} opts=${3-$CDS}
  # timers (campaign deadlines) and the campaign drafts' poll off: their polling would count as the lifecycles' statements
  SPRING_PROFILES_ACTIVE=mysql EVAL_DB_URL="$(url)" EVAL_DB_USER=bench_app EVAL_DB_PASSWORD=bench EVAL_DEMO=true PORT=$PORT \
    java $HEAP $opts -jar "$jar" --flowable.async-executor-activate=false --eval.campaign-drafts.background=false >"$1" 2>&1 &
  APP_PID=$!
  local start_ns=$(date +%s%N)
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if (( SECONDS - t0 > 300 )); then echo "not UP after 300 s"; tail -50 "$1"; exit 1; fi
    sleep 0.2
  done
  UP_SECONDS=$(( ($(date +%s%N) - start_ns) / 1000000 ))
}
stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
trap stop_app EXIT

: >"$WORK/results"
# the training start for the class-data archive, on a scratch database (it stops once the context has refreshed)
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS ${DB}_cds; CREATE DATABASE ${DB}_cds CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'bench_app'@'127.0.0.1' IDENTIFIED BY 'bench'; GRANT ALL PRIVILEGES ON ${DB}_cds.* TO 'bench_app'@'127.0.0.1'"
SPRING_PROFILES_ACTIVE=mysql EVAL_DB_URL="jdbc:mysql://127.0.0.1:3306/${DB}_cds?useUnicode=true&characterEncoding=utf8&nullCatalogMeansCurrent=true&serverTimezone=Asia/Shanghai" \
  EVAL_DB_USER=bench_app EVAL_DB_PASSWORD=bench EVAL_DEMO=true PORT=$PORT \
  java $HEAP -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" -Dspring.context.exit=onRefresh -jar "$JAR" >"$WORK/cds.log" 2>&1 \
  || { tail -30 "$WORK/cds.log"; exit 1; }
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE ${DB}_cds"
for N in "${SIZES[@]}"; do
  UNITS=$(( N / 10 ))
  echo "== $N evaluations ($UNITS units × 10 years)"
  mariadb -uroot -h127.0.0.1 <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'bench_app'@'127.0.0.1' IDENTIFIED BY 'bench';
CREATE USER IF NOT EXISTS 'bench_bare'@'127.0.0.1' IDENTIFIED BY 'bench';
GRANT ALL PRIVILEGES ON $DB.* TO 'bench_app'@'127.0.0.1';
GRANT ALL PRIVILEGES ON $DB.* TO 'bench_bare'@'127.0.0.1';
GRANT PROCESS ON *.* TO 'bench_bare'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
  start_app "$WORK/app-$N-first.log"
  FIRST_UP=$UP_SECONDS
  stop_app
  # Grown by SQL: published evaluations of 2010–2019 whose paths have ended (no live Flowable rows, as after an import
  # of past years); the live paths (drafts, reviews, tasks) are the ones the lifecycles below create through the API.
  sql "SET @bureau = (SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1);
    SET @hash = (SELECT password_hash FROM app_user WHERE username = 'gaoqiao.submitter');
    INSERT INTO org_unit (code, name, short_name, unit_type, parent_id, enabled, created_at)
      SELECT CONCAT('bench', seq), CONCAT('基准单位', seq, '号'), CONCAT('基准', seq), 'STREET_OFFICE', @bureau, TRUE, NOW(3)
      FROM seq_1_to_$UNITS;
    INSERT INTO evaluation (unit_id, bureau_id, evaluation_year, template_code, status, current_round, self_total,
        self_grade, review_total, submitted_by, submitted_at, published_at, created_by, created_at, updated_at, version)
      SELECT u.id, @bureau, y.seq, 'yuhua-2020', 'PUBLISHED', 1, 86.20, '良', 85.00, 'bench', NOW(3), NOW(3), 'bench', NOW(3), NOW(3), 1
      FROM org_unit u JOIN seq_2010_to_2019 y WHERE u.code LIKE 'bench%';
    INSERT INTO org_unit (code, name, short_name, unit_type, parent_id, enabled, created_at)
      SELECT CONCAT('cycle', seq), CONCAT('基准周期单位', seq, '号'), CONCAT('周期', seq), 'STREET_OFFICE', @bureau, TRUE, NOW(3)
      FROM seq_1_to_$(( CYCLE_UNITS + PENDING_UNITS ));
    INSERT INTO app_user (username, display_name, password_hash, unit_id, enabled, failed_attempts, created_at)
      SELECT CONCAT('cycle', seq, '.', r.name), '基准用户', @hash, (SELECT id FROM org_unit WHERE code = CONCAT('cycle', seq)), TRUE, 0, NOW(3)
      FROM seq_1_to_$(( CYCLE_UNITS + PENDING_UNITS )) JOIN (SELECT 'submitter' AS name UNION ALL SELECT 'reviewer') r;
    INSERT INTO user_role (user_id, role) SELECT id, IF(username LIKE '%.submitter', 'SUBMITTER', 'INTERNAL_REVIEWER')
      FROM app_user WHERE username LIKE 'cycle%';
    INSERT INTO campaign (campaign_year, name, template_code, deadline, reminder_days, status, created_by, created_at)
      VALUES (2019, '2019年度基准评价任务', 'yuhua-2020', NOW(3) + INTERVAL 30 DAY, 3, 'OPEN', 'bench', NOW(3));
    INSERT INTO campaign_unit (campaign_id, unit_id, overdue) SELECT (SELECT MAX(id) FROM campaign), id, FALSE
      FROM org_unit WHERE code LIKE 'bench%';
    ANALYZE TABLE evaluation, org_unit, campaign_unit, app_user, user_role;" >/dev/null
  TOTAL=$(sql "SELECT COUNT(*) FROM evaluation")
  CAMPAIGN=$(sql "SELECT MAX(id) FROM campaign")
  ONE=$(sql "SELECT e.id FROM evaluation e JOIN org_unit u ON u.id = e.unit_id WHERE u.code LIKE '%gaoqiao%' OR u.name LIKE '%高桥%' ORDER BY e.id LIMIT 1")

  # start-up on the grown database as `java -jar` of the built jar, then as the benchmark runs it (extracted + archive)
  start_app "$WORK/app-$N-fat.log" "$FATJAR" ""
  FAT_UP=$UP_SECONDS
  stop_app
  start_app "$WORK/app-$N.log"
  echo "start-up on the grown database: $UP_SECONDS ms extracted with its class archive, $FAT_UP ms as java -jar (first start on an empty one: $FIRST_UP ms)"
  USERS="finance.reviewer publisher gaoqiao.submitter $(for i in $(seq 1 $(( CYCLE_UNITS + PENDING_UNITS ))); do echo -n "cycle$i.submitter cycle$i.reviewer "; done)"
  $BENCH tokens "$BASE" $USERS >"$WORK/tokens"
  # the same number of live review tasks at every size, so the inbox answers a full page from Flowable's tables
  $BENCH pending "$BASE" "$WORK/tokens" "$PENDING" "$SEED" "$PENDING_FIRST"
  # filters whose answer is the same size at every size of the data (a prefix such as 基准单位12 matched 1 unit at 1k
  # and 111 at 100k, so its answer grew from 1 row to 20): a year's page, and one unit's year by its whole name
  Q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("基准单位12号"))')
  $BENCH reads "$BASE" "$WORK/tokens" "$READ_SECONDS" "$CLIENTS" \
    "inbox=/api/tasks@finance.reviewer" "board=/api/campaigns/$CAMPAIGN/board@finance.reviewer" \
    "public list=/api/public/evaluations" "public page=/public" "one evaluation=/api/evaluations/$ONE@gaoqiao.submitter" \
    "list of a year=/api/evaluations?year=2015@finance.reviewer" \
    "list of a unit's year=/api/evaluations?year=2015&unit=$Q@finance.reviewer" "unfiltered list=/api/evaluations@finance.reviewer" \
    | tee -a /dev/stderr | grep '^result|' | sed "s/^/$N|/" >>"$WORK/results"

  # statements per lifecycle: one client, as counted by the server for the application's database user
  before=$(stats bench_app)
  $BENCH lifecycles "$BASE" "$WORK/tokens" 10 1 "$SEED" 1 $UNITS_PER_CLIENT | tee -a /dev/stderr | grep '^result|' >"$WORK/one"
  after=$(stats bench_app)
  DONE=$(cut -d'|' -f4 "$WORK/one")
  echo "$N|result|statements|app|$before|$after|$DONE" >>"$WORK/results"
  # a warm-up (not reported: the JIT compiles the lifecycle's paths, the application's and the client's, before they
  # are timed; the bare engine gets the same), then 1, 4 and 16 clients, all from one client process
  $BENCH lifecycles "$BASE" "$WORK/tokens" "$LIFE_SECONDS" 1,4,16 "$SEED" $((1 + UNITS_PER_CLIENT)) $UNITS_PER_CLIENT \
    "$WARMUP_SECONDS" "$WARMUP_UNITS_PER_CLIENT" | tee -a /dev/stderr | grep '^result|' | sed "s/^/$N|/" >>"$WORK/results"
  jcmd "$APP_PID" GC.run >/dev/null
  HEAP_USED=$(jcmd "$APP_PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  echo "$N|result|heap|$HEAP_USED|$UP_SECONDS|$FIRST_UP|$TOTAL|$FAT_UP" >>"$WORK/results"
  stop_app

  # the bare engine on the same BPMN, variables and database (its own database user; it counts its own statements)
  SPRING_PROFILES_ACTIVE=mysql EVAL_DB_URL="$(url)" EVAL_DB_USER=bench_bare EVAL_DB_PASSWORD=bench \
    mvn -o -B -q -pl evaluation-workflow -am verify -Dtest=BareEngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.seconds="$LIFE_SECONDS" -Dbench.warmup="$WARMUP_SECONDS" -Dbench.clients=1,4,16 >"$WORK/bare.log" 2>&1 || { tail -40 "$WORK/bare.log"; exit 1; }
  grep -h '^result|bare' "$WORK/bare.log" evaluation-workflow/target/surefire-reports/*BareEngine*-output.txt 2>/dev/null \
    | sort -u | sed "s/^/$N|/" >>"$WORK/results"
  cp "$WORK/results" "benchmarks/results/raw-$STAMP.txt"
done
# rendering, on the idle machine once the application has stopped: each format of the seed warm (median of 200), and the
# first PDF in fresh JVMs (evaluation-report's ReportRenderBenchmarkTest, also run alone with -Pbenchmark)
echo "rendering…"
RENDER=
# a failed rendering run loses its section of the report, not the hour of measurements before it
if mvn -o -B -q -pl evaluation-report -am -Pbenchmark verify -Dtest=ReportRenderBenchmarkTest \
    -Dsurefire.failIfNoSpecifiedTests=false >"$WORK/render.log" 2>&1; then
  cp evaluation-report/target/benchmarks/report-render.txt "$WORK/render.txt" && RENDER="$WORK/render.txt"
else
  echo "rendering failed, the report goes without it:"; tail -40 "$WORK/render.log"
fi
python3 benchmarks/report.py "$WORK/results" "$HEAP" "$READ_SECONDS" "$LIFE_SECONDS" "$CLIENTS" "$READ_WARMUP_SECONDS" \
  "$WARMUP_SECONDS" "$CYCLE_UNITS" $RENDER >"$OUT"
cp "$WORK/results" "benchmarks/results/raw-$STAMP.txt"
echo "report: $OUT"
