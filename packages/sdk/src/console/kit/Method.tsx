import { Alert, Typography } from 'antd';

/** How a number is computed, shown next to it (the plugin gives the localised title and text). */
export function Method({ text, title }: { text: string; title: string }) {
  return <Alert type="info" showIcon data-testid="method" title={title} description={<Typography.Text style={{ fontSize: 13 }}>{text}</Typography.Text>} style={{ marginBottom: 16 }} />;
}
