// Every page of the console walked as hr@demo.local in both languages, with a screenshot of each
// (e2e-output/<lang>/walk-*.png): each page hr may open renders without an error, names itself in
// the breadcrumb, and shows no raw message key or interface text in the other language; each page
// hr may not open is a 403. Then the same routes as employee@demo.local, in both languages too:
// what stays hidden, and that what an employee may open is in their language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { gqlAs } from './support/api';
import { RAW_KEY } from './support/forms';
import { sharedServerURL } from './support/server';

// Every route without a parameter, with the permission its declaration asks for.
const ROUTES: Array<[path: string, permission?: string]> = [
  ['/'], ['/people', 'people.read'], ['/people/new', 'people.write'], ['/people/import', 'people.import'],
  ['/roles', 'roles.read'], ['/accounts', 'accounts.read'], ['/audit', 'audit.read'], ['/jobs', 'jobs.read'], ['/plugins', 'plugins.read'],
  ['/settings', 'settings.read'], ['/settings/webhooks', 'webhooks.manage'], ['/settings/sso', 'settings.read'],
  ['/profile'], ['/profile/tokens'],
  ['/structure/org', 'structure.org.read'], ['/structure/shape', 'structure.org.read'], ['/structure/skills', 'structure.skills.read'],
  ['/structure/skills/taxonomy', 'structure.skills.read'], ['/structure/projects', 'structure.projects.read'],
  ['/structure/staffing', 'structure.staffing.run'], ['/structure/collaboration', 'structure.projects.read'],
  ['/knowledge', 'knowledge.items.read'], ['/knowledge/search', 'knowledge.items.read'], ['/knowledge/new', 'knowledge.items.write'],
  ['/knowledge/talks', 'knowledge.talks.read'], ['/knowledge/experts', 'knowledge.expertise.read'], ['/knowledge/index'],
  ['/knowledge/code-reviews', 'knowledge.reviews.admin'],
  ['/attraction/requisitions', 'attraction.requisitions.read'], ['/attraction/pipeline', 'attraction.candidates.read'],
  ['/attraction/candidates', 'attraction.candidates.read'], ['/attraction/offers'], ['/attraction/bands', 'attraction.bands.read'],
  ['/attraction/pay-positions', 'attraction.bands.read'], ['/attraction/my-pay'],
  ['/incentives/me', 'incentives.cycles.read'], ['/incentives/reviews', 'incentives.cycles.read'], ['/incentives/cycles', 'incentives.cycles.read'],
  ['/incentives/pools', 'incentives.pools.read'], ['/incentives/awards', 'incentives.awards.read'], ['/incentives/equity', 'incentives.comp.read'],
  ['/incentives/merit', 'incentives.comp.read'],
  ['/development/plans'], ['/development/gaps'], ['/development/courses', 'development.courses.read'], ['/development/ladders', 'development.ladders.read'],
  ['/development/team-gaps', 'development.gaps.read'], ['/development/research', 'development.research.read'], ['/development/budgets', 'development.courses.read'],
  ['/insights/my-surveys', 'insights.surveys.answer'], ['/insights/surveys', 'insights.surveys.manage'], ['/insights/attrition', 'insights.attrition.read'],
  ['/insights/risk', 'insights.risk.read'], ['/insights/effectiveness', 'insights.dashboard.read'],
];

const PLUGINS = ['structure', 'knowledge', 'attraction', 'incentives', 'development', 'insights'];

interface Account { permissions: Set<string>; plugins: Set<string> }

/** May this account open `path`? As the console decides: a plugin's page needs the plugin to run (me.enabledPlugins) and the page's permission, if any. */
function mayOpen(account: Account, path: string, permission?: string): boolean {
  const owner = path.split('/')[1];
  if (PLUGINS.includes(owner) && !account.plugins.has(owner)) return false;
  return !permission || account.permissions.has(permission);
}

/** A detail page of each kind, on the demo's first record (read through the API as hr). */
async function detailRoutes(base: string): Promise<string[]> {
  const d = await gqlAs(base, 'hr@demo.local', `{
    people(first: 1) { nodes { id } } requisitions { id } candidates { id } offers { id } courses { id }
    developmentPlans { id } reviewCycles { id } bonusPools { id } meritMatrices { id } surveys { id status }
    knowledgeItemsPage(first: 1) { nodes { id } } talks { id } projects { id }
    myReviewTasks { id } mySurveys { id } staffingPlansPage(first: 1) { nodes { id } } }`);
  const first = (rows: Array<{ id: string }>, name: string) => {
    if (!rows.length) throw new Error(`the demo has no ${name} to walk`);
    return rows[0].id;
  };
  const cycle = first(d.reviewCycles, 'review cycle');
  const pool = first(d.bonusPools, 'bonus pool');
  const closed = d.surveys.find((s: { status: string }) => s.status !== 'DRAFT') ?? d.surveys[0];
  const person = first(d.people.nodes, 'person');
  const candidate = first(d.candidates, 'candidate');
  const item = first(d.knowledgeItemsPage.nodes, 'knowledge item');
  // The demo seeds no staffing plan; one proposed for the whole organisation if no suite made one yet.
  const plan: string = d.staffingPlansPage.nodes[0]?.id ?? (await gqlAs(base, 'hr@demo.local', 'mutation { proposeStaffingPlan(input: {}) { id } }')).proposeStaffingPlan.id;
  return [
    `/people/${person}`, `/people/${person}/edit`,
    `/attraction/requisitions/${first(d.requisitions, 'requisition')}`,
    `/attraction/candidates/${candidate}`, `/attraction/candidates/${candidate}/offer`,
    `/attraction/offers/${first(d.offers, 'offer')}`,
    `/development/courses/${first(d.courses, 'course')}`,
    `/development/plans/${first(d.developmentPlans, 'plan')}`,
    `/incentives/cycles/${cycle}`, `/incentives/cycles/${cycle}/calibration`,
    `/incentives/pools/${pool}`, `/incentives/pools/${pool}/model`, `/incentives/pools/${pool}/compare`,
    `/incentives/reviews/${first(d.myReviewTasks, 'review task of hr')}`,
    `/incentives/merit/${first(d.meritMatrices, 'merit matrix')}`,
    `/insights/surveys/${closed.id}/results`, `/insights/my-surveys/${first(d.mySurveys, 'survey for hr')}`,
    `/knowledge/items/${item}`, `/knowledge/items/${item}/edit`,
    `/knowledge/talks/${first(d.talks, 'talk')}`,
    `/structure/projects/${first(d.projects, 'project')}`,
    `/structure/staffing/plans/${plan}`,
  ];
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Interface texts (column heads, form labels, empty states, radio and plain buttons outside
 * tables) in the other language: English words on a zh-CN page, Chinese on an en-US one.
 */
async function foreignTexts(page: Page, language: Language): Promise<string[]> {
  const texts = await page.locator('main').last().evaluate((main) => {
    // Link buttons, statistic titles and segmented options often carry data (a cycle's or a programme's name).
    const nodes = main.querySelectorAll('th, .ant-form-item-label, .ant-empty-description, .ant-radio-button-wrapper, button:not(.ant-btn-link):not(td button):not(.ant-pagination *)');
    // A column head that is a link names a record (a compared pool), not the interface.
    return [...nodes].filter((n) => !(n.tagName === 'TH' && n.querySelector('a'))).map((n) => (n as HTMLElement).innerText.trim()).filter(Boolean);
  });
  return texts.filter((t) => (language === 'zh-CN' ? !CJK.test(t) && /[a-z]{3,}/.test(t) : CJK.test(t)));
}

/** Opens `path` and waits until its data is in: no skeleton, spinner or pending lazy part. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main').last().waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning'), undefined, { timeout: 20_000 });
}

/** Raw message keys on screen. Identifiers shown as code (setting keys) and permission ids (which permission descriptions name) are meant to be seen. */
async function rawKeysOutsideCode(main: Locator, permissionIds: Set<string>): Promise<string[]> {
  const text = await main.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code').forEach((c) => c.remove());
    return copy.textContent ?? '';
  });
  return (text.match(RAW_KEY) ?? []).filter((key) => !permissionIds.has(key));
}

const forbidden = (page: Page) => page.locator('main .ant-result-403');
// Ids are UUIDs: matched whole, so '/<id>/calibration' keeps its 'ca' (hex letters) in the name.
const slug = (path: string) => path.replace(/^\//, '').replace(/[/?=&]+/g, '-').replace(/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '-id') || 'dashboard';

let browser: Browser;
let ids: Promise<Set<string>> | undefined;
const permissionIds = () => (ids ??= gqlAs(sharedServerURL(), 'owner@demo.local', '{ permissions { id } }').then((d) => new Set(d.permissions.map((p: { id: string }) => p.id))));
async function accountOf(email: string): Promise<Account> {
  const { me } = await gqlAs(sharedServerURL(), email, '{ me { permissions enabledPlugins } }');
  return { permissions: new Set(me.permissions), plugins: new Set(me.enabledPlugins) };
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What is wrong with the page on screen, for a viewer who may open it. */
async function check(page: Page, path: string, language: Language): Promise<string[]> {
  const problems: string[] = [];
  const main = page.locator('main').last();
  if (await page.locator('main .ant-result-403, main .ant-result-404').count()) problems.push(`${path}: 403/404`);
  const errors = await main.locator('.ant-alert-error').allInnerTexts();
  if (errors.length) problems.push(`${path}: error ${errors.join(' | ')}`);
  const crumb = (await page.getByLabel('breadcrumb').locator('li').last().innerText()).trim();
  if (!crumb || (language === 'zh-CN' && !CJK.test(crumb))) problems.push(`${path}: breadcrumb "${crumb}"`);
  const keys = await rawKeysOutsideCode(main, await permissionIds());
  if (keys.length) problems.push(`${path}: raw keys ${keys.join(', ')}`);
  const foreign = await foreignTexts(page, language);
  if (foreign.length) problems.push(`${path}: ${language === 'zh-CN' ? 'English' : 'Chinese'} text ${JSON.stringify(foreign.slice(0, 5))}`);
  return problems;
}

describe.each(['en-US', 'zh-CN'] as const)('the whole console as hr in %s', (language) => {
  let page: Page;
  let granted: Account;
  beforeAll(async () => {
    granted = await accountOf('hr@demo.local');
    page = await (await newContext(browser, sharedServerURL(), language)).newPage();
    await signIn(page, 'hr@demo.local');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(ROUTES)('%s renders in its language, or is a 403 without %s', async (path, permission) => {
    await open(page, path);
    if (!mayOpen(granted, path, permission)) {
      await forbidden(page).waitFor();
      return;
    }
    expect(await check(page, path, language)).toEqual([]);
    await screenshot(page, language, `walk-${slug(path)}`);
  });

  it('a detail page of every kind', async () => {
    const problems: string[] = [];
    for (const path of await detailRoutes(sharedServerURL())) {
      await open(page, path);
      problems.push(...(await check(page, path, language)));
      await screenshot(page, language, `walk-${slug(path)}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe.each(['en-US', 'zh-CN'] as const)('what stays hidden from employee@demo.local in %s', (language) => {
  let page: Page;
  let granted: Account;
  let hr: Account;
  beforeAll(async () => {
    [granted, hr] = await Promise.all([accountOf('employee@demo.local'), accountOf('hr@demo.local')]);
    page = await (await newContext(browser, sharedServerURL(), language)).newPage();
    await signIn(page, 'employee@demo.local');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('a fair share of the console is closed to an employee (hiring, bands, pools, audit, roles…)', () => {
    expect(ROUTES.filter(([path, permission]) => !mayOpen(granted, path, permission)).length).toBeGreaterThan(10);
  });

  it.each(ROUTES)('%s is a 403 without %s, and then not in the menu', async (path, permission) => {
    await open(page, path);
    if (mayOpen(granted, path, permission)) {
      expect(await check(page, path, language)).toEqual([]);
      return;
    }
    await forbidden(page).waitFor();
    if (mayOpen(hr, path, permission)) expect(await page.getByRole('navigation', { name: 'main' }).locator(`a[href="${path}"]`).count()).toBe(0);
  });

  it("another person's pay is hidden, and detail pages of hr-only kinds are refused", async () => {
    const { people } = await gqlAs(sharedServerURL(), 'hr@demo.local', '{ people(first: 5) { nodes { id } } }');
    const me = (await gqlAs(sharedServerURL(), 'employee@demo.local', '{ me { person { id } } }')).me.person.id;
    const other = people.nodes.find((p: { id: string }) => p.id !== me);
    await open(page, `/people/${other.id}`);
    await page.getByTestId('hidden-value').first().waitFor();
    const shown: string[] = [];
    const details = await detailRoutes(sharedServerURL());
    for (const path of details.filter((p) => /\/(attraction\/(requisitions|candidates)|incentives\/(pools|cycles\/[^/]+\/calibration)|structure\/staffing\/plans)\//.test(p))) {
      await open(page, path);
      if (!(await forbidden(page).count())) shown.push(path);
    }
    expect(shown).toEqual([]);
  }, 120_000);
});
