import type { ReactNode } from 'react';
import { Alert } from 'antd';

/** What was not done and why, announced at once (role="alert"): a refused or failed write. */
export function FailureAlert(props: { title: string; description: ReactNode }) {
  return (
    <Alert type="error" showIcon role="alert" title={props.title} description={props.description} />
  );
}
