// A screenshot of every main page in both languages (apps/console/e2e-output/<lang>/*.png),
// checking on each that the page is really in that language. With animations, as most people see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, navLabels, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

const PAGES: Array<{ name: string; path: string; ready: Record<Language, string> }> = [
  { name: 'dashboard', path: '/', ready: { 'en-US': 'Headcount by level', 'zh-CN': '各职级人数' } },
  { name: 'people', path: '/people', ready: { 'en-US': 'Import CSV', 'zh-CN': '导入 CSV' } },
  { name: 'person-new', path: '/people/new', ready: { 'en-US': 'Base pay per year', 'zh-CN': '年度基本薪资' } },
  { name: 'people-import', path: '/people/import', ready: { 'en-US': 'Download a template', 'zh-CN': '下载模板' } },
  { name: 'roles', path: '/roles', ready: { 'en-US': 'Permission matrix', 'zh-CN': '权限矩阵' } },
  { name: 'audit', path: '/audit', ready: { 'en-US': 'Time range', 'zh-CN': '时间范围' } },
  { name: 'jobs', path: '/jobs', ready: { 'en-US': 'Retrying', 'zh-CN': '等待重试' } },
  { name: 'plugins', path: '/plugins', ready: { 'en-US': 'Console pages', 'zh-CN': '控制台页面' } },
  { name: 'settings', path: '/settings', ready: { 'en-US': 'New setting', 'zh-CN': '新建设置' } },
  { name: 'profile', path: '/profile', ready: { 'en-US': 'Change password', 'zh-CN': '修改密码' } },
];

// The core's entries, in order; the plugins' groups come between People and the admin pages.
const NAV: Record<Language, string[]> = {
  'en-US': ['Dashboard', 'People', 'Roles & permissions', 'Accounts', 'Audit log', 'Background jobs', 'Plugins', 'Settings', 'My profile'],
  'zh-CN': ['仪表盘', '人员', '角色与权限', '账号', '审计日志', '后台任务', '插件', '设置', '我的资料'],
};
const PLUGIN_GROUPS: Record<Language, string[]> = {
  'en-US': ['Team structure', 'Knowledge sharing', 'Hiring', 'Incentives', 'Talent development', 'Insights'],
  'zh-CN': ['团队结构', '知识共享', '人才吸引', '激励机制', '人才培养', '人才洞察'],
};
const withPlugins = (language: Language, core: string[], groups: string[]) => [...core.slice(0, 2), ...groups, ...core.slice(2)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function visit(page: Page, path: string, text: string) {
  await page.goto(path);
  await page.getByText(text, { exact: true }).first().waitFor();
}

describe.each(['en-US', 'zh-CN'] as const)('every main page in %s', (language) => {
  it('login, then each page the owner has', async () => {
    const context = await newContext(browser, sharedServerURL(), language, { motion: true });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByText(language === 'zh-CN' ? '登录 Cadre' : 'Sign in to Cadre').waitFor();
    await screenshot(page, language, 'login');

    await signIn(page, 'owner@demo.local');
    expect(await navLabels(page)).toEqual(withPlugins(language, NAV[language], PLUGIN_GROUPS[language]));
    for (const { name, path, ready } of PAGES) {
      await visit(page, path, ready[language]);
      if (name === 'dashboard') {
        await page.locator('canvas').nth(1).waitFor();
        await page.waitForTimeout(1500); // ECharts' entry animation, for the picture only
      }
      await screenshot(page, language, name);
    }

    // A person's page, reached from the directory.
    await visit(page, '/people?search=Zhu%20Chen', ready(language, 'people'));
    await page.getByRole('link', { name: '朱晨 Zhu Chen' }).click();
    await page.getByRole('tab', { name: language === 'zh-CN' ? '概览' : 'Overview' }).waitFor();
    await screenshot(page, language, 'person');
    await context.close();
  });

  it("the directory as an employee: others' pay hidden", async () => {
    const context = await newContext(browser, sharedServerURL(), language, { motion: true });
    const page = await context.newPage();
    await signIn(page, 'employee@demo.local');
    // An employee sees every plugin (of hiring only their own pay, "My pay"), and none of the admin pages.
    expect(await navLabels(page)).toEqual(withPlugins(language, [NAV[language][0], NAV[language][1], NAV[language].at(-1)!], PLUGIN_GROUPS[language]));
    await page.goto('/people');
    await page.getByTestId('hidden-value').first().waitFor();
    expect(await page.getByTestId('hidden-value').first().innerText()).toContain(language === 'zh-CN' ? '已隐藏' : 'Hidden');
    await screenshot(page, language, 'people-as-employee');
    await context.close();
  });
});

function ready(language: Language, name: string): string {
  return PAGES.find((p) => p.name === name)!.ready[language];
}

it('the dashboard in the dark theme', async () => {
  const context = await newContext(browser, sharedServerURL(), 'en-US', { motion: true });
  await context.addInitScript(() => localStorage.setItem('cadre.theme', 'dark'));
  const page = await context.newPage();
  await signIn(page, 'hr@demo.local');
  await page.locator('canvas').nth(1).waitFor();
  await page.waitForTimeout(1500); // ECharts' entry animation, for the picture only
  const background = await page.locator('.ant-layout').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  // antd's dark algorithm paints the layout near-black.
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(120);
  await screenshot(page, 'en-US', 'dashboard-dark');
  await context.close();
});
