#!/usr/bin/env bash
# Starts a local region on loopback for trying Redoubt as a cluster: three nats-servers with
# JetStream (R3) and three `redoubt node` processes, data in a temp dir. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v nats-server >/dev/null || { echo "needs nats-server: sudo apt-get install -y nats-server"; exit 1; }
npm run build --silent
dir=$(mktemp -d -t redoubt-local-XXXX)
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM
routes="nats-route://127.0.0.1:16221,nats-route://127.0.0.1:16222,nats-route://127.0.0.1:16223"
for i in 1 2 3; do
  mkdir -p "$dir/nats$i"
  nats-server -a 127.0.0.1 -p $((14220 + i)) -n "nats$i" -js -sd "$dir/nats$i" \
    --cluster_name local --cluster "nats://127.0.0.1:$((16220 + i))" --routes "$routes" >"$dir/nats$i.log" 2>&1 &
  pids+=($!)
done
node bin/redoubt.js keygen --key-file "$dir/master.key"
urls="nats://127.0.0.1:14221,nats://127.0.0.1:14222,nats://127.0.0.1:14223"
for i in 1 2 3; do
  node bin/redoubt.js node --nats "$urls" --node-id "n$i" --replicas 3 --data "$dir/n$i" \
    --key-file "$dir/master.key" --http-port $((19460 + i)) >"$dir/n$i.log" 2>&1 &
  pids+=($!)
  sleep 1
done
echo "region 'local': nodes' /healthz on http://127.0.0.1:19461 … 19463, logs in $dir. Ctrl-C stops."
wait
