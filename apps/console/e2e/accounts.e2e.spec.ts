// Accounts from the console: the owner creates an account for a person (a taken email is refused on
// its field), changes its roles, disables it (it can no longer sign in) and enables it again; hr
// reads the list without any write action; an employee has no such page. In both languages, each
// with its own new account (the demo's accounts are shared with the other specs and stay as they are).
// Then the list paged, sorted and filtered on the server with its state in the URL, over 25 accounts
// made here (pager00… pager24, every third a recruiter); every expectation is the API's own answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allPages, gqlAs } from './support/api';
import { DEMO_PASSWORD, launchBrowser, navLabels, newContext, screenshot, signIn, type Language } from './support/browser';
import { buttonName, choose, modal, motionEnded, pick, rawKeys } from './support/forms';
import { header, param, rowsAre, total } from './support/lists';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;

const TEXT = {
  'en-US': { nav: 'Accounts', create: 'New account', save: 'Save', roles: 'Change roles', disable: 'Disable', enable: 'Enable', ok: 'OK', active: 'Active', disabled: 'Disabled', taken: 'already exists', email: 'Email', created: 'Created' },
  'zh-CN': { nav: '账号', create: '新建账号', save: '保存', roles: '修改角色', disable: '停用', enable: '启用', ok: '确定', active: '启用中', disabled: '已停用', taken: '已存在', email: '邮箱', created: '创建时间' },
} as const;

const ACCOUNTS = '{ accounts { id email disabled roles person { id name } } }';

/** Whether `email` can sign in with the demo password. */
async function signsIn(email: string): Promise<boolean> {
  const response = await fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: email, p: DEMO_PASSWORD } }) });
  return Boolean(((await response.json()) as { data?: { login?: unknown } }).data?.login);
}

async function as(email: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

const row = (page: Page, email: string) => page.getByTestId('accounts-table').locator('tr', { hasText: email });

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en-US', 'zh-CN'] as const)('accounts in %s', (language: Language) => {
  const text = TEXT[language];
  const email = `account.${language.toLowerCase()}@demo.local`;

  it('the owner creates an account for a person, changes its roles, disables and enables it', async () => {
    const before = (await gqlAs(baseURL, 'owner@demo.local', ACCOUNTS)).accounts as Array<{ email: string; person: { id: string } | null }>;
    const { people } = await gqlAs(baseURL, 'owner@demo.local', '{ people(first: 200, filter: { status: "active" }) { nodes { id name } } }');
    const taken = new Set(before.map((a) => a.person?.id));
    // A person without an account, different per language (zh-CN runs after en-US created one).
    const person = (people.nodes as Array<{ id: string; name: string }>).filter((p) => !taken.has(p.id))[0]!;

    const page = await as('owner@demo.local', language);
    await page.getByRole('navigation', { name: 'main' }).getByText(text.nav, { exact: true }).click();
    await page.waitForURL(/\/accounts$/);
    await row(page, 'hr@demo.local').waitFor();
    // The owner's own account cannot be disabled from here.
    expect(await page.getByTestId('account-disable-owner@demo.local').count()).toBe(0);

    await page.getByTestId('account-new').click();
    const form = modal(page);
    await form.waitFor();
    await motionEnded(page);
    await form.locator('#email').fill('hr@demo.local');
    await form.locator('#password').fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    // The API's CONFLICT shows under the email, and nothing was created.
    await form.locator('.ant-form-item-explain-error', { hasText: text.taken }).waitFor();
    expect((await gqlAs(baseURL, 'owner@demo.local', ACCOUNTS)).accounts.length).toBe(before.length);

    await form.locator('#email').fill(email);
    // The roles' dropdown stays open after a choice (it takes several): picking the person closes it.
    await choose(page, form, 'roles', 'Recruiter');
    await choose(page, form, 'personId', person.name, person.name);
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await screenshot(page, language, 'account-new');
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    await row(page, email).waitFor();
    let created = (await gqlAs(baseURL, 'owner@demo.local', ACCOUNTS)).accounts.find((a: { email: string }) => a.email === email);
    expect(created).toMatchObject({ disabled: false, roles: ['employee', 'recruiter'], person: { id: person.id, name: person.name } });
    expect(await row(page, email).innerText()).toContain(person.name);
    expect(await signsIn(email)).toBe(true);

    await row(page, email).getByTestId(`account-roles-${email}`).click();
    const roles = modal(page);
    await roles.waitFor();
    await motionEnded(page);
    await roles.locator('.ant-select-selection-item', { hasText: 'Recruiter' }).locator('.ant-select-selection-item-remove').click();
    await roles.locator('.ant-select-selection-item', { hasText: 'Recruiter' }).waitFor({ state: 'detached' });
    await roles.getByRole('button', { name: buttonName(text.save) }).click();
    await roles.waitFor({ state: 'hidden' });
    created = (await gqlAs(baseURL, 'owner@demo.local', ACCOUNTS)).accounts.find((a: { email: string }) => a.email === email);
    expect(created.roles).toEqual(['employee']);

    await row(page, email).getByTestId(`account-disable-${email}`).click();
    await page.locator('.ant-popconfirm').waitFor();
    await motionEnded(page);
    await page.locator('.ant-popconfirm').getByRole('button', { name: buttonName(text.ok) }).click();
    await row(page, email).getByTestId('account-state').getByText(text.disabled).waitFor();
    expect(await signsIn(email)).toBe(false);

    await row(page, email).getByTestId(`account-enable-${email}`).click();
    await row(page, email).getByTestId('account-state').getByText(text.active).waitFor();
    expect(await signsIn(email)).toBe(true);
    expect(await rawKeys(page.locator('main').last())).toEqual([]);
    await screenshot(page, language, 'accounts');
    await page.context().close();
  });

  it('hr reads the accounts without any write action; an employee has no accounts page', async () => {
    const hr = await as('hr@demo.local', language);
    await hr.goto('/accounts');
    await row(hr, 'employee@demo.local').waitFor();
    const count = (await gqlAs(baseURL, 'hr@demo.local', ACCOUNTS)).accounts.length;
    // The first page of 20 (the list's default size).
    expect(await hr.getByTestId('accounts-table').locator('tbody tr.ant-table-row').count()).toBe(Math.min(count, 20));
    expect(await hr.getByTestId('account-new').count()).toBe(0);
    expect(await hr.locator('[data-testid^="account-disable-"], [data-testid^="account-roles-"]').count()).toBe(0);
    await hr.context().close();

    const employee = await as('employee@demo.local', language);
    expect(await navLabels(employee)).not.toContain(text.nav);
    await employee.goto('/accounts');
    await employee.locator('main .ant-result-403').waitFor();
    await employee.context().close();
  });
});

const PAGE = `query($filter: AccountFilter, $sort: AccountSort, $first: Int!, $after: String) {
  accountsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;

describe('the accounts list, paged on the server', () => {
  const OWNER = 'owner@demo.local';
  const ids = async (variables: Record<string, unknown>): Promise<string[]> => (await allPages(baseURL, OWNER, PAGE, 'accountsPage', variables)).map((n: { id: string }) => n.id);

  beforeAll(async () => {
    const create = 'mutation($a: CreateAccountInput!) { createAccount(input: $a) { id } }';
    for (let i = 0; i < 25; i += 1) {
      await gqlAs(baseURL, OWNER, create, { a: { email: `pager${String(i).padStart(2, '0')}@demo.local`, password: DEMO_PASSWORD, roles: i % 3 === 0 ? ['recruiter'] : ['employee'] } });
    }
  });

  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    it(`pages, sorts and filters through the URL, which a reload keeps (${language})`, async () => {
      const text = TEXT[language];
      const byEmail = await ids({ filter: { search: 'pager' } });
      expect(byEmail).toHaveLength(25); // more than one page of 20
      const p = await as(OWNER, language);
      await p.goto('/accounts');
      await row(p, 'hr@demo.local').waitFor();
      const search = p.getByTestId('accounts-search').locator('input');
      await search.fill('pager');
      await search.press('Enter');
      await rowsAre(p, 'accounts-table', byEmail.slice(0, 20));
      expect(param(p, 'search')).toBe('pager');
      expect(await total(p)).toContain('25');
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'accounts-table', byEmail.slice(20));
      expect(param(p, 'page')).toBe('2');

      // The email column asks the server for the other direction, from page 1.
      const byEmailDesc = await ids({ filter: { search: 'pager' }, sort: { field: 'EMAIL', direction: 'DESC' } });
      expect(byEmailDesc).toEqual([...byEmail].reverse());
      await header(p, 'accounts-table', text.email).click();
      await rowsAre(p, 'accounts-table', byEmailDesc.slice(0, 20));
      expect(param(p, 'sort')).toBe('-EMAIL');
      expect(param(p, 'page')).toBeNull();

      const byCreation = await ids({ filter: { search: 'pager' }, sort: { field: 'CREATED_AT', direction: 'ASC' } });
      await header(p, 'accounts-table', text.created).click();
      await rowsAre(p, 'accounts-table', byCreation.slice(0, 20));
      expect(param(p, 'sort')).toBe('CREATED_AT');

      // The role narrows on the server; the total is the API's count.
      await pick(p, p.getByTestId('accounts-role-filter'), /^Recruiter$/);
      const recruiters = await ids({ filter: { search: 'pager', role: 'recruiter' }, sort: { field: 'CREATED_AT', direction: 'ASC' } });
      expect(recruiters).toHaveLength(9);
      await rowsAre(p, 'accounts-table', recruiters);
      expect(param(p, 'role')).toBe('recruiter');
      expect(await total(p)).toContain('9');
      expect(await rawKeys(p.locator('main').last())).toEqual([]);
      await screenshot(p, language, 'accounts-list-filtered');

      // A reload keeps the search, the role and the order.
      await p.reload();
      await rowsAre(p, 'accounts-table', recruiters);
      expect(await search.inputValue()).toBe('pager');

      // A shared link to page 2 of the reverse order shows exactly those rows, also after a reload.
      await p.goto('/accounts?search=pager&sort=-EMAIL&page=2');
      await rowsAre(p, 'accounts-table', byEmailDesc.slice(20));
      await p.reload();
      await rowsAre(p, 'accounts-table', byEmailDesc.slice(20));
      await p.context().close();
    });
  }
});
