// The merit matrix's grid: one row per band of the cycle, one column per position-in-range bucket
// (the breaks split 0–1), each cell a raise percentage. Editable in the create form and on the
// detail page while the API lets the matrix change; read-only once approved.
import { InputNumber, Table, type TableColumnsType } from 'antd';
import { useT } from './i18n.js';

/** Column labels from the breaks: "< 33%", "33–66%", "≥ 66%". */
export function positionLabels(breaks: number[]): string[] {
  const pct = (b: number) => `${Math.round(b * 100)}%`;
  if (!breaks.length) return ['0–100%'];
  return [`< ${pct(breaks[0]!)}`, ...breaks.slice(1).map((b, i) => `${pct(breaks[i]!)}–${pct(b)}`), `≥ ${pct(breaks.at(-1)!)}`];
}

/** Cells reshaped to bands × (breaks + 1), keeping what fits and filling the rest with `fill`. */
export function reshape(cells: number[][] | undefined, bands: number, columns: number, fill = 0): number[][] {
  return Array.from({ length: bands }, (_, i) => Array.from({ length: columns }, (_, j) => cells?.[i]?.[j] ?? fill));
}

interface Row { band: number; values: number[] }

export function MeritGrid({ value, breaks, onChange, testId = 'merit-grid' }: { value: number[][]; breaks: number[]; onChange?(cells: number[][]): void; testId?: string }) {
  const t = useT();
  const set = (band: number, column: number, v: number | null) => onChange?.(value.map((row, i) => (i === band ? row.map((c, j) => (j === column ? (v ?? 0) : c)) : row)));
  const columns: TableColumnsType<Row> = [
    { title: t('incentives.merit.bandHeader'), dataIndex: 'band', width: 90, render: (b: number) => t('incentives.merit.bandN', { band: b }) },
    ...positionLabels(breaks).map((label, j) => ({
      title: label, key: `c${j}`, width: 120, align: 'right' as const,
      render: (_: unknown, r: Row) => (onChange
        ? <InputNumber size="small" min={0} max={100} step={0.5} value={r.values[j]} suffix="%" style={{ width: 100 }} data-testid={`merit-cell-${r.band}-${j}`}
            aria-label={t('incentives.merit.cellLabel', { band: r.band, position: label })} onChange={(v) => set(r.band - 1, j, v)} />
        : <span data-testid={`merit-cell-${r.band}-${j}`} data-value={r.values[j]}>{r.values[j]}%</span>),
    })),
  ];
  return (
    <Table<Row> rowKey="band" size="small" pagination={false} columns={columns} dataSource={value.map((values, i) => ({ band: i + 1, values }))} data-testid={testId}
      title={() => t('incentives.merit.gridHint')} />
  );
}
