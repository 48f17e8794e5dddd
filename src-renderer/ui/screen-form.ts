import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { errorMessage } from '../api/client';
import { scrollToFirstError, showApiIssues, validateWithSchema } from './form-errors';
import { useLeaveGuard } from './leave-guard';
import { validateTouched } from './live-validation';
import { useToast } from './toast';

/**
 * A record's form on its own screen (a project, a club's edition, a course): the schema checks
 * the fields as they are typed and again before saving — a refusal, the form's or the core's,
 * is marked on the fields, said in a toast and scrolled to; leaving with unsaved changes asks.
 */
export function useScreenForm<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  /** The form's values as the channel's input (the record's id added, say). */
  toInput: (values: Record<string, unknown>) => unknown = (values) => values,
) {
  const toast = useToast();
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);
  const input = () => toInput(form.getFieldsValue(true) as Record<string, unknown>);

  /** Checks, saves with `save` and, once saved (no longer dirty), hands the answer to `done`. */
  async function submit<R>(save: (input: z.output<S>) => Promise<R>, done: (saved: R) => void) {
    const valid = validateWithSchema(form, schema, input());
    if (!valid) {
      toast.error('Formularz zawiera błędy — popraw zaznaczone pola.');
      scrollToFirstError(form);
      return;
    }
    try {
      const saved = await save(valid);
      setDirty(false);
      done(saved);
    } catch (e) {
      if (showApiIssues(form, e)) {
        toast.error('Program nie przyjął danych — popraw zaznaczone pola.');
        scrollToFirstError(form);
      } else toast.error(errorMessage(e));
    }
  }

  return {
    submit,
    /** A change made outside the fields' typing (a provider added from the form, say). */
    markDirty: () => setDirty(true),
    onValuesChange: () => {
      setDirty(true);
      validateTouched(form, schema, input());
    },
  };
}
