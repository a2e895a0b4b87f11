import { Muted } from '@cadre/sdk/console/kit';
import { Alert, Flex, Typography } from 'antd';
import { useT } from './i18n.js';

/** A score's formula: the localised text, and the server's own wording when it differs. */
export function Formula({ server, local }: { server: string; local: string }) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="formula"
      title={t('knowledge.formula')}
      description={<Flex vertical gap={4}><Typography.Text style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }}>{local}</Typography.Text>{local !== server && <Muted>{server}</Muted>}</Flex>}
      style={{ marginBottom: 16 }}
    />
  );
}
