import { z } from 'zod';
import type { FieldIssue } from '../../ui/confirmed-write';

/**
 * A form whose fields are not the channel's input as they stand (a repeated password, role
 * checkboxes): the values are mapped to the input and checked with the channel's schema, and
 * the form's own rules are added, all on the fields' paths — for `validateTouched` as the
 * person types and `validateWithSchema` on submit. The output is the channel's input.
 */
export function formSchema<V, S extends z.ZodType>(
  schema: S,
  toInput: (values: Partial<V>) => unknown,
  rules: (values: Partial<V>) => FieldIssue[] = () => [],
): z.ZodType<z.output<S>> {
  return z
    .custom<Partial<V>>()
    .superRefine((raw, ctx) => {
      const values = (raw ?? {}) as Partial<V>;
      const parsed = schema.safeParse(toInput(values));
      const issues = [...(parsed.success ? [] : parsed.error.issues), ...rules(values)];
      for (const i of issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
    })
    .transform((values) => schema.parse(toInput(values ?? {})) as z.output<S>);
}

/** "Powtórz hasło" must be what was typed above it; said only once something was typed. */
export function repeatIssue(
  password: unknown,
  repeat: unknown,
  path: (string | number)[],
): FieldIssue[] {
  if (typeof repeat !== 'string' || repeat === '') return [{ path, message: 'Powtórz hasło' }];
  return repeat === password ? [] : [{ path, message: 'Hasła nie są takie same' }];
}
