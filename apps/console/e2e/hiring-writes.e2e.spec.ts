// Completing a requisition draft (as gap analysis leaves one: a title and a unit) in the console,
// then approving it, in both languages; the edit offered only to those the API lets edit; and
// reviewer assignment on a review cycle. Every write is checked through the GraphQL API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const hr = (query: string, variables: Record<string, unknown> = {}) => gqlAs(baseURL, 'hr@demo.local', query, variables);
const personNamed = async (search: string): Promise<{ id: string; name: string }> => (await hr('query($s: String) { people(filter: { search: $s }) { nodes { id name } } }', { s: search })).people.nodes[0];
const REQ = 'query($id: ID!) { requisition(id: $id) { title team jobFamily level hiringManagerId status missingForApproval } }';

const TEXT = {
  'en-US': { save: 'Save', family: 'Research engineer', missing: 'job family, level, hiring manager', labels: ['Job family', 'Hiring manager', 'Team'], approve: 'Approve', confirm: 'Confirm' },
  'zh-CN': { save: '保存', family: '研究工程师', missing: '职位族、职级、用人经理', labels: ['职位族', '用人经理', '团队'], approve: '批准', confirm: '确认' },
} as const;

describe.each(['en-US', 'zh-CN'] as const)('completing a draft requisition as HR in %s', (language: Language) => {
  let page: Page;
  const text = TEXT[language];
  beforeAll(async () => {
    page = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(page, 'hr@demo.local');
  });

  it('fills family, level, team and hiring manager of a bare draft, then approves it', async () => {
    const { createRequisition } = await hr('mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }', { i: { title: `Evaluation specialist ${language}` } });
    const id = createRequisition.id as string;
    await page.goto(`/attraction/requisitions/${id}`);
    expect(await page.getByTestId('requisition-missing').innerText()).toContain(text.missing);

    await page.getByTestId('edit-requisition').click();
    const form = modal(page);
    for (const label of text.labels) await form.getByText(label, { exact: true }).first().waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await form.locator('#team').fill('Evaluation');
    await choose(page, form, 'jobFamily', text.family);
    await choose(page, form, 'level', 'P5');
    await choose(page, form, 'hiringManagerId', 'Gao Fei', 'Gao');
    await screenshot(page, language, 'attraction-requisition-edit');
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    await form.waitFor({ state: 'hidden' });

    const gao = await personNamed('Gao Fei');
    expect((await hr(REQ, { id })).requisition).toMatchObject({ team: 'Evaluation', jobFamily: 'research-engineer', level: 'P5', hiringManagerId: gao.id, status: 'draft', missingForApproval: [] });
    await page.getByTestId('requisition-missing').waitFor({ state: 'detached' });

    await page.getByTestId('approve-requisition').click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: buttonName(text.confirm) }).click();
    await expect.poll(async () => (await hr(REQ, { id })).requisition.status).toBe('open');
  });
});

it("offers a manager the edit of the requisitions they hire for, not of others'", async () => {
  const page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'manager@demo.local');
  const { requisitions } = await hr('{ requisitions { id title } }');
  const byTitle = (title: string) => requisitions.find((r: { title: string }) => r.title === title).id as string;
  await page.goto(`/attraction/requisitions/${byTitle('ML Infrastructure Engineer')}`);
  await page.getByTestId('edit-requisition').waitFor();
  await page.goto(`/attraction/requisitions/${byTitle('Product Manager, Developer Platform')}`);
  await page.getByTestId('requisition-status').waitFor();
  expect(await page.getByTestId('edit-requisition').count()).toBe(0);
});

describe('reviewer assignment as HR', () => {
  it('assigns peer reviewers to a participant of a draft cycle and removes one', async () => {
    const [gao, zhu, han] = await Promise.all(['Gao Fei', 'Zhu Chen', 'Han Xue'].map(personNamed));
    const { createReviewCycle } = await hr(
      `mutation($ids: [ID!]) { createReviewCycle(input: { name: "E2E Reviewer Assignment", periodStart: "2026-07-01", periodEnd: "2026-12-31", kinds: ["self", "peer"],
        kindWeights: [{ kind: "self", weight: 0.5 }, { kind: "peer", weight: 0.5 }], peerCount: 0, criteria: [{ key: "impact", name: "Impact", weight: 1 }], participantIds: $ids }) { id } }`,
      { ids: [gao.id, zhu.id, han.id] },
    );
    const cycleId = createReviewCycle.id as string;
    const page = await (await newContext(browser, baseURL, 'zh-CN')).newPage();
    await signIn(page, 'hr@demo.local');
    await page.goto(`/incentives/cycles/${cycleId}`);
    const form = page.getByTestId('assign-form');
    await page.getByText('评审人分配', { exact: true }).waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await choose(page, form, 'revieweeId', 'Gao Fei', 'Gao');
    await choose(page, form, 'kind', '同事评');
    await choose(page, form, 'reviewerIds', 'Zhu Chen', 'Zhu');
    await choose(page, form, 'reviewerIds', 'Han Xue', 'Han');
    await page.getByTestId('assign-submit').click();
    const rows = page.getByTestId('assigned-reviews').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    await screenshot(page, 'zh-CN', 'incentives-reviewer-assignment');

    const PEERS = 'query($c: ID!, $r: ID) { cycleReviews(cycleId: $c, kind: "peer", revieweeId: $r) { id reviewerId status } }';
    const peers = async () => (await hr(PEERS, { c: cycleId, r: gao.id })).cycleReviews as Array<{ reviewerId: string; status: string }>;
    expect((await peers()).map((r) => r.reviewerId).sort()).toEqual([zhu.id, han.id].sort());

    await rows.filter({ hasText: 'Han Xue' }).getByRole('button').click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: buttonName('确认') }).click();
    await expect.poll(async () => (await peers()).map((r) => r.reviewerId)).toEqual([zhu.id]);
  });
});
