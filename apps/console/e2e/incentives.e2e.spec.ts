// The incentives console end to end, as the demo roles use it: HR runs a review cycle through
// calibration, models a bonus pool with sliders (recomputed in the browser by the WASM solver and
// checked here against solver.allocate run in Node), saves a scenario, compares, approves and
// publishes; an employee then sees only their own share and the formula with their numbers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { choose } from './support/forms';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

// The solver the console runs in the browser, loaded here through its Node entry.
interface Solver {
  band(scores: Float64Array, thresholds: number[], coefficients: number[]): Float64Array;
  allocate(problem: { pool: number; weights: Float64Array; coefficients: Float64Array; floors?: Float64Array; caps?: Float64Array; unit?: number }): { amounts: Float64Array; lambda: number };
}
async function loadSolver(): Promise<Solver> {
  const require = createRequire(resolve(import.meta.dirname, '../../../plugins/incentives/package.json'));
  const solver = (await import(pathToFileURL(require.resolve('@cadre/solver')).href)) as { createSolver(): Promise<Solver> };
  return solver.createSolver();
}

let browser: Browser;
let page: Page;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'hr@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

/** GraphQL straight at the server (what the browser would get for that account). */
async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}
async function tokenOf(email: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: DEMO_PASSWORD });
  return data.login.accessToken;
}

/** Clicks a button that asks "are you sure?" and confirms in the popover. */
async function confirmClick(button: Locator) {
  await button.click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: 'Confirm' }).click();
}
const cycleStatus = () => page.getByTestId('cycle-status').first();
const poolStatus = () => page.getByTestId('pool-status').first();

/** The modeller's per-person amounts as the browser computed them: personId → minor units. */
async function browserAmounts(): Promise<Map<string, number>> {
  const cells = await page.getByTestId('model-amount').evaluateAll((els) => els.map((el) => [el.getAttribute('data-person')!, Number(el.getAttribute('data-minor'))] as const));
  return new Map(cells);
}
async function modelParameters() {
  const amountMajor = Number((await page.getByRole('spinbutton', { name: 'Pool CNY' }).inputValue()).replace(/[^\d.]/g, ''));
  const thresholds = [...(await page.getByTestId('threshold-values').innerText()).matchAll(/t\d+ = ([\d.]+)/g)].map((m) => Number(m[1]));
  const coefficients: number[] = [];
  for (let i = 1; ; i += 1) {
    const input = page.getByRole('spinbutton', { name: `c${i}`, exact: true });
    if (!(await input.count())) break;
    coefficients.push(Number(await input.inputValue()));
  }
  return { amount: Math.round(amountMajor * 100), thresholds, coefficients };
}

interface InputRow { personId: string; weight: number; score: number | null; floor: number; cap: number | null }
/** What solver.allocate gives for the pool's inputs under these parameters, computed in Node. */
function expectedAmounts(solver: Solver, people: InputRow[], unit: number, p: { amount: number; thresholds: number[]; coefficients: number[] }): Map<string, number> {
  const scored = people.flatMap((r, i) => (r.score === null ? [] : [i]));
  const banded = solver.band(Float64Array.from(scored, (i) => people[i]!.score!), p.thresholds, p.coefficients);
  const c = new Float64Array(people.length);
  scored.forEach((i, j) => { c[i] = banded[j]!; });
  const result = solver.allocate({
    pool: p.amount, weights: Float64Array.from(people, (r) => r.weight), coefficients: c, unit,
    floors: people.some((r) => r.floor > 0) ? Float64Array.from(people, (r) => r.floor) : undefined,
    caps: people.some((r) => r.cap !== null) ? Float64Array.from(people, (r) => r.cap ?? Infinity) : undefined,
  });
  return new Map(people.map((r, i) => [r.personId, result.amounts[i]!]));
}
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

let poolId = '';
let scenarioId = '';
const POOL_NAME = 'E2E Spot Bonus';

describe('incentives as HR', () => {
  it('runs a review cycle: create, open, write a review, calibrate a score with a reason, finalise', async () => {
    await page.goto('/incentives/cycles');
    await page.getByRole('button', { name: 'New cycle' }).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('#name').fill('E2E H2 2026 Review');
    const dates = modal.locator('.ant-picker-range input');
    await dates.first().click();
    await dates.first().fill('2026-07-01');
    await dates.first().press('Enter');
    await dates.nth(1).fill('2026-12-31');
    await dates.nth(1).press('Enter');
    // Anonymous unless HR chooses otherwise, before the cycle opens.
    expect(await modal.getByRole('radio', { name: /^Anonymous/ }).isChecked()).toBe(true);
    await modal.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/incentives\/cycles\/[0-9a-f-]{36}$/);
    const cycleUrl = page.url();
    expect(await cycleStatus().innerText()).toBe('Draft');
    expect(await page.getByTestId('cycle-anonymity-mode').innerText()).toBe('Anonymous');

    await confirmClick(page.getByTestId('cycle-step'));
    await page.getByTestId('cycle-status').getByText('Open').waitFor();
    await screenshot(page, 'en-US', 'incentives-cycle');

    // HR writes their own self review against the cycle's weighted criteria.
    await page.goto('/incentives/reviews');
    const row = page.locator('tr', { hasText: 'E2E H2 2026 Review' }).filter({ hasText: 'Self' });
    await row.getByRole('button', { name: 'Write review' }).click();
    await page.waitForURL(/\/incentives\/reviews\/[0-9a-f-]{36}$/);
    const criteria = page.locator('[data-testid^="criterion-"]');
    await criteria.first().waitFor();
    const stars = [4, 5, 3];
    for (let i = 0; i < (await criteria.count()); i += 1) await criteria.nth(i).locator('.ant-rate-star').nth(stars[i % 3]! - 1).locator('.ant-rate-star-second').click();
    // Weights 0.4 / 0.3 / 0.3 → 0.4·4 + 0.3·5 + 0.3·3 = 4
    expect(await page.getByTestId('weighted-score').innerText()).toContain('4');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.waitForURL(/\/incentives\/reviews$/);

    // A peer review: the form says who may learn that HR wrote it — nobody — and once submitted
    // its content is no longer shown as HR's, to HR either.
    await page.locator('tr', { hasText: 'E2E H2 2026 Review' }).filter({ hasText: 'Peer' }).first().getByRole('button', { name: 'Write review' }).click();
    await page.waitForURL(/\/incentives\/reviews\/[0-9a-f-]{36}$/);
    const peerUrl = page.url();
    expect(await page.getByTestId('anonymity-notice').innerText()).toContain('Anonymous: nobody, HR included, can see you wrote this.');
    const peerCriteria = page.locator('[data-testid^="criterion-"]');
    await peerCriteria.first().waitFor();
    for (let i = 0; i < (await peerCriteria.count()); i += 1) await peerCriteria.nth(i).locator('.ant-rate-star').nth(3).locator('.ant-rate-star-second').click();
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.waitForURL(/\/incentives\/reviews$/);
    await page.goto(peerUrl);
    await page.getByTestId('review-detached').waitFor();
    expect(await page.locator('[data-testid^="criterion-"]').count()).toBe(0);

    await page.goto(cycleUrl);
    await confirmClick(page.getByTestId('cycle-step'));
    await page.getByTestId('cycle-status').getByText('Calibrating').waitFor();

    await page.getByRole('button', { name: 'Calibration' }).click();
    await page.getByTestId('nine-box').waitFor();
    await page.getByRole('searchbox', { name: 'Search name or team' }).fill('Chen Jing');
    await page.getByRole('searchbox', { name: 'Search name or team' }).press('Enter');
    const person = page.locator('tr', { hasText: 'Chen Jing' }).first();
    await person.getByRole('button', { name: 'Calibrate' }).click();
    const calibrate = page.locator('.ant-modal:visible');
    await calibrate.locator('#score').fill('4.6');
    await calibrate.locator('#reason').fill('Ran the whole review cycle end to end in the new console.');
    await calibrate.getByRole('button', { name: 'Save' }).click();
    await page.locator('tr', { hasText: 'Ran the whole review cycle end to end' }).waitFor();
    expect(await page.locator('tr', { hasText: 'Ran the whole review cycle end to end' }).innerText()).toContain('4.6');

    await page.goto(cycleUrl);
    await confirmClick(page.getByTestId('cycle-step'));
    await page.getByTestId('cycle-status').getByText('Finalised').waitFor();
  });

  it('tells the reviewer of a confidential cycle that HR can see who wrote it, and the reviewee cannot', async () => {
    const token = await tokenOf('hr@demo.local');
    const { people } = await gql<{ people: { nodes: Array<{ id: string; name: string; email: string }> } }>('{ people(first: 200) { nodes { id name email } } }', {}, token);
    const byEmail = (email: string) => people.nodes.find((n) => n.email === email)!;
    const [hrPerson, gao] = [byEmail('hr@demo.local'), byEmail('manager@demo.local')];
    const { createReviewCycle } = await gql<{ createReviewCycle: { id: string } }>(
      `mutation($ids: [ID!]) { createReviewCycle(input: { name: "E2E Confidential Review", periodStart: "2026-07-01", periodEnd: "2026-12-31", anonymity: "confidential",
        kinds: ["peer"], kindWeights: [{ kind: "peer", weight: 1 }], peerCount: 0, criteria: [{ key: "impact", name: "Impact", weight: 1 }], participantIds: $ids }) { id } }`,
      { ids: [hrPerson.id, gao.id] }, token,
    );
    const id = createReviewCycle.id;
    await gql('mutation($c: ID!, $r: ID!, $ids: [ID!]!) { assignReviewers(input: { cycleId: $c, revieweeId: $r, kind: "peer", reviewerIds: $ids }) { id } }', { c: id, r: gao.id, ids: [hrPerson.id] }, token);
    await gql('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id }, token);
    await page.goto(`/incentives/cycles/${id}`);
    expect(await page.getByTestId('cycle-anonymity-mode').innerText()).toBe('Confidential');
    await page.goto('/incentives/reviews');
    await page.locator('tr', { hasText: 'E2E Confidential Review' }).getByRole('button', { name: 'Write review' }).click();
    await page.waitForURL(/\/incentives\/reviews\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('anonymity-notice').innerText()).toContain(`Confidential: HR can see you wrote this, ${gao.name} cannot.`);
  });

  it('models a new pool with sliders: the browser recomputes, the parts add up to the pool, and equal solver.allocate', async () => {
    await page.goto('/incentives/pools');
    await page.getByRole('button', { name: 'New pool' }).click();
    const modal = page.locator('.ant-modal:visible');
    // Picked once the dropdown's motion has ended (a click during it was lost on a loaded machine).
    await choose(page, modal, 'cycleId', 'H1 2026 Performance Review');
    await modal.locator('#name').fill(POOL_NAME);
    await modal.locator('#amount').fill('1000000');
    await modal.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/incentives\/pools\/[0-9a-f-]{36}$/);
    poolId = page.url().split('/').pop()!;
    expect(await poolStatus().innerText()).toBe('Draft');

    await page.getByTestId('open-modeller').click();
    await page.waitForURL(/\/model$/);
    await page.getByTestId('model-amount').first().waitFor();
    const solver = await loadSolver();
    const inputs = (await gql<{ bonusPoolInputs: { unit: number; people: InputRow[] } }>(
      'query($id: ID!) { bonusPoolInputs(id: $id) { unit people { personId weight score floor cap } } }', { id: poolId }, await tokenOf('hr@demo.local'),
    )).bonusPoolInputs;

    const before = await browserAmounts();
    const p0 = await modelParameters();
    expect(p0.amount).toBe(100_000_000);
    expect(sum(before)).toBe(p0.amount);
    expect(Number(await page.getByTestId('model-total').getAttribute('data-minor'))).toBe(p0.amount);
    expect(before).toEqual(expectedAmounts(solver, inputs.people, inputs.unit, p0));

    // Raise c1 with the keyboard on its slider: 4 steps of 0.05.
    const c1 = page.getByTestId('slider-coefficient-1').getByRole('slider');
    await c1.focus();
    for (let i = 0; i < 4; i += 1) await c1.press('ArrowRight');
    const p1 = await modelParameters();
    expect(p1.coefficients[0]).toBeCloseTo(p0.coefficients[0]! + 0.2, 5);
    const afterCoefficient = await browserAmounts();
    expect(afterCoefficient).not.toEqual(before);
    expect(sum(afterCoefficient)).toBe(p1.amount);
    expect(afterCoefficient).toEqual(expectedAmounts(solver, inputs.people, inputs.unit, p1));

    // Drag the pool slider to the right with the mouse.
    const handle = page.getByTestId('slider-pool').getByRole('slider');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    const p2 = await modelParameters();
    expect(p2.amount).toBeGreaterThan(p1.amount);
    const afterPool = await browserAmounts();
    expect(sum(afterPool)).toBe(p2.amount);
    expect(afterPool).toEqual(expectedAmounts(solver, inputs.people, inputs.unit, p2));
    await screenshot(page, 'en-US', 'incentives-modeller');

    // "Save as scenario" sends the parameters; the server recomputes to the same amounts.
    await page.getByTestId('save-scenario').click();
    const save = page.locator('.ant-modal:visible');
    await save.locator('#name').fill('E2E steeper top band');
    await save.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => /\/incentives\/pools\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(poolId));
    scenarioId = page.url().split('/').pop()!;
    await poolStatus().getByText('Scenario').waitFor();
    const server = (await gql<{ bonusAllocations: Array<{ personId: string; amount: number }> }>(
      'query($id: ID!) { bonusAllocations(poolId: $id) { personId amount } }', { id: scenarioId }, await tokenOf('hr@demo.local'),
    )).bonusAllocations;
    expect(new Map(server.map((a) => [a.personId, a.amount]))).toEqual(afterPool);
  });

  it('compares the pool with its scenario side by side', async () => {
    await page.goto(`/incentives/pools/${poolId}/compare`);
    const summary = page.getByTestId('compare-summary');
    await summary.getByText('E2E steeper top band').first().waitFor();
    const text = await summary.innerText();
    expect(text).toContain(POOL_NAME);
    expect(text).toContain('E2E steeper top band');
    await screenshot(page, 'en-US', 'incentives-compare');
  });

  it('recomputes the draft pool as a job, followed across a reload', async () => {
    const token = await tokenOf('hr@demo.local');
    await page.goto(`/incentives/pools/${poolId}`);
    await confirmClick(page.getByTestId('recompute-pool'));
    await page.waitForURL(/\?job=/);
    const jobId = new URL(page.url()).searchParams.get('job')!;
    await page.reload();
    const outcome = page.getByTestId('allocation-job');
    await outcome.getByText(/Recomputed: draft v\d+/).waitFor();
    const { job } = await gql<{ job: { type: string; state: string; progress: number; result: string } }>('query($id: ID!) { job(id: $id) { type state progress result } }', { id: jobId }, token);
    expect(job).toMatchObject({ type: 'incentives.allocate-pool', state: 'completed', progress: 100 });
    const result = JSON.parse(job.result) as { poolId: string; version: number; members: number };
    expect(result.poolId).toBe(poolId);
    expect(await outcome.innerText()).toContain(`v${result.version} for ${result.members} people`);
    const { bonusPool } = await gql<{ bonusPool: { currentVersion: { version: number } } }>('query($id: ID!) { bonusPool(id: $id) { currentVersion { version } } }', { id: poolId }, token);
    expect(bonusPool.currentVersion.version).toBe(result.version);
  });

  it("exports the pool's allocation as the page shows it", async () => {
    await page.goto(`/incentives/pools/${poolId}`);
    await page.getByTestId('allocation-table').locator('tbody tr.ant-table-row').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-incentives.bonus-allocations').click()]);
    const [header, ...lines] = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toBe('name,level,version,score,band,coefficient,weight,amount,previous_amount,delta,currency');
    const { bonusAllocations } = await gql<{ bonusAllocations: Array<{ name: string; amount: number }> }>(
      'query($id: ID!) { bonusAllocations(poolId: $id) { name amount } }', { id: poolId }, await tokenOf('hr@demo.local'),
    );
    expect(lines).toHaveLength(bonusAllocations.length);
    const total = lines.reduce((sum, line) => sum + Number(line.split(',')[7]), 0);
    expect(total).toBeCloseTo(bonusAllocations.reduce((sum, a) => sum + a.amount, 0) / 100, 2);

    // Filtered to the top band and sorted by score: the file holds those rows, in that order.
    await page.goto(`/incentives/pools/${poolId}?band=1&sort=SCORE`);
    await page.getByTestId('allocation-table').locator('tbody tr.ant-table-row').first().waitFor();
    const { bonusAllocationsPage: shown } = await gql<{ bonusAllocationsPage: { nodes: Array<{ name: string }> } }>(
      'query($id: ID!) { bonusAllocationsPage(poolId: $id, filter: { band: 1 }, sort: { field: SCORE, direction: ASC }, first: 100) { nodes { name } } }', { id: poolId }, await tokenOf('hr@demo.local'),
    );
    expect(shown.nodes.length).toBeGreaterThan(0);
    expect(shown.nodes.length).toBeLessThan(bonusAllocations.length);
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-incentives.bonus-allocations').click()]);
    const rows = readFileSync((await filtered.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1);
    expect(rows.map((line) => line.split(',')[0])).toEqual(shown.nodes.map((a) => a.name));
    expect(rows.every((line) => line.split(',')[4] === '1')).toBe(true);
  });

  it('approves and publishes the pool', async () => {
    await page.goto(`/incentives/pools/${poolId}`);
    await confirmClick(page.getByTestId('approve-pool'));
    await poolStatus().getByText('Approved').waitFor();
    await confirmClick(page.getByTestId('publish-pool'));
    await poolStatus().getByText('Published').waitFor();
    const total = await page.getByTestId('pool-total').innerText();
    expect(total).toContain('1,000,000.00');
    await screenshot(page, 'en-US', 'incentives-pool');
  });
});

describe('incentives as an employee', () => {
  it('shows only their own share and the formula with their numbers', async () => {
    const context = await newContext(browser, baseURL);
    const employee = await context.newPage();
    await signIn(employee, 'employee@demo.local');
    await employee.goto('/incentives/me');
    const cards = employee.getByTestId('my-bonus');
    await cards.filter({ hasText: POOL_NAME }).waitFor();
    const token = await tokenOf('employee@demo.local');
    const mine = (await gql<{ myBonus: Array<{ poolName: string; amount: number }>; me: { person: { name: string } } }>(
      '{ myBonus { poolName amount } me { person { name } } }', {}, token,
    ));
    expect(await cards.count()).toBe(mine.myBonus.length);
    const card = cards.filter({ hasText: POOL_NAME });
    const shown = mine.myBonus.find((b) => b.poolName === POOL_NAME)!;
    expect(await card.getByTestId('my-bonus-amount').innerText()).toContain((shown.amount / 100).toLocaleString('en-US', { minimumFractionDigits: 2 }));
    expect(await card.getByTestId('my-formula').innerText()).toContain('y = clamp(ω · c / λ, floor, cap)');
    const calculation = await card.getByTestId('my-calculation').innerText();
    expect(calculation).toMatch(/Your score s = [\d.]+ is in band \d/);
    expect(calculation).toMatch(/Your weight ω = /);
    // Nobody else's row: the only allocation the API gives them is their own, and the page shows no table of people.
    const rows = (await gql<{ bonusAllocations: Array<{ name: string }> }>('query($id: ID!) { bonusAllocations(poolId: $id) { name } }', { id: poolId }, token)).bonusAllocations;
    expect(rows.map((r) => r.name)).toEqual([mine.me.person.name]);
    expect(await employee.getByText('Chen Jing').count()).toBe(0);
    await screenshot(employee, 'en-US', 'incentives-my-bonus');

    await employee.goto(`/incentives/pools/${poolId}/model`);
    await employee.getByText('You do not have access to this page').waitFor();
    await context.close();
  });
});

describe.each(['en-US', 'zh-CN'] as const)('screenshots in %s', (language: Language) => {
  it('the main incentives pages', async () => {
    const context = await newContext(browser, baseURL, language);
    const hr = await context.newPage();
    await signIn(hr, 'hr@demo.local');
    const shots: Array<[string, string, string]> = [
      ['incentives-cycles', '/incentives/cycles', 'tbody tr.ant-table-row'],
      ['incentives-pools', '/incentives/pools', 'tbody tr.ant-table-row'],
      ['incentives-pool', `/incentives/pools/${poolId}`, '[data-testid="allocation-table"] tbody tr.ant-table-row'],
      ['incentives-modeller', `/incentives/pools/${poolId}/model`, '[data-testid="model-amount"]'],
      ['incentives-compare', `/incentives/pools/${poolId}/compare`, '[data-testid="compare-summary"]'],
      ['incentives-reviews', '/incentives/reviews', '.ant-table'],
    ];
    for (const [name, path, ready] of shots) {
      await hr.goto(path);
      await hr.locator(ready).first().waitFor();
      await screenshot(hr, language, name);
    }
    const cycles = (await gql<{ reviewCycles: Array<{ id: string; name: string }> }>('{ reviewCycles { id name } }', {}, await tokenOf('hr@demo.local'))).reviewCycles;
    const h1 = cycles.find((c) => c.name === 'H1 2026 Performance Review')!;
    await hr.goto(`/incentives/cycles/${h1.id}`);
    await hr.locator('canvas').first().waitFor();
    await screenshot(hr, language, 'incentives-cycle');
    await hr.goto(`/incentives/cycles/${h1.id}/calibration`);
    await hr.getByTestId('nine-box').locator('canvas').first().waitFor();
    await screenshot(hr, language, 'incentives-calibration');
    await hr.goto('/');
    await hr.getByTestId('cycle-progress-widget').waitFor();
    await screenshot(hr, language, 'incentives-dashboard');
    // The person tab: Zhu Chen's review and bonus history.
    const zhu = (await gql<{ people: { nodes: Array<{ id: string }> } }>('{ people(filter: { search: "Zhu Chen" }) { nodes { id } } }', {}, await tokenOf('hr@demo.local'))).people.nodes[0]!;
    await hr.goto(`/people/${zhu.id}?tab=${encodeURIComponent('incentives:person.tabs:incentives')}`);
    await hr.getByTestId('person-incentives').locator('tbody tr.ant-table-row').first().waitFor();
    // Each published pool's row: exactly the API's amount for Zhu Chen (the tab asks for that one allocation).
    const hrToken = await tokenOf('hr@demo.local');
    const published = (await gql<{ bonusPools: Array<{ id: string; status: string }> }>('{ bonusPools { id status } }', {}, hrToken)).bonusPools.filter((p) => p.status === 'published');
    const amounts: number[] = [];
    for (const pool of published) {
      const { bonusAllocationsPage } = await gql<{ bonusAllocationsPage: { nodes: Array<{ amount: number }> } }>('query($p: ID!, $id: ID!) { bonusAllocationsPage(poolId: $p, filter: { personId: $id }, first: 1) { nodes { amount } } }', { p: pool.id, id: zhu.id }, hrToken);
      amounts.push(...bonusAllocationsPage.nodes.map((n) => n.amount));
    }
    expect(amounts.length).toBeGreaterThan(0);
    await hr.getByTestId('person-bonus-amount').first().waitFor();
    expect(await hr.getByTestId('person-bonus-amount').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-minor'))))).toEqual(amounts);
    await screenshot(hr, language, 'incentives-person-tab');
    await context.close();

    const own = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(own, 'employee@demo.local');
    await own.goto('/incentives/me');
    await own.getByTestId('my-bonus').first().waitFor();
    await screenshot(own, language, 'incentives-my-bonus');
    await own.context().close();
  });
});
