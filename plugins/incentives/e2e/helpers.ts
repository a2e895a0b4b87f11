import type { GraphQLClient, TestServer } from '@cadre/sdk/testing';

export type Client = GraphQLClient;

/** Demo people by email prefix (owner, hr, manager, employee, kevin.wu, …). */
export async function demoPeople(server: TestServer): Promise<{ byEmail: (prefix: string) => { id: string; name: string; managerId: string | null; level: string }; all: Array<{ id: string; name: string; email: string; managerId: string | null; level: string }> }> {
  const owner = await server.loginAs('owner');
  const { people } = await owner.data('{ people(first: 200) { nodes { id name email managerId level } } }');
  const all = people.nodes;
  return {
    all,
    byEmail: (prefix: string) => {
      const p = all.find((n: { email: string }) => n.email === `${prefix}@demo.local`);
      if (!p) throw new Error(`no demo person ${prefix}`);
      return p;
    },
  };
}

export const CRITERIA = '[{ key: "impact", name: "Technical impact", weight: 2 }, { key: "collab", name: "Collaboration", weight: 1 }]';

/** Creates a draft cycle through the API and returns its id. */
export async function createCycle(hr: Client, participantIds: string[], extra = ''): Promise<string> {
  const { createReviewCycle } = await hr.data(
    `mutation($ids: [ID!]) { createReviewCycle(input: { name: "Test cycle", periodStart: "2026-07-01", periodEnd: "2026-12-31", criteria: ${CRITERIA}, participantIds: $ids ${extra} }) { id } }`,
    { ids: participantIds },
  );
  return createReviewCycle.id;
}

export async function submit(client: Client, reviewId: string, impact: number, collab: number, comment?: string) {
  return client.request(
    'mutation($id: ID!, $i: Float!, $c: Float!, $comment: String) { submitReview(input: { reviewId: $id, ratings: [{ criterionKey: "impact", rating: $i }, { criterionKey: "collab", rating: $c }], comment: $comment }) { id status score reviewerId } }',
    { id: reviewId, i: impact, c: collab, comment },
  );
}

/** The caller's pending task for a reviewee and kind. */
export async function taskFor(client: Client, cycleId: string, revieweeId: string, kind: string): Promise<string> {
  const { myReviewTasks } = await client.data('query($c: ID) { myReviewTasks(cycleId: $c) { id revieweeId kind status } }', { c: cycleId });
  const task = myReviewTasks.find((t: { revieweeId: string; kind: string }) => t.revieweeId === revieweeId && t.kind === kind);
  if (!task) throw new Error(`no ${kind} task for ${revieweeId}`);
  return task.id;
}

interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}
interface IntrospectedField {
  name: string;
  args: Array<{ name: string; type: IntrospectedType; defaultValue: string | null }>;
  type: IntrospectedType;
}

const TYPE = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

/** Minimal valid documents for the named operations, built from the live schema (like the core's probe). */
export async function probeDocuments(client: Client, names: string[]): Promise<Map<string, string>> {
  const { __schema } = await client.data(`{ __schema {
    queryType { fields { name args { name defaultValue type { ${TYPE} } } type { ${TYPE} } } }
    mutationType { fields { name args { name defaultValue type { ${TYPE} } } type { ${TYPE} } } }
    types { name kind inputFields { name defaultValue type { ${TYPE} } } }
  } }`);
  const inputs = new Map<string, Array<{ name: string; defaultValue: string | null; type: IntrospectedType }>>(
    __schema.types.filter((t: { kind: string }) => t.kind === 'INPUT_OBJECT').map((t: { name: string; inputFields: [] }) => [t.name, t.inputFields]),
  );
  const literal = (type: IntrospectedType): string => {
    if (type.kind === 'NON_NULL') return literal(type.ofType!);
    if (type.kind === 'LIST') return '[]';
    if (type.kind === 'INPUT_OBJECT') {
      const fields = inputs.get(type.name!)!.filter((f) => f.type.kind === 'NON_NULL' && f.defaultValue === null);
      return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
    }
    return ({ Int: '1', Float: '1', Boolean: 'false' } as Record<string, string>)[type.name!] ?? '"x"';
  };
  const named = (t: IntrospectedType): IntrospectedType => (t.ofType ? named(t.ofType) : t);
  const docs = new Map<string, string>();
  for (const [kind, root] of [['query', __schema.queryType], ['mutation', __schema.mutationType]] as const) {
    for (const field of root.fields as IntrospectedField[]) {
      if (!names.includes(field.name)) continue;
      const required = field.args.filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null);
      const args = required.length ? `(${required.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
      const selection = named(field.type).kind === 'OBJECT' ? ' { __typename }' : '';
      docs.set(field.name, `${kind} { ${field.name}${args}${selection} }`);
    }
  }
  return docs;
}

export const QUERIES = [
  'reviewCycles', 'reviewCycle', 'reviewCycleParticipants', 'cycleReviews', 'cycleReviewsPage', 'calibrationView', 'scoreCalibrations', 'bonusPools', 'bonusPoolsPage', 'bonusPool',
  'bonusPoolInputs', 'bonusAllocations', 'bonusAllocationsPage', 'bonusPoolVersions', 'bonusAllocationDiff', 'compareBonusScenarios', 'meritMatrices', 'meritMatrix',
  'meritIncreases', 'awards', 'award', 'equityGrants', 'equityGrant',
];
export const SIGNED_IN_QUERIES = ['myReviewTasks', 'myReview', 'myBonus'];
export const MUTATIONS = [
  'createReviewCycle', 'updateReviewCycle', 'setReviewCycleBands', 'openReviewCycle', 'startReviewCycleCalibration', 'finaliseReviewCycle', 'submitReview',
  'assignReviewers', 'removeReviewAssignment', 'calibrateScore', 'setPotential', 'createBonusPool', 'updateBonusPool', 'allocateBonusPool', 'createBonusScenario',
  'deleteBonusScenario', 'applyBonusScenario', 'approveBonusPool', 'reopenBonusPool', 'publishBonusPool', 'createMeritMatrix', 'updateMeritMatrix',
  'computeMeritIncreases', 'approveMeritMatrix', 'nominateAward', 'approveAward', 'rejectAward', 'payAward', 'createEquityGrant', 'approveEquityGrant', 'cancelEquityGrant',
];

/** Every row of every table of the test database, as JSON text (for "no row links X and Y" checks). */
export async function everyRow(server: TestServer): Promise<Array<{ table: string; text: string }>> {
  const ds = server.app.dataSource;
  const pg = ds.options.type === 'postgres';
  const tables: Array<{ name: string }> = await ds.query(pg
    ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
    : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  const out: Array<{ table: string; text: string }> = [];
  for (const { name } of tables) {
    const rows: unknown[] = await ds.query(`SELECT * FROM "${name}"`);
    for (const row of rows) out.push({ table: name, text: JSON.stringify(row) });
  }
  return out;
}

/**
 * Every object in a GraphQL answer that holds `content` in one of its own fields (a string, or a
 * list of strings) — the review or aggregate row it belongs to — as JSON text.
 */
export function rowsHolding(answer: unknown, content: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const own = Object.values(node).some((v) => (typeof v === 'string' && v.includes(content)) || (Array.isArray(v) && v.some((x) => typeof x === 'string' && x.includes(content))));
    if (own) found.push(JSON.stringify(node));
    Object.values(node).forEach(walk);
  };
  walk(answer);
  return found;
}
