import { attractionPlugin } from '@cadre/plugin-attraction';
import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople, type Client } from './helpers.js';

describe('calibration views, merit increases, innovation awards and equity grants', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  let kevin: Client;
  let demo: Awaited<ReturnType<typeof demoPeople>>;
  let cycleId: string;

  beforeAll(async () => {
    // attraction too: merit matrices read their salary ranges from its compensation bands.
    server = await createTestServer({ plugins: [attractionPlugin, incentivesPlugin] });
    [hr, manager, employee, kevin] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    demo = await demoPeople(server);
    cycleId = (await hr.data('{ reviewCycles { id } }')).reviewCycles[0].id;
  });
  afterAll(() => server?.close());

  const chain = () => new Set(demo.all.filter((x) => x.managerId === demo.byEmail('manager').id).map((x) => x.id));

  it('gives hr the whole calibration view and a manager only his chain', async () => {
    const VIEW = 'query($c: ID!) { calibrationView(cycleId: $c) { entries { personId teamName level finalScore calibratedScore potential performance band } distribution { lower upper count } byTeam { key label count mean } byLevel { key count mean histogram { count } } bands { band condition coefficient count } nineBox { performance potential count personIds } } }';
    const all = (await hr.data(VIEW, { c: cycleId })).calibrationView;
    expect(all.entries).toHaveLength(60);
    expect(all.distribution.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(60);
    expect(all.bands.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(60);
    expect(all.bands[0]).toMatchObject({ band: 1, condition: 's > 4.5', coefficient: 2 });
    expect(all.nineBox).toHaveLength(9);
    expect(all.nineBox.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(60);
    expect(all.byLevel.find((g: { key: string }) => g.key === 'P5').count).toBe(16);
    expect(all.byTeam.find((g: { label: string }) => g.label.startsWith('高飞 Gao Fei')).count).toBe(6);
    const huang = all.entries.find((e: { personId: string }) => e.personId === demo.byEmail('huang.lei').id);
    expect(huang).toMatchObject({ finalScore: 4.8, calibratedScore: 4.8, potential: 3, performance: 3, band: 1 });
    const star = all.nineBox.find((c: { performance: number; potential: number }) => c.performance === 3 && c.potential === 3);
    expect(star.personIds).toContain(huang.personId);

    const mine = (await manager.data(VIEW, { c: cycleId })).calibrationView;
    expect(mine.entries).toHaveLength(6);
    expect(mine.entries.every((e: { personId: string }) => chain().has(e.personId))).toBe(true);
    expect((await employee.request(VIEW, { c: cycleId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const log = (await hr.data('query($c: ID!) { scoreCalibrations(cycleId: $c) { personName fromScore toScore reason actorEmail } }', { c: cycleId })).scoreCalibrations;
    expect(log).toHaveLength(4);
    expect(log.every((l: { reason: string; actorEmail: string }) => l.reason.length > 20 && l.actorEmail === 'hr@demo.local')).toBe(true);
    expect((await manager.data('query($c: ID!) { scoreCalibrations(cycleId: $c) { personId } }', { c: cycleId })).scoreCalibrations).toEqual([]);
  });

  it('computes merit increases from band × position in range and fits them to the budget exactly', async () => {
    const cells = '[[8, 6, 4], [6, 5, 3], [5, 4, 2.5], [3, 2, 1], [1, 0, 0], [0, 0, 0]]';
    const bad: Array<[string, string]> = [
      ['cells: [[1, 2, 3]], positionBreaks: [0.33, 0.66]', 'input.cells'],
      [`cells: ${cells}, positionBreaks: [0.66, 0.33]`, 'input.positionBreaks'],
    ];
    for (const [input, field] of bad) {
      const r = await hr.request(`mutation($c: ID!) { createMeritMatrix(input: { cycleId: $c, name: "M", budget: 1000, currency: "CNY", ${input} }) { id } }`, { c: cycleId });
      expect(r.errors?.[0].extensions, input).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const { createMeritMatrix } = await hr.data(`mutation($c: ID!) { createMeritMatrix(input: { cycleId: $c, name: "Infra merit", budget: 300000000, currency: "CNY", positionBreaks: [0.33, 0.66], cells: ${cells} }) { id status budget } }`, { c: cycleId });
    const id = createMeritMatrix.id;
    expect(createMeritMatrix).toEqual({ id, status: 'draft', budget: 300_000_000 });
    const computed = (await hr.data('mutation($id: ID!) { computeMeritIncreases(id: $id) { status totalProposed totalAmount withinBudget increaseCount } }', { id })).computeMeritIncreases;
    expect(computed).toMatchObject({ status: 'computed', withinBudget: true, increaseCount: 60 });
    expect(computed.totalAmount).toBe(computed.totalProposed);

    const INC = 'query($id: ID!) { meritIncreases(matrixId: $id) { personId level band positionInRange positionColumn matrixPercent baseSalary proposedAmount amount newBase note } }';
    const rows = (await hr.data(INC, { id })).meritIncreases;
    const emp = rows.find((r: { personId: string }) => r.personId === demo.byEmail('employee').id);
    // CNY 620,000 in attraction's software-engineer × P5 band (496,000–744,000): position 0.5, the middle column; band 3 → 4%.
    expect(emp).toMatchObject({ level: 'P5', band: 3, positionInRange: 0.5, positionColumn: 1, matrixPercent: 4, baseSalary: 62_000_000, proposedAmount: 2_480_000, amount: 2_480_000, newBase: 64_480_000, note: '' });
    // Executives have no band in the demo: their row says which family × level is missing.
    const exec = rows.find((r: { level: string }) => /^E\d$/.test(r.level));
    expect(exec).toMatchObject({ amount: 0, note: expect.stringMatching(new RegExp(`^no compensation band for [a-z-]+ × ${exec.level}: add it under attraction's bands$`)) });

    // A tight budget scales every proposal by the same factor, adding up to the budget exactly.
    const tight = (await hr.data('mutation($id: ID!) { updateMeritMatrix(id: $id, input: { budget: 1000001 }) { status increaseCount } }', { id })).updateMeritMatrix;
    expect(tight).toEqual({ status: 'draft', increaseCount: 0 });
    const fitted = (await hr.data('mutation($id: ID!) { computeMeritIncreases(id: $id) { totalProposed totalAmount withinBudget } }', { id })).computeMeritIncreases;
    expect(fitted).toMatchObject({ totalAmount: 1_000_001, withinBudget: false });
    const scaled = (await hr.data(INC, { id })).meritIncreases.filter((r: { proposedAmount: number }) => r.proposedAmount > 0);
    for (const r of scaled) expect(Math.abs(r.amount - (r.proposedAmount * 1_000_001) / fitted.totalProposed)).toBeLessThan(1);

    expect((await employee.request('query($id: ID!) { meritMatrix(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await employee.request(INC, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await employee.request('mutation($id: ID!) { approveMeritMatrix(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data('mutation($id: ID!) { approveMeritMatrix(id: $id) { status approvedAt } }', { id })).approveMeritMatrix.status).toBe('approved');
    expect((await hr.request('mutation($id: ID!) { computeMeritIncreases(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request('mutation($id: ID!) { updateMeritMatrix(id: $id, input: { budget: 1 }) { id } }', { id })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const own = (await employee.data(INC, { id })).meritIncreases;
    expect(own.map((r: { personId: string }) => r.personId)).toEqual([demo.byEmail('employee').id]);
    expect(own[0].amount).toBeGreaterThan(0);
    const team = (await manager.data(INC, { id })).meritIncreases;
    expect(team).toHaveLength(7);
    // Others see approved matrices only (the seeded round is still awaiting approval), without the budget.
    const listed = await employee.request('{ meritMatrices { name status budget } }');
    expect(listed.data?.meritMatrices).toEqual([{ name: 'Infra merit', status: 'approved', budget: null }]);
    expect(listed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asEmployee = await employee.request('query($id: ID!) { meritMatrix(id: $id) { name budget } }', { id });
    expect(asEmployee.data?.meritMatrix).toEqual({ name: 'Infra merit', budget: null });
    expect(asEmployee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data('{ meritMatrices { name } }')).meritMatrices.map((m: { name: string }) => m.name)).toEqual(['Infra merit', '2026 merit round']);
  });

  it('runs innovation awards from nomination to payout, with amounts only for the people concerned', async () => {
    const alex = demo.byEmail('alex.novak').id;
    const AWARD = 'query($id: ID!) { award(id: $id) { id status personName nominatedByName amount currency decisionNote paidAt } }';
    const bad = await employee.request(`mutation { nominateAward(input: { personId: "${alex}", kind: "vibes", title: "x" }) { id } }`);
    expect(bad.errors?.[0].extensions?.field).toBe('input.kind');
    expect((await employee.request(`mutation { nominateAward(input: { personId: "${alex}", kind: "idea", title: "x", link: "not a url" }) { id } }`)).errors?.[0].extensions?.field).toBe('input.link');
    expect((await employee.request('mutation { nominateAward(input: { personId: "nobody", kind: "idea", title: "x" }) { id } }')).errors?.[0].extensions?.field).toBe('input.personId');
    const { nominateAward } = await employee.data(`mutation { nominateAward(input: { personId: "${alex}", kind: "open-source", title: "NCCL tuning tool", link: "https://github.com/example/nccl-tune" }) { id status nominatedByName } }`);
    expect(nominateAward).toMatchObject({ status: 'nominated', nominatedByName: '朱晨 Zhu Chen' });
    const id = nominateAward.id;
    // Open nominations stay with the people involved.
    expect((await kevin.request(AWARD, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await manager.data(AWARD, { id })).award.status).toBe('nominated');
    expect((await employee.request(`mutation($id: ID!) { approveAward(id: $id, input: { amount: 1000000, currency: "CNY" }) { id } }`, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.request(`mutation($id: ID!) { payAward(id: $id) { id } }`, { id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request(`mutation($id: ID!) { approveAward(id: $id, input: { amount: 10.5, currency: "CNY" }) { id } }`, { id })).errors?.[0].extensions?.field).toBe('input.amount');
    const approved = (await hr.data(`mutation($id: ID!) { approveAward(id: $id, input: { amount: 1000000, currency: "CNY", note: "Used by three teams" }) { status amount currency } }`, { id })).approveAward;
    expect(approved).toEqual({ status: 'approved', amount: 1_000_000, currency: 'CNY' });
    const paid = (await hr.data('mutation($id: ID!) { payAward(id: $id) { status paidAt } }', { id })).payAward;
    expect(paid.status).toBe('paid');
    // Paid awards are public recognition; the amount is for the winner, their managers and hr.
    const seen = await kevin.request(AWARD, { id });
    expect(seen.data?.award).toMatchObject({ status: 'paid', personName: 'Alex Novak', amount: null, decisionNote: null });
    expect(seen.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await manager.data(AWARD, { id })).award.amount).toBe(1_000_000);

    const { nominateAward: second } = await kevin.data(`mutation { nominateAward(input: { personId: "${alex}", kind: "idea", title: "Duplicate of the above" }) { id } }`);
    expect((await hr.request('mutation($id: ID!) { rejectAward(id: $id, reason: " ") { id } }', { id: second.id })).errors?.[0].extensions?.field).toBe('reason');
    expect((await hr.data('mutation($id: ID!) { rejectAward(id: $id, reason: "Covered by the open-source award") { status decisionNote } }', { id: second.id })).rejectAward).toEqual({ status: 'rejected', decisionNote: 'Covered by the open-source award' });
    const list = (await employee.data('{ awards { id status kind } }')).awards;
    expect(list.some((a: { id: string }) => a.id === second.id)).toBe(false);
    expect(list.filter((a: { status: string }) => a.status === 'paid').length).toBe(3);
    expect((await hr.data('{ awards(status: "rejected") { id } }')).awards).toEqual([{ id: second.id }]);
    const { auditLog } = await (await server.loginAs('owner')).data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation before after } } }', { id });
    expect(auditLog.nodes.map((n: { operation: string }) => n.operation)).toEqual(['payAward', 'approveAward', 'nominateAward']);
    expect(JSON.parse(auditLog.nodes[1].after)).toEqual({ status: 'approved', amount: 1_000_000, currency: 'CNY' });
  });

  it('grants equity with a vesting schedule, visible to the person, their managers and hr', async () => {
    const me = demo.byEmail('employee').id;
    const bad: Array<[string, string]> = [
      [`personId: "${me}", kind: "bonus", units: 100, grantDate: "2026-12-01"`, 'input.kind'],
      [`personId: "${me}", kind: "refresh", units: 0, grantDate: "2026-12-01"`, 'input.units'],
      [`personId: "${me}", kind: "refresh", units: 100, grantDate: "2026-13-01"`, 'input.grantDate'],
      [`personId: "${me}", kind: "refresh", units: 100, grantDate: "2026-12-01", cliffMonths: 24, vestingMonths: 12`, 'input.cliffMonths'],
      [`personId: "${me}", kind: "refresh", units: 100, grantDate: "2026-12-01", frequencyMonths: 5`, 'input.frequencyMonths'],
      [`personId: "${me}", kind: "refresh", units: 100, grantDate: "2026-12-01", strikePrice: 450`, 'input.currency'],
      [`personId: "nobody", kind: "refresh", units: 100, grantDate: "2026-12-01"`, 'input.personId'],
    ];
    for (const [input, field] of bad) expect((await hr.request(`mutation { createEquityGrant(input: { ${input} }) { id } }`)).errors?.[0].extensions, input).toMatchObject({ field });
    expect((await manager.request(`mutation { createEquityGrant(input: { personId: "${me}", kind: "refresh", units: 100, grantDate: "2026-12-01" }) { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { createEquityGrant } = await hr.data(`mutation { createEquityGrant(input: { personId: "${me}", kind: "promotion", units: 4800, strikePrice: 450, currency: "USD", grantDate: "2025-01-15" }) { id status units vestedUnits schedule { date units cumulative } } }`);
    expect(createEquityGrant).toMatchObject({ status: 'proposed', units: 4800, vestedUnits: 0 });
    expect(createEquityGrant.schedule[0]).toEqual({ date: '2026-01-15', units: 1200, cumulative: 1200 });
    expect(createEquityGrant.schedule.at(-1)).toEqual({ date: '2029-01-15', units: 300, cumulative: 4800 });
    const id = createEquityGrant.id;
    const granted = (await hr.data('mutation($id: ID!) { approveEquityGrant(id: $id) { status vestedUnits } }', { id })).approveEquityGrant;
    // The one-year cliff (2026-01-15) is behind us, so at least its quarter of the grant has vested.
    expect(granted.status).toBe('granted');
    expect(granted.vestedUnits).toBeGreaterThanOrEqual(1200);
    expect((await hr.request('mutation($id: ID!) { approveEquityGrant(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const own = (await employee.data('{ equityGrants { id kind units } }')).equityGrants;
    expect(own.map((g: { kind: string }) => g.kind).sort()).toEqual(['new-hire', 'promotion']);
    expect((await employee.data('query($id: ID!) { equityGrant(id: $id) { units } }', { id })).equityGrant.units).toBe(4800);
    expect((await manager.data('query($p: ID) { equityGrants(personId: $p) { id } }', { p: me })).equityGrants).toHaveLength(2);
    expect((await kevin.request('query($id: ID!) { equityGrant(id: $id) { units } }', { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await kevin.data('{ equityGrants { personId } }')).equityGrants).toEqual([]);
    expect((await hr.data('{ equityGrants { id } }')).equityGrants).toHaveLength(6);
    expect((await hr.data('mutation($id: ID!) { cancelEquityGrant(id: $id) { status vestedUnits } }', { id })).cancelEquityGrant).toEqual({ status: 'cancelled', vestedUnits: 0 });
    expect((await hr.request('mutation($id: ID!) { cancelEquityGrant(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
