import { useState } from 'react';
import { Form, Input, Modal, Radio, Typography } from 'antd';
import { contract } from '../../../../src-main/contract';
import type { CompletionRecord } from '../../../../src-main/contract/attendance';
import type { CompletionOutcome } from '../../../../src-main/domain/attendance/hours';
import { formatDate, isIsoDate } from '../../../../src-main/domain/dates';
import { useStores } from '../../../app/stores';
import { useToday } from '../../../app/today';
import { useConfirmedWrite, withRules, type FieldIssue } from '../../../ui/confirmed-write';
import { DateInput } from '../../../ui/DateInput';
import { FailureAlert } from '../../../ui/FailureAlert';
import { useDiscardGuard } from '../../../ui/discard-guard';
import { validateTouched } from '../../../ui/live-validation';
import type { PersonRef } from './HoursSection';
import { outcomeLabel } from './hours-view';

interface Values {
  outcome?: CompletionOutcome;
  endedOn?: string | null;
  reason?: string;
}

/** The core's rules that its schema does not say: a reason for an early end, no future day. */
export function endIssues(v: Partial<Values>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.outcome === 'left' && !v.reason?.trim())
    issues.push({ path: ['reason'], message: 'Podaj powód zakończenia udziału przed czasem' });
  if (typeof v.endedOn === 'string' && isIsoDate(v.endedOn) && v.endedOn > today)
    issues.push({
      path: ['endedOn'],
      message: `Data nie może być późniejsza niż dzisiejsza (${formatDate(today)})`,
    });
  return issues;
}

/**
 * "Zakończ udział": how the person's participation ended (the whole programme, or earlier —
 * then why) and on which day. Final: asked first; the person's enrolment in the project moves
 * with it. Afterwards the certificate is offered.
 */
export function EndParticipationDialog(props: {
  editionId: number;
  person: PersonRef;
  onClose(): void;
  onEnded(record: CompletionRecord): void;
}) {
  const { editionId, person, onClose, onEnded } = props;
  const { api } = useStores();
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const { error, saving, submit } = useConfirmedWrite(form, onClose);
  const schema = withRules(contract['club.endParticipation'].input, (v) =>
    endIssues(v as Partial<Values>, today),
  );
  const toInput = (v: Values) => ({
    editionId,
    participantId: person.participantId,
    outcome: v.outcome,
    endedOn: v.endedOn,
    reason: v.reason?.trim() || null,
  });

  const end = () =>
    submit({
      schema,
      values: toInput(form.getFieldsValue(true)),
      ask: (input) => ({
        title: `Zakończyć udział: ${person.name}?`,
        content: `${outcomeLabel(input.outcome, person.sex)} z dniem ${formatDate(input.endedOn)}. Członkostwo w grupie skończy się tego dnia, a status udziału w projekcie zmieni się odpowiednio. Tej zmiany nie można cofnąć.`,
        okText: 'Zakończ udział',
        danger: input.outcome === 'left',
      }),
      write: (input) => api.call('club.endParticipation', input),
      done: () => `Zakończono udział: ${person.name}`,
      then: onEnded,
    });

  return (
    <Modal
      open
      title={`Zakończenie udziału — ${person.name}`}
      okText="Zakończ udział"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={end}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ endedOn: today, reason: '' }}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, schema, toInput(form.getFieldsValue(true)));
        }}
      >
        <Form.Item name="outcome" label="Jak zakończył się udział" required>
          <Radio.Group>
            <Radio value="completed">{outcomeLabel('completed', person.sex)}</Radio>
            <Radio value="left">{outcomeLabel('left', person.sex)}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="endedOn" label="Data zakończenia" required>
          <DateInput />
        </Form.Item>
        <Form.Item
          name="reason"
          label={outcome === 'completed' ? 'Uwagi' : 'Powód zakończenia'}
          required={outcome === 'left'}
          extra={
            outcome === 'left'
              ? 'Powód trafi na zaświadczenie.'
              : 'Nieobowiązkowe przy ukończeniu programu.'
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={300} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">
        Godziny obecności po tej dacie nie będą już planowane dla tej osoby.
      </Typography.Paragraph>
      {error && <FailureAlert title="Nie zakończono udziału" description={error} />}
    </Modal>
  );
}
