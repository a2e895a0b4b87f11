// Money for people: integer minor units plus an ISO 4217 code become "CNY 6,800.00" (no locale:
// logs, audit and API errors, read by anyone) or "¥6,800.00" / "CN¥6,800.00" (a locale: the
// console). Pure and dependency-free, so the browser console uses the same code
// (@cadre/sdk/console re-exports it) as the server (@cadre/sdk/common).

// Intl knows the minor digits of every currency, but an unknown or made-up code throws; these are
// the common exceptions to 2 for when it does.
const MINOR_DIGITS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

/** Digits after the decimal point of a currency's minor unit (CNY 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  if (currency in MINOR_DIGITS) return MINOR_DIGITS[currency]!;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * `formatMoney(680000, 'CNY')` → "CNY 6,800.00"; `formatMoney(680000, 'CNY', 'zh-CN')` → "¥6,800.00".
 * Without a locale the code leads, so a message means the same to every reader.
 */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const code = (currency || '').toUpperCase();
  const digits = minorDigits(code);
  const major = minor / 10 ** digits;
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (locale) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: code, ...options }).format(major);
    } catch {
      // an unknown code or locale: the plain form below
    }
  }
  return `${code} ${major.toLocaleString('en-US', options)}`;
}

/** Major units (what a person types) to integer minor units (what the API stores). */
export function toMinorUnits(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency.toUpperCase()));
}

/** Integer minor units to major units (a number, for inputs and charts). */
export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency.toUpperCase());
}
