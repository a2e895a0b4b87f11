#!/usr/bin/env node
// Every API message has a zh-CN translation: finds each string literal and msg`…` template
// passed to a CadreError subclass, every validation decorator's `message` (and every msg`…` anywhere) in the covered source roots, and
// fails naming file:line for a message without an entry in that root's zh-CN catalog, for a
// plain `…${x}…` template (it cannot be looked up: tag it msg), and for stale catalog entries.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ts = createRequire(import.meta.url)('typescript');

/** Source roots checked, each with its catalog; plugins join as their catalogs are written. */
const PLUGINS = ['attraction', 'development', 'incentives', 'insights', 'knowledge', 'structure'];
export const COVERED = [
  { root: 'packages/core/src', catalog: 'packages/core/src/i18n/api-messages.zh-CN.ts' },
  ...PLUGINS.map((id) => ({ root: `plugins/${id}/src`, catalog: `plugins/${id}/src/i18n/api-messages.zh-CN.ts` })),
];
// The message argument positions of each error class (the others are fields, ids, codes).
const ERRORS = { UserInputError: [1], UnauthenticatedError: [0], ForbiddenError: [0], NotFoundError: [0], ConflictError: [0], RateLimitedError: [0], CadreError: [1] };
const CATALOG_FILE = 'api-messages.zh-CN.ts';

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === CATALOG_FILE) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !/\.(spec|test)\.tsx?$/.test(name)) yield path;
  }
}

/** The id of a msg`…` template: the English text with {0}, {1}… for its values. */
function templateId(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return template.head.text + template.templateSpans.map((s, i) => `{${i}}${s.literal.text}`).join('');
}

/** Messages used in one file: { id, line } or { plain: true, line } for an untagged template. */
export function messagesIn(path, text = readFileSync(path, 'utf8')) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const argument = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ id: node.text, line: line(node) });
    else if (ts.isTemplateExpression(node)) found.push({ plain: true, line: line(node) });
    else if (ts.isConditionalExpression(node)) { argument(node.whenTrue); argument(node.whenFalse); }
    else if (ts.isParenthesizedExpression(node)) argument(node.expression);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'msg') found.push({ id: templateId(node.template), line: line(node) });
    else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ERRORS[node.expression.text]) {
      for (const index of ERRORS[node.expression.text]) if (node.arguments?.[index]) argument(node.arguments[index]);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'translate' && node.arguments[0]) argument(node.arguments[0]);
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text.endsWith('_MESSAGE') && node.initializer) argument(node.initializer);
    else if (ts.isObjectLiteralExpression(node) && describes(node)) argument(property(node, 'description'));
    else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && validatorMessage(node)) {
      // A validation decorator's `message` and a custom validator's `defaultMessage: () => '…'`.
      const value = ts.isArrowFunction(node.initializer) && !ts.isBlock(node.initializer.body) ? node.initializer.body : node.initializer;
      argument(value);
    }
    ts.forEachChild(node, visit);
  };
  const property = (object, name) => object.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)?.initializer;
  // A permission declaration ({ id, description, defaultRoles }) and a plugin's own description
  // (definePlugin({ … description … })): the API returns both (roles matrix, plugins page).
  const describes = (object) => {
    if (!property(object, 'description')) return false;
    if (property(object, 'id') && property(object, 'defaultRoles')) return true;
    const call = object.parent;
    return !!call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'definePlugin';
  };
  const validatorMessage = (node) => {
    if (node.name.text === 'defaultMessage') return true;
    if (node.name.text !== 'message') return false;
    // A field problem's or refusal's `message: `…${x}…`` anywhere cannot be looked up: it must be msg-tagged.
    if (ts.isTemplateExpression(node.initializer)) return true;
    for (let up = node.parent; up; up = up.parent) if (ts.isDecorator(up)) return true;
    return false;
  };
  visit(source);
  return found;
}

/** The keys of a catalog file (`export const … = { 'English': '中文', … }`), with their lines. */
export function catalogKeys(path, text = readFileSync(path, 'utf8')) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const keys = new Map();
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && (ts.isStringLiteral(node.name) || ts.isNoSubstitutionTemplateLiteral(node.name) || ts.isIdentifier(node.name))) {
      keys.set(node.name.text, source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

/** Problems ("file:line: …") for the covered roots under repoRoot. */
export function checkMessages(repoRoot, covered = COVERED) {
  const problems = [];
  for (const { root, catalog } of covered) {
    let keys;
    try {
      keys = catalogKeys(join(repoRoot, catalog));
    } catch {
      problems.push(`${catalog}: the zh-CN catalog is missing`);
      continue;
    }
    const used = new Set();
    for (const file of sourceFiles(join(repoRoot, root))) {
      const rel = relative(repoRoot, file);
      for (const m of messagesIn(file)) {
        if (m.plain) problems.push(`${rel}:${m.line}: a message built with a plain template cannot be translated: tag it msg\`…\``);
        else if (!keys.has(m.id)) problems.push(`${rel}:${m.line}: no zh-CN translation for "${m.id}"`);
        else used.add(m.id);
      }
    }
    for (const [key, line] of keys) if (!used.has(key)) problems.push(`${catalog}:${line}: stale zh-CN entry "${key}" (no message uses it)`);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const problems = checkMessages(repoRoot);
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`\n${problems.length} API message problem(s): add the zh-CN entries (English text → 中文, values as {0}, {1}…).`);
    process.exit(1);
  }
  console.log(`API messages: every message in ${COVERED.map((c) => c.root).join(', ')} has a zh-CN translation`);
}
