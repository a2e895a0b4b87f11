#!/usr/bin/env node
// Regenerates the committed schema and every codegen output, then fails when git sees a change:
// the committed contracts must be exactly what the code produces. Run after a build.
import { execSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

run('node apps/server/dist/emit-schema.js packages/contracts/schema.graphql');
run('pnpm -r --if-present run codegen');
// The schema, the console's typed documents and each plugin console part's (plugins/<id>/src/console/gql).
const GENERATED = /^.. (packages\/contracts\/|apps\/console\/src\/gql\/|plugins\/[^/]+\/src\/console\/gql\/)/;
const changed = execSync('git status --porcelain -uall -- packages/contracts apps/console/src/gql plugins', { cwd: root, encoding: 'utf8' })
  .split('\n').filter((line) => GENERATED.test(line)).join('\n');
if (changed) {
  console.error('check-drift: the committed GraphQL schema or generated types are stale:');
  console.error(changed);
  console.error(execSync('git diff --stat -- packages/contracts apps/console/src/gql plugins', { cwd: root, encoding: 'utf8' }));
  console.error('regenerate with: node tooling/scripts/check-drift.mjs and commit the result');
  process.exit(1);
}
console.log('check-drift: schema and generated types match the code');
