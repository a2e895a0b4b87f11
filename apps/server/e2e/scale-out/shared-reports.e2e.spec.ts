import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, killAll, start, type TestDatabase } from '../support/cadre-process.js';
import { LoadClient } from '../support/load-client.js';

// Whole-company reports are computed once and shared by every request until the tenant's data
// changes (DataService.shared). A change made through one server must show at once on every
// server: two processes on PostgreSQL, one on SQLite (it allows one process per file).

const ATTRITION = 'query($from: String!, $to: String!) { attritionReport(from: $from, to: $to) { total { leavers voluntary } months { month leavers } } }';
const PAY = 'query($s: String) { personCompPositionsPage(first: 5, filter: { search: $s }) { totalCount nodes { personId base compaRatio } } }';
const COUNT = '{ people(first: 1) { totalCount } }';
const PERSON = '{ people(first: 1, filter: { search: "employee@demo.local" }) { nodes { id name compensation { base currency } } } }';

describe('shared reports stay current across requests and processes', () => {
  let db: TestDatabase;
  const apis: LoadClient[] = [];
  const tokens: string[] = [];
  const month = new Date().toISOString().slice(0, 7);
  const yearAgo = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;

  beforeAll(async () => {
    db = await createDatabase();
    const processes = db.kind === 'postgres' ? 2 : 1;
    for (let i = 0; i < processes; i++) {
      const api = new LoadClient((await start(db)).url, 16);
      apis.push(api);
      tokens.push(await api.login('hr@demo.local'));
    }
  }, 180_000);
  afterAll(async () => {
    for (const api of apis) api.close();
    await killAll();
    await db?.drop();
  });

  const last = () => apis.length - 1;
  const attrition = async (i: number) => (await apis[i].data(ATTRITION, { from: yearAgo, to: month }, tokens[i])).attritionReport;
  const pay = async (i: number, s: string) => (await apis[i].data(PAY, { s }, tokens[i])).personCompPositionsPage;

  it('answers concurrent readers of a cold report alike, and a person added and let go elsewhere shows at once (people count, attrition)', async () => {
    const first = await Promise.all(Array.from({ length: 12 }, () => attrition(0)));
    for (const answer of first) expect(answer).toEqual(first[0]);
    const before = await attrition(last());
    expect(before).toEqual(first[0]);
    const counts = await Promise.all(apis.map(async (api, i) => (await api.data(COUNT, {}, tokens[i])).people.totalCount));

    const hr = tokens[last()];
    const { createPerson } = await apis[last()].data('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name: 'Shared Reader', email: 'shared.reader@demo.local', hireDate: '2023-01-01' } }, hr);
    await apis[last()].data('mutation($id: ID!) { updatePerson(id: $id, input: { status: "terminated", departure: { type: "voluntary" } }) { status } }', { id: createPerson.id }, hr);

    for (let i = 0; i < apis.length; i++) {
      expect((await apis[i].data(COUNT, {}, tokens[i])).people.totalCount).toBe(counts[i] + 1);
      const after = await attrition(i);
      expect(after.total.leavers).toBe(before.total.leavers + 1);
      expect(after.total.voluntary).toBe(before.total.voluntary + 1);
      expect(after.months.at(-1).leavers).toBe(before.months.at(-1).leavers + 1);
    }
  });

  it('shows a pay change made on another server in the Pay positions page at once', async () => {
    const person = (await apis[0].data(PERSON, {}, tokens[0])).people.nodes[0];
    const before = await pay(0, person.name);
    expect(before.nodes.map((n: { personId: string }) => n.personId)).toContain(person.id);
    const row = before.nodes.find((n: { personId: string }) => n.personId === person.id);
    expect(row.base).toBe(person.compensation.base);
    await pay(last(), person.name);

    const base = person.compensation.base * 2;
    await apis[last()].data('mutation($id: ID!, $c: CompensationInput!) { updatePerson(id: $id, input: { compensation: $c }) { id } }', { id: person.id, c: { base, currency: person.compensation.currency } }, tokens[last()]);

    for (let i = 0; i < apis.length; i++) {
      const after = (await pay(i, person.name)).nodes.find((n: { personId: string }) => n.personId === person.id);
      expect(after.base).toBe(base);
      if (row.compaRatio !== null) expect(after.compaRatio).toBeGreaterThan(row.compaRatio);
    }
  });
});
