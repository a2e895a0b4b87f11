/** A share (0.25) as a percentage ('25%', or '25.0%' with one digit); a dash when there is none. */
export const formatPercent = (share: number | null | undefined, digits = 0): string => (share === null || share === undefined ? '—' : `${(share * 100).toFixed(digits)}%`);
