// How much a person wants each open project (−1 rather not … 1 really wants it), which the staffing
// optimiser weighs. Shown to whom the API shows it (the person, their managers, project admins);
// anyone else gets FORBIDDEN and no card. A change is saved as it is chosen.
import { GraphQLRequestError, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { NavLink, useRun } from '@cadre/sdk/console/kit';
import { Alert, Select, Table, Typography } from 'antd';
import { PROJECTS, SET_STAFFING_PREFERENCE, STAFFING_PREFERENCES } from './api.js';
import { useT } from './i18n.js';
import { ProjectStatusTag } from './StatusTags.js';
import type { Project } from './types.js';

const STEPS = [1, 0.5, 0, -0.5, -1];

export function StaffingPreferencesCard({ personId }: { personId: string }) {
  const t = useT();
  const run = useRun();
  const prefs = useCadreQuery(STAFFING_PREFERENCES, { personId });
  const projects = useCadreQuery(PROJECTS, { filter: {} });
  const set = useCadreMutation(SET_STAFFING_PREFERENCE, { invalidates: [['StructureStaffingPreferences']] });
  // Nothing until the API has answered whether this viewer may see them at all.
  if (!prefs.data && !prefs.error) return null;
  if (prefs.error instanceof GraphQLRequestError && prefs.error.code === 'FORBIDDEN') return null;
  const strength = new Map((prefs.data?.staffingPreferences ?? []).map((p) => [p.projectId, p.strength]));
  const open = (projects.data?.projects ?? []).filter((p) => p.status !== 'CLOSED' || strength.has(p.id));
  const word = (v: number) => t(v <= -0.75 ? 'structure.prefs.ratherNot' : v < 0 ? 'structure.prefs.notKeen' : v === 0 ? 'structure.prefs.none' : v < 0.75 ? 'structure.prefs.interested' : 'structure.prefs.keen');
  const label = (v: number) => `${v > 0 ? '+' : ''}${v} · ${word(v)}`;

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>{t('structure.prefs.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('structure.prefs.hint')}</Typography.Paragraph>
      {prefs.error && !prefs.data ? <Alert type="warning" showIcon title={prefs.error.message} /> : (
        <Table<Project>
          rowKey="id" size="small" pagination={open.length > 10 ? { pageSize: 10 } : false} data-testid="staffing-preferences"
          loading={projects.isLoading} dataSource={open}
          columns={[
            { title: t('structure.staffing.project'), render: (_, p) => <NavLink to={`/structure/projects/${p.id}`}>{p.name}</NavLink> },
            { title: '', width: 90, render: (_, p) => <ProjectStatusTag value={p.status} /> },
            {
              title: t('structure.prefs.strength'), width: 210,
              render: (_, p) => {
                const value = strength.get(p.id) ?? 0;
                return (
                  <Select size="small" style={{ width: '100%' }} value={value} disabled={set.isPending} data-testid={`preference-${p.id}`} data-strength={value}
                    aria-label={t('structure.prefs.for', { project: p.name })}
                    // A value set through the API between the steps shows as it is.
                    options={[...new Set([...STEPS, value])].sort((a, b) => b - a).map((v) => ({ value: v, label: label(v) }))}
                    onChange={(v: number) => void run(set.mutate({ input: { personId, projectId: p.id, strength: v } }), t('structure.prefs.saved'))} />
                );
              },
            },
          ]}
        />
      )}
    </>
  );
}
