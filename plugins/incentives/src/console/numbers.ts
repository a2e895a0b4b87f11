/** "4.5, 4, 3" → [4.5, 4, 3]; null when any part is not a number. */
export function parseNumbers(text: string | undefined): number[] | null {
  if (!text || !text.trim()) return [];
  const parts = text.split(/[,，\s]+/).filter(Boolean).map(Number);
  return parts.some((n) => !Number.isFinite(n)) ? null : parts;
}

/** Scores on the 1–5 scale with up to two decimals. */
export const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100));
/** A model number (ω, c, λ) with up to six significant digits. */
export const num = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Number(value.toPrecision(6))));
