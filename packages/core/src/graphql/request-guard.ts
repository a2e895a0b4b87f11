import { type DocumentNode, type GraphQLSchema, Kind, type ValueNode, visit } from 'graphql';
import { RequestContexts } from '../context/request-context.js';
import { ForbiddenError, UserInputError } from './errors.js';
import { withInputDefaults } from './input-defaults.js';
import { checkQueryCost } from './query-cost.js';
import { msg } from '../i18n/msg.js';

export const INTROSPECT_PERMISSION = 'schema.introspect';

/** What a parsed document says whatever its variables, found in one walk and kept with it (Mercurius reuses the object). */
interface DocumentFacts {
  introspects: boolean;
  nulLiteral: string | undefined;
}
const facts = new WeakMap<DocumentNode, DocumentFacts>();

function factsOf(document: DocumentNode): DocumentFacts {
  let known = facts.get(document);
  if (known) return known;
  known = { introspects: false, nulLiteral: undefined };
  const found = known;
  visit(document, {
    [Kind.FIELD]: (node) => void ((node.name.value === '__schema' || node.name.value === '__type') && (found.introspects = true)),
    [Kind.ARGUMENT]: (node) => void (found.nulLiteral ??= nulInLiteral(node.value, node.name.value)),
  });
  facts.set(document, known);
  return known;
}

/** The path of the first string in a variable value that holds U+0000, if any. */
export function nulInValue(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = nulInValue(v, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The path of the first string literal in an argument that holds U+0000, if any. */
function nulInLiteral(node: ValueNode, path: string): string | undefined {
  if (node.kind === Kind.STRING) return node.value.includes('\u0000') ? path : undefined;
  if (node.kind === Kind.LIST) return node.values.map((v, i) => nulInLiteral(v, `${path}.${i}`)).find(Boolean);
  if (node.kind === Kind.OBJECT) return node.fields.map((f) => nulInLiteral(f.value, `${path}.${f.name.value}`)).find(Boolean);
  return undefined;
}

/**
 * PostgreSQL text cannot hold U+0000 (SQLite can): a search or a name with one failed in the
 * database as INTERNAL_SERVER_ERROR. No field needs it, so it is refused up front, naming where.
 */
function refuseNul(document: DocumentNode, variables: Record<string, unknown>): void {
  const found = Object.entries(variables).map(([name, value]) => nulInValue(value, name)).find(Boolean) ?? factsOf(document).nulLiteral;
  if (found) throw new UserInputError(found, 'must not contain the NUL character (U+0000)');
}

/**
 * Runs before every operation executes (Mercurius' preExecution hook, after its cached parse and
 * validation): refuses a request over the cost budget, strings holding U+0000 and, in
 * production, introspection by anyone without the permission to read the schema.
 */
export function guardRequest(production: boolean) {
  return async (schema: GraphQLSchema, document: DocumentNode, context: { reply?: { request?: { body?: unknown } } }, variables?: Record<string, unknown>) => {
    if (production && factsOf(document).introspects && !RequestContexts.current()?.permissions.has(INTROSPECT_PERMISSION)) {
      throw new ForbiddenError(msg`Introspection needs a signed-in account with the permission ${INTROSPECT_PERMISSION}`);
    }
    const body = context.reply?.request?.body as { operationName?: string } | undefined;
    checkQueryCost(schema, document, variables ?? {}, body?.operationName ?? undefined);
    refuseNul(document, variables ?? {});
    const filled = withInputDefaults(schema, document, variables ?? {}, body?.operationName ?? undefined);
    return filled ? { variables: filled } : undefined;
  };
}
