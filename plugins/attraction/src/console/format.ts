/** Money without the minor digits, for chart axes and big numbers. */
export function shortMoney(minor: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(minor / 100);
  } catch {
    return `${Math.round(minor / 100)} ${currency}`;
  }
}

export const ratio = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));

/** The date of an ISO timestamp in the viewer's locale. */
export const day = (iso: string) => new Date(iso).toLocaleDateString();
