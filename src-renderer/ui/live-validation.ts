import type { FormInstance } from 'antd';
import type { z } from 'zod';

/**
 * Feedback as the worker types: the whole form is checked with the contract's schema (so
 * cross-field rules like "value = EU funding + own contribution" count too), but only the
 * fields already touched show their issues; a fresh form is not painted red. On submit,
 * `validateWithSchema` marks everything.
 */
export function validateTouched(form: FormInstance, schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  const messages = new Map<string, string[]>();
  for (const issue of result.success ? [] : result.error.issues) {
    const key = JSON.stringify(issue.path.map((p) => (typeof p === 'number' ? p : String(p))));
    messages.set(key, [...(messages.get(key) ?? []), issue.message]);
  }
  const touched = form.getFieldsError().filter((field) => form.isFieldTouched(field.name));
  const changed = touched
    .map((field) => ({ name: field.name, errors: messages.get(JSON.stringify(field.name)) ?? [] }))
    .filter((field, i) => field.errors.join('\n') !== touched[i]!.errors.join('\n'));
  if (changed.length > 0) form.setFields(changed);
}
