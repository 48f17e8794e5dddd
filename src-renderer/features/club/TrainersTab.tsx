import { useState } from 'react';
import {
  Alert,
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { CalendarOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClubProgramme, ClubTrainer } from '../../../src-main/contract/club';
import { trainerInput } from '../../../src-main/contract/club-fields';
import { formatDate } from '../../../src-main/domain/dates';
import { specialistLabel } from '../../../src-main/domain/club/specialists';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { AbsencesDialog } from './AbsencesDialog';
import { SlotsEditor } from './SlotsEditor';
import { useClubDialog, useConfirmDelete } from './club-form';
import { SPECIALIST_OPTIONS, slotsText } from './club-labels';

/** "Prowadzący": trainers with their specialisations, weekly availability and absences. */
export function TrainersTab({
  programme,
  canSave,
}: {
  programme: ClubProgramme;
  canSave: boolean;
}) {
  const [open, setOpen] = useState<ClubTrainer | 'new' | null>(null);
  const [absencesOf, setAbsencesOf] = useState<number | null>(null);
  const deleteTrainer = useFeature('club', (s) => s.deleteTrainer);
  const staff = useFeature('session', (s) => s.staff);
  const confirmDelete = useConfirmDelete();
  const staffName = (id: number | null) => {
    const m = id === null ? undefined : staff.find((s) => s.id === id);
    return m ? `${m.firstName} ${m.lastName}` : '—';
  };
  const absent = absencesOf === null ? null : programme.trainers.find((t) => t.id === absencesOf);

  const columns: TableColumnsType<ClubTrainer> = [
    { title: 'Prowadzący', dataIndex: 'name' },
    {
      title: 'Specjalności',
      key: 'kinds',
      render: (_, t) => t.specialisations.map(specialistLabel).join(', '),
    },
    { title: 'Pracownik ośrodka', key: 'staff', render: (_, t) => staffName(t.staffId) },
    { title: 'Dostępność', key: 'availability', render: (_, t) => slotsText(t.availability) },
    {
      title: 'Najwyżej h/tydz.',
      dataIndex: 'maxHoursPerWeek',
      align: 'right',
      render: (h: number | null) => (h === null ? 'bez limitu' : `${h} h`),
    },
    {
      title: 'Nieobecności',
      key: 'absences',
      render: (_, t) =>
        t.absences.length === 0
          ? 'brak'
          : t.absences.map((a) => `${formatDate(a.from)}–${formatDate(a.to)}`).join(', '),
    },
    {
      title: 'Działania',
      key: 'actions',
      render: (_, t) => (
        <Flex gap={4} wrap>
          <Button
            size="small"
            icon={<CalendarOutlined />}
            aria-label={`Nieobecności: ${t.name}`}
            onClick={() => setAbsencesOf(t.id)}
          >
            Nieobecności
          </Button>
          {canSave && (
            <>
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={`Edytuj prowadzącego: ${t.name}`}
                title="Edytuj"
                onClick={() => setOpen(t)}
              />
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Usuń prowadzącego: ${t.name}`}
                title="Usuń"
                onClick={() =>
                  confirmDelete({
                    title: `Usunąć prowadzącego „${t.name}”?`,
                    content: 'Prowadzący zniknie z edycji razem ze swoimi nieobecnościami.',
                    done: `Usunięto prowadzącego: ${t.name}`,
                    remove: () => deleteTrainer(t.id),
                  })
                }
              />
            </>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      {canSave && (
        <div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            Dodaj prowadzącego
          </Button>
        </div>
      )}
      <Table<ClubTrainer>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={programme.trainers}
        pagination={false}
        locale={{ emptyText: 'Edycja nie ma jeszcze prowadzących' }}
      />
      {open && (
        <TrainerDialog
          programme={programme}
          trainer={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
        />
      )}
      {absent && (
        <AbsencesDialog trainer={absent} canSave={canSave} onClose={() => setAbsencesOf(null)} />
      )}
    </Flex>
  );
}

function TrainerDialog(props: {
  programme: ClubProgramme;
  trainer: ClubTrainer | null;
  onClose: () => void;
}) {
  const { programme, trainer, onClose } = props;
  const { edition } = programme;
  const saveTrainer = useFeature('club', (s) => s.saveTrainer);
  const saving = useFeature('club', (s) => s.saving);
  const staff = useFeature('session', (s) => s.staff);
  const dialog = useClubDialog({
    schema: trainerInput,
    toInput: (v) => ({
      ...v,
      editionId: edition.id,
      ...(trainer ? { id: trainer.id } : {}),
      staffId: v.staffId ?? null,
      maxHoursPerWeek: v.maxHoursPerWeek ?? null,
    }),
    save: saveTrainer,
    done: trainer ? `Zapisano prowadzącego: ${trainer.name}` : 'Dodano prowadzącego',
    onClose,
  });
  const staffOptions = staff
    .filter((m) => m.active || m.id === trainer?.staffId)
    .map((m) => ({ value: m.id, label: `${m.lastName} ${m.firstName}` }))
    .sort((a, b) => comparePolish(a.label, b.label));

  return (
    <Modal
      open
      width={720}
      title={trainer ? `Prowadzący: ${trainer.name}` : 'Nowy prowadzący'}
      okText="Zapisz"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={dialog.submit}
      onCancel={dialog.close}
      mask={{ closable: false }}
    >
      <Form
        form={dialog.form}
        layout="vertical"
        initialValues={
          trainer
            ? { ...trainer }
            : {
                specialisations: [],
                availability: edition.meetings.map((s) => ({ ...s })),
                staffId: null,
              }
        }
        onValuesChange={dialog.onValuesChange}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label="Imię i nazwisko" required>
              <Input autoFocus />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="staffId"
              label="Pracownik ośrodka"
              extra="Gdy prowadzi ktoś z ośrodka, np. pracownik socjalny grupy."
            >
              <Select
                allowClear
                placeholder="Osoba spoza ośrodka"
                options={staffOptions}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="specialisations" label="Specjalności" required>
              <Select
                mode="multiple"
                options={SPECIALIST_OPTIONS}
                placeholder="Wybierz specjalność"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="maxHoursPerWeek"
              label="Najwyżej godzin w tygodniu"
              extra="Puste: bez limitu"
            >
              <InputNumber style={{ width: '100%' }} suffix="h" />
            </Form.Item>
          </Col>
        </Row>
        <SlotsEditor
          name="availability"
          label="Dostępność w tygodniu"
          copy={{ label: 'Jak spotkania edycji', slots: edition.meetings }}
        />
      </Form>
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}
