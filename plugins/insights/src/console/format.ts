/** A number or a dash, with a fixed number of decimals. */
export const num = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : v.toFixed(digits));
