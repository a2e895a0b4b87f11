import { type DocumentNode, type GraphQLSchema, Kind, visit } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { CadreError } from './errors.js';

// What one request may ask for, counted before anything runs: every field (aliases and
// __typename included) costs 1 plus what it selects, multiplied by the rows it can return.

/** The most a request may cost: the console's heaviest screens (team gap analysis, ladders) cost about a tenth of it. */
export const MAX_COST = 100_000;
/** Aliased fields in one document: enough for any screen, too few to repeat one field thousands of times. */
export const MAX_ALIASES = 50;
/** Rows assumed for a list that takes no page size (a person's reports, a ladder's levels); nested lists multiply. */
export const ASSUMED_LIST_SIZE = 10;

const PAGE_ARGS = ['first', 'last', 'limit', 'take'] as const;

const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (tools, code generators) reads the schema, not data: it costs what it selects.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  const page = PAGE_ARGS.map((name) => args[name]).find((v): v is number => typeof v === 'number' && v >= 0);
  // Read from the printed type ("[Person!]!"): instanceof checks break when two copies of graphql meet.
  const returnsList = String(field.type).replace(/!$/, '').startsWith('[');
  // A connection's `nodes`/`edges` are already counted by the page size of the field above.
  const inConnection = type.name.endsWith('Connection');
  const rows = page ?? (returnsList && !inConnection ? ASSUMED_LIST_SIZE : 1);
  return 1 + childComplexity * Math.max(rows, 1);
};

export class QueryTooCostlyError extends CadreError {
  constructor(message: string, extra: Record<string, unknown>) {
    super('QUERY_TOO_COMPLEX', message, extra);
  }
}

function aliasCount(document: DocumentNode): number {
  let aliases = 0;
  visit(document, { [Kind.FIELD]: (node) => void (node.alias && node.alias.value !== node.name.value && aliases++) });
  return aliases;
}

/**
 * Costs already computed, per parsed document (Mercurius hands the same object to every request
 * of the same text) and per the variables a cost can depend on: numbers (page sizes) and booleans
 * (@include/@skip). Strings — cursors, ids, search terms — never change it.
 */
const costs = new WeakMap<DocumentNode, { aliases: number; byVariables: Map<string, number> }>();
const COSTS_PER_DOCUMENT = 64;

function costKey(value: unknown, path = ''): string {
  if (typeof value === 'number' || typeof value === 'boolean') return `${path}=${value};`;
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => costKey(v, `${path}.${k}`)).join('');
  return '';
}

/** The cost of the operation that will run, with the request's variables. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [estimator] });
}

/** Refuses, before execution, a request over the alias cap or the cost budget. */
export function checkQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = { aliases: aliasCount(document), byVariables: new Map() }));
  const { aliases, byVariables } = known;
  if (aliases > MAX_ALIASES) throw new QueryTooCostlyError(`The query uses ${aliases} aliases; at most ${MAX_ALIASES} are allowed`, { aliases, maxAliases: MAX_ALIASES });
  const key = `${operationName ?? ''}|${costKey(variables)}`;
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, document, variables, operationName);
    if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.clear();
    byVariables.set(key, cost);
  }
  if (cost > MAX_COST) {
    throw new QueryTooCostlyError(`The query would cost ${cost}; at most ${MAX_COST} is allowed (ask for fewer rows or fields, or page through them)`, { cost, maxCost: MAX_COST });
  }
  return cost;
}
