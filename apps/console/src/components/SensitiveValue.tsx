// Compensation on the console's own pages: withheld, set or unset.
import { formatMoney, useCadre } from '@cadre/sdk/console';
import { HiddenTag } from '@cadre/sdk/console/kit';
import { Typography } from 'antd';

interface MoneyProps {
  value: { base: number; currency: string } | null | undefined;
  hidden: boolean;
}

/** Compensation: hidden when withheld, the amount (minor units → major) when present, a dash when unset. */
export function Money({ value, hidden }: MoneyProps) {
  const { locale, t } = useCadre();
  if (hidden) return <HiddenTag />;
  if (!value) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return <span data-testid="money">{formatMoney(value.base, value.currency, locale)}</span>;
}
