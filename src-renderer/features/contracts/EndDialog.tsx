import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { contract as api } from '../../../src-main/contract';
import type { SocialContract } from '../../../src-main/contract/social-contracts';
import { formatDate } from '../../../src-main/domain/dates';
import { useToday } from '../../app/today';
import {
  TERMINATION_REASON_LABELS,
  TERMINATION_REASONS,
} from '../../../src-main/domain/contract-status';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useConfirmedWrite } from '../../ui/confirmed-write';

export type EndKind = 'complete' | 'terminate';

interface EndValues {
  date?: string | null;
  goalsReached?: boolean;
  reason?: string;
  note?: string;
}

const REASON_OPTIONS = TERMINATION_REASONS.map((value) => ({
  value,
  label: TERMINATION_REASON_LABELS[value].replace(/^./, (c) => c.toUpperCase()),
}));

const schemaOf = (kind: EndKind) =>
  kind === 'complete' ? api['contracts.complete'].input : api['contracts.terminate'].input;

const toInput = (id: number, kind: EndKind, v: EndValues) =>
  kind === 'complete'
    ? { id, date: v.date, goalsReached: v.goalsReached, note: v.note ?? null }
    : { id, date: v.date, reason: v.reason, note: v.note };

/**
 * Zakończ (the period is over; goals reached or not) or Rozwiąż (ended early: the person's
 * resignation, a breach, another reason — always explained). Both are final.
 */
export function EndDialog(props: { contract: SocialContract; kind: EndKind; onClose: () => void }) {
  const { contract, kind, onClose } = props;
  const { contracts } = useStores();
  const saving = useFeature('contracts', (s) => s.saving);
  const today = useToday();
  const [form] = Form.useForm<EndValues>();
  const { error, setError, confirm } = useConfirmedWrite(form, onClose);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const completing = kind === 'complete';
  const schema = schemaOf(kind);

  /** The checked input, and the write that sends it. */
  function validated(): { date: string; write: () => Promise<unknown> } | null {
    const values = form.getFieldsValue(true) as EndValues;
    const store = contracts.getState();
    if (completing) {
      const input = validateWithSchema(
        form,
        api['contracts.complete'].input,
        toInput(contract.id, kind, values),
      );
      return input && { date: input.date, write: () => store.complete(input) };
    }
    const input = validateWithSchema(
      form,
      api['contracts.terminate'].input,
      toInput(contract.id, kind, values),
    );
    return input && { date: input.date, write: () => store.terminate(input) };
  }

  function submit() {
    setError(null);
    const input = validated();
    if (!input) return;
    confirm({
      title: completing
        ? `Zakończyć kontrakt nr ${contract.number}?`
        : `Rozwiązać kontrakt nr ${contract.number}?`,
      content: `Z datą ${formatDate(input.date)}. Tej zmiany nie można cofnąć.`,
      okText: completing ? 'Zakończ kontrakt' : 'Rozwiąż kontrakt',
      danger: !completing,
      write: input.write,
      done: () => (completing ? 'Kontrakt zakończono.' : 'Kontrakt rozwiązano.'),
    });
  }

  return (
    <Modal
      open
      title={completing ? 'Zakończenie kontraktu' : 'Rozwiązanie kontraktu'}
      okText={completing ? 'Zakończ kontrakt' : 'Rozwiąż kontrakt'}
      okButtonProps={{ danger: !completing }}
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={submit}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<EndValues>
        form={form}
        layout="vertical"
        initialValues={{ date: today, note: '' }}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, schema, toInput(contract.id, kind, form.getFieldsValue(true)));
        }}
      >
        <Form.Item
          name="date"
          label={completing ? 'Data zakończenia' : 'Data rozwiązania'}
          required
        >
          <DateInput />
        </Form.Item>
        {completing ? (
          <Form.Item name="goalsReached" label="Czy cele kontraktu zostały osiągnięte?" required>
            <Radio.Group
              options={[
                { value: true, label: 'Tak, cele osiągnięte' },
                { value: false, label: 'Nie, cele nieosiągnięte' },
              ]}
            />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label="Przyczyna rozwiązania" required>
            <Select options={REASON_OPTIONS} placeholder="Wybierz przyczynę" />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={completing ? 'Podsumowanie' : 'Uzasadnienie'}
          required={!completing}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={completing ? 'Nie zakończono kontraktu' : 'Nie rozwiązano kontraktu'}
          description={error}
        />
      )}
    </Modal>
  );
}
