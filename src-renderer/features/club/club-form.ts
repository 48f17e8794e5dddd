import { useState } from 'react';
import { App, Form, type FormInstance } from 'antd';
import type { z } from 'zod';
import { errorMessage } from '../../api/client';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';

/**
 * The club's dialogs (a module, a group, a trainer, an absence, a room): the contract's schema
 * checks as the person types and again before saving; the core's refusal goes onto the fields
 * (or above the buttons when it names none); closing with typed data asks first.
 */
export function useClubDialog<S extends z.ZodType>(options: {
  schema: S;
  /** The form's values as the channel's input (the edition's id, say). */
  toInput: (values: Record<string, unknown>) => unknown;
  save: (input: z.output<S>) => Promise<unknown>;
  /** The toast after saving. */
  done: string;
  onClose: () => void;
  /** The dialog stays open after saving (a list above the form shows what was added). */
  stayOpen?: boolean;
}) {
  const { schema, toInput, save, done, onClose, stayOpen = false } = options;
  const [form] = Form.useForm();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const values = () => toInput(form.getFieldsValue(true) as Record<string, unknown>);

  async function submit() {
    setError(null);
    const input = validateWithSchema(form, schema, values());
    if (!input) return;
    try {
      await save(input);
      setDirty(false);
      toast.success(done);
      if (!stayOpen) onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return {
    form,
    error,
    close,
    submit: () => void submit(),
    onValuesChange: () => {
      setDirty(true);
      validateTouched(form, schema, values());
    },
  };
}

/** Deleting asks first, names what goes, and reports; a refusal from the core is a toast. */
export function useConfirmDelete() {
  const { modal } = App.useApp();
  const toast = useToast();
  return (question: {
    title: string;
    content: string;
    done: string;
    remove: () => Promise<void>;
  }) =>
    modal.confirm({
      title: question.title,
      content: question.content,
      okText: 'Usuń',
      okButtonProps: { danger: true },
      cancelText: 'Wróć',
      onOk: async () => {
        try {
          await question.remove();
          toast.success(question.done);
        } catch (e) {
          toast.error(errorMessage(e));
        }
      },
    });
}

export type ClubForm = FormInstance;
