import { Alert } from 'antd';

/** The API's refusals of a form or an action, above it (nothing when there are none). */
export function Problems({ errors }: { errors: readonly string[] }) {
  if (!errors.length) return null;
  return <Alert type="error" showIcon title={errors.join('; ')} role="alert" style={{ marginBottom: 16 }} data-testid="problems" />;
}
