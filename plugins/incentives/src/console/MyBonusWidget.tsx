import { formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Button, Empty, Flex, Skeleton, Statistic, Typography } from 'antd';
import { MY_BONUS } from './api.js';
import { num, score } from './numbers.js';
import { useT } from './i18n.js';

/** Dashboard: the viewer's share of the latest published pool, and how it was computed. */
export default function MyBonusWidget() {
  const { locale, navigate } = useCadre();
  const t = useT();
  const { data, isLoading, error } = useCadreQuery(MY_BONUS, {});
  if (isLoading) return <Skeleton active />;
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  const latest = [...(data?.myBonus ?? [])].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))[0];
  if (!latest) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incentives.me.noBonus')} />;
  return (
    <Flex vertical gap={4}>
      <Statistic title={latest.poolName} value={formatMoney(latest.amount, latest.currency, locale)} />
      <Typography.Text type="secondary">
        {t('incentives.score')} {score(latest.score)} · {t('incentives.band')} {latest.band ?? '—'} · c = {num(latest.coefficient)} · ω = {num(latest.weight)}
      </Typography.Text>
      <Button type="link" style={{ padding: 0, alignSelf: 'start' }} onClick={() => navigate('/incentives/me')}>{t('incentives.me.seeFormula')}</Button>
    </Flex>
  );
}
