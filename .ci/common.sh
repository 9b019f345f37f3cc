# Shared by the CI scripts that start the built jar: start, wait for health, stop.
JAR=$(ls "$(dirname "${BASH_SOURCE[0]}")"/../evaluation-web/target/evaluation-web-*.jar 2>/dev/null | grep -v original | head -1)
SEED="$(dirname "${BASH_SOURCE[0]}")/../evaluation-workflow/src/main/resources/demo/gaoqiao-2020.json"
DRIVER="$(dirname "${BASH_SOURCE[0]}")/LifecycleDriver.java"

mysql_url() { echo "jdbc:mysql://127.0.0.1:3306/$1?useUnicode=true&characterEncoding=utf8&nullCatalogMeansCurrent=true&serverTimezone=Asia/Shanghai"; }

# start_node NAME PORT DB LOGDIR : the jar on MariaDB with demo data; its pid in $LOGDIR/NAME.pid
start_node() {
  local name=$1 port=$2 db=$3 dir=$4
  SPRING_PROFILES_ACTIVE=mysql EVAL_DB_URL="$(mysql_url "$db")" EVAL_DB_USER=eval_ci EVAL_DB_PASSWORD=eval_ci \
    EVAL_DEMO=true PORT=$port nohup java -Xmx768m -jar "$JAR" >"$dir/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

# wait_up PORT SECONDS : health answers UP (demo data loaded: health stays 503 until then)
wait_up() {
  local port=$1 limit=$2 start=$SECONDS
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if (( SECONDS - start > limit )); then echo "FAIL: port $port not UP after $limit s"; return 1; fi
    sleep 2
  done
  echo "port $port UP after $((SECONDS - start)) s"
}

stop_pid() { [ -f "$1" ] && kill "$(cat "$1")" 2>/dev/null; rm -f "$1"; }

fresh_db() {
  mariadb -uroot <<SQL
CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'eval_ci'@'localhost' IDENTIFIED BY 'eval_ci';
CREATE USER IF NOT EXISTS 'eval_ci'@'127.0.0.1' IDENTIFIED BY 'eval_ci';
GRANT ALL PRIVILEGES ON $1.* TO 'eval_ci'@'localhost';
GRANT ALL PRIVILEGES ON $1.* TO 'eval_ci'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
}
