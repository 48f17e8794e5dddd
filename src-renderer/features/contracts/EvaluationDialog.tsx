import { useRef, useState } from 'react';
import { Alert, Col, Form, Input, Modal, Radio, Row, Select, Table, Typography } from 'antd';
import {
  EVALUATION_DECISION_LABELS,
  EVALUATION_DECISIONS,
  EVALUATION_RESULT_LABELS,
  EVALUATION_RESULTS,
  evaluationInput,
  OBLIGATIONS_KEPT,
  OBLIGATIONS_KEPT_LABELS,
  TASK_PARTY_LABELS,
  TASK_PROGRESS,
  TASK_PROGRESS_LABELS,
  type EvaluationDecision,
  type EvaluationResult,
  type ObligationsKept,
  type SocialContract,
} from '../../../src-main/contract/social-contracts';
import { useToday } from '../../app/today';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { validateTouched } from '../../ui/live-validation';
import { useConfirmedWrite, withRules } from '../../ui/confirmed-write';
import { lifeDateIssues, nextEvaluationIssues, suggestedNextEvaluation } from './contract-checks';
import { acknowledgeIssues, ACKNOWLEDGED, PrintWarnings, usePrintWarnings } from './PrintWarnings';

type TaskStatus = (typeof TASK_PROGRESS)[number];

interface EvaluationValues {
  date?: string | null;
  taskProgress: { taskIndex: number; status?: TaskStatus; comment?: string | null }[];
  goals: { goal: string; comment?: string }[];
  assessment?: string;
  personAssessment?: string;
  personKeptObligations?: ObligationsKept;
  officeKeptObligations?: ObligationsKept;
  result?: EvaluationResult;
  decision?: EvaluationDecision;
  nextEvaluationOn?: string | null;
  [ACKNOWLEDGED]?: boolean;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value].replace(/^./, (c) => c.toUpperCase()) }));

const STATUS_OPTIONS = options(TASK_PROGRESS, TASK_PROGRESS_LABELS);
const KEPT_OPTIONS = options(OBLIGATIONS_KEPT, OBLIGATIONS_KEPT_LABELS);
const RESULT_OPTIONS = options(EVALUATION_RESULTS, EVALUATION_RESULT_LABELS);
const DECISION_OPTIONS = options(EVALUATION_DECISIONS, EVALUATION_DECISION_LABELS);

/** A goal is commented only when there is something to say; empty comments are left out. */
const toInput = (id: number, v: EvaluationValues) => ({
  id,
  date: v.date,
  taskProgress: v.taskProgress.map((t) => ({ ...t, comment: t.comment ?? null })),
  goalProgress: v.goals
    .filter((g) => g.comment?.trim())
    .map((g) => ({ goal: g.goal, comment: g.comment })),
  assessment: v.assessment,
  personAssessment: v.personAssessment ?? null,
  personKeptObligations: v.personKeptObligations,
  officeKeptObligations: v.officeKeptObligations,
  result: v.result,
  decision: v.decision,
  // Ending the contract plans no further evaluation.
  nextEvaluationOn: v.decision === 'end' ? null : (v.nextEvaluationOn ?? null),
});

/**
 * Dodaj ocenę — part II of the model form, done by both parties: progress per task and
 * goal, the worker's assessment and the person's own, whether each party kept its
 * obligations, the result, the decision (go on, amend, end) and the next date.
 */
export function EvaluationDialog(props: { contract: SocialContract; onClose: () => void }) {
  const { contract, onClose } = props;
  const { content } = contract;
  const { contracts } = useStores();
  const saving = useFeature('contracts', (s) => s.saving);
  const [form] = Form.useForm<EvaluationValues>();
  const { error, submit } = useConfirmedWrite(form, onClose);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const today = useToday();
  const decision = Form.useWatch('decision', form);
  // The next date follows the evaluation's date until the worker sets it by hand.
  const nextByHand = useRef(false);
  const { ready, warnings } = usePrintWarnings(contract.projectId, null);
  const schema = withRules(evaluationInput, (v) => [
    ...lifeDateIssues(['date'], v.date, contract, today),
    ...nextEvaluationIssues(v.date, v.nextEvaluationOn, content),
    ...acknowledgeIssues(warnings, form.getFieldValue(ACKNOWLEDGED)),
  ]);

  const [initial] = useState<EvaluationValues>(() => ({
    date: today,
    taskProgress: content.tasks.map((_, taskIndex) => ({ taskIndex, comment: null })),
    goals: [content.mainGoal, ...content.specificGoals].map((goal) => ({ goal, comment: '' })),
    nextEvaluationOn: suggestedNextEvaluation(today, content),
  }));

  function changed(patch: Partial<EvaluationValues>, all: EvaluationValues) {
    setDirty(true);
    if ('nextEvaluationOn' in patch) nextByHand.current = true;
    if (patch.decision === 'end') {
      nextByHand.current = false;
      form.setFieldValue('nextEvaluationOn', null);
    } else if (('date' in patch || 'decision' in patch) && !nextByHand.current) {
      form.setFieldValue('nextEvaluationOn', suggestedNextEvaluation(all.date, content));
    }
    validateTouched(form, schema, toInput(contract.id, form.getFieldsValue(true)));
  }

  function save() {
    submit({
      schema,
      values: toInput(contract.id, form.getFieldsValue(true)),
      ask: () => ({
        title: 'Zapisać ocenę realizacji kontraktu?',
        content:
          'Karta oceny zostanie wpisana do rejestru wydanych dokumentów; nie można jej później zmienić.',
        okText: 'Zapisz ocenę',
      }),
      write: (input) => contracts.getState().addEvaluation(input),
      done: () => 'Dodano ocenę realizacji kontraktu.',
    });
  }

  return (
    <Modal
      open
      title={`Ocena realizacji kontraktu nr ${contract.number}`}
      width="min(1000px, 96vw)"
      okText="Zapisz ocenę"
      cancelText="Anuluj"
      okButtonProps={{ disabled: !ready }}
      confirmLoading={saving}
      onOk={save}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<EvaluationValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={changed}
      >
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="date" label="Data oceny" required>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>Realizacja zadań</Typography.Text>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={content.tasks}
          style={{ margin: '4px 0 16px' }}
          columns={[
            { title: 'Lp.', key: 'n', width: 44, render: (_, __, i) => `${i + 1}.` },
            {
              title: 'Zadanie',
              key: 'task',
              render: (_, t) => (
                <>
                  {t.description}
                  <Typography.Text type="secondary" className="task-party">
                    {t.partyName ?? TASK_PARTY_LABELS[t.party]}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: 'Stan realizacji',
              key: 'status',
              width: 210,
              render: (_, __, i) => (
                <Form.Item name={['taskProgress', i, 'status']} className="cell-item">
                  <Select
                    aria-label={`Stan realizacji zadania ${i + 1}`}
                    placeholder="Wybierz"
                    options={STATUS_OPTIONS}
                  />
                </Form.Item>
              ),
            },
            {
              title: 'Komentarz',
              key: 'comment',
              width: '35%',
              render: (_, __, i) => (
                <Form.Item name={['taskProgress', i, 'comment']} className="cell-item">
                  <Input aria-label={`Komentarz do zadania ${i + 1}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Typography.Text strong>Postęp w realizacji celów</Typography.Text>
        {initial.goals.map((g, i) => (
          <Form.Item
            key={i}
            name={['goals', i, 'comment']}
            label={i === 0 ? `Cel główny: ${g.goal}` : `Cel szczegółowy ${i}: ${g.goal}`}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              placeholder="Komentarz (opcjonalnie)"
            />
          </Form.Item>
        ))}
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={12}>
            <Form.Item name="assessment" label="Ocena pracownika socjalnego" required>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="personAssessment"
              label="Ocena i uwagi osoby zawierającej kontrakt"
              extra="Własnymi słowami osoby; można pozostawić puste, gdy nie wnosi uwag."
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="personKeptObligations"
              label="Czy osoba wywiązuje się ze swoich zobowiązań?"
              required
            >
              <Radio.Group
                aria-label="Czy osoba wywiązuje się ze swoich zobowiązań?"
                options={KEPT_OPTIONS}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="officeKeptObligations"
              label="Czy ośrodek wywiązuje się ze swoich zobowiązań?"
              required
            >
              <Radio.Group
                aria-label="Czy ośrodek wywiązuje się ze swoich zobowiązań?"
                options={KEPT_OPTIONS}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="result" label="Wynik oceny — kontrakt jest" required>
              <Radio.Group aria-label="Wynik oceny — kontrakt jest" options={RESULT_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decision" label="Decyzja stron" required>
              <Radio.Group aria-label="Decyzja stron" options={DECISION_OPTIONS} vertical />
            </Form.Item>
            {decision === 'end' ? (
              <Typography.Paragraph type="secondary">
                Przy zakończeniu kontraktu nie wyznacza się następnej oceny. Sam kontrakt kończy się
                potem przyciskiem „Zakończ” lub „Rozwiąż” na ekranie kontraktu.
              </Typography.Paragraph>
            ) : (
              <Form.Item
                name="nextEvaluationOn"
                label="Następna ocena"
                style={{ maxWidth: 240 }}
                extra={
                  content.evaluation.everyWeeks
                    ? `Co ${content.evaluation.everyWeeks} tyg. od daty oceny`
                    : undefined
                }
              >
                <DateInput />
              </Form.Item>
            )}
          </Col>
        </Row>
        <PrintWarnings warnings={warnings} />
      </Form>
      {error && (
        <Alert type="error" showIcon role="alert" title="Nie zapisano oceny" description={error} />
      )}
    </Modal>
  );
}
