#!/usr/bin/env bash
# `npm test`: every check the project has, cheapest first; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$1"; }

# Before any step: the end-to-end tests at the end need a Chromium (found, or installed where possible).
CHROMIUM_PATH="$(npx tsx scripts/ensure-chromium.ts)"
export CHROMIUM_PATH

step "lint (ESLint, Prettier, import rules)"
npm run --silent lint
step "typecheck"
npm run --silent typecheck
step "migrations match the schema"
npm run --silent db:check
step "unit tests"
npx vitest run --project unit
step "integration tests (real PostgreSQL)"
npx vitest run --project integration
step "production build"
npx next build
step "end-to-end tests (Chromium, axe)"
npx playwright test
