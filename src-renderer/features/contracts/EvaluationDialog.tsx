import { useState } from 'react';
import { Alert, Col, Form, Input, Modal, Row, Select, Table, Typography } from 'antd';
import {
  evaluationInput,
  TASK_PARTY_LABELS,
  TASK_PROGRESS,
  TASK_PROGRESS_LABELS,
  type SocialContract,
} from '../../../src-main/contract/social-contracts';
import { addDays } from '../../../src-main/domain/dates';
import { useToday } from '../../app/today';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useConfirmedWrite } from '../../ui/confirmed-write';

type TaskStatus = (typeof TASK_PROGRESS)[number];

interface EvaluationValues {
  date?: string | null;
  taskProgress: { taskIndex: number; status?: TaskStatus; comment?: string | null }[];
  goals: { goal: string; comment?: string }[];
  assessment?: string;
  nextEvaluationOn?: string | null;
}

const STATUS_OPTIONS = TASK_PROGRESS.map((value) => ({
  value,
  label: TASK_PROGRESS_LABELS[value],
}));

/** A goal is commented only when there is something to say; empty comments are left out. */
const toInput = (id: number, v: EvaluationValues) => ({
  id,
  date: v.date,
  taskProgress: v.taskProgress.map((t) => ({ ...t, comment: t.comment ?? null })),
  goalProgress: v.goals
    .filter((g) => g.comment?.trim())
    .map((g) => ({ goal: g.goal, comment: g.comment })),
  assessment: v.assessment,
  nextEvaluationOn: v.nextEvaluationOn ?? null,
});

/** Dodaj ocenę: progress per task and goal, the worker's assessment, the next date. */
export function EvaluationDialog(props: { contract: SocialContract; onClose: () => void }) {
  const { contract, onClose } = props;
  const { content } = contract;
  const { contracts } = useStores();
  const saving = useFeature('contracts', (s) => s.saving);
  const [form] = Form.useForm<EvaluationValues>();
  const { error, setError, confirm } = useConfirmedWrite(form, onClose);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const today = useToday();
  const every = content.evaluation.everyWeeks;

  const initial: EvaluationValues = {
    date: today,
    taskProgress: content.tasks.map((_, taskIndex) => ({ taskIndex, comment: null })),
    goals: [content.mainGoal, ...content.specificGoals].map((goal) => ({ goal, comment: '' })),
    nextEvaluationOn: every ? addDays(today, every * 7) : null,
  };

  function submit() {
    setError(null);
    const input = validateWithSchema(
      form,
      evaluationInput,
      toInput(contract.id, form.getFieldsValue(true)),
    );
    if (!input) return;
    confirm({
      title: 'Zapisać ocenę realizacji kontraktu?',
      content:
        'Karta oceny zostanie wpisana do rejestru wydanych dokumentów; nie można jej później zmienić.',
      okText: 'Zapisz ocenę',
      write: () => contracts.getState().addEvaluation(input),
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
      confirmLoading={saving}
      onOk={submit}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<EvaluationValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, evaluationInput, toInput(contract.id, form.getFieldsValue(true)));
        }}
      >
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="date" label="Data oceny" required>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="nextEvaluationOn" label="Następna ocena">
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
        <Form.Item
          name="assessment"
          label="Ocena pracownika socjalnego"
          required
          style={{ marginTop: 8 }}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
      {error && (
        <Alert type="error" showIcon role="alert" title="Nie zapisano oceny" description={error} />
      )}
    </Modal>
  );
}
