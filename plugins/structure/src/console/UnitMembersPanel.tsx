// The chosen unit's own members (not its sub-units'), for holders of structure.org.write: move one
// to another unit or to none, or bring someone in (MovePersonModal).
import { SwapOutlined, UserAddOutlined } from '@ant-design/icons';
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink } from '@cadre/sdk/console/kit';
import { App, Button, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { ORG_UNIT_MEMBERS } from './api.js';
import { useT } from './i18n.js';
import { MovePersonModal } from './MovePersonModal.js';
import type { OrgPerson, OrgUnit } from './types.js';

export function UnitMembersPanel({ unit, units }: { unit: OrgUnit; units: readonly OrgUnit[] }) {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, isLoading, refetch } = useCadreQuery(ORG_UNIT_MEMBERS, { unitIds: [unit.id] });
  // undefined: closed; null: bring someone in; else move that person.
  const [moving, setMoving] = useState<OrgPerson | null | undefined>(undefined);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const members = data?.orgUnitMembers ?? [];

  return (
    <div data-testid="unit-members" style={{ marginBottom: 12 }}>
      {error && !data ? <LoadFailed error={error} retry={refetch} /> : (
        <List<OrgPerson>
          size="small"
          bordered
          loading={isLoading}
          pagination={members.length > 8 ? { pageSize: 8, size: 'small' } : false}
          header={
            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
              <b>{t('structure.member.title', { unit: unit.name, count: members.length })}</b>
              <Button size="small" icon={<UserAddOutlined />} onClick={() => setMoving(null)} data-testid="member-add">{t('structure.member.add')}</Button>
            </Space>
          }
          locale={{ emptyText: t('structure.member.none') }}
          dataSource={members}
          renderItem={(p) => (
            <List.Item key={p.id} data-testid="unit-member"
              actions={[<Button key="move" size="small" icon={<SwapOutlined />} onClick={() => setMoving(p)} aria-label={t('structure.member.moveOne', { name: p.name })} data-testid="member-move">{t('structure.member.move')}</Button>]}>
              <Space>
                <NavLink to={`/people/${p.id}`}>{p.name}</NavLink>
                <Typography.Text type="secondary">{p.title}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {moving !== undefined && (
        <MovePersonModal person={moving} unitId={unit.id} units={units} onClose={() => setMoving(undefined)}
          onSaved={(p) => {
            setMoving(undefined);
            void message.success(p.orgUnitId ? t('structure.member.moved', { name: p.name, unit: unitName.get(p.orgUnitId) ?? '' }) : t('structure.member.removed', { name: p.name }));
          }} />
      )}
    </div>
  );
}
