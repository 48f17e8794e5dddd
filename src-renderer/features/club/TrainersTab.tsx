import { useState } from 'react';
import { Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import type { ClubEdition, ClubProgramme, ClubTrainer } from '../../../src-main/contract/club';
import { trainerInput } from '../../../src-main/contract/club-fields';
import { formatDate } from '../../../src-main/domain/dates';
import { specialistLabel } from '../../../src-main/domain/club/specialists';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { AbsencesDialog } from './AbsencesDialog';
import { ProgrammeTable } from './ProgrammeTable';
import { SlotsEditor } from './SlotsEditor';
import { SPECIALIST_OPTIONS, slotsText } from './club-labels';

/** "Prowadzący": trainers with their specialisations, weekly availability and absences. */
export function TrainersTab({
  programme,
  canSave,
}: {
  programme: ClubProgramme;
  canSave: boolean;
}) {
  const [absencesOf, setAbsencesOf] = useState<number | null>(null);
  const deleteTrainer = useFeature('club', (s) => s.deleteTrainer);
  const saveTrainer = useFeature('club', (s) => s.saveTrainer);
  const staff = useFeature('session', (s) => s.staff);
  const { edition } = programme;
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
  ];

  return (
    <ProgrammeTable
      editionId={edition.id}
      canSave={canSave}
      noun={{ accusative: 'prowadzącego', nominative: 'Prowadzący', fresh: 'Nowy prowadzący' }}
      rows={programme.trainers}
      columns={columns}
      emptyText="Edycja nie ma jeszcze prowadzących"
      remove={{
        consequence: 'Prowadzący zniknie z edycji razem ze swoimi nieobecnościami.',
        call: deleteTrainer,
      }}
      extraActions={(t) => (
        <Button
          size="small"
          icon={<CalendarOutlined />}
          aria-label={`Nieobecności: ${t.name}`}
          onClick={() => setAbsencesOf(t.id)}
        >
          Nieobecności
        </Button>
      )}
      dialog={{
        width: 720,
        schema: trainerInput,
        toInput: (v) => ({
          ...v,
          staffId: v.staffId ?? null,
          maxHoursPerWeek: v.maxHoursPerWeek ?? null,
        }),
        save: saveTrainer,
        initialValues: (trainer) =>
          trainer
            ? { ...trainer }
            : {
                specialisations: [],
                availability: edition.meetings.map((s) => ({ ...s })),
                staffId: null,
              },
        fields: (trainer) => <TrainerFields edition={edition} trainer={trainer} />,
      }}
    >
      {absent && (
        <AbsencesDialog trainer={absent} canSave={canSave} onClose={() => setAbsencesOf(null)} />
      )}
    </ProgrammeTable>
  );
}

function TrainerFields({
  edition,
  trainer,
}: {
  edition: ClubEdition;
  trainer: ClubTrainer | null;
}) {
  const staff = useFeature('session', (s) => s.staff);
  const staffOptions = staff
    .filter((m) => m.active || m.id === trainer?.staffId)
    .map((m) => ({ value: m.id, label: `${m.lastName} ${m.firstName}` }))
    .sort((a, b) => comparePolish(a.label, b.label));

  return (
    <>
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
    </>
  );
}
