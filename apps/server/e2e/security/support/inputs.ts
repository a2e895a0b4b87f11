import type { GraphQLClient } from '@cadre/core/testing';
import { type GqlField, type GqlSchema, type GqlType, type Patches, fieldsOf, idTarget, isIdName, isInputObject, isList, learnPatch, operationDocument, unwrap } from './schema.js';
import type { IdsByType } from './tenant-data.js';

/** Mutations a probe must not run for real (they end sessions or delete rows). */
export const NOT_RUN = /^(delete|remove|login|logout|changePassword|refreshToken)/;

/** The paths of every String argument or input field that is not an id (strings inside lists of inputs are left out). */
export function stringPaths(args: Array<{ name: string; type: GqlType }>, prefix = '', seen = new Set<string>()): string[] {
  return args.flatMap((a) => {
    const named = unwrap(a.type);
    const path = `${prefix}${a.name}`;
    if (named.name === 'String' && !isIdName(a.name)) return [path];
    if (isInputObject(named) && !isList(a.type) && !seen.has(named.name!)) return stringPaths(fieldsOf(named), `${path}.`, new Set([...seen, named.name!]));
    return [];
  });
}

let serial = 0;
/** Every request gets its own email address, so that a repeated create is not refused as a duplicate first. */
export const fresh = (document: string) => document.split('someone@example.test').join(`probe-${++serial}@example.test`);

/** Ids of the tenant's own rows for the id arguments of `op` (the first row of the type each points at). */
export function ownIds(ids: IdsByType, op: GqlField, offsets: ReadonlyMap<string, number> = new Map()): (name: string) => string[] {
  const known = (type: string) => Boolean(ids.get(type)?.length);
  return (name) => {
    const rows = ids.get(idTarget(name, op, known) ?? '') ?? [];
    return [rows[Math.min(offsets.get(name) ?? 0, rows.length - 1)] ?? 'none'];
  };
}

/**
 * For a CONFLICT about an id field (the person already has an active plan, or an account): the
 * tenant's next row of that type is tried instead. Which row comes first depends on the queries
 * that happen to name the type, so the first one may be taken already.
 */
function nextRow(error: { extensions?: { code?: string; field?: string } } | undefined, offsets: Map<string, number>): boolean {
  const name = error?.extensions?.field?.split('.').pop();
  if (error?.extensions?.code !== 'CONFLICT' || !name || !isIdName(name)) return false;
  offsets.set(name, (offsets.get(name) ?? 0) + 1);
  return true;
}

/** A mutation with an input the server accepted, and the mutation document for that input with some fields replaced. */
export interface AcceptedMutation { op: GqlField; patches: Patches; document(replace?: Record<string, string>): string }

/**
 * For each mutation (but those in NOT_RUN) that `select` picks, an input the server accepts,
 * learnt from its BAD_USER_INPUT answers (support/schema.ts learnPatch) with the ids of the
 * tenant's own rows. Each is run once for real: that is the control that the input is valid, so
 * that a refusal of the same input with one field changed is that field's doing.
 */
export async function acceptedMutations(client: GraphQLClient, schema: GqlSchema, ids: IdsByType, select: (op: GqlField) => boolean): Promise<AcceptedMutation[]> {
  const accepted: AcceptedMutation[] = [];
  for (const op of fieldsOf(schema.getMutationType()).filter((m) => !NOT_RUN.test(m.name) && select(m))) {
    const patches: Patches = new Map();
    const offsets = new Map<string, number>();
    const document = (replace: Record<string, string> = {}) =>
      fresh(operationDocument('mutation', op, ownIds(ids, op, offsets), { depth: 0, patches: new Map([...patches, ...Object.entries(replace).map(([k, v]) => [k, JSON.stringify(v)] as const)]), optionalIds: false }));
    for (let i = 0; i < 8; i++) {
      const r = await client.request(document());
      if (!r.errors) {
        accepted.push({ op, patches, document });
        break;
      }
      if (!learnPatch(r.errors[0], patches) && !nextRow(r.errors[0], offsets)) break;
    }
  }
  return accepted;
}
