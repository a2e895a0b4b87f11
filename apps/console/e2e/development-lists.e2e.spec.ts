// The development lists paged, sorted and filtered on the server with their state in the URL (the
// kit's useServerList): courses, development plans and a course's enrolments, as hr@demo.local in
// both languages. Every expectation is the API's answer at that moment, over rows this spec makes
// itself (unique names), since other specs share the server.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { pick, rawKeys } from './support/forms';
import { rowsAre, param, total } from './support/lists';
import { sharedServerURL } from './support/server';

const page = (name: string, type: string) => `query($filter: Development${type}Filter, $sort: Development${type}Sort, $first: Int!, $after: String) {
  ${name}(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
const LISTS = { coursesPage: page('coursesPage', 'Course'), developmentPlansPage: page('developmentPlansPage', 'Plan'), courseEnrolmentsPage: page('courseEnrolmentsPage', 'Enrolment') };
const RUN = `DL ${Date.now().toString(36)}`;

let browser: Browser;
let baseURL: string;
let token: string;
let courseId: string;

/** One request as hr (signed in once). */
async function hr(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const result = (await response.json()) as { data?: any; errors?: unknown };
  if (!result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The API's order of a list for hr: every id the variables match, in pages of 200. */
async function apiOrder(list: keyof typeof LISTS, variables: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  for (let after: string | null = null; ; ) {
    const result: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (await hr(LISTS[list], { ...variables, first: 200, after }))[list];
    out.push(...result.nodes.map((n) => n.id));
    if (!result.pageInfo.hasNextPage) return out;
    after = result.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  const login = await (await fetch(`${baseURL}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: 'hr@demo.local', p: DEMO_PASSWORD } }),
  })).json();
  token = login.data.login.accessToken;
  // More than a page of each list: 22 courses (some external), 22 cancelled plans of one person
  // with no active plan (so other specs may still start one), and one course with 22 learners.
  for (let i = 0; i < 22; i++) {
    await hr('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', { i: { title: `${RUN} course ${String(i).padStart(2, '0')}`, kind: i % 3 ? 'INTERNAL' : 'EXTERNAL', skills: [], durationHours: 1 + (i % 5) } });
  }
  const { people } = await hr('{ people(first: 100) { nodes { id email } } }');
  const active = new Set((await hr('{ developmentPlans(status: ACTIVE) { person { id } } }')).developmentPlans.map((p: { person: { id: string } }) => p.person.id));
  const learners: Array<{ id: string; email: string }> = people.nodes;
  const planned = learners.find((p) => !active.has(p.id) && p.email !== 'hr@demo.local')!;
  for (let i = 0; i < 22; i++) {
    const { createDevelopmentPlan } = await hr('mutation($i: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $i) { id } }', { i: { personId: planned.id, summary: `${RUN} plan ${i}` } });
    await hr('mutation($id: ID!) { updateDevelopmentPlan(id: $id, input: { status: CANCELLED }) { id } }', { id: createDevelopmentPlan.id });
  }
  courseId = (await hr('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', { i: { title: `${RUN} cohort`, kind: 'INTERNAL', skills: [] } })).createCourse.id;
  for (const [i, person] of learners.slice(0, 22).entries()) {
    const { enrol } = await hr('mutation($c: ID!, $p: ID) { enrol(courseId: $c, personId: $p) { id } }', { c: courseId, p: person.id });
    if (i % 4 === 1) await hr('mutation($e: ID!) { completeCourse(enrolmentId: $e) { id } }', { e: enrol.id });
  }
});
afterAll(async () => {
  await browser?.close();
});

const sorter = (p: Page, table: string, n: number) => p.locator(`[data-testid=${table}] th.ant-table-column-has-sorters`).nth(n);

describe('the development lists, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';

    it(`courses: page 2, a shared link, a column sort and a kind filter (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, 'hr@demo.local');
      const byTitle = await apiOrder('coursesPage', { filter: { activeOnly: true }, sort: { field: 'TITLE', direction: 'ASC' } });
      expect(byTitle.length).toBeGreaterThan(20);
      await p.goto('/development/courses');
      await rowsAre(p, 'courses-table', byTitle.slice(0, 20));
      expect(await total(p)).toContain(String(byTitle.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'courses-table', byTitle.slice(20, 40));
      expect(param(p, 'page')).toBe('2');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'development-courses-page-2');

      // The hours column sorts on the server and starts again at page 1.
      const byHours = await apiOrder('coursesPage', { filter: { activeOnly: true }, sort: { field: 'DURATION', direction: 'ASC' } });
      await sorter(p, 'courses-table', 1).click();
      await rowsAre(p, 'courses-table', byHours.slice(0, 20));
      expect(param(p, 'sort')).toBe('DURATION');
      expect(param(p, 'page')).toBeNull();

      // A shared link to page 2 of the title order, backwards, and a reload.
      const byTitleDesc = await apiOrder('coursesPage', { filter: { activeOnly: true }, sort: { field: 'TITLE', direction: 'DESC' } });
      await p.goto('/development/courses?sort=-TITLE&page=2');
      await rowsAre(p, 'courses-table', byTitleDesc.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'courses-table', byTitleDesc.slice(20, 40));

      // The kind filter narrows on the server, keeping the order; the total is the API's count.
      await pick(p, p.locator('.ant-select', { has: p.getByLabel(en ? 'Kind' : '类型') }), en ? /^External$/ : /^外部课程$/);
      const external = await apiOrder('coursesPage', { filter: { activeOnly: true, kind: 'EXTERNAL' }, sort: { field: 'TITLE', direction: 'DESC' } });
      expect(external.length).toBeGreaterThan(0);
      await rowsAre(p, 'courses-table', external.slice(0, 20));
      expect(param(p, 'kind')).toBe('EXTERNAL');
      expect(await total(p)).toContain(String(external.length));
      await p.context().close();
    });

    it(`development plans: cancelled ones over two pages, a shared link, the status column and filter (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, 'hr@demo.local');
      const cancelled = await apiOrder('developmentPlansPage', { filter: { status: 'CANCELLED' }, sort: { field: 'CREATED_AT', direction: 'DESC' } });
      expect(cancelled.length).toBeGreaterThan(20);
      await p.goto('/development/plans');
      const activeOnes = await apiOrder('developmentPlansPage', { filter: { status: 'ACTIVE' }, sort: { field: 'CREATED_AT', direction: 'DESC' } });
      await rowsAre(p, 'plans-table', activeOnes.slice(0, 20));
      // The status filter asks the server; its total is the API's count.
      await pick(p, p.locator('.ant-select', { has: p.getByLabel(en ? 'Status' : '状态') }), en ? /^Cancelled$/ : /^已取消$/);
      await rowsAre(p, 'plans-table', cancelled.slice(0, 20));
      expect(param(p, 'status')).toBe('CANCELLED');
      expect(await total(p)).toContain(String(cancelled.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'plans-table', cancelled.slice(20, 40));
      expect(param(p, 'page')).toBe('2');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'development-plans-page-2');

      // A shared link to page 2 of every plan by last update, and a reload.
      const byUpdate = await apiOrder('developmentPlansPage', { filter: { status: null }, sort: { field: 'UPDATED_AT', direction: 'ASC' } });
      await p.goto('/development/plans?status=all&sort=UPDATED_AT&page=2');
      await rowsAre(p, 'plans-table', byUpdate.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'plans-table', byUpdate.slice(20, 40));
      expect(await total(p)).toContain(String(byUpdate.length));

      // The status column sorts every plan on the server.
      const byStatus = await apiOrder('developmentPlansPage', { filter: { status: null }, sort: { field: 'STATUS', direction: 'ASC' } });
      await sorter(p, 'plans-table', 0).click();
      await rowsAre(p, 'plans-table', byStatus.slice(0, 20));
      expect(param(p, 'sort')).toBe('STATUS');
      await p.context().close();
    });

    it(`a course's enrolments: page 2, a shared link, a column sort and the status filter (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, 'hr@demo.local');
      const newest = await apiOrder('courseEnrolmentsPage', { filter: { courseId }, sort: { field: 'ENROLLED_AT', direction: 'DESC' } });
      expect(newest.length).toBe(22);
      await p.goto(`/development/courses/${courseId}`);
      await rowsAre(p, 'enrolments-table', newest.slice(0, 20));
      expect(await total(p)).toContain('22');
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'enrolments-table', newest.slice(20));
      expect(param(p, 'page')).toBe('2');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'development-enrolments-page-2');

      // The status column sorts on the server (ties by id); a shared link to its page 2 survives a reload.
      const byStatus = await apiOrder('courseEnrolmentsPage', { filter: { courseId }, sort: { field: 'STATUS', direction: 'ASC' } });
      await sorter(p, 'enrolments-table', 0).click();
      await rowsAre(p, 'enrolments-table', byStatus.slice(0, 20));
      expect(param(p, 'sort')).toBe('STATUS');
      await p.goto(`/development/courses/${courseId}?sort=STATUS&page=2`);
      await rowsAre(p, 'enrolments-table', byStatus.slice(20));
      await p.reload();
      await rowsAre(p, 'enrolments-table', byStatus.slice(20));

      // The status filter, counted by the server.
      await pick(p, p.locator('.ant-select', { has: p.getByLabel(en ? 'Status' : '状态') }), en ? /^Completed$/ : /^已完成$/);
      const completed = await apiOrder('courseEnrolmentsPage', { filter: { courseId, status: 'COMPLETED' }, sort: { field: 'STATUS', direction: 'ASC' } });
      expect(completed.length).toBe(6);
      await rowsAre(p, 'enrolments-table', completed);
      expect(param(p, 'status')).toBe('COMPLETED');
      expect(await total(p)).toContain('6');

      // The export holds what the filtered list shows, in its order.
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-development.enrolments').click()]);
      const [header, ...lines] = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
      expect(header).toBe('course,person,status,enrolled_at,completed_at,rating');
      expect(lines).toHaveLength(completed.length);
      expect(lines.every((line) => line.split(',')[2] === 'COMPLETED')).toBe(true);
      await p.context().close();
    });
  }
});
