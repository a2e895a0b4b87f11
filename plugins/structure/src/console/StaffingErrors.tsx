import type { GraphQLErrorEntry } from '@cadre/sdk/console';
import { Alert, Flex, Space, Tag, Typography } from 'antd';
import { useT } from './i18n.js';

/** The API's refusal as an alert; a CONFLICT from the solver names the projects it concerns. */
export function StaffingErrors({ errors, testId }: { errors: readonly GraphQLErrorEntry[]; testId: string }) {
  const t = useT();
  if (!errors.length) return null;
  const projects = errors.flatMap((e) => (Array.isArray(e.extensions?.projects) ? (e.extensions!.projects as string[]) : []));
  const conflict = errors.some((e) => e.extensions?.code === 'CONFLICT');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={conflict ? t('structure.staffing.conflict') : t('structure.error')}
      description={
        <Flex vertical gap={6}>
          {errors.map((e, i) => <span key={i}>{e.message}</span>)}
          {projects.length > 0 && <Space wrap size={4}><Typography.Text type="secondary">{t('structure.staffing.projectsConcerned')}</Typography.Text>{projects.map((p) => <Tag key={p} color="red">{p}</Tag>)}</Space>}
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
