import { attractionPlugin } from '@cadre/plugin-attraction';
import { developmentPlugin } from '@cadre/plugin-development';
import { incentivesPlugin } from '@cadre/plugin-incentives';
import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { structurePlugin } from '@cadre/plugin-structure';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsPlugin } from '../src/index.js';
import { dataIn } from './support/demo.js';

const DASHBOARD = 'unitId unitName threshold asOf measures { id title formula value unit components { id label value unit people } trend { label value } }';
type Measure = { id: string; title: string; formula: string; value: number | null; components: Array<{ id: string; value: number | null; people: number | null }>; trend: Array<{ label: string; value: number | null }> };
const byId = (measures: Measure[]) => Object.fromEntries(measures.map((m) => [m.id, m])) as Record<string, Measure>;
const part = (m: Measure, id: string) => m.components.find((c) => c.id === id)!;

describe('the four effectiveness measures', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, knowledgePlugin, attractionPlugin, incentivesPlugin, developmentPlugin, insightsPlugin] });
    hr = await server.loginAs('hr');
  }, 120_000);
  afterAll(() => server?.close());

  it('gives the company satisfaction, performance, knowledge sharing and incentive effect, each with its formula and numbers', async () => {
    const { effectiveness } = await hr.data(`{ effectiveness { ${DASHBOARD} } }`);
    expect(effectiveness).toMatchObject({ unitId: null, unitName: 'Company', threshold: 5 });
    const m = byId(effectiveness.measures);
    expect(effectiveness.measures.map((x: Measure) => x.id)).toEqual(['satisfaction', 'performance', 'knowledge', 'incentives']);
    for (const x of effectiveness.measures as Measure[]) expect(x.formula.length).toBeGreaterThan(40);
    // Satisfaction is the latest shown survey's eNPS, exactly as its results page shows it.
    const { surveyTrend } = await hr.data('{ surveyTrend { title result { enps engagement respondents } } }');
    expect(m.satisfaction.value).toBe(surveyTrend.at(-1).result.enps);
    expect(part(m.satisfaction, 'engagement')).toMatchObject({ value: surveyTrend.at(-1).result.engagement, people: surveyTrend.at(-1).result.respondents });
    expect(m.satisfaction.trend.map((p) => p.value)).toEqual(surveyTrend.map((p: { result: { enps: number } }) => p.result.enps));
    // The former colleagues' voluntary leaving shows in the 12-month rate.
    expect(part(m.satisfaction, 'voluntaryAttrition').value).toBeGreaterThan(0);
    expect(m.performance.value).toBeGreaterThanOrEqual(1);
    expect(m.performance.value).toBeLessThanOrEqual(5);
    expect(m.performance.trend.length).toBeGreaterThan(0);
    expect(part(m.performance, 'staffingCoverage').value).toBeGreaterThan(0);
    expect(m.knowledge.value).toBeGreaterThan(0);
    expect(m.knowledge.trend).toHaveLength(4);
    // Band 1 against the rest of the published pool: both sides counted, the gap their difference
    // (or nothing, when a side has fewer than k people).
    const [top, rest] = [part(m.incentives, 'topRetention'), part(m.incentives, 'restRetention')];
    expect(top.people).toBeGreaterThan(0);
    expect(rest.people).toBeGreaterThanOrEqual(5);
    expect(rest.value).not.toBeNull();
    expect(top.value === null).toBe(top.people! < 5);
    expect(m.incentives.value).toEqual(top.value === null ? null : Math.round((top.value - rest.value!) * 10) / 10);
  });

  it('keeps a small unit under the threshold and speaks Chinese', async () => {
    const { orgUnits } = await hr.data('{ orgUnits { id name } }');
    const design = orgUnits.find((u: { name: string }) => u.name === 'Design').id;
    const small = byId((await hr.data(`{ effectiveness(unitId: "${design}") { ${DASHBOARD} } }`)).effectiveness.measures);
    expect(small.satisfaction.value).toBeNull();
    expect(small.satisfaction.trend.every((p) => p.value === null)).toBe(true);
    expect(part(small.performance, 'meanScore').value).toBeNull();
    const zh = (await dataIn(hr, 'zh-CN', '{ effectiveness { unitName measures { title } } }')).effectiveness;
    expect(zh.unitName).toBe('全公司');
    expect(zh.measures.map((x: { title: string }) => x.title)).toEqual(['满意度与忠诚度', '绩效', '知识共享度', '激励效果']);
  });

  it('is for dashboard readers only and names a bad unit', async () => {
    for (const role of ['employee', 'manager'] as const) expect((await (await server.loginAs(role)).request('{ effectiveness { unitName } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.request('{ effectiveness(unitId: "nope") { unitName } }')).errors?.[0].extensions?.field).toBe('unitId');
  });
});
