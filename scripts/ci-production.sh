#!/usr/bin/env bash
# CI step: the production image's path without a Docker daemon. Builds dist/ (`npm run build`, as
# the Dockerfile does), then scripts/ci-production.ts runs `node dist/app/main.js` with the environment
# docker-compose.yml gives the api service, against this machine's PostgreSQL (a throwaway
# database) and Redis, and checks /readyz, a signed-in query, /metrics (404 without METRICS_TOKEN,
# behind it with one) and a SIGTERM drain.
# CI_DATABASE_URL (a URL the script may CREATE/DROP DATABASE with) and CI_REDIS_URL override the
# defaults postgresql://postgres@127.0.0.1:5432/postgres and redis://127.0.0.1:6379.
# Last line: `ci-production: PASS ...` or `ci-production: FAIL ...`; exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."

build_log="$(mktemp)"
trap 'rm -f "$build_log"' EXIT
started=$SECONDS
if ! npm run -s build >"$build_log" 2>&1; then
  cat "$build_log"
  echo "ci-production: FAIL: npm run build"
  exit 1
fi
echo "  ok  npm run build ($((SECONDS - started)) s)"
exec node --import tsx scripts/ci-production.ts
