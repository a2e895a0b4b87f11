// The structure lists paged, sorted and filtered on the server with their state in the URL (the
// kit's useServerList): projects as hr@demo.local and the staffing plan history as the manager of
// ML Infrastructure, in both languages, with a plan opened at its own address. Expectations come from the API within each test, and the
// rows that make a second page are made here with names of their own (the server is shared).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages, gqlAs } from './support/api';
import { pick, rawKeys } from './support/forms';
import { rowsAre, param, total } from './support/lists';
import { sharedServerURL } from './support/server';

const PROJECTS_PAGE = `query($filter: ProjectFilterInput, $sort: StructureProjectSort, $first: Int!, $after: String) {
  projectsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
const PLANS_PAGE = `query($filter: StaffingPlanFilter, $sort: StaffingPlanSort, $first: Int!, $after: String) {
  staffingPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
const HR = 'hr@demo.local';
const MANAGER = 'manager@demo.local';

let browser: Browser;
let baseURL: string;
let infra: string;
const run = Date.now().toString(36);

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  // More than a page of 20 projects, and more than a page of 10 plans for the manager's unit.
  const { projects } = await gqlAs(baseURL, HR, '{ projects { id } }');
  for (let n = projects.length; n < 45; n++) {
    await gqlAs(baseURL, HR, 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', { i: { name: `Lists e2e ${run} ${String(n).padStart(2, '0')}`, priority: 1 + (n % 5), headcountMax: 2 } });
  }
  infra = (await gqlAs(baseURL, HR, '{ orgUnits { id name } }')).orgUnits.find((u: { name: string }) => u.name === 'ML Infrastructure').id;
  const plans = await allPages(baseURL, MANAGER, PLANS_PAGE, 'staffingPlansPage', { filter: { unitId: infra } });
  for (let n = plans.length; n < 13; n++) await gqlAs(baseURL, MANAGER, 'mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: infra });
  const { proposeStaffingPlan } = await gqlAs(baseURL, MANAGER, 'mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: infra });
  await gqlAs(baseURL, MANAGER, 'mutation($id: ID!) { discardStaffingPlan(id: $id) { id } }', { id: proposeStaffingPlan.id });
});
afterAll(async () => {
  await browser?.close();
});

const ids = async (email: string, query: string, field: string, variables: Record<string, unknown>) => (await allPages(baseURL, email, query, field, variables)).map((n: { id: string }) => n.id);
const projectsOrder = (variables: Record<string, unknown>) => ids(HR, PROJECTS_PAGE, 'projectsPage', variables);
const plansOrder = (variables: Record<string, unknown>) => ids(MANAGER, PLANS_PAGE, 'staffingPlansPage', variables);


describe('the structure lists, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';

    it(`projects: page, sort and filter through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      const all = await projectsOrder({ sort: { field: 'PRIORITY', direction: 'DESC' } });
      expect(all.length).toBeGreaterThan(40);

      await p.goto('/structure/projects');
      await rowsAre(p, 'projects-table', all.slice(0, 20));
      expect(await total(p)).toContain(String(all.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'projects-table', all.slice(20, 40));
      expect(param(p, 'page')).toBe('2');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'structure-projects-page-2');

      // The name column's sorter asks the server and starts again at page 1.
      const byName = await projectsOrder({ sort: { field: 'NAME', direction: 'ASC' } });
      await p.locator('[data-testid=projects-table] th.ant-table-column-has-sorters').first().click();
      await rowsAre(p, 'projects-table', byName.slice(0, 20));
      expect(param(p, 'sort')).toBe('NAME');
      expect(param(p, 'page')).toBeNull();

      // A shared link to page 3 of that order, and a reload, show exactly those rows.
      await p.goto('/structure/projects?sort=NAME&page=3');
      await rowsAre(p, 'projects-table', byName.slice(40, 60));
      await p.reload();
      await rowsAre(p, 'projects-table', byName.slice(40, 60));

      // Filters narrow on the server (status, then cross-unit only); the total is the API's count.
      await pick(p, p.locator('.ant-select', { has: p.getByLabel(en ? 'Status' : '状态') }), en ? 'Planned' : '计划中');
      const planned = await projectsOrder({ filter: { status: 'PLANNED' }, sort: { field: 'NAME', direction: 'ASC' } });
      await rowsAre(p, 'projects-table', planned.slice(0, 20));
      expect(param(p, 'status')).toBe('PLANNED');
      expect(param(p, 'page')).toBeNull();
      expect(await total(p)).toContain(String(planned.length));
      await p.goto('/structure/projects?crossUnit=true');
      const cross = await projectsOrder({ filter: { crossUnit: true }, sort: { field: 'PRIORITY', direction: 'DESC' } });
      expect(cross.length).toBeGreaterThan(0);
      expect(cross.length).toBeLessThan(all.length);
      await rowsAre(p, 'projects-table', cross.slice(0, 20));
      expect(await total(p)).toContain(String(cross.length));
      expect(await p.getByTestId('projects-cross-unit').getAttribute('aria-checked')).toBe('true');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await p.context().close();
    });

    it(`staffing plan history: page, sort and filter through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, MANAGER);
      const newest = await plansOrder({ filter: { unitId: infra }, sort: { field: 'CREATED_AT', direction: 'DESC' } });
      expect(newest.length).toBeGreaterThan(10);

      await p.goto('/structure/staffing');
      await p.getByTestId('staffing-unit').getByText('ML Infrastructure').waitFor();
      await rowsAre(p, 'plans-table', newest.slice(0, 10));
      expect(await total(p)).toContain(String(newest.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'plans-table', newest.slice(10, 20));
      expect(param(p, 'page')).toBe('2');

      // The total column's sorter (the third sortable one) equals the API's order.
      const byTotal = await plansOrder({ filter: { unitId: infra }, sort: { field: 'TOTAL', direction: 'ASC' } });
      await p.locator('[data-testid=plans-table] th.ant-table-column-has-sorters').nth(2).click();
      await rowsAre(p, 'plans-table', byTotal.slice(0, 10));
      expect(param(p, 'sort')).toBe('TOTAL');

      // A shared link to page 2 of the highest totals, and a reload.
      const byTotalDesc = await plansOrder({ filter: { unitId: infra }, sort: { field: 'TOTAL', direction: 'DESC' } });
      await p.goto('/structure/staffing?sort=-TOTAL&page=2');
      await rowsAre(p, 'plans-table', byTotalDesc.slice(10, 20));
      await p.reload();
      await rowsAre(p, 'plans-table', byTotalDesc.slice(10, 20));

      // The status filter, with the API's total.
      await p.getByTestId('plans-status').locator('.ant-segmented-item').filter({ hasText: en ? /^Discarded$/ : /^已放弃$/ }).click();
      const discarded = await plansOrder({ filter: { unitId: infra, status: 'DISCARDED' }, sort: { field: 'TOTAL', direction: 'DESC' } });
      expect(discarded.length).toBeGreaterThan(0);
      await rowsAre(p, 'plans-table', discarded.slice(0, 10));
      expect(param(p, 'status')).toBe('DISCARDED');
      expect(await total(p)).toContain(String(discarded.length));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'structure-staffing-history');

      // Each plan has an address of its own: the link opens it, and the link works as a fresh load.
      const first = discarded[0]!;
      const link = p.locator(`[data-testid=plans-table] tr[data-row-key="${first}"]`).getByTestId('plan-link');
      expect(await link.getAttribute('href')).toBe(`/structure/staffing/plans/${first}`);
      await link.click();
      await p.getByTestId('staffing-plan-status').filter({ hasText: en ? 'Discarded' : '已放弃' }).waitFor();
      expect(new URL(p.url()).pathname).toBe(`/structure/staffing/plans/${first}`);
      expect(await p.getByTestId('staffing-plan-title').innerText()).toContain('ML Infrastructure');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await p.reload();
      await p.getByTestId('staffing-plan-status').waitFor();
      await p.context().close();
    });
  }
});
