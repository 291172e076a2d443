#!/usr/bin/env bash
# Scale-out proof: two copies of each subgraph behind nginx (Debian's package, our own config and
# prefix on free ports, not the system one), one gateway, one PostgreSQL database (a fresh one on
# DATABASE_URL's server), Redis for the shared cache generation and rate limits. Shows that a write
# through one copy is read, never stale, through the other, and that killing one copy mid-traffic
# loses no acknowledged request that is retried. Cleans up after itself. See bench/scale-out.ts.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 bash scripts/scale-out.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "== installing nginx from Debian"
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "nginx is not installed, and this is not a Debian system where we are root: install nginx first" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends nginx-light >/dev/null 2>&1 ||
    { apt-get -o DPkg::Lock::Timeout=300 update >/dev/null && apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends nginx-light >/dev/null; } ||
    apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends nginx >/dev/null
fi
export NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"
echo "== $("$NGINX_BIN" -v 2>&1)"

# Redis: the configured one, or a private one on a free port for this run.
REDIS_PID=""
redis_up() { node -e "const R=require('ioredis');const r=new R(process.argv[1],{lazyConnect:true,maxRetriesPerRequest:0,connectTimeout:2000,retryStrategy:()=>null});r.connect().then(()=>r.ping()).then(()=>{r.disconnect();process.exit(0)},()=>process.exit(1))" "$REDIS_URL"; }
if ! redis_up; then
  if command -v redis-server >/dev/null 2>&1; then
    PORT_R=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    REDIS_DIR=$(mktemp -d)
    redis-server --port "$PORT_R" --bind 127.0.0.1 --save "" --dir "$REDIS_DIR" --daemonize no >/dev/null &
    REDIS_PID=$!
    export REDIS_URL="redis://127.0.0.1:${PORT_R}"
    for _ in $(seq 1 30); do redis_up && break; sleep 0.2; done
    echo "== started a private Redis on ${REDIS_URL}"
  else
    echo "Redis does not answer on ${REDIS_URL}, and redis-server is not installed" >&2
    exit 1
  fi
fi
cleanup() { if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null || true; wait "$REDIS_PID" 2>/dev/null || true; rm -rf "$REDIS_DIR"; fi; }
trap cleanup EXIT

echo "== build"
npx tsc -p tsconfig.json
node dist/bench/scale-out.js
