import { describe, expect, it } from 'vitest';
import { formatMoney, minorDigits, toMinorUnits } from './format-money.js';

describe('formatMoney', () => {
  it('writes minor units for people, with the code first when no locale is given', () => {
    expect(formatMoney(680000, 'CNY')).toBe('CNY 6,800.00');
    expect(formatMoney(680000, 'cny')).toBe('CNY 6,800.00');
    expect(formatMoney(-5, 'USD')).toBe('USD -0.05');
    expect(formatMoney(1234, 'JPY')).toBe('JPY 1,234');
    expect(formatMoney(1234, 'KWD')).toBe('KWD 1.234');
  });

  it('uses the locale’s symbol when a locale is given', () => {
    expect(formatMoney(680000, 'CNY', 'zh-CN')).toBe('¥6,800.00');
    expect(formatMoney(680000, 'CNY', 'en-US')).toBe('CN¥6,800.00');
    expect(formatMoney(680000, 'XQQ', 'en-US')).toMatch(/^XQQ\s6,800\.00$/); // a code Intl has no symbol for
  });

  it('knows the minor digits', () => {
    expect([minorDigits('CNY'), minorDigits('JPY'), minorDigits('BHD'), minorDigits('XQQ')]).toEqual([2, 0, 3, 2]);
    expect(toMinorUnits(6800, 'CNY')).toBe(680000);
  });
});
