import { useCadre, useCadreMutation, type ResultOf } from '@cadre/sdk/console';
import { Button, Card, Empty, Flex, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { MarkNotificationsReadDocument, type MyNotificationsDocument } from './notification-documents';

type Notice = ResultOf<typeof MyNotificationsDocument>['myNotifications'][number];

/** `incentives.allocation-published` → the plugin's shell message `incentives.notification.allocation-published`. */
const messageKey = (kind: string) => kind.replace(/^([^.]+)\./, '$1.notification.');

/** The bell's panel (loaded when first opened): the latest notices in the console's language, each opening its page. */
export default function NotificationPanel({ items, unread, close }: { items: Notice[]; unread: number; close: () => void }) {
  const { t } = useCadre();
  const navigate = useNavigate();
  const markRead = useCadreMutation(MarkNotificationsReadDocument, { invalidates: [['MyNotifications']] });

  const text = (kind: string, params: string) => {
    const key = messageKey(kind);
    const said = t(key, JSON.parse(params) as Record<string, string | number>);
    return said === key ? kind : said;
  };
  const open = async (item: Notice) => {
    if (!item.readAt) await markRead.mutate({ ids: [item.id] });
    close();
    if (item.link?.startsWith('/')) void navigate(item.link);
  };

  return (
    <Card size="small" style={{ width: 360 }} data-testid="notifications" title={t('notifications.title')}
      extra={<Button size="small" type="link" disabled={!unread} onClick={() => void markRead.mutate({ ids: null })}>{t('notifications.markAllRead')}</Button>}>
      {items.length ? (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item style={{ cursor: 'pointer', paddingInline: 4 }} onClick={() => void open(item)} data-testid="notification">
              <Flex vertical style={{ width: '100%' }}>
                <Typography.Text strong={!item.readAt}>{text(item.kind, item.params)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(item.createdAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      )}
    </Card>
  );
}
