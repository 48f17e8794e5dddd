import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useStore } from 'zustand';
import { contract as api } from '../../../src-main/contract';
import type { Enrolment, ExitResult } from '../../../src-main/contract/enrolments';
import type { SocialContract } from '../../../src-main/contract/social-contracts';
import { formatDate, isIsoDate } from '../../../src-main/domain/dates';
import {
  TERMINATION_REASON_LABELS,
  TERMINATION_REASONS,
  type TerminationReason,
} from '../../../src-main/domain/contract-status';
import { ENROLMENT_STATUS_LABELS } from '../../../src-main/domain/enrolment-status';
import { useToday } from '../../app/today';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { validateTouched } from '../../ui/live-validation';
import { useConfirmedWrite, withRules, type FieldIssue } from '../../ui/confirmed-write';
import { createEnrolmentsStore } from '../enrolments/enrolments.store';
import { EXIT_OPTIONS } from '../enrolments/ExitSituationDialog';
import { lifeDateIssues } from './contract-checks';

export type EndKind = 'complete' | 'terminate';

interface EndValues {
  date?: string | null;
  goalsReached?: boolean;
  reason?: TerminationReason;
  note?: string;
  /** Also end the person's participation in the contract's project (same date). */
  endParticipation?: boolean;
  /** With it: the situation on leaving (EFS+ results). */
  exitResults?: ExitResult[];
}

const REASON_OPTIONS = TERMINATION_REASONS.map((value) => ({
  value,
  label: TERMINATION_REASON_LABELS[value].replace(/^./, (c) => c.toUpperCase()),
}));

const toInput = (id: number, kind: EndKind, v: EndValues, participating: boolean) => {
  // The core ends the participation in the same write as the contract, or neither.
  const endParticipation = participating && v.endParticipation === true;
  const exitResults = endParticipation ? (v.exitResults ?? []) : undefined;
  return kind === 'complete'
    ? {
        id,
        date: v.date,
        goalsReached: v.goalsReached,
        note: v.note ?? null,
        endParticipation,
        exitResults,
      }
    : { id, date: v.date, reason: v.reason, note: v.note, endParticipation, exitResults };
};

/** The enrolment the contract's project holds for the person, while they take part in it. */
function openParticipation(enrolments: Enrolment[], projectId: number | null) {
  return enrolments.find((e) => e.projectId === projectId && e.status === 'participant') ?? null;
}

/** The core's rule on a status change: not before the enrolment's last one. */
function participationIssues(enrolment: Enrolment | null, v: EndValues): FieldIssue[] {
  const last = enrolment?.history.at(-1)?.date ?? enrolment?.enrolledOn;
  if (!enrolment || !v.endParticipation || !last || typeof v.date !== 'string') return [];
  if (!isIsoDate(v.date) || v.date >= last) return [];
  return [
    {
      path: ['endParticipation'],
      message: `Status udziału zmieniono ostatnio ${formatDate(last)} — udział nie może się zakończyć wcześniej. Odznacz albo zmień datę.`,
    },
  ];
}

/**
 * Zakończ (the period is over; goals reached or not) or Rozwiąż (ended early: the person's
 * resignation, a breach, another reason — always explained). Both are final. The person's
 * participation in the contract's project may end with it, on the same day.
 */
export function EndDialog(props: { contract: SocialContract; kind: EndKind; onClose: () => void }) {
  const { contract, kind, onClose } = props;
  const { api: client, contracts } = useStores();
  const [enrolments] = useState(() => createEnrolmentsStore(client));
  const enrolmentList = useStore(enrolments, (s) => s.enrolments);
  const enrolmentsLoading = useStore(enrolments, (s) => s.loading);
  const enrolmentsError = useStore(enrolments, (s) => s.error);
  const [enrolmentsAsked, setEnrolmentsAsked] = useState(contract.projectId === null);
  const saving = useFeature('contracts', (s) => s.saving);
  const today = useToday();
  const [form] = Form.useForm<EndValues>();
  const endingParticipation = Form.useWatch('endParticipation', form) !== false;
  const { error, submit } = useConfirmedWrite(form, onClose);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const completing = kind === 'complete';
  const participation = openParticipation(enrolmentList, contract.projectId);
  const ready = enrolmentsAsked && !enrolmentsLoading;

  useEffect(() => {
    if (contract.projectId === null) return;
    void enrolments
      .getState()
      .load(contract.participantId)
      .then(() => setEnrolmentsAsked(true));
  }, [enrolments, contract.participantId, contract.projectId]);

  const rules = (v: Partial<{ date: string | null }>) => [
    ...lifeDateIssues(['date'], v.date, contract, today),
    ...participationIssues(participation, form.getFieldsValue(true) as EndValues),
  ];
  const completeSchema = withRules(api['contracts.complete'].input, rules);
  const terminateSchema = withRules(api['contracts.terminate'].input, rules);
  const schema = completing ? completeSchema : terminateSchema;

  function end() {
    const store = contracts.getState();
    const question = (date: string) => ({
      title: completing
        ? `Zakończyć kontrakt nr ${contract.number}?`
        : `Rozwiązać kontrakt nr ${contract.number}?`,
      content:
        `Z datą ${formatDate(date)}.` +
        (participation && form.getFieldValue('endParticipation')
          ? ` Udział w projekcie „${participation.projectTitle}” zakończy się tego samego dnia (status „${ENROLMENT_STATUS_LABELS[completing ? 'completed' : 'droppedOut']}”).`
          : '') +
        ' Tej zmiany nie można cofnąć.',
      okText: completing ? 'Zakończ kontrakt' : 'Rozwiąż kontrakt',
      danger: !completing,
    });
    const values = toInput(contract.id, kind, form.getFieldsValue(true), participation !== null);
    const done = () =>
      (completing ? 'Kontrakt zakończono.' : 'Kontrakt rozwiązano.') +
      (values.endParticipation ? ' Zakończono też udział w projekcie.' : '');
    if (completing) {
      submit({
        schema: completeSchema,
        values,
        ask: (input) => question(input.date),
        write: (input) => store.complete(input),
        done,
      });
    } else {
      submit({
        schema: terminateSchema,
        values,
        ask: (input) => question(input.date),
        write: (input) => store.terminate(input),
        done,
      });
    }
  }

  return (
    <Modal
      open
      title={completing ? 'Zakończenie kontraktu' : 'Rozwiązanie kontraktu'}
      okText={completing ? 'Zakończ kontrakt' : 'Rozwiąż kontrakt'}
      okButtonProps={{ danger: !completing, disabled: !ready }}
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={end}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<EndValues>
        form={form}
        layout="vertical"
        initialValues={{ date: today, note: '', endParticipation: true }}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(
            form,
            schema,
            toInput(contract.id, kind, form.getFieldsValue(true), participation !== null),
          );
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
        {participation && (
          <Form.Item name="endParticipation" valuePropName="checked">
            <Checkbox>
              Zakończ też udział osoby w projekcie „{participation.projectTitle}” z tą samą datą
              (status „{ENROLMENT_STATUS_LABELS[completing ? 'completed' : 'droppedOut']}”)
            </Checkbox>
          </Form.Item>
        )}
        {participation && endingParticipation && (
          <Form.Item
            name="exitResults"
            label="Sytuacja osoby po zakończeniu udziału (wskaźniki EFS+)"
            extra="Można uzupełnić później na karcie uczestnika, w ciągu czterech tygodni."
          >
            <Checkbox.Group options={EXIT_OPTIONS} />
          </Form.Item>
        )}
        {enrolmentsError && (
          <Typography.Paragraph type="warning">
            Nie udało się sprawdzić udziału osoby w projekcie ({enrolmentsError}) — zmień jego
            status na karcie uczestnika.
          </Typography.Paragraph>
        )}
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
