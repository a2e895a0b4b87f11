/** "4.5, 4, 3" → [4.5, 4, 3]; null when any part is not a number. */
export function parseNumbers(text: string | undefined): number[] | null {
  if (!text || !text.trim()) return [];
  const parts = text.split(/[,，\s]+/).filter(Boolean).map(Number);
  return parts.some((n) => !Number.isFinite(n)) ? null : parts;
}
