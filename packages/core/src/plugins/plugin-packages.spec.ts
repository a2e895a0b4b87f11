import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PluginDefinition } from './plugin-definition.js';
import { PluginValidationError } from './plugin-host.js';
import { resolvePlugins } from './plugin-packages.js';

const plugin = (id: string): PluginDefinition => ({ id, version: '1.0.0', sdk: '^0.1.0' });
const BUILT_IN = [plugin('structure'), plugin('knowledge')];

/** A deployment directory with these packages installed (name → module source). */
function deployment(packages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cadre-packages-'));
  for (const [name, source] of Object.entries(packages)) {
    const dir = join(root, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, type: 'module', exports: { '.': { default: './index.js' } } }));
    writeFileSync(join(dir, 'index.js'), source);
  }
  return root;
}
const okr = "export const okrPlugin = { id: 'okr', version: '0.1.0', sdk: '^0.1.0' };\n";

describe('resolvePlugins', () => {
  it("keeps the build's plugins when nothing is configured", async () => {
    expect(await resolvePlugins(BUILT_IN, undefined, tmpdir())).toEqual({ installed: BUILT_IN, enabledIds: undefined });
  });

  it("adds packages to the build's plugins, or to the ones chosen by id", async () => {
    const root = deployment({ '@acme/cadre-plugin-okr': okr, 'cadre-plugin-wiki': "export default { id: 'wiki', version: '1.0.0', sdk: '^0.1.0' };\n" });
    const added = await resolvePlugins(BUILT_IN, ['@acme/cadre-plugin-okr', 'cadre-plugin-wiki'], root);
    expect(added.installed.map((p) => p.id)).toEqual(['structure', 'knowledge', 'okr', 'wiki']);
    expect(added.enabledIds).toEqual(['structure', 'knowledge', 'okr', 'wiki']);
    expect((await resolvePlugins(BUILT_IN, ['structure', '@acme/cadre-plugin-okr'], root)).enabledIds).toEqual(['structure', 'okr']);
    expect((await resolvePlugins(BUILT_IN, ['knowledge'], root)).enabledIds).toEqual(['knowledge']);
  });

  it('refuses, by name, a package that is missing, broken, or holds no plugin or two', async () => {
    const root = deployment({
      'no-plugin': 'export const helper = 1;\n',
      'two-plugins': "export const aPlugin = { id: 'a', version: '1.0.0', sdk: '^0.1.0' };\nexport const bPlugin = { id: 'b', version: '1.0.0', sdk: '^0.1.0' };\n",
      broken: "throw new Error('needs a newer @cadre/sdk');\n",
    });
    const refuse = async (entry: string, message: RegExp) => {
      const error = await resolvePlugins(BUILT_IN, [entry], root).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PluginValidationError);
      expect((error as Error).message).toMatch(message);
    };
    await refuse('@acme/absent', /Plugin "@acme\/absent" cannot be loaded: it is neither a plugin of this build \(structure, knowledge\) nor a package installed in .* \(install it there with npm install @acme\/absent\)/);
    await refuse('no-plugin', /Plugin "no-plugin" cannot be loaded: the package exports no plugin/);
    await refuse('two-plugins', /Plugin "two-plugins" cannot be loaded: the package exports 2 plugins \(a, b\); a package holds one/);
    await refuse('broken', /Plugin "broken" cannot be loaded: the package failed to load: needs a newer @cadre\/sdk/);
  });
});
