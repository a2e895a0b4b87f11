#!/usr/bin/env node
// The first page's JavaScript: the entry chunk plus everything it imports statically (what the
// browser must fetch before anything renders), gzip-sized. Lazy routes, widgets and charts load
// later and are listed separately. Fails the build above the budget.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
// The console's own build, or the folder given (a `cadre console build` output).
const dist = process.argv[2] ? resolve(process.argv[2]) : resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
visit(entries[0][0]);

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const rows = [...initial].filter((f) => f.endsWith('.js')).map((file) => ({ file, kb: gzipKb(file) })).sort((a, b) => b.kb - a.kb);
const total = rows.reduce((sum, r) => sum + r.kb, 0);
const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !initial.has(c.file)).map((c) => ({ file: c.file, kb: gzipKb(c.file) })).sort((a, b) => b.kb - a.kb);

console.log('Initial page JavaScript (entry + static imports, gzip):');
for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
console.log(`  ${total.toFixed(1).padStart(7)} KB  total (budget ${BUDGET_KB} KB)`);
console.log(`Lazy chunks: ${lazy.length}, largest ${lazy.slice(0, 3).map((r) => `${r.file} ${r.kb.toFixed(1)} KB`).join(', ')}`);
if (total > BUDGET_KB) {
  console.error(`bundle-size: the initial page needs ${total.toFixed(1)} KB gzip of JavaScript, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
