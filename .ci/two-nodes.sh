#!/usr/bin/env bash
# Two instances of the built jar on one MariaDB database behind nginx (round robin, no sticky sessions): sessions
# survive switching nodes, lifecycles run through the balancer, a campaign deadline timer fires once, a bundle
# started on one node is polled and downloaded through the other, and two approvals racing across the nodes give one
# 200 and one 409. Prints its figures; fails loudly on any mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/common.sh
[ -n "$JAR" ] || { echo "FAIL: build the jar first (mvn package)"; exit 1; }
if ! command -v nginx >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi
db="eval_nodes_$(date +%s)"; dir=$(mktemp -d); a=18201; b=18202; lb=18200
A="http://127.0.0.1:$a"; B="http://127.0.0.1:$b"; LB="http://127.0.0.1:$lb"
fresh_db "$db"
cleanup() {
  stop_pid "$dir/a.pid"; stop_pid "$dir/b.pid"; stop_pid "$dir/nginx.pid"
  mariadb -uroot -e "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in a b; do echo "--- $f.log"; tail -30 "$dir/$f.log" || true; done; exit 1; }

start_node a $a "$db" "$dir"; wait_up $a 600 || fail "node a"
start_node b $b "$db" "$dir"; wait_up $b 600 || fail "node b"

mkdir -p "$dir/nginx"
cat >"$dir/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $dir/nginx; proxy_temp_path $dir/nginx; fastcgi_temp_path $dir/nginx;
  uwsgi_temp_path $dir/nginx; scgi_temp_path $dir/nginx;
  client_max_body_size 30m;
  client_body_buffer_size 30m;
  upstream platform { server 127.0.0.1:$a; server 127.0.0.1:$b; }
  server {
    listen 127.0.0.1:$lb;
    location / {
      proxy_pass http://platform;
      proxy_set_header Host \$host:\$server_port;
      add_header X-Upstream \$upstream_addr always;
      proxy_read_timeout 120s;
    }
  }
}
CONF
nginx -c "$dir/nginx.conf" -p "$dir/nginx" || fail "nginx did not start"
sleep 1

# 1. a page session made on one node is honoured by the other
jar="$dir/cookies"
csrf=$(curl -fs -c "$jar" -b "$jar" "$LB/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "username=gaoqiao.submitter" \
  --data-urlencode "password=Demo@123456" --data-urlencode "_csrf=$csrf" "$LB/login")
[ "$code" = 302 ] || fail "login through the balancer answered $code"
switched=0; previous=""; served=""
for _ in $(seq 1 12); do
  out=$(curl -s -D - -o "$dir/page.html" -w '%{http_code}' -b "$jar" "$LB/workbench")
  status=${out: -3}; upstream=$(printf '%s' "$out" | grep -i '^X-Upstream:' | tr -d '\r' | awk '{print $2}')
  [ "$status" = 200 ] || fail "workbench through the balancer answered $status (session lost on $upstream)"
  grep -q '高桥填报员' "$dir/page.html" || fail "workbench on $upstream does not know the user"
  [ -n "$previous" ] && [ "$upstream" != "$previous" ] && switched=$((switched + 1))
  previous=$upstream; served="$served $upstream"
done
nodes=$(echo $served | tr ' ' '\n' | sort -u | wc -l)
[ "$nodes" = 2 ] && [ "$switched" -ge 5 ] || fail "requests did not alternate between the nodes ($served)"

# 2. lifecycles through the balancer; then a campaign of their first year, which takes in the published reports of
#    that year for the bundle below
java "$DRIVER" "$LB" 4 2 "$dir/acks.log" "$SEED" 2005 | tee "$dir/driver.log"
lifecycles=$(grep -o 'lifecycles completed: [0-9]*' "$dir/driver.log" | awk '{print $3}')
[ "$lifecycles" = 8 ] || fail "only $lifecycles of 8 lifecycles completed through the balancer"
unit_ids=$(mariadb -uroot -N "$db" -e "SELECT GROUP_CONCAT(id) FROM org_unit WHERE code IN ('gaoqiao','guitang')")
curl -fs -u admin:Demo@123456 -H 'Content-Type: application/json' "$LB/api/campaigns" -o /dev/null \
  -d "{\"year\":2005,\"name\":\"双节点打包验证\",\"templateCode\":\"yuhua-2020\",\"deadline\":\"2030-12-31T17:00:00\",\"reminderDays\":3,\"unitIds\":[${unit_ids}]}" \
  || fail "campaign for the lifecycles"

# 3. a campaign deadline a few seconds ahead: its timer fires once, whichever node's executor takes it
deadline=$(TZ=Asia/Shanghai date -d '+12 seconds' '+%Y-%m-%dT%H:%M:%S')
gaoqiao=$(mariadb -uroot -N "$db" -e "SELECT id FROM org_unit WHERE code = 'gaoqiao'")
curl -fs -u admin:Demo@123456 -H 'Content-Type: application/json' "$LB/api/campaigns" -o /dev/null \
  -d "{\"year\":2050,\"name\":\"双节点定时器验证\",\"templateCode\":\"yuhua-2020\",\"deadline\":\"$deadline\",\"reminderDays\":0,\"unitIds\":[$gaoqiao]}" \
  || fail "campaign with a near deadline"
firings=0
for _ in $(seq 1 45); do
  firings=$(mariadb -uroot -N "$db" -e "SELECT COUNT(*) FROM audit_event WHERE action = 'OVERDUE' AND detail LIKE '%双节点定时器验证%'")
  [ "$firings" -ge 1 ] && break; sleep 2
done
sleep 15   # the other node's executor had every chance to fire it again
firings=$(mariadb -uroot -N "$db" -e "SELECT COUNT(*) FROM audit_event WHERE action = 'OVERDUE' AND detail LIKE '%双节点定时器验证%'")
[ "$firings" = 1 ] || fail "the deadline timer fired $firings times"

# 4. a bundle started on node a is polled and downloaded through node b
campaign=$(mariadb -uroot -N "$db" -e "SELECT id FROM campaign WHERE name = '双节点打包验证'")
job=$(curl -s -u publisher:Demo@123456 -X POST "$A/api/campaigns/$campaign/report-bundle" | grep -o '"jobId":"[^"]*"' | cut -d'"' -f4 || true)
[ -n "$job" ] || fail "bundle did not start on node a"
state=RUNNING
for _ in $(seq 1 120); do
  state=$(curl -s -u publisher:Demo@123456 "$B/api/report-bundles/$job" | grep -o '"state":"[A-Z]*"' | cut -d'"' -f4 || true)
  [ "$state" != RUNNING ] && break; sleep 2
done
[ "$state" = DONE ] || fail "bundle state through node b: $state"
curl -fs -u publisher:Demo@123456 -o "$dir/bundle.zip" "$B/api/report-bundles/$job/download" || fail "download through node b"
entries=$(unzip -l "$dir/bundle.zip" | grep -c '\.pdf$' || true)
[ "$entries" -ge 2 ] || fail "the bundle holds $entries PDFs"

# 5. two finance approvals of one task, one on each node: one 200, one 409
java "$DRIVER" race "$A" "$B" "$SEED" 2012 | tee "$dir/race.log" || fail "race across the nodes"

echo "two nodes: $lifecycles lifecycles through the balancer; session kept over 12 requests, switched nodes $switched times;" \
  "deadline timer fired $firings time(s); bundle started on a, polled and downloaded through b ($entries PDFs);" \
  "$(cat "$dir/race.log")"
echo "two-node check passed"
