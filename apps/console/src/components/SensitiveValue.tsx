import { LockOutlined } from '@ant-design/icons';
import { formatMoney, useCadre } from '@cadre/sdk/console';
import { Tag, Tooltip, Typography } from 'antd';

/** A value the API withheld: a lock tag, never an empty cell that looks like "no data". */
export function HiddenTag() {
  const { t } = useCadre();
  return (
    <Tooltip title={t('common.hiddenHint')}>
      <Tag icon={<LockOutlined />} data-testid="hidden-value">{t('common.hidden')}</Tag>
    </Tooltip>
  );
}

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
