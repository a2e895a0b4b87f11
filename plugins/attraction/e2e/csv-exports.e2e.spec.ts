import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';

// Bands export in the import's columns (an export imports again unchanged); candidates export
// what the board shows each person, filters included; pay positions export the page's rows.
describe('attraction CSV exports', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('exports bands that the band import takes back unchanged', async () => {
    const { status, text, rows } = await hr.exportCsv('attraction.bands');
    expect(status).toBe(200);
    const { compBands } = await hr.data('{ compBands { jobFamily level minBase maxBase } }');
    expect(rows).toHaveLength(compBands.length);
    expect(rows[0]).toMatchObject({ job_family: compBands[0].jobFamily, level: compBands[0].level, min_base: String(compBands[0].minBase) });
    const report = await hr.data('mutation($csv: String!) { importCompBands(csv: $csv) { imported errors { row message } } }', { csv: text.replace(/^\uFEFF/, '') });
    expect(report.importCompBands).toMatchObject({ imported: compBands.length, errors: [] });
    expect((await hr.data('{ compBands { jobFamily level minBase maxBase } }')).compBands).toEqual(compBands);
  });

  it('exports the candidates each person may see, with the board filter', async () => {
    const all = (await hr.exportCsv('attraction.candidates')).rows;
    const { candidates } = await hr.data('{ candidates { email stage } }');
    expect(all.map((r) => r.email).sort()).toEqual(candidates.map((c: { email: string }) => c.email).sort());
    const stage = candidates[0].stage;
    const filtered = (await hr.exportCsv('attraction.candidates', { filter: { stage } })).rows;
    expect(filtered.length).toBe(candidates.filter((c: { stage: string }) => c.stage === stage).length);
    const mine = (await manager.exportCsv('attraction.candidates')).rows;
    const visible = (await manager.data('{ candidates { email } }')).candidates;
    expect(mine.map((r) => r.email).sort()).toEqual(visible.map((c: { email: string }) => c.email).sort());
    expect(mine.length).toBeLessThan(all.length);
    expect((await employee.exportCsv('attraction.candidates')).status).toBe(403);
  });

  it('exports the pay positions page: its filter, its order, and only the pay the reader may see', async () => {
    const PAGE = `query($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort) {
      personCompPositionsPage(filter: $filter, sort: $sort, first: 200) { nodes { name base currency compaRatio bandPosition band { maxBase } } } }`;
    const variables = { filter: { bandPosition: 'within' }, sort: { field: 'COMPA_RATIO', direction: 'DESC' } };
    const shown = (await hr.data(PAGE, variables)).personCompPositionsPage.nodes;
    expect(shown.length).toBeGreaterThan(20);
    const { status, rows } = await hr.exportCsv('attraction.pay-positions', variables);
    expect(status).toBe(200);
    expect(rows.map((r) => r.name)).toEqual(shown.map((p: { name: string }) => p.name));
    expect(rows.every((r) => r.band_position === 'within')).toBe(true);
    // Pay in decimal currency, as typed into a spreadsheet: CNY has two minor digits.
    expect(rows[0]).toMatchObject({ base: (shown[0].base / 100).toFixed(2), currency: shown[0].currency, band_max: (shown[0].band.maxBase / 100).toFixed(2), compa_ratio: String(shown[0].compaRatio) });
    const chain = (await manager.data(PAGE, {})).personCompPositionsPage.nodes.map((p: { name: string }) => p.name);
    expect((await manager.exportCsv('attraction.pay-positions')).rows.map((r) => r.name)).toEqual(chain);
    expect(chain.length).toBeLessThan(rows.length);
    expect((await employee.exportCsv('attraction.pay-positions')).status).toBe(403);
  });
});
