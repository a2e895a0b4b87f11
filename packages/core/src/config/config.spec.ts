import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dir = () => mkdtempSync(join(tmpdir(), 'cadre-config-'));

describe('loadConfig', () => {
  it('defaults to SQLite under ./data, port 3000, and generates secrets once', () => {
    const cwd = dir();
    const first = loadConfig({}, cwd);
    expect(first.database).toEqual({ type: 'sqlite', path: join(cwd, 'data', 'cadre.sqlite') });
    expect(first.port).toBe(3000);
    expect(first.secrets.jwt.length).toBeGreaterThanOrEqual(32);
    expect(JSON.parse(readFileSync(join(cwd, 'data', 'secrets.json'), 'utf8')).jwt).toBe(first.secrets.jwt);
    expect(loadConfig({}, cwd).secrets.jwt).toBe(first.secrets.jwt);
  });

  it('uses PostgreSQL for postgres:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }, dir()).database).toMatchObject({ type: 'postgres', url: 'postgres://u@h:5432/db' });
  });

  it('reports every bad value at once, each by name', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'localhost:6379', CADRE_JWT_SECRET: 'short' }, dir());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT: expected an integer/);
      expect(problems).toMatch(/DATABASE_URL: expected postgres/);
      expect(problems).toMatch(/REDIS_URL/);
      expect(problems).toMatch(/CADRE_JWT_SECRET: too short/);
    }
  });

  it('takes plugins from CADRE_PLUGINS, else from cadre.config.json, and resolves packages from the file\'s folder', () => {
    const cwd = dir();
    expect(loadConfig({}, cwd)).toMatchObject({ plugins: undefined, pluginRoot: cwd });
    writeFileSync(join(cwd, 'cadre.config.json'), JSON.stringify({ plugins: ['@acme/cadre-plugin-okr', ' structure '] }));
    expect(loadConfig({}, cwd)).toMatchObject({ plugins: ['@acme/cadre-plugin-okr', 'structure'], pluginRoot: cwd });
    expect(loadConfig({ CADRE_PLUGINS: 'structure, knowledge' }, cwd).plugins).toEqual(['structure', 'knowledge']);
    mkdirSync(join(cwd, 'etc'));
    writeFileSync(join(cwd, 'etc/cadre.json'), JSON.stringify({ plugins: ['okr'] }));
    expect(loadConfig({ CADRE_CONFIG: 'etc/cadre.json' }, cwd)).toMatchObject({ plugins: ['okr'], pluginRoot: join(cwd, 'etc') });
  });

  it('names the file, key or entry of a bad plugin setting', () => {
    const problems = (env: Record<string, string>, file?: string) => {
      const cwd = dir();
      if (file !== undefined) writeFileSync(join(cwd, 'cadre.config.json'), file);
      try {
        loadConfig(env, cwd);
        return '';
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
    };
    expect(problems({ CADRE_PLUGINS: 'structure,Not A Package' })).toMatch(/CADRE_PLUGINS: "Not A Package" is neither a plugin id \(lower-case kebab-case\) nor a package name/);
    expect(problems({}, '{ plugins: [] }')).toMatch(/cadre\.config\.json: not valid JSON/);
    expect(problems({}, JSON.stringify({ plugins: ['okr'], port: 80 }))).toMatch(/cadre\.config\.json: unknown key "port" \(known: plugins\)/);
    expect(problems({}, JSON.stringify({ plugins: 'okr' }))).toMatch(/"plugins" must be a list of plugin ids or package names/);
    expect(problems({}, JSON.stringify({ plugins: ['UPPER'] }))).toMatch(/cadre\.config\.json: plugins: "UPPER" is neither/);
    expect(problems({ CADRE_CONFIG: 'nowhere.json' })).toMatch(/CADRE_CONFIG: no file at .*nowhere\.json/);
  });

  it('takes the home tenant from CADRE_HOME_TENANT and refuses what is not a slug', () => {
    expect(loadConfig({ CADRE_HOME_TENANT: 'hq' }, dir()).homeTenant).toBe('hq');
    expect(loadConfig({}, dir()).homeTenant).toBeUndefined();
    expect(() => loadConfig({ CADRE_HOME_TENANT: 'Not A Slug' }, dir())).toThrowError(/CADRE_HOME_TENANT: expected a tenant slug/);
  });

  it('refuses to start in production without secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, dir())).toThrowError(/CADRE_JWT_SECRET: required when NODE_ENV=production/);
  });
});
