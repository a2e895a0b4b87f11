import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_MANIFEST, staleConsoleWarning, writeConsoleManifest } from './console-manifest.js';

const dir = () => mkdtempSync(join(tmpdir(), 'cadre-console-'));

describe('the console manifest', () => {
  it('is quiet when the console was built with the packages the server loads, in any order', () => {
    const d = dir();
    writeConsoleManifest(d, ['cadre-plugin-okr', '@acme/cadre-plugin-x']);
    expect(JSON.parse(readFileSync(join(d, CONSOLE_MANIFEST), 'utf8')).packages).toEqual(['@acme/cadre-plugin-x', 'cadre-plugin-okr']);
    expect(staleConsoleWarning(d, ['@acme/cadre-plugin-x', 'cadre-plugin-okr'])).toBeNull();
    // The console the platform ships (no manifest) with no packages loaded: nothing to say.
    expect(staleConsoleWarning(dir(), [])).toBeNull();
  });

  it('names both lists when they differ, and says what to run', () => {
    const d = dir();
    writeConsoleManifest(d, ['cadre-plugin-okr']);
    expect(staleConsoleWarning(d, ['cadre-plugin-okr', 'cadre-plugin-pulse'])).toBe(
      `the console in ${d} was built with the plugin packages cadre-plugin-okr but the server loads cadre-plugin-okr, cadre-plugin-pulse: their pages differ until \`cadre console build\` runs again`,
    );
    expect(staleConsoleWarning(dir(), ['cadre-plugin-okr'])).toMatch(/built with the plugin packages none but the server loads cadre-plugin-okr/);
    expect(staleConsoleWarning(d, [])).toMatch(/built with the plugin packages cadre-plugin-okr but the server loads none/);
  });

  it('says so when the manifest cannot be read', () => {
    const d = dir();
    writeFileSync(join(d, CONSOLE_MANIFEST), '{ nope');
    expect(staleConsoleWarning(d, [])).toMatch(/unreadable cadre-console\.json: run `cadre console build`/);
  });
});
