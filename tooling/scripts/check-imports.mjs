#!/usr/bin/env node
// The plugin boundary: a plugin imports only @cadre/sdk, @cadre/contracts, @cadre/solver, its
// own files and Node built-ins; console files may also use the console's UI libraries, and
// tests their test tools. Anything else (the core, another plugin, a stray library) fails CI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ALWAYS = [/^@cadre\/(sdk|contracts|solver)(\/.*)?$/, /^node:/];
const CONSOLE = [/^react(-dom)?(\/.*)?$/, /^antd(\/.*)?$/, /^@ant-design\/icons(\/.*)?$/, /^echarts(\/.*)?$/, /^@tanstack\/react-query$/, /^react-router$/];
const TESTS = [/^vitest(\/.*)?$/, /^@testing-library\//];

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(m?ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** Returns the violations in every plugin package under `pluginsDir`. */
export function checkPluginImports(pluginsDir) {
  const violations = [];
  for (const plugin of readdirSync(pluginsDir)) {
    const root = join(pluginsDir, plugin);
    if (!statSync(root).isDirectory()) continue;
    for (const file of files(root)) {
      const rel = relative(root, file);
      const isConsole = rel.split(sep).includes('console');
      const isTest = /\.(spec|test)\.tsx?$/.test(file) || rel.startsWith(`e2e${sep}`) || /^vitest\.config\./.test(rel);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(SPECIFIER)) {
        const spec = match[1] ?? match[2];
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(root + sep)) violations.push({ file, spec, why: 'reaches outside the plugin package' });
          continue;
        }
        const allowed = [...ALWAYS, ...(isConsole ? CONSOLE : []), ...(isTest ? TESTS : [])];
        if (!allowed.some((re) => re.test(spec))) violations.push({ file, spec, why: 'plugins may import only @cadre/sdk, @cadre/contracts, @cadre/solver and their own files' });
      }
    }
  }
  return violations;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pluginsDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../plugins'));
  const violations = checkPluginImports(pluginsDir);
  for (const v of violations) console.error(`${relative(process.cwd(), v.file)}: import '${v.spec}' ${v.why}`);
  if (violations.length) {
    console.error(`check-imports: ${violations.length} boundary violation(s)`);
    process.exit(1);
  }
  console.log(`check-imports: plugins under ${relative(process.cwd(), pluginsDir) || '.'} import only what they may`);
}
