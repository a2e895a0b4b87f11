// The structure plugin's console as manager@demo.local (高飞 Gao Fei, lead of ML Infrastructure):
// the org chart and its search, the staffing optimiser (diff, why, apply, verified through the
// GraphQL API; a stale plan refused with CONFLICT), and screenshots of the main pages in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { confirmDialog } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let page: Page;
let baseURL: string;

/** A GraphQL client signed in as `email` (for setting up and checking what the UI did). */
async function api(email: string) {
  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };
  const login = await post('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: DEMO_PASSWORD });
  const token = login.data.login.accessToken as string;
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await post(query, variables, token);
    if (!result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
}

interface ProjectRow { id: string; name: string; assignments: Array<{ personId: string; allocation: number; person: { name: string } | null }> }
const PROJECTS = 'query($u: ID) { projects(filter: { unitId: $u }) { id name assignments { personId allocation person { name } } } }';

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'manager@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

describe('structure as a manager', () => {
  it('renders the org chart and its search finds a person, whose page opens', async () => {
    // People are fetched per open unit, never the whole company at once.
    const sent: Array<{ query: string; variables?: { unitIds?: string[] } }> = [];
    const record = (r: { url(): string; postData(): string | null }) => { if (r.url().endsWith('/graphql') && r.postData()) sent.push(JSON.parse(r.postData()!)); };
    page.on('request', record);
    const gql = await api('manager@demo.local');
    const ids = new Map<string, string>((await gql('{ orgUnits { id name } }')).orgUnits.map((u: { id: string; name: string }) => [u.name, u.id]));
    const memberRequests = () => sent.filter((b) => b.query.includes('orgUnitMembers')).map((b) => [...b.variables!.unitIds!].sort());

    await page.goto('/structure/org');
    await page.getByTestId('org-chart').locator('canvas').waitFor();
    await expect.poll(memberRequests).toEqual([[ids.get('Leadership')]]);
    expect(sent.filter((b) => b.query.includes('orgChart(')).every((b) => b.query.includes('includeMembers: false'))).toBe(true);
    await screenshot(page, 'en-US', 'structure-org');
    await page.getByTestId('org-search').locator('input').fill('Zhu Chen');
    await page.keyboard.press('Enter');
    const match = page.getByTestId('org-match-person');
    await match.first().waitFor();
    expect(await match.allInnerTexts()).toEqual(['朱晨 Zhu Chen']);
    expect(await page.getByTestId('org-matches').innerText()).toContain('ML Infrastructure');
    // The search opens the path to the match and loads those units' people only.
    await expect.poll(() => memberRequests().at(-1)).toEqual([ids.get('Leadership'), ids.get('Engineering'), ids.get('ML Infrastructure')].sort());
    page.off('request', record);
    await screenshot(page, 'en-US', 'structure-org-search');
    await match.click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByText('Software Engineer, Distributed Training').first().waitFor();
  });

  it('proposes a staffing plan for its unit, explains it, and applies it', async () => {
    const gql = await api('manager@demo.local');
    const { orgUnits } = await gql('{ orgUnits { id name } }');
    const infra = orgUnits.find((u: { name: string }) => u.name === 'ML Infrastructure').id as string;
    // Free two people, so the optimiser has someone to place.
    const before: ProjectRow[] = (await gql(PROJECTS, { u: infra })).projects;
    const storage = before.find((p) => p.name === 'Checkpoint storage tier')!;
    const hanXue = storage.assignments.find((a) => a.person?.name === '韩雪 Han Xue')!.personId;
    await gql('mutation($p: ID!, $q: ID!) { unassignFromProject(projectId: $p, personId: $q) { id } }', { p: storage.id, q: hanXue });
    const onProjects = async () => ((await gql(PROJECTS, { u: infra })).projects as ProjectRow[]).flatMap((p) => p.assignments.map((a) => a.personId));
    expect(await onProjects()).not.toContain(hanXue);

    await page.goto('/structure/staffing');
    await page.getByTestId('staffing-unit').getByText('ML Infrastructure').waitFor();
    await page.getByTestId('staffing-propose').click();
    await page.getByTestId('staffing-plan').waitFor();
    expect(await page.getByTestId('plan-status').innerText()).toBe('Proposed');
    // Proposing ran as a job whose id is in the URL: a reload comes back to the same plan.
    const jobId = new URL(page.url()).searchParams.get('job');
    expect(jobId).toBeTruthy();
    expect((await gql('query($id: ID!) { job(id: $id) { type state progress } }', { id: jobId })).job).toEqual({ type: 'structure.propose-staffing-plan', state: 'completed', progress: 100 });
    await page.reload();
    await page.getByTestId('staffing-plan').waitFor();
    expect(await page.getByTestId('plan-status').innerText()).toBe('Proposed');
    const diff = page.getByTestId('staffing-diff');
    const hanRow = diff.locator('tr', { hasText: 'Han Xue' });
    expect(await hanRow.getByTestId('change-kind').innerText()).toBe('New');
    expect(await diff.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'en-US', 'structure-staffing-diff');

    // Why each person: a one-line reason per proposal, and the requirements and score parts on expanding it.
    await page.getByRole('tab', { name: 'Why each person' }).click();
    const why = page.getByTestId('staffing-why');
    const reasons = await why.getByTestId('why-summary').allInnerTexts();
    expect(reasons.length).toBeGreaterThanOrEqual(4);
    for (const r of reasons) expect(r).toMatch(/covers \d+ of \d+ requirements fully \(fit \d+%\)/);
    await why.locator('tr', { hasText: 'Han Xue' }).locator('.ant-table-row-expand-icon').click();
    const detail = page.getByTestId('why-detail').first();
    await detail.waitFor();
    expect(await detail.innerText()).toMatch(/Requirements it covers[\s\S]*Skill fit[\s\S]*Continuity/);
    await detail.getByText('Also considered').waitFor();
    await screenshot(page, 'en-US', 'structure-staffing-why');

    // Apply on approval: a confirmation, then the assignments change.
    await page.getByTestId('staffing-apply').click();
    expect(await page.locator('.ant-modal-confirm-title').innerText()).toBe('Apply this staffing plan?');
    await confirmDialog(page);
    await page.getByTestId('plan-applied').waitFor();
    expect(await page.getByTestId('plan-status').innerText()).toBe('Applied');
    expect(await onProjects()).toContain(hanXue);
    const { staffingPlans } = await gql('query($u: ID) { staffingPlans(unitId: $u, first: 1) { status summary { new } } }', { u: infra });
    expect(staffingPlans[0]).toMatchObject({ status: 'APPLIED' });
    expect(staffingPlans[0].summary.new).toBeGreaterThanOrEqual(1);
  });

  it('names the project when the staffing cannot be solved', async () => {
    const gql = await api('manager@demo.local');
    const { orgUnits } = await gql('{ orgUnits { id name } }');
    const infra = orgUnits.find((u: { name: string }) => u.name === 'ML Infrastructure').id as string;
    const { createProject } = await gql('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
      i: { name: 'Exascale storage moonshot', ownerUnitId: infra, status: 'ACTIVE', priority: 5, headcountMin: 12, headcountMax: 20 },
    });
    try {
      await page.goto('/structure/staffing');
      await page.getByTestId('staffing-unit').getByText('ML Infrastructure').waitFor();
      await page.getByTestId('staffing-propose').click();
      const error = page.getByTestId('staffing-error');
      await error.waitFor();
      const text = await error.innerText();
      expect(text).toContain('The plan cannot be made or applied');
      expect(text).toMatch(/Minimum headcounts add up to \d+/);
      expect(await error.locator('.ant-tag').allInnerTexts()).toContain('Exascale storage moonshot');
      await screenshot(page, 'en-US', 'structure-staffing-infeasible');
    } finally {
      await gql('mutation($id: ID!) { updateProject(id: $id, input: { status: CLOSED }) { id } }', { id: createProject.id });
    }
  });

  it('refuses a stale plan with the CONFLICT message', async () => {
    const gql = await api('manager@demo.local');
    const { orgUnits } = await gql('{ orgUnits { id name } }');
    const infra = orgUnits.find((u: { name: string }) => u.name === 'ML Infrastructure').id as string;
    await page.goto('/structure/staffing');
    await page.getByTestId('staffing-unit').getByText('ML Infrastructure').waitFor();
    await page.getByTestId('staffing-propose').click();
    await page.getByTestId('staffing-plan').waitFor();
    expect(await page.getByTestId('plan-status').innerText()).toBe('Proposed');
    // Someone changes an assignment the plan covers after it was made.
    const [plan] = (await gql('query($u: ID) { staffingPlans(unitId: $u, first: 1) { id status projects { projectId } } }', { u: infra })).staffingPlans;
    expect(plan.status).toBe('PROPOSED');
    const planned = new Set(plan.projects.map((p: { projectId: string }) => p.projectId));
    const project = ((await gql(PROJECTS, { u: infra })).projects as ProjectRow[]).find((p) => planned.has(p.id) && p.assignments.length)!;
    await gql('mutation($p: ID!, $q: ID!) { unassignFromProject(projectId: $p, personId: $q) { id } }', { p: project.id, q: project.assignments[0]!.personId });
    await page.getByTestId('staffing-apply').click();
    await confirmDialog(page);
    const error = page.getByTestId('apply-error');
    await error.waitFor().catch(async (e: Error) => {
      // What the page and the API say instead, so that a failure here can be told apart.
      const after = (await gql('query($id: ID!) { staffingPlan(id: $id) { status } }', { id: plan.id })).staffingPlan;
      throw new Error(`${e.message}\nplan ${plan.id} is ${after.status}; page ${page.url()} shows: ${(await page.locator('body').innerText()).slice(0, 800)}`);
    });
    expect(await error.innerText()).toMatch(/Assignments changed since this plan was made/);
    expect(await page.getByTestId('plan-status').innerText()).toBe('Proposed');
  });
});

const PAGES: Array<{ name: string; path: string; ready: string }> = [
  { name: 'structure-shape', path: '/structure/shape', ready: '[data-testid=span-chart] canvas' },
  { name: 'structure-skills', path: '/structure/skills', ready: '[data-testid=skills-heatmap] canvas' },
  { name: 'structure-projects', path: '/structure/projects', ready: '[data-testid=project-link]' },
  { name: 'structure-collaboration', path: '/structure/collaboration', ready: '[data-testid=collab-graph] canvas' },
  { name: 'structure-staffing', path: '/structure/staffing', ready: '[data-testid=staffing-propose]' },
];

describe.each(['en-US', 'zh-CN'] as const)('structure pages in %s', (language: Language) => {
  it('shows each main page in the language', async () => {
    const p = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(p, 'manager@demo.local');
    const title = language === 'zh-CN' ? '组织架构图' : 'Org chart';
    await p.goto('/structure/org');
    await p.getByTestId('org-chart').locator('canvas').waitFor();
    await p.getByText(title, { exact: true }).first().waitFor();
    await screenshot(p, language, 'structure-org');
    for (const { name, path, ready } of PAGES) {
      await p.goto(path);
      await p.locator(ready).first().waitFor();
      await screenshot(p, language, name);
    }
    await p.goto('/structure/projects');
    await p.getByTestId('project-link').first().click();
    await p.getByTestId('project-name').waitFor();
    await p.getByText(language === 'zh-CN' ? '技能要求' : 'Skill requirements', { exact: true }).waitFor();
    await screenshot(p, language, 'structure-project');
    // The person tab: skill profile and assignments of the manager's report.
    const gql = await api('manager@demo.local');
    const zhu = (await gql('{ people(filter: { search: "Zhu Chen" }) { nodes { id } } }')).people.nodes[0].id as string;
    await p.goto(`/people/${zhu}`);
    await p.getByRole('tab', { name: language === 'zh-CN' ? '技能与项目' : 'Skills & projects' }).click();
    await p.getByTestId('person-structure').getByText('Distributed training').first().waitFor();
    await screenshot(p, language, 'structure-person-tab');
    await p.context().close();
  });
});
