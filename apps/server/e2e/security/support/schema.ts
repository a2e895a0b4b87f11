import type { TestServer } from '@cadre/core/testing';

// The live GraphQL schema of a test server (the one Mercurius executes, in this process), read
// structurally so that the suites need no second copy of graphql-js.

export interface GqlType {
  name?: string;
  ofType?: GqlType;
  getFields?: () => Record<string, GqlField>;
  getInterfaces?: () => unknown[];
  getValues?: () => Array<{ name: string }>;
  toString(): string;
}
export interface GqlArg { name: string; type: GqlType; defaultValue?: unknown }
export interface GqlField { name: string; type: GqlType; args?: GqlArg[]; defaultValue?: unknown; extensions?: Record<string, unknown> }
export interface GqlSchema {
  getQueryType(): GqlType;
  getMutationType(): GqlType;
  getType(name: string): GqlType | undefined;
  getTypeMap(): Record<string, GqlType>;
}

export function liveSchema(server: TestServer): GqlSchema {
  const fastify = server.app.app.getHttpAdapter().getInstance() as unknown as { graphql: { schema: GqlSchema } };
  return fastify.graphql.schema;
}

export const unwrap = (t: GqlType): GqlType => (t.ofType ? unwrap(t.ofType) : t);
export const isNonNull = (t: GqlType) => String(t).endsWith('!');
export const isList = (t: GqlType) => String(t).replace(/!$/, '').startsWith('[');
/** An output object type (input objects have fields but no interfaces). */
export const isObject = (t: GqlType) => Boolean(t.getFields && t.getInterfaces);
export const isInputObject = (t: GqlType) => Boolean(t.getFields && !t.getInterfaces);
export const fieldsOf = (t: GqlType): GqlField[] => Object.values(unwrap(t).getFields?.() ?? {});
export const requiredArgs = (f: GqlField) => (f.args ?? []).filter((a) => isNonNull(a.type) && a.defaultValue === undefined);

/**
 * A selection of every scalar field of `type`, and of its object fields down to `depth` levels,
 * with __typename everywhere (fields that need arguments are left out). `skip` drops fields by
 * "Type.field".
 */
export function selectAll(type: GqlType, depth: number, skip: ReadonlySet<string> = new Set()): string {
  const named = unwrap(type);
  if (!isObject(named)) return '';
  const parts = ['__typename'];
  for (const field of fieldsOf(named)) {
    if (requiredArgs(field).length || skip.has(`${named.name}.${field.name}`)) continue;
    const inner = unwrap(field.type);
    if (!isObject(inner)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selectAll(inner, depth - 1, skip)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Arguments and input fields that carry ids: `id`, `…Id` and `…Ids` (typed ID or String). */
// Identifiers at another system, not rows of Cadre: the OIDC client id is the identity provider's.
// And keys inside one row, not rows themselves: a survey's question ids ("q1", "enps").
const FOREIGN_IDS = new Set(['clientId', 'questionId']);
export const isIdName = (name: string) => name === 'id' || (/[a-z](Id|Ids)$/.test(name) && !FOREIGN_IDS.has(name));

/**
 * Which object type an id argument points at. Tried in order:
 *  1. an explicit alias of the argument's stem (`revieweeId` → Person, `ownerUnitId` → OrgUnit);
 *  2. for a bare `id`: the operation's return type when it has ids (`offer(id)` → AttractionOffer),
 *     else the noun after the verb of the operation (`deletePerson(id)` → Person);
 *  3. for `…Id`: the type named exactly like the stem, else the one type ending with it
 *     (`poolId` → IncentivesBonusPool), preferring the operation's return type when several do.
 * Undefined when nothing fits: the suite then fails naming the argument, so a new kind of id is
 * mapped on purpose rather than skipped.
 */
const STEM_ALIASES: Record<string, string> = {
  reviewee: 'Person', reviewer: 'Person', interviewer: 'Person', referrer: 'Person', hiringManager: 'Person', manager: 'Person',
  lead: 'Person', mentor: 'Person', author: 'Person', speaker: 'Person', attendee: 'Person', invitee: 'Person', participant: 'Person',
  actor: 'Account', target: 'Person', unit: 'OrgUnit', rootUnit: 'OrgUnit', hostUnit: 'OrgUnit', ownerUnit: 'OrgUnit', orgUnit: 'OrgUnit',
  parent: 'OrgUnit', audienceUnit: 'OrgUnit', sourceSkill: 'Skill', targetSkill: 'Skill', band: 'AttractionBand', targetLevel: 'CareerLevel', knowledgeItem: 'KnowledgeItem',
};
const OPERATION_SUBJECTS: Record<string, string> = {
  deleteBonusScenario: 'IncentivesBonusPool', removeReviewAssignment: 'IncentivesReview', deleteCompBand: 'AttractionBand',
  bonusPoolInputs: 'IncentivesBonusPool', knowledgeItemVersions: 'KnowledgeItem',
};

export function idTarget(argName: string, operation: GqlField, known: (type: string) => boolean): string | undefined {
  const stem = argName.replace(/Ids?$/, '');
  if (STEM_ALIASES[stem]) return STEM_ALIASES[stem];
  const returned = unwrap(operation.type).name ?? '';
  if (argName === 'id') {
    if (OPERATION_SUBJECTS[operation.name]) return OPERATION_SUBJECTS[operation.name];
    if (known(returned)) return returned;
    const noun = operation.name.replace(/^[a-z]+/, '');
    if (known(noun)) return noun;
    const nouns = KNOWN_TYPES.filter((t) => t.endsWith(noun) && known(t));
    return nouns.length === 1 ? nouns[0] : undefined;
  }
  const wanted = stem[0].toUpperCase() + stem.slice(1);
  if (known(wanted)) return wanted;
  const candidates = KNOWN_TYPES.filter((t) => t.endsWith(wanted) && known(t));
  if (candidates.length === 1) return candidates[0];
  return candidates.find((t) => t === returned);
}
let KNOWN_TYPES: string[] = [];
export function setKnownTypes(types: string[]): void {
  KNOWN_TYPES = types;
}

/** Whether a value of `type` (named `name`) is or contains an id. */
export function carriesIds(type: GqlType, name: string, seen: ReadonlySet<string> = new Set()): boolean {
  const named = unwrap(type);
  if (isIdName(name) && (named.name === 'ID' || named.name === 'String')) return true;
  if (!isInputObject(named) || seen.has(named.name!)) return false;
  return fieldsOf(named).some((f) => carriesIds(f.type, f.name, new Set([...seen, named.name!])));
}

/** Literal texts for argument paths (`input.kind`) learnt from the server's BAD_USER_INPUT answers. */
export type Patches = Map<string, string>;
const ONE_ELEMENT = '<one element>';

/**
 * A value of `type` that passes validation, for a named argument or input field at `path`:
 * required fields get plausible values (a date for `…date`/`from`/`to`, 2026 for `year`) or the
 * patched one, and every id, required or not, at any depth (lists of inputs included), gets
 * `idFor(name)`.
 */
export interface LiteralOptions {
  patches?: Patches;
  /** Fill optional id fields too (default), or leave them out (a minimal valid input). */
  optionalIds?: boolean;
}

export function literal(type: GqlType, name: string, idFor: (name: string) => string[], path = name, options: LiteralOptions = {}): string {
  const { patches = new Map(), optionalIds = true } = options;
  const named = unwrap(type);
  if (isIdName(name) && (named.name === 'ID' || named.name === 'String')) {
    const ids = idFor(name);
    return isList(type) ? `[${ids.map((id) => JSON.stringify(id)).join(', ')}]` : JSON.stringify(ids[0]);
  }
  const patch = patches.get(path);
  if (patch && patch !== ONE_ELEMENT) return patch;
  if (isList(type)) return (optionalIds && carriesIds(named, '')) || patch === ONE_ELEMENT ? `[${literal(named, name, idFor, path, options)}]` : '[]';
  if (named.getValues) return named.getValues()[0].name;
  if (isInputObject(named)) {
    const fields = fieldsOf(named).filter((f) => (isNonNull(f.type) && f.defaultValue === undefined) || (optionalIds && carriesIds(f.type, f.name)) || [...patches.keys()].some((k) => k === `${path}.${f.name}` || k.startsWith(`${path}.${f.name}.`)));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, f.name, idFor, `${path}.${f.name}`, options)}`).join(', ')} }`;
  }
  switch (named.name) {
    case 'Int': return /year/i.test(name) ? '2026' : '1';
    case 'Float': return '1';
    case 'Boolean': return 'false';
    default:
      if (/date|^from$|^to$|At$|^periodStart$|^periodEnd$/i.test(name)) return '"2026-01-15"';
      if (/email/i.test(name)) return '"someone@example.test"';
      if (/currency/i.test(name)) return '"CNY"';
      return '"x"';
  }
}

/**
 * What to send instead, for a BAD_USER_INPUT about a field that is not an id ("must be one of a,
 * b", "must be a date", "at least 1 elements", "3 to 2000 characters"), so that the probe gets
 * past validation to the id lookup; undefined when the message gives no hint.
 */
export function learnPatch(error: { message: string; extensions?: { field?: string } } | undefined, patches: Patches): boolean {
  const field = error?.extensions?.field?.replace(/\.\d+(?=\.|$)/g, '');
  if (!field || isIdName(field.split('.').pop()!) || patches.has(field) && patches.get(field) !== ONE_ELEMENT) return false;
  const message = error!.message;
  const oneOf = /must be one of ([^;]+?)\s*$/.exec(message)?.[1];
  const length = /(\d+) to \d+ characters/.exec(message)?.[1];
  let value: string | undefined;
  if (oneOf) value = JSON.stringify(oneOf.split(/,\s*|\s+or\s+/)[0].replace(/^['"]|['"]$/g, ''));
  else if (/YYYY-MM-DD/.test(message)) value = '"2026-01-15"';
  else if (/at least (1 element|one )/.test(message) && !patches.has(field)) value = ONE_ELEMENT;
  else if (length) value = JSON.stringify('Probe-9x'.repeat(Math.ceil(Math.max(Number(length), 3) / 8)));
  if (!value) return false;
  patches.set(field, value);
  return true;
}

/** Every id-carrying argument or input field of an operation, as names (`input.personId`). */
export function idPaths(operation: GqlField): string[] {
  const paths: string[] = [];
  const walk = (type: GqlType, path: string, name: string, seen: Set<string>) => {
    const named = unwrap(type);
    if (isIdName(name) && (named.name === 'ID' || named.name === 'String')) paths.push(path);
    else if (isInputObject(named) && !seen.has(named.name!)) {
      for (const f of fieldsOf(named)) walk(f.type, `${path}.${f.name}`, f.name, new Set([...seen, named.name!]));
    }
  };
  for (const arg of operation.args ?? []) walk(arg.type, arg.name, arg.name, new Set());
  return paths;
}

/** A document calling `operation` with its required arguments and every id argument filled, selecting `selection`. */
export interface DocumentOptions extends LiteralOptions {
  /** Levels of objects to select below the operation (selectAll). */
  depth?: number;
  skip?: ReadonlySet<string>;
}

export function operationDocument(kind: 'query' | 'mutation', operation: GqlField, idFor: (name: string) => string[], options: DocumentOptions = {}): string {
  const { depth = 1, skip = new Set(), patches = new Map(), optionalIds = true } = options;
  const args = (operation.args ?? []).filter((a) => (isNonNull(a.type) && a.defaultValue === undefined) || (optionalIds && carriesIds(a.type, a.name)) || [...patches.keys()].some((k) => k === a.name || k.startsWith(`${a.name}.`)));
  const list = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type, a.name, idFor, a.name, options)}`).join(', ')})` : '';
  return `${kind} { ${operation.name}${list} ${selectAll(operation.type, depth, skip)} }`;
}
