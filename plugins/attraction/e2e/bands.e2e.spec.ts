import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { expectError, personId } from './helpers.js';

const BAND_FIELDS = 'id jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax market { p25 p50 p75 p90 source asOf }';
const IMPORT_BANDS = 'mutation($csv: String!) { importCompBands(csv: $csv) { rows imported created updated errors { row field message } } }';
const IMPORT_MARKET = 'mutation($csv: String!) { importMarketData(csv: $csv) { rows imported created updated errors { row field message } } }';
const POSITION = 'query($id: ID!) { personCompPosition(personId: $id) { personId name jobFamily jobFamilySource band { midBase } base currency compaRatio marketPercentile rangePenetration bandPosition } }';

describe('compensation bands and market data', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let owner: GraphQLClient;
  let recruiter: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, owner, recruiter, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('recruiter'), server.loginAs('manager'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('seeds bands with market data for seven job families × P3–P7/M4–M6 in CNY', async () => {
    const { compBands, attractionJobFamilies } = await hr.data(`{ compBands { ${BAND_FIELDS} } attractionJobFamilies }`);
    expect(compBands).toHaveLength(56);
    expect(attractionJobFamilies).toEqual(['data-engineer', 'designer', 'operations', 'product-manager', 'research-engineer', 'research-scientist', 'software-engineer']);
    const rs6 = compBands.find((b: { jobFamily: string; level: string }) => b.jobFamily === 'research-scientist' && b.level === 'P6');
    expect(rs6).toMatchObject({ currency: 'CNY', minBase: 76_800_000, midBase: 96_000_000, maxBase: 115_200_000, bonusTargetPct: 15 });
    expect(rs6.market).toMatchObject({ p25: 84_480_000, p50: 97_920_000, p75: 115_200_000, p90: 139_200_000 });
    const filtered = await recruiter.data('{ compBands(filter: { jobFamily: "designer", level: "m4" }) { id level midBase } }');
    expect(filtered.compBands).toEqual([{ id: expect.any(String), level: 'M4', midBase: 76_000_000 }]);
    const one = await manager.data('query($id: ID!) { compBand(id: $id) { jobFamily level market { p90 } } }', { id: filtered.compBands[0].id });
    expect(one.compBand).toEqual({ jobFamily: 'designer', level: 'M4', market: { p90: 100_320_000 } });
  });

  it('imports bands all-or-nothing, naming each bad row and column', async () => {
    const before = (await hr.data('{ compBands { id } }')).compBands.length;
    const bad = [
      'job_family,level,currency,min_base,mid_base,max_base,bonus_target_pct,equity_min,equity_max',
      'ml-ops,P5,CNY,48000000,60000000,72000000,15,3000,8000',
      'ML Ops,P6,CNY,60000000,80000000,90000000,15,0,0',
      'ml-ops,P7,yuan,1,2,3,,,',
      'ml-ops,P8,CNY,90000000,80000000,100000000,15,0,0',
      'ml-ops,P5,CNY,48000000,abc,72000000,300,5,1',
    ].join('\n');
    const report = (await hr.data(IMPORT_BANDS, { csv: bad })).importCompBands;
    expect(report.imported).toBe(0);
    expect(report.rows).toBe(5);
    expect(report.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, field: 'job_family' }),
      expect.objectContaining({ row: 4, field: 'currency' }),
      expect.objectContaining({ row: 5, field: 'mid_base', message: expect.stringMatching(/minBase/) }),
      expect.objectContaining({ row: 6, field: 'mid_base' }),
      expect.objectContaining({ row: 6, field: 'bonus_target_pct' }),
    ]));
    expect((await hr.data('{ compBands { id } }')).compBands.length).toBe(before);

    const header = (await hr.data(IMPORT_BANDS, { csv: 'job_family,level,salary\nx,P5,1\n' })).importCompBands;
    expect(header.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 1, field: 'salary' }),
      expect.objectContaining({ row: 1, field: 'mid_base', message: 'required column is missing' }),
    ]));
    const dup = (await hr.data(IMPORT_BANDS, { csv: 'job_family,level,currency,min_base,mid_base,max_base\nml-ops,P5,CNY,1,2,3\nml-ops,p5,CNY,1,2,3\n' })).importCompBands;
    expect(dup.errors).toEqual([{ row: 3, field: 'level', message: 'ml-ops × P5 is already on row 2' }]);
    const broken = (await hr.data(IMPORT_BANDS, { csv: 'job_family,level\n"ml-ops,P5\n' })).importCompBands;
    expect(broken.errors[0]).toMatchObject({ field: 'file' });
    // The same report for a zh-CN reader: every row problem in Chinese, values as they were.
    const zh = async (csv: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${hr.token}`, 'accept-language': 'zh-CN' },
        body: JSON.stringify({ query: IMPORT_BANDS, variables: { csv } }),
      });
      return ((await response.json()) as { data: { importCompBands: { errors: Array<{ row: number; field: string; message: string }> } } }).data.importCompBands.errors;
    };
    expect(await zh(bad)).toEqual(expect.arrayContaining([
      { row: 3, field: 'job_family', message: '必须是小写短标识，例如 research-scientist' },
      { row: 4, field: 'currency', message: '必须是三个字母的 ISO 货币代码，例如 CNY' },
      { row: 5, field: 'mid_base', message: '不得低于 minBase（CNY 900,000.00）' },
      { row: 6, field: 'mid_base', message: '必须是整数（金额以最小货币单位计，例如分）' },
      { row: 6, field: 'bonus_target_pct', message: '须为 0 到 200 的数字' },
    ]));
    expect(await zh('job_family,level,currency,min_base,mid_base,max_base\nml-ops,P5,CNY,1,2,3\nml-ops,p5,CNY,1,2,3\n')).toEqual([{ row: 3, field: 'level', message: 'ml-ops × P5 已在第 2 行' }]);
    expect(await zh('job_family,level\n"ml-ops,P5\n')).toEqual([{ row: 2, field: 'file', message: '引号内的字段未闭合' }]);

    const good = 'job_family,level,currency,min_base,mid_base,max_base,bonus_target_pct,equity_min,equity_max\nml-ops,P5,CNY,48000000,60000000,72000000,15,3000,8000\nsoftware-engineer,P5,CNY,50000000,63000000,76000000,15,3000,8000\n';
    const ok = (await hr.data(IMPORT_BANDS, { csv: good })).importCompBands;
    expect(ok).toEqual({ rows: 2, imported: 2, created: 1, updated: 1, errors: [] });
    const se5 = (await hr.data('{ compBands(filter: { jobFamily: "software-engineer", level: "P5" }) { midBase } }')).compBands;
    expect(se5).toEqual([{ midBase: 63_000_000 }]);
  });

  it('imports market data all-or-nothing and rejects percentiles out of order', async () => {
    const bad = 'job_family,level,currency,p25,p50,p75,p90,source,as_of\nml-ops,P5,CNY,40000000,50000000,60000000,80000000,Survey,2026-07-01\nml-ops,P6,CNY,50000000,45000000,70000000,90000000,Survey,2026-07-01\nml-ops,P7,CNY,1,2,3,4,Survey,2026-13-01\n';
    const report = (await hr.data(IMPORT_MARKET, { csv: bad })).importMarketData;
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual([
      { row: 3, field: 'p50', message: 'must be greater than p25 (CNY 500,000.00)' }, // money for people, not minor units
      { row: 4, field: 'as_of', message: 'must be a date as YYYY-MM-DD' },
    ]);
    expect((await hr.data('{ marketRates(filter: { jobFamily: "ml-ops" }) { id } }')).marketRates).toEqual([]);
    const ok = (await hr.data(IMPORT_MARKET, { csv: 'job_family,level,currency,p25,p50,p75,p90\nml-ops,P5,CNY,40000000,50000000,60000000,80000000\n' })).importMarketData;
    expect(ok).toMatchObject({ imported: 1, created: 1, errors: [] });
    const band = (await hr.data(`{ compBands(filter: { jobFamily: "ml-ops" }) { ${BAND_FIELDS} } }`)).compBands[0];
    expect(band.market).toMatchObject({ p25: 40_000_000, p50: 50_000_000, p75: 60_000_000, p90: 80_000_000, source: '', asOf: null });
  });

  it('computes compa-ratio and market percentile for a hypothetical base without saving', async () => {
    const q = 'query($i: AttractionCompaRatioInput!) { compaRatio(input: $i) { jobFamily level currency compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval note band { midBase } } }';
    // ml-ops P5: band 480k / 600k / 720k; market 400k / 500k / 600k / 800k (in fen)
    const cases: Array<[number, number, number, number, string, boolean]> = [
      [60_000_000, 1, 75, 0.5, 'within', false],
      [54_000_000, 0.9, 60, 0.25, 'within', false],
      [45_000_000, 0.75, 37.5, -0.125, 'below', true],
      [70_000_000, 1.1667, 82.5, 0.9167, 'within', false],
      [90_000_000, 1.5, 97.5, 1.75, 'above', true],
    ];
    for (const [base, compa, pct, pen, position, exception] of cases) {
      const { compaRatio } = await recruiter.data(q, { i: { jobFamily: 'ml-ops', level: 'p5', base } });
      expect(compaRatio, String(base)).toMatchObject({ jobFamily: 'ml-ops', level: 'P5', currency: 'CNY', compaRatio: compa, marketPercentile: pct, rangePenetration: pen, bandPosition: position, needsExceptionApproval: exception, note: null });
    }
    const byId = (await hr.data('{ compBands(filter: { jobFamily: "ml-ops" }) { id } }')).compBands[0].id;
    expect((await manager.data(q, { i: { bandId: byId, base: 66_000_000 } })).compaRatio).toMatchObject({ compaRatio: 1.1, marketPercentile: 79.5 });
    const usd = (await hr.data(q, { i: { bandId: byId, base: 66_000_000, currency: 'USD' } })).compaRatio;
    expect(usd).toMatchObject({ compaRatio: null, marketPercentile: null, needsExceptionApproval: true, note: expect.stringMatching(/band is in CNY/) });
    const none = (await hr.data(q, { i: { jobFamily: 'ml-ops', level: 'P9', base: 1 } })).compaRatio;
    expect(none).toMatchObject({ band: null, compaRatio: null, needsExceptionApproval: true, note: expect.stringMatching(/no compensation band for ml-ops × P9/) });
    await expectError(hr, q, { i: { jobFamily: 'ml-ops', base: 1 } }, 'BAD_USER_INPUT', 'input.level');
    await expectError(hr, q, { i: { jobFamily: 'ml-ops', level: 'P5', base: -1 } }, 'BAD_USER_INPUT', 'input.base');
    await expectError(employee, q, { i: { jobFamily: 'ml-ops', level: 'P5', base: 1 } }, 'FORBIDDEN');
  });

  it('upserts and deletes bands, names bad fields and refuses to delete a band in use', async () => {
    const m = 'mutation($i: AttractionBandInput!) { upsertCompBand(input: $i) { id level midBase bonusTargetPct } }';
    const input = { jobFamily: 'ml-ops', level: 'P6', currency: 'CNY', minBase: 60_000_000, midBase: 75_000_000, maxBase: 90_000_000, bonusTargetPct: 15, equityMin: 0, equityMax: 100 };
    const created = (await hr.data(m, { i: input })).upsertCompBand;
    expect(created).toMatchObject({ level: 'P6', midBase: 75_000_000 });
    const updated = (await hr.data(m, { i: { ...input, bonusTargetPct: 20 } })).upsertCompBand;
    expect(updated).toEqual({ ...created, bonusTargetPct: 20 });
    await expectError(hr, m, { i: { ...input, midBase: 50_000_000 } }, 'BAD_USER_INPUT', 'input.midBase');
    await expectError(hr, m, { i: { ...input, maxBase: 70_000_000 } }, 'BAD_USER_INPUT', 'input.maxBase');
    await expectError(hr, m, { i: { ...input, minBase: 1.5 } }, 'BAD_USER_INPUT', 'input.minBase');
    await expectError(hr, m, { i: { ...input, currency: 'rmb' } }, 'BAD_USER_INPUT', 'input.currency');
    await expectError(hr, m, { i: { ...input, jobFamily: 'ML Ops' } }, 'BAD_USER_INPUT', 'input.jobFamily');
    await expectError(hr, m, { i: { ...input, equityMax: 0, equityMin: 5 } }, 'BAD_USER_INPUT', 'input.equityMax');
    await expectError(recruiter, m, { i: input }, 'FORBIDDEN');
    expect((await hr.data('{ compBands(filter: { jobFamily: "ml-ops", level: "P6" }) { bonusTargetPct } }')).compBands).toEqual([{ bonusTargetPct: 20 }]);

    const mm = 'mutation($i: AttractionMarketRateInput!) { upsertMarketRate(input: $i) { level p50 asOf } }';
    expect((await hr.data(mm, { i: { jobFamily: 'ml-ops', level: 'P6', currency: 'CNY', p25: 1, p50: 2, p75: 3, p90: 4, asOf: '2026-10-01' } })).upsertMarketRate).toEqual({ level: 'P6', p50: 2, asOf: '2026-10-01' });
    await expectError(hr, mm, { i: { jobFamily: 'ml-ops', level: 'P6', currency: 'CNY', p25: 1, p50: 2, p75: 3, p90: 3 } }, 'BAD_USER_INPUT', 'input.p90');

    expect((await hr.data('mutation($id: ID!) { deleteCompBand(id: $id) }', { id: created.id })).deleteCompBand).toBe(true);
    await expectError(hr, 'query($id: ID!) { compBand(id: $id) { id } }', { id: created.id }, 'NOT_FOUND');
    const inUse = (await hr.data('{ compBands(filter: { jobFamily: "research-scientist", level: "P6" }) { id } }')).compBands[0].id;
    await expectError(hr, 'mutation($id: ID!) { deleteCompBand(id: $id) }', { id: inUse }, 'CONFLICT');

    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation before after } } }', { id: created.id });
    const upserts = auditLog.nodes.filter((n: { operation: string }) => n.operation === 'upsertCompBand');
    expect(upserts).toHaveLength(2);
    expect(upserts.some((n: { before: string | null; after: string }) => n.before && JSON.parse(n.after).bonusTargetPct === 20)).toBe(true);
  });

  it('deletes market data (audited), refuses recruiters and names an unknown id, keeps the band', async () => {
    const mm = 'mutation($i: AttractionMarketRateInput!) { upsertMarketRate(input: $i) { id level p50 } }';
    const del = 'mutation($id: ID!) { deleteMarketRate(id: $id) }';
    const rate = (await hr.data(mm, { i: { jobFamily: 'data-ops', level: 'P4', currency: 'CNY', p25: 10, p50: 20, p75: 30, p90: 40, source: 'survey' } })).upsertMarketRate;
    await expectError(recruiter, del, { id: rate.id }, 'FORBIDDEN');
    await expectError(employee, del, { id: rate.id }, 'FORBIDDEN');
    expect((await hr.data('{ marketRates(filter: { jobFamily: "data-ops" }) { id } }')).marketRates).toEqual([{ id: rate.id }]);

    expect((await hr.data(del, { id: rate.id })).deleteMarketRate).toBe(true);
    expect((await hr.data('{ marketRates(filter: { jobFamily: "data-ops" }) { id } }')).marketRates).toEqual([]);
    const again = await hr.request(del, { id: rate.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(again.errors?.[0]?.message).toContain(rate.id);

    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "deleteMarketRate" }) { nodes { actorEmail before after } } }', { id: rate.id });
    expect(auditLog.nodes).toHaveLength(1);
    expect(JSON.parse(auditLog.nodes[0].before)).toMatchObject({ jobFamily: 'data-ops', level: 'P4', p50: 20 });
    expect(auditLog.nodes[0].after).toBeNull();

    // Deleting a band's market data leaves the band, now without market data.
    const bandInput = { jobFamily: 'data-ops', level: 'P5', currency: 'CNY', minBase: 1000, midBase: 2000, maxBase: 3000, bonusTargetPct: 10, equityMin: 0, equityMax: 0 };
    const band = (await hr.data('mutation($i: AttractionBandInput!) { upsertCompBand(input: $i) { id } }', { i: bandInput })).upsertCompBand;
    const bandRate = (await hr.data(mm, { i: { jobFamily: 'data-ops', level: 'P5', currency: 'CNY', p25: 1, p50: 2, p75: 3, p90: 4 } })).upsertMarketRate;
    expect((await hr.data('query($id: ID!) { compBand(id: $id) { market { id } } }', { id: band.id })).compBand.market).toEqual({ id: bandRate.id });
    expect((await hr.data(del, { id: bandRate.id })).deleteMarketRate).toBe(true);
    expect((await hr.data('query($id: ID!) { compBand(id: $id) { id market { id } } }', { id: band.id })).compBand).toEqual({ id: band.id, market: null });
  });

  describe("people's pay position", () => {
    let zhu: string;
    beforeAll(async () => {
      zhu = await personId(hr, 'employee@demo.local');
      // A band and market with round numbers for Zhu Chen (P5, base 620,000 CNY).
      await hr.data(IMPORT_BANDS, { csv: 'job_family,level,currency,min_base,mid_base,max_base\ntest-family,P5,CNY,40000000,50000000,60000000\n' });
      await hr.data(IMPORT_MARKET, { csv: 'job_family,level,currency,p25,p50,p75,p90\ntest-family,P5,CNY,40000000,50000000,60000000,80000000\n' });
    });

    it('maps the demo roster to job families and computes every person’s position', async () => {
      const { personCompPositions } = await hr.data('{ personCompPositions { personId name level jobFamily jobFamilySource compaRatio marketPercentile note } }');
      expect(personCompPositions).toHaveLength(60);
      expect(personCompPositions.every((p: { jobFamilySource: string }) => p.jobFamilySource === 'mapped')).toBe(true);
      const withBand = personCompPositions.filter((p: { compaRatio: number | null }) => p.compaRatio !== null);
      expect(withBand.length).toBe(55); // the five E-level leaders have no band
      const ceo = personCompPositions.find((p: { level: string }) => p.level === 'E9');
      expect(ceo).toMatchObject({ compaRatio: null, note: expect.stringMatching(/no compensation band for operations × E9/) });
      const filtered = (await hr.data('{ personCompPositions(filter: { jobFamily: "designer" }) { name } }')).personCompPositions;
      expect(filtered.map((p: { name: string }) => p.name).sort()).toEqual(['Chloe Martin', 'Laura Rossi', '魏然 Wei Ran']);
    });

    it('uses the mapped family and interpolates the market percentile on known numbers', async () => {
      const set = 'mutation($id: ID!, $f: String) { setPersonJobFamily(personId: $id, jobFamily: $f) { jobFamily jobFamilySource compaRatio marketPercentile bandPosition } }';
      expect((await hr.data(set, { id: zhu, f: 'test-family' })).setPersonJobFamily).toEqual({ jobFamily: 'test-family', jobFamilySource: 'mapped', compaRatio: 1.24, marketPercentile: 76.5, bandPosition: 'above' });
      const mine = (await employee.data('{ myCompPosition { personId base compaRatio marketPercentile rangePenetration band { midBase } } }')).myCompPosition;
      expect(mine).toEqual({ personId: zhu, base: 62_000_000, compaRatio: 1.24, marketPercentile: 76.5, rangePenetration: 1.1, band: { midBase: 50_000_000 } });
      expect((await hr.data(set, { id: zhu, f: null })).setPersonJobFamily).toMatchObject({ jobFamily: 'software-engineer', jobFamilySource: 'inferred' });
      await expectError(hr, set, { id: zhu, f: 'Not A Slug' }, 'BAD_USER_INPUT', 'jobFamily');
      await expectError(employee, set, { id: zhu, f: 'designer' }, 'FORBIDDEN');
      await expectError(hr, set, { id: 'no-such-person', f: 'designer' }, 'NOT_FOUND');
    });

    it("withholds employees' pay from recruiters but shows them bands", async () => {
      const r = await recruiter.request(POSITION, { id: zhu });
      expect(r.data?.personCompPosition).toMatchObject({ personId: zhu, jobFamily: 'software-engineer', band: { midBase: 63_000_000 }, base: null, compaRatio: null, marketPercentile: null });
      expect(r.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(r.errors?.map((e) => e.path?.[1])).toEqual(expect.arrayContaining(['base', 'compaRatio', 'marketPercentile']));
      const list = (await recruiter.data('{ personCompPositions { name compaRatio } }')).personCompPositions;
      expect(list).toEqual([{ name: 'Kevin Wu', compaRatio: expect.any(Number) }]);
    });

    it('shows managers their chain, employees only themselves', async () => {
      const chain = (await manager.data('{ personCompPositions { personId compaRatio } }')).personCompPositions;
      expect(chain).toHaveLength(7);
      expect(chain.find((p: { personId: string }) => p.personId === zhu).compaRatio).toBeCloseTo(62 / 63, 4);
      const own = (await employee.data('{ personCompPositions { personId } }')).personCompPositions;
      expect(own).toEqual([{ personId: zhu }]);
      const colleague = await personId(hr, 'alex.novak@demo.local');
      await expectError(employee, POSITION, { id: colleague }, 'FORBIDDEN');
      await expectError(employee, '{ compBands { id } }', {}, 'FORBIDDEN');
      expect((await manager.data(POSITION, { id: colleague })).personCompPosition.compaRatio).toBeCloseTo(880 / 860, 4);
    });
  });

  it('keeps tenants apart', async () => {
    const other = await server.createTenant('other-bands');
    expect((await other.data('{ compBands { id } marketRates { id } attractionJobFamilies }'))).toEqual({ compBands: [], marketRates: [], attractionJobFamilies: [] });
    const demoBand = (await hr.data('{ compBands { id } }')).compBands[0].id;
    await expectError(other, 'query($id: ID!) { compBand(id: $id) { id } }', { id: demoBand }, 'NOT_FOUND');
    await expectError(other, 'query($i: AttractionCompaRatioInput!) { compaRatio(input: $i) { compaRatio } }', { i: { bandId: demoBand, base: 1 } }, 'NOT_FOUND');
    const ok = (await other.data(IMPORT_BANDS, { csv: 'job_family,level,currency,min_base,mid_base,max_base\nresearch-scientist,P6,USD,1,2,3\n' })).importCompBands;
    expect(ok.created).toBe(1);
    const demoRs6 = (await hr.data('{ compBands(filter: { jobFamily: "research-scientist", level: "P6" }) { currency midBase } }')).compBands;
    expect(demoRs6).toEqual([{ currency: 'CNY', midBase: 96_000_000 }]);
  });
});
