import { Alert, Button } from 'antd';

/** A read that failed, in words, with "Spróbuj ponownie" to read again when it can be. */
export function LoadErrorAlert(props: { error: string | null; onRetry?: () => void }) {
  const { error, onRetry } = props;
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={error}
      action={onRetry && <Button onClick={onRetry}>Spróbuj ponownie</Button>}
    />
  );
}
