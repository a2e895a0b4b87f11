// The shared formatter ("CNY 12,345.67"): messages and explanations show money for people.
export { formatMoney, minorDigits } from '@cadre/sdk/common';

/** Large values to 2 decimals, small ones to 6 significant digits; no trailing zeros. */
export const num = (value: number): string =>
  Math.abs(value) >= 1000 ? String(Math.round(value * 100) / 100) : String(Number(value.toPrecision(6)));
