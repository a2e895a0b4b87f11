import type { GraphQLClient, GraphQLResult } from '@cadre/core/testing';
import { type GqlSchema, type GqlType, fieldsOf, isObject, unwrap } from './schema.js';

/** A field whose value only holders of `permission`, its subject and their management chain may see. */
export interface SensitiveFieldInfo { type: string; field: string; permission: string }

/**
 * The sensitive fields of the live schema, found by behaviour rather than by a list: every field
 * resolver is called outside any request (no viewer at all). Plain fields answer; fields behind
 * a permission guard answer UNAUTHENTICATED; the fields that @SensitiveField (core) or a plugin's
 * own variant of it (attraction's SensitiveToAny) protect refuse with FORBIDDEN, naming the
 * permission ("… holders of people.compensation.read"). A new sensitive field is probed as soon
 * as it exists.
 */
export async function discoverSensitiveFields(schema: GqlSchema): Promise<Map<string, SensitiveFieldInfo>> {
  const found = new Map<string, SensitiveFieldInfo>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObject(type) || type.name!.startsWith('__') || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const field of fieldsOf(type) as Array<{ name: string; resolve?: (...args: unknown[]) => unknown }>) {
      try {
        await field.resolve?.({}, {}, {}, { fieldName: field.name, parentType: type, path: { key: field.name } });
      } catch (error) {
        const { code, message } = error as { code?: string; message?: string };
        if (code !== 'FORBIDDEN') continue;
        const permission = /holders of ([\w.-]+)/.exec(message ?? '')?.[1];
        found.set(`${type.name}.${field.name}`, { type: type.name!, field: field.name, permission: permission ?? '?' });
      }
    }
  }
  return found;
}

/** Who is looking: their permissions, their person and everyone below them. */
export interface Viewer { role: string; client: GraphQLClient; permissions: Set<string>; personId: string | null; reports: Set<string>; authored: Set<string> }

export function reportsOf(personId: string | null, managerOf: Map<string, string | null>): Set<string> {
  const reports = new Set<string>();
  if (!personId) return reports;
  for (const id of managerOf.keys()) {
    for (let m = managerOf.get(id), hops = 0; m && hops < 100; m = managerOf.get(m), hops++) if (m === personId) reports.add(id);
  }
  return reports;
}

/**
 * Whose a row is. Most rows name their person (`personId`, `revieweeId`, `person { id }`); a
 * person is its own subject; an offer concerns the requisition's hiring manager and the hired
 * person; a 9-box cell everyone in it; a merit matrix's budget nobody (company-wide).
 * Undefined when the row names nobody: the suite reports it rather than guessing.
 */
export const SELF = '<the viewer>';

export function subjectsOf(typename: string, row: Record<string, unknown>): string[] | undefined {
  if (/^(Person|OrgPerson|DevelopmentPerson|KnowledgePerson)$/.test(typename)) return [row.id as string];
  if (typename === 'AttractionOffer') return [row.hiringManagerId, row.hiredPersonId].filter((s): s is string => typeof s === 'string');
  if (typename === 'IncentivesMeritMatrix') return [];
  if (typename === 'IncentivesNineBoxCell') return row.personIds as string[];
  // "My" answers (myBonus, myReview) name nobody: they are about the viewer by construction.
  if (/^IncentivesMy/.test(typename)) return [SELF];
  const own = row.personId ?? row.revieweeId ?? (row.person as { id?: string } | undefined)?.id;
  return typeof own === 'string' ? [own] : undefined;
}

/**
 * Rows whose content is personal but not a sensitive field: the service decides which rows a
 * viewer gets, so the probe checks every listed row is the viewer's own, in their chain, written
 * by them (reviews), or that the viewer holds `permission`.
 */
export const PERSONAL_ROWS: Record<string, { permission: string; why: string }> = {
  IncentivesReview: { permission: 'incentives.reviews.read-all', why: 'ratings, comments and score of one review' },
  IncentivesNineBoxCell: { permission: 'incentives.reviews.read-all', why: "the people in a cell give away each one's performance and potential" },
  IncentivesAllocationDiffRow: { permission: 'incentives.pools.read', why: 'bonus before/after and score per person' },
  IncentivesScenarioRow: { permission: 'incentives.pools.read', why: 'bonus amounts and score per person' },
  IncentivesPoolInputRow: { permission: 'incentives.pools.read', why: 'weight, score, floor and cap per person' },
  IncentivesEquityGrant: { permission: 'incentives.comp.read-all', why: 'that a grant exists, its kind, dates and vesting ("otherwise yourself and your chain")' },
  IncentivesMeritIncrease: { permission: 'incentives.comp.read-all', why: 'a raise and its note ("otherwise yourself and your chain")' },
  IncentivesParticipant: { permission: 'incentives.reviews.read-all', why: 'a review participant ("otherwise yourself and your chain")' },
  IncentivesAllocation: { permission: 'incentives.pools.read', why: 'a bonus allocation ("others see their own and their chain")' },
  IncentivesMyBonus: { permission: '-', why: "one's own bonus" },
  IncentivesMyReview: { permission: '-', why: "one's own review results" },
  DevelopmentConferenceBudget: { permission: 'development.budgets.manage', why: "a person's conference budget and spending" },
};

export interface Finding { role: string; document: string; problem: string }

/** Every object of an answer, with its path (the same keys and indices GraphQL error paths use). */
export function eachObject(value: unknown, fn: (row: Record<string, unknown>, path: Array<string | number>) => void, path: Array<string | number> = []): void {
  if (Array.isArray(value)) value.forEach((v, i) => eachObject(v, fn, [...path, i]));
  else if (value && typeof value === 'object') {
    const row = value as Record<string, unknown>;
    if (typeof row.__typename === 'string') fn(row, path);
    for (const [k, v] of Object.entries(row)) eachObject(v, fn, [...path, k]);
  }
}

/** What the probes saw: fields given to allowed viewers, refused to others, and types asked for by viewers without the permission. */
export interface Observations { allowed: Set<string>; refused: Set<string>; askedWithout: Set<string> }

/**
 * Checks one answer against the rule of DESIGN.md "Access": a sensitive value reaches holders of
 * its permission, its subject and their management chain, and no one else (who gets null and a
 * FORBIDDEN error at that path); a personal row is listed to no one else.
 */
export function checkAnswer(viewer: Viewer, document: string, result: GraphQLResult<unknown>, sensitive: Map<string, SensitiveFieldInfo>, seen: Observations): Finding[] {
  const findings: Finding[] = [];
  const forbidden = new Set((result.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN' && e.path).map((e) => e.path!.join('/')));
  const mayConcern = (subjects: string[]) => subjects.some((s) => s === viewer.personId || viewer.reports.has(s));
  const report = (problem: string) => findings.push({ role: viewer.role, document, problem });
  eachObject(result.data, (row, path) => {
    const typename = row.__typename as string;
    const subjects = subjectsOf(typename, row)?.map((s) => (s === SELF ? viewer.personId ?? SELF : s));
    for (const info of [...sensitive.values()].filter((s) => s.type === typename && s.field in row)) {
      const key = `${info.type}.${info.field}`;
      if (!subjects) { report(`${key} at ${path.join('.')}: cannot tell whose it is`); continue; }
      const allowed = viewer.permissions.has(info.permission) || mayConcern(subjects);
      const refused = forbidden.has([...path, info.field].join('/'));
      if (!allowed && (row[info.field] !== null || !refused)) report(`${key} of ${subjects.join(',') || 'the company'} reached ${viewer.role}: ${JSON.stringify(row[info.field])}`);
      if (allowed && refused) report(`${key} of ${subjects.join(',')} was withheld from ${viewer.role}, who may see it`);
      (allowed ? seen.allowed : seen.refused).add(key);
    }
    const rule = PERSONAL_ROWS[typename];
    if (rule) {
      if (!subjects) { report(`${typename} at ${path.join('.')}: cannot tell whose it is`); return; }
      const own = subjects.every((s) => s === viewer.personId || viewer.reports.has(s));
      if (!own && !viewer.permissions.has(rule.permission) && !viewer.authored.has(row.id as string)) {
        report(`${typename} (${rule.why}) of ${subjects.join(',')} listed to ${viewer.role}`);
      }
      seen.allowed.add(typename);
    }
  });
  return findings;
}

/** Object types reachable from `type` within `depth` levels of selection. */
export function reachable(type: GqlType, depth: number, into = new Set<string>()): Set<string> {
  const named = unwrap(type);
  if (!isObject(named)) return into;
  into.add(named.name!);
  if (depth > 0) for (const f of fieldsOf(named)) reachable(f.type, depth - 1, into);
  return into;
}
