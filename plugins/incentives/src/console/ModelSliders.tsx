import { toMajorUnits, toMinorUnits, useCadre } from '@cadre/sdk/console';
import { Col, InputNumber, Row, Slider, Typography } from 'antd';
import type { ModelParameters } from './model.js';
import { useT } from './i18n.js';

interface Props {
  value: ModelParameters;
  initialAmount: number;
  currency: string;
  onChange(next: ModelParameters): void;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Sliders (with exact inputs) for the pool D, the thresholds t1 > … > t(k−1) and the coefficients c1 … ck. */
export function ModelSliders({ value, initialAmount, currency, onChange }: Props) {
  const t = useT();
  const major = toMajorUnits(value.amount, currency);
  const initialMajor = toMajorUnits(initialAmount, currency);
  const maxMajor = Math.max(1, Math.ceil(initialMajor * 2));
  const step = Math.max(1, 10 ** Math.max(0, Math.floor(Math.log10(Math.max(initialMajor, 1))) - 3));
  const cMax = Math.max(3, Math.ceil(Math.max(...value.coefficients) + 0.5));
  const setCoefficient = (i: number, c: number | null) => {
    if (c === null || !Number.isFinite(c)) return;
    onChange({ ...value, coefficients: value.coefficients.map((x, j) => (j === i ? round2(c) : x)) });
  };

  return (
    <div>
      <Typography.Text strong>{t('incentives.model.pool')} (D)</Typography.Text>
      <Row gutter={12} align="middle" style={{ marginBottom: 16 }}>
        <Col flex="auto">
          <div data-testid="slider-pool">
            <Slider min={0} max={maxMajor} step={step} value={major} aria-label={t('incentives.model.pool')}
              tooltip={{ formatter: (v) => v?.toLocaleString() }} onChange={(v: number) => onChange({ ...value, amount: toMinorUnits(v, currency) })} />
          </div>
        </Col>
        <Col>
          <InputNumber min={0} value={major} style={{ width: 170 }} aria-label={`${t('incentives.model.pool')} ${currency}`} suffix={currency} data-testid="input-pool"
            onChange={(v) => typeof v === 'number' && onChange({ ...value, amount: toMinorUnits(v, currency) })} />
        </Col>
      </Row>

      {value.thresholds.length > 0 && (
        <>
          <Typography.Text strong>{t('incentives.thresholds')} </Typography.Text>
          <Typography.Text type="secondary" data-testid="threshold-values">{value.thresholds.map((x, i) => `t${i + 1} = ${x}`).join(' · ')}</Typography.Text>
          <div data-testid="slider-thresholds" style={{ marginBottom: 16 }}>
            <Slider
              range={{ draggableTrack: false }}
              min={1} max={5} step={0.05}
              value={[...value.thresholds].reverse()}
              marks={{ 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' }}
              aria-label={t('incentives.thresholds')}
              onChange={(v: number[]) => {
                const sorted = [...v].map(round2).sort((a, b) => b - a);
                if (sorted.every((x, i) => i === 0 || x < sorted[i - 1]!)) onChange({ ...value, thresholds: sorted });
              }}
            />
          </div>
        </>
      )}

      <Typography.Text strong>{t('incentives.coefficients')}</Typography.Text>
      {value.coefficients.map((c, i) => (
        <Row key={i} gutter={12} align="middle">
          <Col style={{ width: 180 }}>
            <Typography.Text type="secondary">
              c{i + 1} · {i === 0 ? `s > ${value.thresholds[0] ?? '—'}` : i === value.coefficients.length - 1 ? `s ≤ ${value.thresholds[i - 1]}` : `${value.thresholds[i - 1]} ≥ s > ${value.thresholds[i]}`}
            </Typography.Text>
          </Col>
          <Col flex="auto">
            <div data-testid={`slider-coefficient-${i + 1}`}>
              <Slider min={0} max={cMax} step={0.05} value={c} aria-label={`c${i + 1}`} onChange={(v: number) => setCoefficient(i, v)} />
            </div>
          </Col>
          <Col>
            <InputNumber min={0} step={0.05} value={c} style={{ width: 90 }} aria-label={`c${i + 1}`} data-testid={`input-coefficient-${i + 1}`} onChange={(v) => setCoefficient(i, v)} />
          </Col>
        </Row>
      ))}
    </div>
  );
}
