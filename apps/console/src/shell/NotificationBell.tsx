import { BellOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Badge, Button, Dropdown, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { MyNotificationsDocument } from './notification-documents';

// The accessible name holds the badge's count, the button's visible text.
// The panel (a list, dates) loads on first open: the header is on every page's first bundle.
const NotificationPanel = lazy(() => import('./NotificationPanel'));

/** The header's bell: the unread count, checked every minute, and the latest notices when opened. */
export function NotificationBell() {
  const { t } = useCadre();
  const [open, setOpen] = useState(false);
  const { data, refetch } = useCadreQuery(MyNotificationsDocument, {}, { pollEvery: () => 60_000 });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) refetch(); // what arrived since the last minute's check
      }}
      placement="bottomRight"
      popupRender={() => (
        <Suspense fallback={<Spin size="small" />}>
          <NotificationPanel items={data?.myNotifications ?? []} unread={unread} close={() => setOpen(false)} />
        </Suspense>
      )}
    >
      <Button type="text" aria-label={unread ? `${t('notifications.title')} ${unread}` : t('notifications.title')} data-testid="notification-bell">
        <Badge count={unread} size="small"><BellOutlined style={{ fontSize: 18 }} /></Badge>
      </Button>
    </Dropdown>
  );
}
