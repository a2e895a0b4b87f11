#!/usr/bin/env node
// The plugin boundary: a plugin imports only @cadre/sdk, @cadre/contracts, @cadre/solver, its
// own files and Node built-ins; console files may also use the console's UI libraries, tests
// their test tools and the plugins they depend on. A library the plugin declares itself is
// fine, except the frameworks the SDK already provides (a second copy would split decorator
// metadata) and any other @cadre package. Another plugin's published contracts
// (`<package>/contracts`) may be imported for types only (`import type`), from a package the
// plugin lists in its package.json: types are erased, so no plugin loads another's code.
// Anything else fails CI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ALWAYS = [/^@cadre\/(sdk|contracts|solver)(\/.*)?$/, /^node:/];
const CONSOLE = [/^react(-dom)?(\/.*)?$/, /^antd(\/.*)?$/, /^@ant-design\/icons(\/.*)?$/, /^echarts(-for-react)?(\/.*)?$/, /^dayjs(\/.*)?$/, /^@tanstack\/react-query$/, /^react-router$/, /^@graphql-typed-document-node\/core$/];
const TESTS = [/^vitest(\/.*)?$/, /^@testing-library\//, /^@cadre\/plugin-[a-z0-9-]+(\/testing)?$/, /^@cadre\/vitest-config(\/.*)?$/];
const FRAMEWORKS = /^(@nestjs\/|typeorm$|typeorm\/|class-validator$|class-transformer$|graphql$|@cadre\/)/;

function manifest(root) {
  try {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  } catch {
    return {};
  }
}
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
const CONTRACTS = /^((?:@[^/]+\/)?[^/]+)\/contracts$/;

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
    const pkg = manifest(root);
    const declared = new Set(Object.keys(pkg.dependencies ?? {}));
    const known = new Set([...declared, ...Object.keys(pkg.devDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    for (const file of files(root)) {
      const rel = relative(root, file);
      const isConsole = rel.split(sep).includes('console');
      const isTest = /\.(spec|test)\.tsx?$/.test(file) || rel.startsWith(`e2e${sep}`) || /^vitest\.config\./.test(rel);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(SPECIFIER)) {
        const typeOnly = Boolean(match[1]);
        const spec = match[2] ?? match[3];
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(root + sep)) violations.push({ file, spec, why: 'reaches outside the plugin package' });
          continue;
        }
        const contracts = CONTRACTS.exec(spec);
        if (contracts && contracts[1] !== pkg.name && !ALWAYS.some((re) => re.test(spec))) {
          if (!typeOnly) violations.push({ file, spec, why: "is another plugin's contracts: import them for types only (import type)" });
          else if (!known.has(contracts[1])) violations.push({ file, spec, why: `needs ${contracts[1]} in package.json (devDependencies) to resolve its types` });
          continue;
        }
        const allowed = [...ALWAYS, ...(isConsole ? CONSOLE : []), ...(isTest ? TESTS : [])];
        if (allowed.some((re) => re.test(spec))) continue;
        if (!FRAMEWORKS.test(spec) && declared.has(packageName(spec))) continue;
        violations.push({ file, spec, why: 'plugins may import only @cadre/sdk, @cadre/contracts, @cadre/solver and their own files' });
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
