import { describe, expect, it } from 'vitest';
import { NotFoundError, UserInputError } from '../graphql/errors.js';
import { Msg, msg, negotiateLocale, registerMessages, translate } from './msg.js';

registerMessages('zh-CN', {
  'A tenant with slug "{0}" already exists': '标识为 "{0}" 的租户已存在',
  'must not be blank': '不能为空',
  '{0} {1} was not found': '{0} {1} 不存在',
  Person: '人员',
});

describe('msg', () => {
  it('keeps the English text and yields the id with numbered values', () => {
    const m = msg`A tenant with slug "${'acme'}" already exists`;
    expect(m).toBeInstanceOf(Msg);
    expect(m.id).toBe('A tenant with slug "{0}" already exists');
    expect(m.values).toEqual(['acme']);
    expect(String(m)).toBe('A tenant with slug "acme" already exists');
  });

  it('renders the zh-CN template with the same values, and falls back to English without one', () => {
    expect(translate(msg`A tenant with slug "${'acme'}" already exists`, 'zh-CN')).toBe('标识为 "acme" 的租户已存在');
    expect(translate(msg`A tenant with slug "${'acme'}" already exists`, 'en-US')).toBe('A tenant with slug "acme" already exists');
    expect(translate('not in any catalog', 'zh-CN')).toBe('not in any catalog');
    expect(translate(msg`${1} of ${2}`, 'zh-CN')).toBe('1 of 2');
  });

  it('translates errors but keeps their field and id', () => {
    const input = new UserInputError('input.name', 'must not be blank');
    expect(input.message).toBe('input.name: must not be blank');
    expect(input.localized('zh-CN')).toBe('input.name: 不能为空');
    expect(input.localizedExtra('zh-CN')).toEqual({ field: 'input.name', problems: [{ field: 'input.name', message: '不能为空' }] });
    const missing = new NotFoundError('Person', 'p-1');
    expect(missing.message).toBe('Person p-1 was not found');
    expect(missing.localized('zh-CN')).toBe('人员 p-1 不存在');
    expect(missing.localizedExtra('zh-CN')).toEqual({ id: 'p-1' });
  });
});

describe('negotiateLocale', () => {
  it('maps every zh tag to zh-CN and the rest to en-US', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'zh-TW', 'ZH-cn']) expect(negotiateLocale({ 'accept-language': tag })).toBe('zh-CN');
    for (const tag of ['en', 'en-US', 'en-GB', 'fr-FR', '*', '']) expect(negotiateLocale({ 'accept-language': tag })).toBe('en-US');
    expect(negotiateLocale({})).toBe('en-US');
  });

  it('follows the quality order and skips languages it does not speak', () => {
    expect(negotiateLocale({ 'accept-language': 'fr-FR, zh-CN;q=0.8, en;q=0.5' })).toBe('zh-CN');
    expect(negotiateLocale({ 'accept-language': 'en;q=0.4, zh;q=0.9' })).toBe('zh-CN');
    expect(negotiateLocale({ 'accept-language': 'zh;q=0, en-US' })).toBe('en-US');
  });

  it('lets the console’s explicit X-Cadre-Language win over Accept-Language', () => {
    expect(negotiateLocale({ 'x-cadre-language': 'en-US', 'accept-language': 'zh-CN' })).toBe('en-US');
    expect(negotiateLocale({ 'x-cadre-language': 'zh-CN', 'accept-language': 'en-US' })).toBe('zh-CN');
  });
});
