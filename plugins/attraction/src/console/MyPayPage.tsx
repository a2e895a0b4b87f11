// "My pay": the viewer's own pay position, for everyone signed in (myCompPosition answers only
// for oneself, so no permission stands in front of it).
import { isHidden, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Empty, Skeleton, Typography } from 'antd';
import { MY_POSITION } from './api.js';
import { JobFamily, PayPosition } from './PayPosition.js';
import { useT } from './i18n.js';

export default function MyPayPage() {
  const t = useT();
  const { data, errors, error, isLoading, refetch } = useCadreQuery(MY_POSITION, {});
  const p = data?.myCompPosition;
  return (
    <Page title={t('attraction.nav.myPay')} testId="my-pay">
      <Typography.Paragraph type="secondary">{t('attraction.pay.myIntro')}</Typography.Paragraph>
      {isLoading ? <Skeleton active /> : error || !data ? <LoadFailed error={error} retry={refetch} /> : !p ? <Empty description={t('attraction.pay.noPerson')} /> : (
        <PayPosition p={p} hidden={(field) => isHidden(errors, ['myCompPosition', field])} family={<JobFamily p={p} />} noFamily={t('attraction.pay.myNoFamily')} />
      )}
    </Page>
  );
}
