import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { count, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const OUTPUT = 'id kind title venue status date url canEdit authors { id } knowledgeItem { id kind title reference }';
const BUDGET = 'person { id } year allocated { amount currency } spent { amount currency } remaining { amount currency } expenses { conference date amount { amount currency } note recordedBy { id } }';
const YEAR = new Date().getUTCFullYear();

describe('research support: outputs and conference budgets', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('seeds publications and patents linked to the knowledge base', async () => {
    const { researchOutputs } = await employee.data(`{ researchOutputs { ${OUTPUT} } }`);
    expect(researchOutputs.length).toBe(10);
    expect(researchOutputs.every((o: { knowledgeItem: { title: string } | null; title: string }) => o.knowledgeItem?.title === o.title)).toBe(true);
    expect(researchOutputs.every((o: { kind: string; knowledgeItem: { kind: string } }) => (o.kind === 'PATENT') === (o.knowledgeItem.kind === 'patent'))).toBe(true);
    const patents = (await employee.data('{ researchOutputs(kind: PATENT) { kind } }')).researchOutputs;
    expect(patents.every((o: { kind: string }) => o.kind === 'PATENT')).toBe(true);
  });

  it('records a publication from a knowledge paper, refusing drafts, other kinds and strangers', async () => {
    const paper = (await employee.data(`mutation { createKnowledgeItem(input: { kind: PAPER, title: "Elastic checkpointing", body: "x", visibility: TENANT, authorIds: ["${ids.employee}", "${ids['tang.yu']}"], reference: "arXiv:2611.00042" }) { id } }`)).createKnowledgeItem;
    const create = `mutation($i: CreateResearchOutputInput!) { createResearchOutput(input: $i) { ${OUTPUT} } }`;
    const out = (await employee.data(create, { i: { kind: 'PUBLICATION', venue: 'MLSys 2027', status: 'SUBMITTED', date: '2026-11-01', knowledgeItemId: paper.id } })).createResearchOutput;
    expect(out).toMatchObject({ title: 'Elastic checkpointing', venue: 'MLSys 2027', status: 'SUBMITTED', canEdit: true, knowledgeItem: { id: paper.id, kind: 'paper', reference: 'arXiv:2611.00042' } });
    expect(out.authors.map((a: { id: string }) => a.id)).toEqual([ids.employee, ids['tang.yu']]);
    const draft = (await employee.data('mutation { createKnowledgeItem(input: { kind: PAPER, title: "Unpublished", body: "x" }) { id } }')).createKnowledgeItem;
    const blog = (await employee.data('mutation { createKnowledgeItem(input: { kind: TECH_BLOG, title: "A blog", body: "x", visibility: TENANT }) { id } }')).createKnowledgeItem;
    const unit = (await employee.data('mutation { createKnowledgeItem(input: { kind: PAPER, title: "Unit paper", body: "x", visibility: UNIT }) { id } }')).createKnowledgeItem;
    const before = await count(server, 'development_research_outputs');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'PUBLICATION', knowledgeItemId: draft.id }, 'input.knowledgeItemId'],
      [{ kind: 'PUBLICATION', knowledgeItemId: unit.id }, 'input.knowledgeItemId'],
      [{ kind: 'PUBLICATION', knowledgeItemId: blog.id }, 'input.knowledgeItemId'],
      [{ kind: 'PATENT', knowledgeItemId: paper.id }, 'input.knowledgeItemId'],
      [{ kind: 'PATENT', title: 'x', status: 'ACCEPTED' }, 'input.status'],
      [{ kind: 'PUBLICATION' }, 'input.title'],
      [{ kind: 'PUBLICATION', title: 'x', authorIds: ['nobody'] }, 'input.authorIds'],
      [{ kind: 'PUBLICATION', title: 'x', url: 'javascript:alert(1)' }, 'input.url'],
      [{ kind: 'PUBLICATION', title: 'x', date: '2026-13-01' }, 'input.date'],
    ];
    for (const [i, field] of cases) expect((await employee.request(create, { i })).errors?.[0].extensions?.field, field).toBe(field);
    expect((await employee.request(create, { i: { kind: 'PUBLICATION', title: 'Not mine', authorIds: [ids['guo.ting']] } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count(server, 'development_research_outputs')).toBe(before);
    // Authors and research admins update it; others may not.
    const upd = `mutation($id: ID!, $i: UpdateResearchOutputInput!) { updateResearchOutput(id: $id, input: $i) { status venue } }`;
    expect((await employee.data(upd, { id: out.id, i: { status: 'ACCEPTED' } })).updateResearchOutput.status).toBe('ACCEPTED');
    expect((await manager.request(upd, { id: out.id, i: { status: 'PUBLISHED' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data(upd, { id: out.id, i: { status: 'PUBLISHED', venue: 'MLSys 2027 (oral)' } })).updateResearchOutput).toEqual({ status: 'PUBLISHED', venue: 'MLSys 2027 (oral)' });
    const mine = (await manager.data('query($p: ID) { researchOutputs(personId: $p) { id } }', { p: ids.employee })).researchOutputs;
    expect(mine.map((o: { id: string }) => o.id)).toContain(out.id);
    expect((await hr.request('{ researchOutputs(year: 1900) { id } }')).errors?.[0].extensions?.field).toBe('year');
  });

  it('shows a conference budget to the person, their managers and hr', async () => {
    const q = `query($p: ID!, $y: Int!) { conferenceBudget(personId: $p, year: $y) { ${BUDGET} } }`;
    const own = (await employee.data(q, { p: ids.employee, y: YEAR })).conferenceBudget;
    expect(own).toMatchObject({ year: YEAR, allocated: { amount: 1_000_000, currency: 'CNY' }, spent: { amount: 320_000, currency: 'CNY' }, remaining: { amount: 680_000, currency: 'CNY' } });
    expect(own.expenses).toEqual([{ conference: 'MLSys', date: `${YEAR}-02-20`, amount: { amount: 320_000, currency: 'CNY' }, note: 'Registration', recordedBy: { id: ids.hr } }]);
    expect((await manager.data(q, { p: ids.employee, y: YEAR })).conferenceBudget.remaining.amount).toBe(680_000);
    expect((await employee.request(q, { p: ids['alex.novak'], y: YEAR })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await manager.request(q, { p: ids['huang.lei'], y: YEAR })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data(q, { p: ids['huang.lei'], y: YEAR })).conferenceBudget.spent.amount).toBe(1_250_000);
    const none = (await employee.data(q, { p: ids.employee, y: 2030 })).conferenceBudget;
    expect(none).toMatchObject({ allocated: null, spent: { amount: 0 }, remaining: { amount: 0 }, expenses: [] });
    const list = async (c: GraphQLClient) => (await c.data('query($y: Int!) { conferenceBudgets(year: $y) { person { id } } }', { y: YEAR })).conferenceBudgets.map((b: { person: { id: string } }) => b.person.id);
    expect(await list(employee)).toEqual([ids.employee]);
    expect((await list(manager)).sort()).toEqual([ids.employee, ids['alex.novak'], ids['han.xue'], ids['tang.yu'], ids['lucas.silva'], ids['yuan.shuai']].sort());
    expect((await list(hr)).length).toBeGreaterThan(20);
  });

  it('records expenses within the remaining budget only, in its currency, with nothing written otherwise', async () => {
    const rec = `mutation($i: ConferenceExpenseInput!) { recordConferenceExpense(input: $i) { ${BUDGET} } }`;
    const ok = (await employee.data(rec, { i: { personId: ids.employee, conference: 'NeurIPS', date: `${YEAR}-12-01`, amount: { amount: 600_000, currency: 'CNY' }, note: 'Flights' } })).recordConferenceExpense;
    expect(ok.remaining).toEqual({ amount: 80_000, currency: 'CNY' });
    expect(ok.expenses.at(-1)).toMatchObject({ conference: 'NeurIPS', recordedBy: { id: ids.employee } });
    const before = await count(server, 'development_conference_expenses');
    const over = await employee.request(rec, { i: { personId: ids.employee, conference: 'ICML', date: `${YEAR}-12-05`, amount: { amount: 80_001, currency: 'CNY' } } });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.amount.amount' });
    expect(over.errors?.[0].message).toBe(`Only CNY 800.00 remain in the ${YEAR} budget`); // money for people, not "80000 CNY (minor units)"
    const usd = await employee.request(rec, { i: { personId: ids.employee, conference: 'ICML', date: `${YEAR}-12-05`, amount: { amount: 100, currency: 'USD' } } });
    expect(usd.errors?.[0].extensions?.field).toBe('input.amount.currency');
    const noBudget = await employee.request(rec, { i: { personId: ids.employee, conference: 'ICML', date: '2030-01-05', amount: { amount: 100, currency: 'CNY' } } });
    expect(noBudget.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.date' });
    const fractional = await employee.request(rec, { i: { personId: ids.employee, conference: 'ICML', date: `${YEAR}-12-05`, amount: { amount: 10.5, currency: 'CNY' } } });
    expect(fractional.errors?.[0].extensions?.field).toBe('input.amount.amount');
    expect((await employee.request(rec, { i: { personId: ids['alex.novak'], conference: 'x', date: `${YEAR}-12-05`, amount: { amount: 1, currency: 'CNY' } } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count(server, 'development_conference_expenses')).toBe(before);
  });

  it('lets hr set budgets (never below what was spent) with the change in the audit log', async () => {
    const set = `mutation($p: ID!, $y: Int!, $a: DevelopmentMoneyInput!) { setConferenceBudget(personId: $p, year: $y, amount: $a) { allocated { amount } remaining { amount } } }`;
    expect((await hr.data(set, { p: ids.employee, y: YEAR, a: { amount: 1_500_000, currency: 'CNY' } })).setConferenceBudget).toEqual({ allocated: { amount: 1_500_000 }, remaining: { amount: 580_000 } });
    const below = await hr.request(set, { p: ids.employee, y: YEAR, a: { amount: 900_000, currency: 'CNY' } });
    expect(below.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'amount.amount' });
    expect(below.errors?.[0].message).toBe('The budget cannot go below what was already spent (CNY 9,200.00)');
    expect((await hr.data(set, { p: ids['lucas.silva'], y: YEAR + 1, a: { amount: 500_000, currency: 'CNY' } })).setConferenceBudget.allocated.amount).toBe(500_000);
    expect((await manager.request(set, { p: ids.employee, y: YEAR, a: { amount: 1, currency: 'CNY' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.request(set, { p: ids.employee, y: 1999, a: { amount: 1, currency: 'CNY' } })).errors?.[0].extensions?.field).toBe('year');
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "setConferenceBudget" }) { nodes { before after } } }');
    const change = auditLog.nodes.find((n: { before: string | null }) => n.before);
    expect(JSON.parse(change.before)).toEqual({ amount: 1_000_000, currency: 'CNY' });
    expect(JSON.parse(change.after)).toEqual({ amount: 1_500_000, currency: 'CNY' });
  });
});
