import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, killAll, start, type CadreProcess, type TestDatabase } from '../support/cadre-process.js';
import { LoadClient, type GqlAnswer } from '../support/load-client.js';

// Many people at once on one server process: every answer is a success or an expected refusal
// (CONFLICT, BAD_USER_INPUT), never an internal error, and no acknowledged write is lost.

const codes = (answers: GqlAnswer[]) => answers.map((a) => a.transportError ?? a.errors?.[0]?.extensions?.code ?? 'OK');
const count = (answers: GqlAnswer[], code: string) => codes(answers).filter((c) => c === code).length;

describe(`concurrent writes on one server (${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let server: CadreProcess;
  let api: LoadClient;
  let hr: string;
  let owner: string;
  let people: Array<{ id: string; email: string; managerId: string | null }>;

  beforeAll(async () => {
    db = await createDatabase();
    server = await start(db);
    api = new LoadClient(server.url, 64);
    [hr, owner] = await Promise.all([api.login('hr@demo.local'), api.login('owner@demo.local')]);
    people = (await api.data('{ people(first: 200) { nodes { id email managerId } } }', {}, hr)).people.nodes;
  });
  afterAll(async () => {
    api?.close();
    await killAll();
    await db?.drop();
  });

  it('loses no update when 64 people edit one person at once, and audits each change against the state it replaced', { timeout: 60_000 }, async () => {
    const target = people.find((p) => p.email === 'employee@demo.local')!;
    const update = 'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }';
    const titles = Array.from({ length: 63 }, (_, i) => ({ title: `Research Engineer ${i}` }));
    const inputs = [...titles.slice(0, 31), { location: 'Hangzhou (moved)' }, ...titles.slice(31)];
    const answers = await Promise.all(inputs.map((input) => api.gql(update, { id: target.id, input }, hr)));
    expect(codes(answers).filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);

    const { person } = await api.data('query($id: ID!) { person(id: $id) { title location } }', { id: target.id }, hr);
    const locationAnswer = answers[31];
    if (!locationAnswer.errors) expect(person.location).toBe('Hangzhou (moved)');
    const acknowledgedTitles = inputs.filter((input, i) => 'title' in input && !answers[i].errors).map((input) => (input as { title: string }).title);
    expect(acknowledgedTitles).toContain(person.title);

    const log = (await api.data('query($t: String) { auditLog(filter: { targetId: $t, operation: "updatePerson" }, first: 200) { nodes { before after } } }', { t: target.id }, owner)).auditLog.nodes;
    expect(log).toHaveLength(answers.filter((a) => !a.errors).length);
    // Applied one after another, each title change replaces a different title: no two saw the same "before".
    const befores = log.map((e: { before: string }) => JSON.parse(e.before ?? '{}').title).filter(Boolean);
    expect(new Set(befores).size).toBe(befores.length);
  });

  it('never lets two opposite manager changes make a reporting loop', { timeout: 60_000 }, async () => {
    const leaves = people.filter((p) => p.managerId && !people.some((q) => q.managerId === p.id)).slice(0, 20);
    expect(leaves).toHaveLength(20);
    const update = 'mutation($id: ID!, $m: String!) { updatePerson(id: $id, input: { managerId: $m }) { id managerId } }';
    const pairs = Array.from({ length: 10 }, (_, i) => [leaves[2 * i], leaves[2 * i + 1]] as const);
    const answers = await Promise.all(pairs.flatMap(([x, y]) => [api.gql(update, { id: x.id, m: y.id }, hr), api.gql(update, { id: y.id, m: x.id }, hr)]));
    expect(codes(answers).filter((c) => c !== 'OK' && c !== 'BAD_USER_INPUT' && c !== 'CONFLICT')).toEqual([]);

    const after = (await api.data('{ people(first: 200) { nodes { id managerId } } }', {}, hr)).people.nodes as Array<{ id: string; managerId: string | null }>;
    const managerOf = new Map(after.map((p) => [p.id, p.managerId]));
    for (const p of after) {
      const seen = new Set<string>([p.id]);
      for (let m = managerOf.get(p.id); m; m = managerOf.get(m)) {
        expect(seen.has(m), `reporting loop through ${p.id}`).toBe(false);
        seen.add(m);
      }
    }
    // In each pair exactly one change wins; the other is refused as a loop.
    for (let i = 0; i < pairs.length; i++) expect(codes([answers[2 * i], answers[2 * i + 1]]).filter((c) => c === 'OK')).toHaveLength(1);
  });

  describe('bonus pools', () => {
    let cycleId: string;
    const create = async (name: string) =>
      (await api.data('mutation($c: ID!, $n: String!) { createBonusPool(input: { cycleId: $c, name: $n, amount: 100000000, currency: "CNY", weightRule: "salary-target-percent", defaultTarget: 10 }) { id } }', { c: cycleId, n: name }, hr)).createBonusPool.id as string;
    const versions = async (poolId: string) => (await api.data('query($p: ID!) { bonusPoolVersions(poolId: $p) { version status } }', { p: poolId }, hr)).bonusPoolVersions as Array<{ version: number; status: string }>;

    beforeAll(async () => {
      cycleId = (await api.data('{ reviewCycles { id name } }', {}, hr)).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
    });

    it('allocates one pool 32 times at once and keeps exactly one draft, numbered without gaps', { timeout: 60_000 }, async () => {
      const poolId = await create('Race: 32 allocations');
      const answers = await Promise.all(Array.from({ length: 32 }, () => api.gql('mutation($id: ID!) { allocateBonusPool(id: $id) { id } }', { id: poolId }, hr)));
      expect(codes(answers).filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
      const rows = await versions(poolId);
      expect(rows.filter((v) => v.status === 'draft')).toHaveLength(1);
      const numbers = rows.map((v) => v.version).sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('approves a pool once while others allocate it, and the approved allocation is the one that stays', { timeout: 60_000 }, async () => {
      const poolId = await create('Race: approve vs allocate');
      const ops = Array.from({ length: 32 }, (_, i) => (i % 2 ? 'approveBonusPool' : 'allocateBonusPool'));
      const answers = await Promise.all(ops.map((op) => api.gql(`mutation($id: ID!) { ${op}(id: $id) { id status } }`, { id: poolId }, hr)));
      expect(codes(answers).filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
      const approvals = answers.filter((a, i) => ops[i] === 'approveBonusPool' && !a.errors);
      expect(approvals).toHaveLength(1);
      const { bonusPool } = await api.data('query($id: ID!) { bonusPool(id: $id) { status currentVersion { version status } } }', { id: poolId }, hr);
      expect(bonusPool.status).toBe('approved');
      expect((await versions(poolId)).filter((v) => v.status === 'draft')).toHaveLength(1);
      // Once approved, the pool refuses to be re-allocated or approved again.
      expect(count(answers, 'CONFLICT')).toBeGreaterThanOrEqual(15);
    });
  });
});
