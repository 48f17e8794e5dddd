import { useState, type ReactNode } from 'react';
import { App, type FormInstance } from 'antd';
import { z } from 'zod';
import { scrollToFirstError, showApiIssues, validateWithSchema } from './form-errors';
import { useToast } from './toast';
import { errorMessage } from '../api/client';

export type FieldIssue = { path: (string | number)[]; message: string };

/**
 * A channel's schema together with the rules the core checks against its records and its
 * day (a date not after today, not before signing; a warning not yet acknowledged), all
 * reported at once on the fields — as the worker types (`validateTouched`) and before
 * anything is asked. The rules see the raw values, so a future date is marked even while
 * other fields are still empty; a rule the schema also refines on (once every field is valid)
 * is said once. The output is the schema's.
 */
export function withRules<S extends z.ZodType>(
  schema: S,
  rules: (values: Partial<z.input<S>>) => FieldIssue[],
): z.ZodType<z.output<S>> {
  return z
    .custom<z.input<S>>()
    .superRefine((values, ctx) => {
      const parsed = schema.safeParse(values);
      const issues = [
        ...(parsed.success ? [] : parsed.error.issues),
        ...rules((values ?? {}) as Partial<z.input<S>>),
      ];
      const said = new Set<string>();
      for (const i of issues) {
        const key = JSON.stringify([i.path.map(String), i.message]);
        if (said.has(key)) continue;
        said.add(key);
        ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
      }
    })
    .transform((values) => schema.parse(values) as z.output<S>);
}

/** The question asked once the input is known to be acceptable. */
export interface Question {
  title: string;
  content: ReactNode;
  okText: string;
  danger?: boolean;
}

export interface ConfirmedWrite<I, R> {
  /** The channel's schema (`withRules` for the core's other rules), checked before asking. */
  schema: z.ZodType<I>;
  values: unknown;
  ask: (input: I) => Question;
  write: (input: I) => Promise<R>;
  /** The success message. */
  done: (result: R) => string;
  /** After the message and closing: e.g. open the document just issued for signature. */
  then?: (result: R) => void;
}

export interface ConfirmedWriteOptions {
  /** Puts the core's `invalid_input` issues on the form; true when it did. */
  showIssues?: (form: FormInstance, error: unknown) => boolean;
  /** Said when the input is refused before asking (the fields are marked already). */
  onInvalid?: () => void;
}

/**
 * An irreversible step (signing, an evaluation, an amendment, an ending): checks the input
 * with the channel's schema and the core's rules first — a refusal is marked on the fields
 * and nothing is asked — then asks, writes, says so and closes; a refusal from the core
 * goes onto the form's fields or into `error`. `saving` is true while the write runs.
 */
export function useConfirmedWrite(
  form: FormInstance,
  onClose: () => void,
  options: ConfirmedWriteOptions = {},
) {
  const { modal } = App.useApp();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const showIssues = options.showIssues ?? ((f: FormInstance, e: unknown) => showApiIssues(f, e));

  async function writing<R>(write: () => Promise<R>): Promise<R> {
    setSaving(true);
    try {
      return await write();
    } finally {
      setSaving(false);
    }
  }

  /** Returns whether the question was asked. */
  function submit<I, R>(step: ConfirmedWrite<I, R>): boolean {
    setError(null);
    const parsed = step.schema.safeParse(step.values);
    if (!parsed.success) {
      validateWithSchema(form, step.schema, step.values); // marks the fields
      options.onInvalid?.();
      scrollToFirstError(form);
      return false;
    }
    const input = parsed.data;
    const question = step.ask(input);
    modal.confirm({
      title: question.title,
      content: question.content,
      okText: question.okText,
      okButtonProps: { danger: question.danger ?? false },
      cancelText: 'Wróć',
      onOk: async () => {
        try {
          const result = await writing(() => step.write(input));
          toast.success(step.done(result));
          onClose();
          step.then?.(result);
        } catch (e) {
          if (showIssues(form, e)) scrollToFirstError(form);
          else setError(errorMessage(e));
        }
      },
    });
    return true;
  }

  return { error, setError, saving, submit };
}
