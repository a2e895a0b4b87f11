import { DownOutlined, StarFilled } from '@ant-design/icons';
import { useCadre } from '@cadre/sdk/console';
import { NavLink } from '@cadre/sdk/console/kit';
import { Button, Card, Dropdown, Space, Tag, Typography } from 'antd';
import type { DragEvent } from 'react';
import type { Candidate } from './types.js';
import { useT } from './i18n.js';

interface Props {
  candidate: Candidate;
  showRequisition: boolean;
  onDragStart(e: DragEvent<HTMLDivElement>): void;
  onDragEnd(): void;
  onMove(stage: string): void;
}

/** One candidate on the board: draggable, with a keyboard-friendly "Move to…" menu. */
export function CandidateCard({ candidate: c, showRequisition, onDragStart, onDragEnd, onMove }: Props) {
  const { can } = useCadre();
  const t = useT();
  const movable = can('attraction.candidates.write') && c.allowedMoves.length > 0;
  return (
    <div draggable={movable} onDragStart={onDragStart} onDragEnd={onDragEnd} data-testid={`candidate-${c.id}`} data-name={c.name} role="listitem" style={{ marginBottom: 8, cursor: movable ? 'grab' : 'default' }}>
      <Card size="small" styles={{ body: { padding: 10 } }}>
        <NavLink to={`/attraction/candidates/${c.id}`}><Typography.Text strong>{c.name}</Typography.Text></NavLink>
        {c.headline && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ fontSize: 12, margin: '2px 0 6px' }}>{c.headline}</Typography.Paragraph>}
        {showRequisition && <Typography.Paragraph ellipsis style={{ fontSize: 12, margin: '0 0 6px' }}>{c.requisitionTitle}</Typography.Paragraph>}
        <Space size={4} wrap>
          <Tag>{t(`attraction.source.${c.source}`)}</Tag>
          {c.daysInStage !== null && <Tag color={c.daysInStage > 14 ? 'orange' : undefined}>{t('attraction.pipeline.days', { days: Math.round(c.daysInStage) })}</Tag>}
          {c.averageScore !== null && <Tag icon={<StarFilled />}>{c.averageScore.toFixed(1)}</Tag>}
        </Space>
        {movable && (
          <Dropdown
            trigger={['click']}
            menu={{ items: c.allowedMoves.map((s) => ({ key: s, label: t(`attraction.stage.${s}`) })), onClick: ({ key }) => onMove(key) }}
          >
            <Button size="small" type="link" style={{ padding: 0, marginTop: 4, display: 'block' }} data-testid="move-to">
              {t('attraction.pipeline.moveTo')} <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Card>
    </div>
  );
}
