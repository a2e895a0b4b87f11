import { structurePlugin } from '@cadre/plugin-structure';
import { DEMO_ACCOUNTS, DEMO_PEOPLE } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsPlugin } from '../src/index.js';
import { answersFor, employees, personIds } from './support/demo.js';

const GROUP = 'key label suppressed reason invited respondents responseRate enps engagement questions { questionId suppressed answered mean comments }';
const RESULTS = `query($s: ID!, $f: InsightsSurveyFilterInput, $g: InsightsSurveyDimension) { surveyResults(surveyId: $s, filter: $f, groupBy: $g) { threshold overall { ${GROUP} } groups { ${GROUP} } } }`;

/**
 * A unit X with two teams, X1 (7 people) and X2 (2), all asked and all answering; 6 of the 9 at
 * level Q-A and 3 at Q-B. With k = 5, X shows (9) but X1 (7) must not: X − X1 would give X2's two
 * people. Likewise "X at level Q-A" (6) must not, or X minus it gives the three at Q-B.
 */
describe('the anonymity threshold against differencing', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let surveyId: string;
  const units: Record<string, string> = {};
  const results = async (client: GraphQLClient, f: Record<string, string> | null, g?: string) => (await client.data(RESULTS, { s: surveyId, f, g })).surveyResults;
  const hidden = (group: { suppressed: boolean; respondents: number | null; enps: number | null; questions: unknown[] }) => group.suppressed && group.respondents === null && group.enps === null && group.questions.length === 0;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, insightsPlugin] });
    [owner, hr] = await Promise.all([server.loginAs('owner'), server.loginAs('hr')]);
    const ids = await personIds(hr);
    const { orgUnits } = await hr.data('{ orgUnits { id parentId } }');
    const root = orgUnits.find((u: { parentId: string | null }) => !u.parentId).id;
    const unit = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }';
    units.x = (await owner.data(unit, { i: { name: 'Unit X', kind: 'TECHNICAL', parentId: root } })).createOrgUnit.id;
    units.x1 = (await owner.data(unit, { i: { name: 'Team X1', kind: 'TECHNICAL', parentId: units.x } })).createOrgUnit.id;
    units.x2 = (await owner.data(unit, { i: { name: 'Team X2', kind: 'TECHNICAL', parentId: units.x } })).createOrgUnit.id;
    // Nine people without a demo account (each gets one of their own to answer).
    const taken = new Set(DEMO_ACCOUNTS.map((a) => DEMO_PEOPLE.find((p) => p.key === a.person)!.email.split('@')[0]));
    const nine = Object.keys(ids).filter((k) => !taken.has(k)).sort().slice(10, 19);
    for (const [i, key] of nine.entries()) {
      await hr.data('mutation($p: ID!, $u: ID) { assignPersonToUnit(personId: $p, unitId: $u) { id } }', { p: ids[key], u: i < 7 ? units.x1 : units.x2 });
      await hr.data('mutation($id: ID!, $i: UpdatePersonInput!) { updatePerson(id: $id, input: $i) { id } }', { id: ids[key], i: { level: i % 3 === 2 ? 'Q-B' : 'Q-A' } });
    }
    const survey = (await hr.data(`mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id questions { id kind } } }`, { i: { title: 'Unit X pulse', kind: 'PULSE', audienceUnitIds: [units.x] } })).createSurvey;
    surveyId = survey.id;
    expect((await hr.data(`mutation { openSurvey(id: "${surveyId}") { invited } }`)).openSurvey.invited).toBe(9);
    const clients = await employees(server, owner, ids, nine);
    for (const [i, c] of clients.entries()) await c.data('mutation($s: ID!, $a: [InsightsAnswerInput!]!) { submitSurveyResponse(surveyId: $s, answers: $a) { id } }', { s: surveyId, a: answersFor(survey.questions, 4 + (i % 7), `comment ${8 - i}`) });
  }, 120_000);
  afterAll(() => server?.close());

  it('shows the unit of nine, with comments in no particular order', async () => {
    const r = await results(hr, { unitId: units.x });
    expect(r.threshold).toBe(5);
    expect(r.overall).toMatchObject({ suppressed: false, respondents: 9, invited: 9, responseRate: 100 });
    const comments = r.overall.questions.find((q: { questionId: string }) => q.questionId === 'comment').comments;
    expect(comments).toEqual([...comments].sort());
    expect(comments).toHaveLength(9);
  });

  it('hides a team of seven whose subtraction from its unit would reveal the other team of two — for the owner too', async () => {
    for (const client of [hr, owner]) {
      const x1 = await results(client, { unitId: units.x1 });
      expect(hidden(x1.overall)).toBe(true);
      expect(x1.overall.reason).toMatch(/subtract/);
      expect(hidden((await results(client, { unitId: units.x2 })).overall)).toBe(true);
      const cut = await results(client, { unitId: units.x }, 'UNIT');
      expect(cut.groups.map((g: { key: string }) => g.key).sort()).toEqual([units.x1, units.x2].sort());
      expect(cut.groups.every(hidden)).toBe(true);
    }
    // Company-wide by unit: X shows (the rest of the company asked nobody), its teams do not.
    const top = await results(hr, null, 'UNIT');
    expect(top.groups.find((g: { key: string }) => g.key === units.x)).toMatchObject({ suppressed: false, respondents: 9 });
  });

  it('refuses stacked filters that would isolate fewer than k by difference', async () => {
    for (const f of [{ unitId: units.x, level: 'Q-A' }, { unitId: units.x, level: 'Q-B' }, { level: 'Q-A' }]) expect(hidden((await results(hr, f)).overall), JSON.stringify(f)).toBe(true);
    const byLevel = await results(hr, { unitId: units.x }, 'LEVEL');
    expect(byLevel.groups.map((g: { key: string }) => g.key)).toEqual(['Q-A', 'Q-B']);
    expect(byLevel.groups.every(hidden)).toBe(true);
    // The team of seven at level Q-A is 5: neither the team nor the level may be peeled off.
    expect(hidden((await results(hr, { unitId: units.x1, level: 'Q-A' })).overall)).toBe(true);
    expect((await hr.request(RESULTS, { s: surveyId, f: { level: 'Q-A' }, g: 'LEVEL' })).errors?.[0].extensions?.field).toBe('groupBy');
  });

  it('follows the tenant’s threshold: at k = 3 the three at Q-B show, the team of two still does not; at k = 10 nothing does', async () => {
    await hr.data('mutation { setAnonymityThreshold(k: 3) }');
    const byLevel = await results(hr, { unitId: units.x }, 'LEVEL');
    expect(byLevel.threshold).toBe(3);
    expect(byLevel.groups.map((g: { key: string; respondents: number }) => [g.key, g.respondents])).toEqual([['Q-A', 6], ['Q-B', 3]]);
    expect((await results(hr, { unitId: units.x, level: 'Q-B' })).overall.respondents).toBe(3);
    expect(hidden((await results(hr, { unitId: units.x2 })).overall)).toBe(true);
    expect(hidden((await results(hr, { unitId: units.x1 })).overall)).toBe(true);
    await hr.data('mutation { setAnonymityThreshold(k: 10) }');
    const all = await results(hr, { unitId: units.x });
    expect(hidden(all.overall)).toBe(true);
    expect(all.overall.reason).toMatch(/Fewer than/);
    await hr.data('mutation { setAnonymityThreshold(k: 5) }');
  });
});
