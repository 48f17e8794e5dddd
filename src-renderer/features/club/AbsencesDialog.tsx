import { Alert, Button, Col, Flex, Form, Input, Modal, Row, Select, Table } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { ClubAbsence, ClubTrainer } from '../../../src-main/contract/club';
import {
  ABSENCE_REASON_LABELS,
  ABSENCE_REASONS,
  absenceInput,
} from '../../../src-main/contract/club-fields';
import { formatDate } from '../../../src-main/domain/dates';
import { useFeature } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { useClubDialog, useConfirmDelete } from './club-form';

/**
 * A trainer's absences (illness, leave): the list with removal, and a new one added below. The
 * timetable does not change by itself — "Zaplanuj od dnia" in the timetable moves what must.
 */
export function AbsencesDialog(props: {
  trainer: ClubTrainer;
  canSave: boolean;
  onClose: () => void;
}) {
  const { trainer, canSave, onClose } = props;
  const addAbsence = useFeature('club', (s) => s.addAbsence);
  const removeAbsence = useFeature('club', (s) => s.removeAbsence);
  const saving = useFeature('club', (s) => s.saving);
  const confirmDelete = useConfirmDelete();
  const dialog = useClubDialog({
    schema: absenceInput,
    toInput: (v) => ({ ...v, trainerId: trainer.id, note: v.note ?? '' }),
    save: async (input) => {
      await addAbsence(input);
      dialog.form.resetFields();
    },
    done: `Dodano nieobecność: ${trainer.name}`,
    onClose,
    // The list shows the new absence, and another may follow.
    stayOpen: true,
  });

  return (
    <Modal
      open
      width={720}
      title={`Nieobecności: ${trainer.name}`}
      footer={<Button onClick={dialog.close}>Zamknij</Button>}
      onCancel={dialog.close}
      mask={{ closable: false }}
    >
      <Table<ClubAbsence>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={trainer.absences}
        locale={{ emptyText: 'Brak nieobecności' }}
        columns={[
          { title: 'Od', dataIndex: 'from', render: formatDate },
          { title: 'Do', dataIndex: 'to', render: formatDate },
          {
            title: 'Powód',
            dataIndex: 'reason',
            render: (r: ClubAbsence['reason']) => ABSENCE_REASON_LABELS[r],
          },
          { title: 'Uwagi', dataIndex: 'note', render: (n: string | null) => n ?? '' },
          ...(canSave
            ? [
                {
                  title: 'Działania',
                  key: 'actions',
                  render: (_: unknown, a: ClubAbsence) => (
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Usuń nieobecność ${formatDate(a.from)}–${formatDate(a.to)}`}
                      title="Usuń"
                      onClick={() =>
                        confirmDelete({
                          title: `Usunąć nieobecność ${formatDate(a.from)}–${formatDate(a.to)}?`,
                          content: `${trainer.name} będzie znów dostępny w tych dniach.`,
                          done: 'Usunięto nieobecność',
                          remove: () => removeAbsence(trainer.id, a.id),
                        })
                      }
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {canSave && (
        <Form
          form={dialog.form}
          layout="vertical"
          initialValues={{ reason: 'illness' }}
          onValuesChange={dialog.onValuesChange}
          style={{ marginTop: 16 }}
        >
          <fieldset className="framed-fieldset">
            <legend>Nowa nieobecność</legend>
            <Row gutter={12}>
              <Col xs={12} sm={6}>
                <Form.Item name="from" label="Od dnia" required>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name="to" label="Do dnia" required>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="reason" label="Powód" required>
                  <Select
                    options={ABSENCE_REASONS.map((value) => ({
                      value,
                      label: ABSENCE_REASON_LABELS[value],
                    }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="note" label="Uwagi">
              <Input />
            </Form.Item>
            <Flex justify="end">
              <Button type="primary" loading={saving} onClick={dialog.submit}>
                Dodaj nieobecność
              </Button>
            </Flex>
          </fieldset>
        </Form>
      )}
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}
