#!/usr/bin/env bash
# Starts a local region on loopback for trying Redoubt as a cluster: three nats-servers with
# JetStream (R3), a registry node (vault in NATS, unsealed by a key file) and three `redoubt node`
# shard processes with certificates from the registry's CA, data in a temp dir. Ctrl-C stops all.
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
urls="nats://127.0.0.1:14221,nats://127.0.0.1:14222,nats://127.0.0.1:14223"
# The registry's vault lives in NATS; retry while the NATS cluster elects its JetStream leader.
for _ in $(seq 30); do
  node bin/redoubt.js init --nats "$urls" --replicas 3 --key-file "$dir/registry.key" >/dev/null 2>&1 && break
  sleep 1
done
node bin/redoubt.js registry --nats "$urls" --node-id r1 --replicas 3 --data "$dir/r1" \
  --key-file "$dir/registry.key" --http-port 19460 >"$dir/r1.log" 2>&1 &
pids+=($!)
until grep -q '"node ready"' "$dir/r1.log"; do sleep 0.5; done
for i in 1 2 3; do
  node bin/redoubt.js cert issue --data "$dir/r1" --name "n$i" --ip 127.0.0.1 --out "$dir/certs/n$i" >/dev/null
  node bin/redoubt.js node --nats "$urls" --node-id "n$i" --replicas 3 --data "$dir/n$i" \
    --cert-dir "$dir/certs/n$i" --http-port $((19460 + i)) >"$dir/n$i.log" 2>&1 &
  pids+=($!)
  sleep 1
done
echo "registry: http://127.0.0.1:19460/healthz; region 'local': nodes' /healthz on :19461 … :19463; logs in $dir. Ctrl-C stops."
wait
