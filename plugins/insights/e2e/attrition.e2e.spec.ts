import { structurePlugin } from '@cadre/plugin-structure';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsPlugin } from '../src/index.js';

const REPORT = `query($from: String!, $to: String!) { attritionReport(from: $from, to: $to) {
  from to threshold medianTenureMonths
  months { month headcountStart headcountEnd hires leavers voluntary involuntary regretted annualisedRate }
  total { averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate }
  units { unitId name parentId suppressed figures { averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate } }
  tenureAtExit { band leavers } } }`;

describe('attrition by month and unit', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  const units: Record<string, string> = {};
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, insightsPlugin] });
    hr = await server.loginAs('hr');
  });
  afterAll(() => server?.close());

  it('counts hires, leavers by type and regretted, annualised, per unit with the threshold', async () => {
    const before = (await hr.data(REPORT, { from: '2026-01', to: '2026-06' })).attritionReport;
    const owner = await server.loginAs('owner');
    const { orgUnits } = await hr.data('{ orgUnits { id parentId } }');
    const root = orgUnits.find((u: { parentId: string | null }) => !u.parentId).id;
    const unit = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }';
    units.z = (await owner.data(unit, { i: { name: 'Unit Z', kind: 'OPERATIONS', parentId: root } })).createOrgUnit.id;
    units.t = (await owner.data(unit, { i: { name: 'Tiny T', kind: 'OPERATIONS', parentId: root } })).createOrgUnit.id;
    const create = 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }';
    const person = (n: string, orgUnitId: string, extra: Record<string, unknown> = {}) => hr.data(create, { i: { name: n, email: `${n.toLowerCase().replace(' ', '.')}@z.example`, orgUnitId, hireDate: '2024-01-01', ...extra } });
    for (let i = 0; i < 4; i++) await person(`Zed Stay${i}`, units.z);
    await person('Zed Quit', units.z, { status: 'terminated', leaveDate: '2026-03-15', departure: { type: 'voluntary', regretted: true, reason: 'Start-up' } });
    await person('Zed Let', units.z, { status: 'terminated', leaveDate: '2026-06-30', departure: { type: 'involuntary' } });
    await person('Zed New', units.z, { hireDate: '2026-05-10' });
    for (let i = 0; i < 2; i++) await person(`Tee Small${i}`, units.t);

    const after = (await hr.data(REPORT, { from: '2026-01', to: '2026-06' })).attritionReport;
    expect(after.threshold).toBe(5);
    expect(after.months.map((m: { month: string }) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    // What the eleven new people changed, month by month.
    const delta = after.months.map((m: Record<string, number>, i: number) => ['headcountStart', 'headcountEnd', 'hires', 'leavers', 'voluntary', 'involuntary', 'regretted'].map((k) => m[k] - before.months[i][k]));
    expect(delta).toEqual([
      [8, 8, 0, 0, 0, 0, 0],
      [8, 8, 0, 0, 0, 0, 0],
      [8, 7, 0, 1, 1, 0, 1],
      [7, 7, 0, 0, 0, 0, 0],
      [7, 8, 1, 0, 0, 0, 0],
      [8, 8, 0, 1, 0, 1, 0], // the last working day still counts
    ]);
    const z = after.units.find((u: { unitId: string }) => u.unitId === units.z);
    // Months average 6, 6, 5.5, 5, 5.5, 6 → 5.7; 2 leavers in half a year → 2 / 5.7 × 2.
    expect(z).toMatchObject({ name: 'Unit Z', parentId: root, suppressed: false, figures: { averageHeadcount: 5.7, leavers: 2, voluntary: 1, involuntary: 1, regretted: 1, annualisedRate: 70.2, voluntaryRate: 35.1 } });
    expect(after.units.find((u: { unitId: string }) => u.unitId === units.t)).toMatchObject({ suppressed: true, figures: null });
    const exits = Object.fromEntries(after.tenureAtExit.map((b: { band: string; leavers: number }) => [b.band, b.leavers]));
    const exitsBefore = Object.fromEntries(before.tenureAtExit.map((b: { band: string; leavers: number }) => [b.band, b.leavers]));
    expect(exits.Y2_4 - exitsBefore.Y2_4).toBe(2);
    expect(after.total.leavers - before.total.leavers).toBe(2);
  });

  it('is for hr only and names a bad month', async () => {
    for (const role of ['employee', 'manager'] as const) expect((await (await server.loginAs(role)).request(REPORT, { from: '2026-01', to: '2026-02' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cases: Array<[string, string, string]> = [['2026-13', '2026-12', 'from'], ['2026-01', '2026-1', 'to'], ['2026-05', '2026-04', 'to'], ['2020-01', '2026-01', 'to']];
    for (const [from, to, field] of cases) expect((await hr.request(REPORT, { from, to })).errors?.[0].extensions?.field, `${from}..${to}`).toBe(field);
  });
});
