// Browser smoke test: headless Debian Chromium loads the built browser entry (dist/browser.js)
// as an ES module from a local static server; the entry fetches solver.wasm next to itself.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.map': 'application/json',
};

const PAGE = `<!doctype html><meta charset="utf-8"><title>solver smoke</title>
<script type="module">
  import { createSolver, SolverError } from './browser.js';
  try {
    const solver = await createSolver();
    const a = solver.assign(new Float64Array([4, 1, 3, 2, 0, 5, 3, 2, 2]), 3, 3);
    const r = solver.assign(new Float64Array([4, 1, 3, 2, 0, 5]), 2, 3, { maximize: true });
    const al = solver.allocate({ pool: 10, weights: new Float64Array([0.3, 0.7]), coefficients: new Float64Array([2, 1]), unit: 0.01 });
    let nan = null;
    try { solver.assign(new Float64Array([1, NaN]), 1, 2); } catch (e) { nan = { isSolverError: e instanceof SolverError, name: e.name, code: e.code, message: e.message }; }
    window.__result = {
      assign: { rowToCol: Array.from(a.rowToCol), total: a.total },
      rect: { rowToCol: Array.from(r.rowToCol), colToRow: Array.from(r.colToRow), total: r.total },
      allocate: { amounts: Array.from(al.amounts), units: Array.from(al.units) },
      band: Array.from(solver.band(new Float64Array([95, 70, 10]), [90, 60], [1.5, 1, 0.5])),
      nan,
    };
  } catch (e) {
    window.__result = { error: String(e && e.stack || e) };
  }
</script>`;

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('browser entry in headless Chromium', () => {
  it('loads the wasm via fetch and solves', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (see the toolchain notes) ` +
          'or point CHROMIUM_PATH at a Chromium binary; this test is part of the suite and is not skipped.',
      );
    }
    const profile = await mkdtemp(join(tmpdir(), 'solver-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    try {
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('pageerror', (e) => failures.push(e.message));
      page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
      const wasmRequests: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.wasm')) wasmRequests.push(`${r.status()} ${r.headers()['content-type']}`);
      });
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined);
      const result = await page.evaluate(() => (window as unknown as { __result: unknown }).__result);
      expect(failures).toEqual([]);
      expect(wasmRequests).toEqual(['200 application/wasm']);
      expect(result).toEqual({
        assign: { rowToCol: [1, 0, 2], total: 5 },
        rect: { rowToCol: [0, 2], colToRow: [0, -1, 1], total: 9 },
        allocate: { amounts: [4.62, 5.38], units: [462, 538] },
        band: [1.5, 1, 0.5],
        nan: { isSolverError: true, name: 'SolverError', code: 'NAN_COST', message: 'cost[0,1] is NaN' },
      });
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
