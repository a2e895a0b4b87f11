import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { okrPart } from '../test/fake-plugin';
import { renderConsole } from '../test/render-console';
import { createTranslator, format, initialLocale } from './translate';

const store = (value: string | null) => ({ getItem: () => value });

describe('choosing the language', () => {
  it("defaults to the browser's language and prefers a remembered choice", () => {
    expect(initialLocale(store(null), ['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(initialLocale(store(null), ['en-GB'])).toBe('en-US');
    expect(initialLocale(store(null), ['fr-FR', 'zh-CN'])).toBe('zh-CN');
    expect(initialLocale(store(null), ['de-DE'])).toBe('en-US');
    expect(initialLocale(store('en-US'), ['zh-CN'])).toBe('en-US');
    expect(initialLocale(store('fr-FR'), ['zh-CN'])).toBe('zh-CN');
  });

  it("translates core and plugin keys, falling back to English, then the key", () => {
    const zh = createTranslator('zh-CN', { 'en-US': { 'okr.only': 'English only' }, 'zh-CN': { 'okr.title': '目标' } });
    expect(zh('nav.people')).toBe('人员');
    expect(zh('okr.title')).toBe('目标');
    expect(zh('okr.only')).toBe('English only');
    expect(zh('okr.unknown')).toBe('okr.unknown');
    expect(format('{a} of {b}, {c}', { a: 1, b: 2 })).toBe('1 of 2, {c}');
  });

  it('switches the whole console, plugin labels included, and remembers the choice', async () => {
    renderConsole({ parts: [okrPart], viewer: { permissions: ['people.read', 'okr.read'] } });
    const nav = await screen.findByRole('navigation', { name: 'main' });
    expect(within(nav).getByText('People')).toBeTruthy();
    expect(within(nav).getByText('Goals')).toBeTruthy();

    fireEvent.click(screen.getByText('中文'));

    expect(await within(nav).findByText('人员')).toBeTruthy();
    expect(within(nav).getByText('目标')).toBeTruthy();
    expect(within(nav).queryByText('People')).toBeNull();
    expect(localStorage.getItem('cadre.locale')).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    // antd's own texts follow (its locale comes from ConfigProvider).
    expect(screen.getByText('首页')).toBeTruthy();
  });
});
