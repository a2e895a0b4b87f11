import { useCadre } from '../context.js';
import { formatMoney } from '../format.js';
import { HiddenTag } from './HiddenTag.js';
import { None } from './Muted.js';

export interface MoneyTextProps {
  /** Integer minor units (cents, fen). */
  value: number | null | undefined;
  currency: string;
  /** The API withheld the amount: a lock tag rather than a dash that reads as "no pay". */
  hidden?: boolean;
  testId?: string;
}

/** An amount in the console's language; `data-minor` keeps the exact value for tests and copying. */
export function MoneyText({ value, currency, hidden, testId }: MoneyTextProps) {
  const { locale } = useCadre();
  if (hidden) return <HiddenTag />;
  if (value === null || value === undefined) return <None />;
  return <span data-testid={testId} data-minor={value} style={{ whiteSpace: 'nowrap' }}>{formatMoney(value, currency, locale)}</span>;
}
