import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import { showApiIssues } from './form-errors';
import { useToast } from './toast';

export interface ConfirmedWrite {
  title: string;
  content: string;
  okText: string;
  danger?: boolean;
  /** The write; its result picks the success message. */
  write: () => Promise<unknown>;
  done: (result: never) => string;
}

/**
 * An irreversible step (signing, an evaluation, an ending): asks first, writes, says so and
 * closes; a refusal from the core goes onto the form's fields or into `error`.
 */
export function useConfirmedWrite(form: FormInstance, onClose: () => void) {
  const { modal } = App.useApp();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const confirm = (step: ConfirmedWrite) =>
    modal.confirm({
      title: step.title,
      content: step.content,
      okText: step.okText,
      okButtonProps: { danger: step.danger ?? false },
      cancelText: 'Wróć',
      onOk: async () => {
        try {
          const result = await step.write();
          toast.success(step.done(result as never));
          onClose();
        } catch (e) {
          if (!showApiIssues(form, e)) setError((e as Error).message);
        }
      },
    });
  return { error, setError, confirm };
}
