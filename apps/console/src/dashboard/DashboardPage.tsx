import type { ConsoleWidget } from '@cadre/sdk/console';
import { Card, Col, Empty, Row } from 'antd';
import { usePreferences } from '../preferences/usePreferences';
import { visibleWidgets } from '../shell/compose';
import { LazyPart } from '../shell/LazyPart';
import { useAccess, useShell } from '../shell/useShell';

const SPANS: Record<NonNullable<ConsoleWidget['size']>, { xs: number; lg?: number; xl?: number }> = {
  small: { xs: 24, lg: 12, xl: 8 },
  medium: { xs: 24, lg: 12 },
  large: { xs: 24 },
};

/** Widgets of the core and the plugins, each loading (and failing) on its own. */
export default function DashboardPage() {
  const { registry } = useShell();
  const access = useAccess();
  const { t } = usePreferences();
  const widgets = visibleWidgets(registry, access);
  if (!widgets.length) return <Empty description={t('dashboard.noWidgets')} />;
  return (
    <Row gutter={[16, 16]}>
      {widgets.map((w) => {
        const size = w.size ?? 'medium';
        return (
          <Col key={w.id} {...SPANS[size]}>
            <Card title={t(w.title)} data-testid={`widget-${w.id}`} style={{ height: '100%' }} styles={{ body: { minHeight: 140 } }}>
              <LazyPart load={w.load} props={{ size }} failure={t('dashboard.widgetFailed')} compact />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
