/** Tenure bands for survey and attrition cuts, from the hire date to a day (YYYY-MM-DD). */
export const TENURE_BANDS = ['LT_1Y', 'Y1_2', 'Y2_4', 'Y4_PLUS'] as const;
export type TenureBand = (typeof TENURE_BANDS)[number] | '';

/** Whole months from `from` to `to` (both YYYY-MM-DD), counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function tenureBand(hireDate: string | null, on: string): TenureBand {
  if (!hireDate) return '';
  const months = monthsBetween(hireDate, on);
  if (months < 12) return 'LT_1Y';
  if (months < 24) return 'Y1_2';
  if (months < 48) return 'Y2_4';
  return 'Y4_PLUS';
}
