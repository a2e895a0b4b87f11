/** Up to two decimals. */
export const num = (value: number) => String(Math.round(value * 100) / 100);

/** Escapes text for ECharts tooltips (they are HTML). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
