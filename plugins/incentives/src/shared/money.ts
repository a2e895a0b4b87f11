/** Digits after the decimal point of a currency's minor unit (CNY 2, JPY 0). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 1234567 CNY → "CNY 12,345.67". */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const major = minor / 10 ** digits;
  return `${currency} ${major.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** Large values to 2 decimals, small ones to 6 significant digits; no trailing zeros. */
export const num = (value: number): string =>
  Math.abs(value) >= 1000 ? String(Math.round(value * 100) / 100) : String(Number(value.toPrecision(6)));
