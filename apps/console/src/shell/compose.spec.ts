import { defineConsolePart, type ConsolePart } from '@cadre/sdk/console';
import { describe, expect, it } from 'vitest';
import { okrPart } from '../test/fake-plugin';
import { allowed, composeConsole, pluginEnabled, visibleNavigation, visibleSlots, type Access } from './compose';
import { CORE_DECLARATIONS } from './core-part';

const page = async () => ({ default: () => null });
const access = (permissions: string[], enabled: string[] = ['okr']): Access => ({ permissions: new Set(permissions), enabledPlugins: new Set(enabled) });

describe('composeConsole', () => {
  it('works with no plugins at all', () => {
    const registry = composeConsole(CORE_DECLARATIONS, []);
    expect(registry.pluginIds).toEqual([]);
    expect(registry.routes.map((r) => r.path)).toContain('/people/:id');
    expect(registry.messages).toEqual({ 'en-US': {}, 'zh-CN': {} });
  });

  it("merges the plugins' routes, entries, slots and messages, each owned by its plugin", () => {
    const registry = composeConsole(CORE_DECLARATIONS, [okrPart]);
    expect(registry.pluginIds).toEqual(['okr']);
    expect(registry.routes.find((r) => r.path === '/okr')?.owner).toBe('okr');
    expect(registry.slots.map((s) => s.id)).toEqual(['okr:person.tabs:goals']);
    expect(registry.messages['zh-CN']['okr.title']).toBe('目标');
  });

  it('refuses two parts with the same id and two claims on one route, naming them', () => {
    expect(() => composeConsole(CORE_DECLARATIONS, [okrPart, okrPart])).toThrow(/"okr" is listed twice/);
    const clash: ConsolePart = { id: 'okr2', routes: [{ path: '/okr2', title: 'okr2.t', load: page }], messages: { 'en-US': { 'okr2.t': 'x' }, 'zh-CN': { 'okr2.t': 'x' } } };
    const twin = { ...clash, id: 'okr3', routes: [{ path: '/okr2', title: 'okr3.t', load: page }], messages: { 'en-US': { 'okr3.t': 'x' }, 'zh-CN': { 'okr3.t': 'x' } } };
    expect(() => composeConsole(CORE_DECLARATIONS, [clash, twin])).toThrow(/route "\/okr2" must live under \/okr3/);
  });
});

describe('defineConsolePart', () => {
  const base = { id: 'okr', messages: { 'en-US': { 'okr.t': 'Goals' }, 'zh-CN': { 'okr.t': '目标' } } };
  it('requires messages in both languages with the plugin prefix', () => {
    expect(() => defineConsolePart({ ...base, messages: { 'en-US': { 'okr.t': 'Goals', 'okr.u': 'More' }, 'zh-CN': { 'okr.t': '目标' } } })).toThrow(/"okr.u" has no zh-CN text/);
    expect(() => defineConsolePart({ ...base, messages: { 'en-US': { title: 'Goals' }, 'zh-CN': { title: '目标' } } })).toThrow(/must start with "okr."/);
  });

  it('requires titles and labels to name declared messages, and routes under /<id>', () => {
    expect(() => defineConsolePart({ ...base, navigation: [{ key: 'a', path: '/okr', label: 'okr.missing' }] })).toThrow(/"okr.missing", which is not declared/);
    expect(() => defineConsolePart({ ...base, routes: [{ path: '/people/x', title: 'okr.t', load: page }] })).toThrow(/must live under \/okr/);
    expect(defineConsolePart({ ...base, routes: [{ path: '/okr/:id', title: 'okr.t', load: page }] }).id).toBe('okr');
  });
});

describe('what an account may see', () => {
  const registry = composeConsole(CORE_DECLARATIONS, [okrPart]);

  it("goes by the server's list of enabled plugins, not by the permissions held", () => {
    expect(pluginEnabled('okr', access(['okr.read'], ['attraction']))).toBe(false);
    expect(pluginEnabled('okr', access([], ['okr']))).toBe(true);
    expect(pluginEnabled('okr', access(['okrx.read'], ['okrx']))).toBe(false);
  });

  it('shows an entry that needs no permission to an account holding none of the plugin', () => {
    const selfService = { owner: 'okr', id: 'okr:/okr/mine' };
    expect(allowed(selfService, access(['people.read']))).toBe(true);
    expect(allowed(selfService, access(['people.read'], []))).toBe(false);
  });

  it('needs every listed permission and the part-wide one', () => {
    const entry = { owner: 'okr', id: 'okr:x', permission: ['okr.read', 'okr.write'], partPermission: 'okr.use' };
    expect(allowed(entry, access(['okr.read', 'okr.write']))).toBe(false);
    expect(allowed(entry, access(['okr.read', 'okr.write', 'okr.use']))).toBe(true);
  });

  it('orders navigation by `order` and filters slots by permission', () => {
    expect(visibleNavigation(registry, access(['people.read', 'okr.read', 'settings.read'])).map((n) => n.key)).toEqual(['dashboard', 'people', 'goals', 'settings', 'profile']);
    expect(visibleSlots(registry, access(['okr.read']), 'person.tabs')).toHaveLength(1);
    expect(visibleSlots(registry, access(['okr.write']), 'person.tabs')).toHaveLength(0);
  });
});
