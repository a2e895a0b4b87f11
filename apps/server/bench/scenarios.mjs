// What is measured: each scenario is the list of GraphQL requests one screen of the console
// sends (or one request), found and prepared through the API before the load starts.
import { data, login, request } from './client.mjs';
import * as D from './documents.mjs';

export const DEMO_PASSWORD = 'demo1234';
export const BENCH_TENANT = { slug: 'bench', owner: 'owner@bench.local', password: 'bench-owner-1234' };

const gql = (query, variables = {}) => ({ query, variables });

/** The `after` cursors of every page of `first` (null for page 1), walking the cursors only. */
export async function pageCursors(url, token, first) {
  const cursors = [null];
  for (;;) {
    const { people } = await data(url, D.PEOPLE_CURSOR, { first, after: cursors.at(-1) }, token);
    if (!people.pageInfo.hasNextPage) return cursors;
    cursors.push(people.pageInfo.endCursor);
  }
}

/** Signs in on the demo tenant and finds the ids the screens need. */
export async function demoContext(url) {
  const hr = await login(url, 'hr@demo.local', DEMO_PASSWORD, 'demo');
  const employee = await login(url, 'employee@demo.local', DEMO_PASSWORD, 'demo');
  const { me } = await data(url, D.ME, {}, hr);
  const subject = (await data(url, D.ME, {}, employee)).me.person;
  return { hr, me, subjectId: subject.id, subjectName: subject.name, permissions: new Set(me.permissions) };
}

/** The people page of issue #10, first and last (reached by cursor): same text for Cadre and the anchor. */
export async function peoplePages(url, token) {
  const cursors = await pageCursors(url, token, 50);
  return { pages: cursors.length, first: [gql(D.PEOPLE_PAGE, { after: null })], last: [gql(D.PEOPLE_PAGE, { after: cursors.at(-1) })] };
}

const holds = (permissions, p) => (Array.isArray(p) ? p : [p]).every((x) => permissions.has(x));

/**
 * The person page with every tab opened: the overview, then each plugin tab's queries (the ones
 * the viewer may see), including the requests the incentives tab makes per cycle and per pool.
 */
export async function personPage(url, ctx) {
  const id = ctx.subjectId;
  const list = [gql(D.PERSON, { id })];
  const tabs = ['overview'];
  if (holds(ctx.permissions, ['structure.skills.read', 'structure.projects.read'])) {
    tabs.push('skills');
    list.push(gql(D.SKILL_PROFILE, { personId: id }), gql(D.PROJECTS, { filter: { personId: id } }));
  }
  if (holds(ctx.permissions, 'knowledge.items.read')) {
    tabs.push('knowledge');
    list.push(gql(D.ITEMS, { filter: { authorId: id }, first: 10, offset: 0 }), gql(D.SHARING, { personIds: [id] }));
  }
  if (holds(ctx.permissions, 'incentives.cycles.read')) {
    tabs.push('incentives');
    const { reviewCycles } = await data(url, D.CYCLES, {}, ctx.hr);
    const { bonusPools } = await data(url, D.POOLS, {}, ctx.hr);
    list.push(gql(D.CYCLES), gql(D.POOLS));
    for (const c of reviewCycles.filter((c) => c.status !== 'draft')) list.push(gql(D.PARTICIPANTS, { cycleId: c.id, personId: id }));
    for (const p of bonusPools.filter((p) => p.status === 'published')) list.push(gql(D.PERSON_ALLOCATION, { poolId: p.id, personId: id }));
  }
  if (holds(ctx.permissions, 'development.courses.read')) {
    tabs.push('development');
    list.push(gql(D.PLANS, { personId: id, status: 'ACTIVE' }), gql(D.GAPS, { personId: id, targetLevelId: null }));
  }
  return { list, tabs, subjectName: ctx.subjectName };
}

/** The dashboard's widgets the viewer may see (apps/console/src/shell/core-part.tsx and the plugins' index.ts). */
export async function dashboard(url, ctx) {
  const me = ctx.me.person?.id;
  const widgets = [
    ['headcount-status', 'people.read', [gql(D.HEADCOUNT_BY_STATUS)]],
    ['headcount-level', 'people.read', [gql(D.HEADCOUNT_BY_LEVEL)]],
    ['recent-audit', 'audit.read', [gql(D.RECENT_AUDIT)]],
    ['structure.staffing', 'structure.projects.read', [gql(D.PROJECTS, { filter: {} })]],
    ['knowledge.recent', 'knowledge.items.read', [gql(D.ITEMS, { filter: { visibility: 'TENANT' }, first: 4, offset: 0 })]],
    ['attraction.funnel', 'attraction.candidates.read', [gql(D.FUNNEL)]],
    ['incentives.cycle-progress', 'incentives.cycles.write', [gql(D.CYCLES)]],
    ['incentives.my-bonus', 'incentives.allocations.read', [gql(D.MY_BONUS)]],
    ['development.my-plan', 'development.courses.read', me ? [gql(D.PLANS, { personId: me, status: 'ACTIVE' }), gql(D.GAPS, { personId: me, targetLevelId: null })] : []],
  ].filter(([, permission]) => holds(ctx.permissions, permission));
  return { list: widgets.flatMap(([, , requests]) => requests), widgets: widgets.map(([key]) => key) };
}

/**
 * A knowledge search the way the search page sends it: its page of 10. When the server's cost
 * limit refuses that page, the largest page it accepts is measured instead, and the note says so.
 */
export async function search(url, ctx, term = 'training') {
  let note = '';
  for (const first of [10, 8, 5, 3, 1]) {
    const variables = { query: term, filter: { kinds: null }, first, offset: 0 };
    const result = await request(url, D.SEARCH, variables, ctx.hr);
    const code = result.errors?.[0]?.extensions?.code;
    if (code === 'QUERY_TOO_COMPLEX') {
      note ||= `the console's page of 10 is refused: ${result.errors[0].message}`;
      continue;
    }
    if (result.errors?.length || !result.data) throw new Error(`searchKnowledge failed: ${JSON.stringify(result.errors).slice(0, 500)}`);
    return { list: [gql(D.SEARCH, variables)], term, first, hits: result.data.searchKnowledge.totalCount, note };
  }
  throw new Error(`searchKnowledge: every page size is refused (${note})`);
}

/** Hiring > Pay positions as it opens (20 by name), and sorted by compa-ratio, highest first. */
export function payPositions() {
  const page = (field, direction) => gql(D.PAY_POSITIONS, { filter: {}, sort: { field, direction }, first: 20, after: null });
  return { list: [page('NAME', 'ASC')], byCompaRatio: [page('COMPA_RATIO', 'DESC')] };
}

/** Knowledge > Sharing index as it opens: the people, 15 by index, and the team view. */
export function sharingIndex() {
  return { list: [gql(D.SHARING_PAGE, { from: null, to: null, filter: {}, sort: { field: 'INDEX', direction: 'DESC' }, first: 15, after: null }), gql(D.TEAM_SHARING, { from: null, to: null })] };
}

/** Insights > Attrition (the last 12 months) and Effectiveness (the company), and Talent development > Team gaps (the company), as they open. */
export function companyReports(today = new Date()) {
  const month = (d) => d.toISOString().slice(0, 7);
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return {
    attrition: [gql(D.ATTRITION, { from: month(from), to: month(today) })],
    effectiveness: [gql(D.EFFECTIVENESS, { unitId: null })],
    teamGaps: [gql(D.TEAM_GAPS, { unitId: null })],
  };
}

/** The org chart page as it opens: the units, then the people of the open (top) units. */
export async function orgChart(url, ctx) {
  const { orgChart: chart } = await data(url, D.ORG_CHART, { rootUnitId: null, search: null }, ctx.hr);
  const top = Math.min(...chart.units.map((u) => u.depth));
  const unitIds = chart.units.filter((u) => u.depth === top && u.memberCount > 0).map((u) => u.id).sort();
  const { orgUnitMembers } = await data(url, D.ORG_UNIT_MEMBERS, { unitIds }, ctx.hr);
  return { list: [gql(D.ORG_CHART, { rootUnitId: null, search: null }), gql(D.ORG_UNIT_MEMBERS, { unitIds })], units: chart.units.length, members: orgUnitMembers.length };
}

/**
 * A published bonus pool with one member per imported person of the bench tenant, built through
 * the API the way HR would: a review cycle over everyone, opened, moved to calibration, a
 * calibrated score for each participant (no reviews are submitted: the imported people have no
 * accounts), a pool with salary × target % weights, cycle finalised, pool approved and published.
 */
export async function benchPool(url, log) {
  const token = await login(url, BENCH_TENANT.owner, BENCH_TENANT.password, BENCH_TENANT.slug);
  const input = { name: 'Bench cycle', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria: [{ key: 'impact', name: 'Impact', weight: 1 }] };
  const cycle = (await data(url, 'mutation($i: CreateReviewCycleInput!) { createReviewCycle(input: $i) { id participantCount } }', { i: input }, token)).createReviewCycle;
  await data(url, 'mutation($id: ID!) { openReviewCycle(id: $id) { status } }', { id: cycle.id }, token);
  await data(url, 'mutation($id: ID!) { startReviewCycleCalibration(id: $id) { status } }', { id: cycle.id }, token);
  const { reviewCycleParticipants: todo } = await data(url, 'query($id: ID!) { reviewCycleParticipants(cycleId: $id) { personId } }', { id: cycle.id }, token);
  const started = Date.now();
  let n = 0;
  const calibrate = async () => {
    for (let p = todo.pop(); p; p = todo.pop()) {
      const score = 1 + ((n++ * 37) % 40) / 10; // 1.0 … 4.9, spread over every band
      await data(url, 'mutation($i: CalibrateScoreInput!) { calibrateScore(input: $i) { participant { id } } }', { i: { cycleId: cycle.id, personId: p.personId, score, reason: 'benchmark' } }, token);
    }
  };
  await Promise.all([calibrate(), calibrate(), calibrate(), calibrate()]);
  log(`  calibrated ${n} scores in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const levelTargets = [...['P4', 'P5', 'P6', 'P7', 'P8'].map((level, i) => ({ level, value: 8 + 2 * i })), ...['M1', 'M2', 'M3', 'M4', 'M5', 'M6'].map((level, i) => ({ level, value: 15 + 5 * i }))];
  const poolInput = { cycleId: cycle.id, name: 'Bench pool', amount: 5_000_000_000, currency: 'CNY', weightRule: 'salary-target-percent', levelTargets, defaultTarget: 10 };
  const pool = (await data(url, 'mutation($i: CreateBonusPoolInput!) { createBonusPool(input: $i) { id memberCount } }', { i: poolInput }, token)).createBonusPool;
  await data(url, 'mutation($id: ID!) { finaliseReviewCycle(id: $id) { status } }', { id: cycle.id }, token);
  await data(url, 'mutation($id: ID!) { approveBonusPool(id: $id) { status } }', { id: pool.id }, token);
  await data(url, 'mutation($id: ID!) { publishBonusPool(id: $id) { status } }', { id: pool.id }, token);
  return { token, poolId: pool.id, members: pool.memberCount, list: [gql(D.ALLOCATIONS, { poolId: pool.id })] };
}

/** The demo tenant's top person and units, for the scale import. */
export async function scaleAnchors(url, token) {
  const { people } = await data(url, 'query { people(first: 200) { nodes { email managerId } } }', {}, token);
  const root = people.nodes.find((p) => !p.managerId);
  const { orgUnits } = await data(url, D.ORG_UNITS_IDS, {}, token);
  return { rootEmail: root?.email ?? '', unitIds: orgUnits.filter((u) => u.depth >= 1).map((u) => u.id) };
}
