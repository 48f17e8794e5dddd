import { useEffect, useState } from 'react';
import { Form, Input, type FormItemProps } from 'antd';
import { formatGrosze, readZloty } from './money';

/**
 * An amount typed in złote ("349 773,80", "349.773,80", "349773.80") whose form value is
 * grosze (an integer), as the contract keeps money. What the worker typed stays as typed
 * until the field loses focus, then it is shown in the canonical form. Empty or malformed
 * text gives null; why it is malformed goes to `onProblemChange`.
 */
export function MoneyInput(props: {
  value?: number | null;
  onChange?: (grosze: number | null) => void;
  onProblemChange?: (problem: string | null) => void;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  const { value, onChange, onProblemChange, ...rest } = props;
  const [typed, setTyped] = useState<string | null>(null);
  const current = value ?? null;
  // The typed text wins only while it still means the current value (not after a reset).
  const reading = typed === null ? null : readZloty(typed);
  const keepTyped = reading !== null && reading.grosze === current;
  const shown = keepTyped ? typed : current === null ? '' : formatGrosze(current, ' ');
  const problem = keepTyped ? reading.problem : null;

  useEffect(() => {
    onProblemChange?.(problem);
  }, [problem, onProblemChange]);

  return (
    <Input
      {...rest}
      inputMode="decimal"
      placeholder="0,00"
      suffix="zł"
      styles={{ input: { textAlign: 'right' } }}
      value={shown ?? ''}
      onChange={(e) => {
        const text = e.target.value.replace(/[^\d\s\u00a0,.]/g, '');
        setTyped(text);
        onChange?.(readZloty(text).grosze);
      }}
      // Malformed text stays visible (with the field's error) so it can be corrected.
      onBlur={() => setTyped((t) => (t !== null && readZloty(t).problem !== null ? t : null))}
    />
  );
}

/**
 * A form field with a MoneyInput: when the typed text cannot be read, its own reason
 * ("Kwota może mieć najwyżej dwie cyfry po przecinku") is shown instead of "Podaj kwotę".
 */
export function MoneyFormItem(props: Omit<FormItemProps, 'children'>) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Form.Item {...props} {...(problem ? { help: problem, validateStatus: 'error' as const } : {})}>
      <MoneyInput onProblemChange={setProblem} />
    </Form.Item>
  );
}
