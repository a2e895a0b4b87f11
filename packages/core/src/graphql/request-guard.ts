import { type DocumentNode, type GraphQLSchema, Kind, visit } from 'graphql';
import { RequestContexts } from '../context/request-context.js';
import { ForbiddenError } from './errors.js';
import { checkQueryCost } from './query-cost.js';

export const INTROSPECT_PERMISSION = 'schema.introspect';

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, { [Kind.FIELD]: (node) => void ((node.name.value === '__schema' || node.name.value === '__type') && (found = true)) });
  return found;
}

/**
 * Runs before every operation executes (Mercurius' preExecution hook, after its cached parse and
 * validation): refuses a request over the cost budget and, in production, introspection by
 * anyone without the permission to read the schema.
 */
export function guardRequest(production: boolean) {
  return async (schema: GraphQLSchema, document: DocumentNode, context: { reply?: { request?: { body?: unknown } } }, variables?: Record<string, unknown>) => {
    if (production && introspects(document) && !RequestContexts.current()?.permissions.has(INTROSPECT_PERMISSION)) {
      throw new ForbiddenError(`Introspection needs a signed-in account with the permission ${INTROSPECT_PERMISSION}`);
    }
    const body = context.reply?.request?.body as { operationName?: string } | undefined;
    checkQueryCost(schema, document, variables ?? {}, body?.operationName ?? undefined);
  };
}
