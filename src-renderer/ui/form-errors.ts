import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { ApiError } from '../api/client';

type FieldErrors = { name: (string | number)[]; errors: string[] }[];

function group(
  issues: { path: PropertyKey[]; message: string }[],
  prefix: (string | number)[] = [],
): FieldErrors {
  const byPath = new Map<string, FieldErrors[number]>();
  for (const issue of issues) {
    const name = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    const key = JSON.stringify(name);
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byPath.set(key, entry);
  }
  return [...byPath.values()];
}

/**
 * Shows the core's per-field issues on an antd form. Returns false when the error was not
 * a validation error, so the caller shows it as a general message instead.
 */
export function showApiIssues(
  form: FormInstance,
  error: unknown,
  prefix: (string | number)[] = [],
): boolean {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input') return false;
  form.setFields(group(error.issues, prefix));
  return true;
}

/**
 * Validates form values with the same zod schema the core uses, for feedback as the
 * worker types. Returns the parsed value or null after marking the fields.
 */
export function validateWithSchema<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  values: unknown,
): z.output<S> | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  form.setFields(group(result.error.issues));
  return null;
}

/**
 * Puts issues computed in the renderer (e.g. from the contract's schema as the worker
 * types) on the registered fields and clears fields that became valid. With
 * `onlyTouched`, fields the worker has not reached yet are left alone. Returns the
 * issues that belong to no registered field, for a general message.
 */
export function showFieldIssues(
  form: FormInstance,
  issues: { path: PropertyKey[]; message: string }[],
  { onlyTouched }: { onlyTouched: boolean },
): FieldErrors {
  const byKey = new Map(group(issues).map((f) => [JSON.stringify(f.name), f]));
  const updates: FieldErrors = [];
  for (const field of form.getFieldsError()) {
    const key = JSON.stringify(field.name);
    const errors = byKey.get(key)?.errors ?? [];
    byKey.delete(key);
    if (onlyTouched && !form.isFieldTouched(field.name)) continue;
    if (errors.join('\n') !== field.errors.join('\n')) updates.push({ name: field.name, errors });
  }
  if (updates.length) form.setFields(updates);
  return [...byKey.values()];
}

/** Brings the first field with an error into view (a long form, the error below the fold). */
export function scrollToFirstError(form: FormInstance): void {
  const first = form.getFieldsError().find((f) => f.errors.length > 0);
  if (first) form.scrollToField(first.name, { block: 'center' });
}
