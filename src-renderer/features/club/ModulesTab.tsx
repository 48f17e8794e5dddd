import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ClubEdition, ClubModule, ClubProgramme } from '../../../src-main/contract/club';
import {
  MODULE_PATTERN_LABELS,
  MODULE_PATTERNS,
  moduleInput,
} from '../../../src-main/contract/club-fields';
import {
  longestSlotMinutes,
  sessionTooLongProblem,
  weekWindowIssues,
} from '../../../src-main/contract/club-rules';
import { roomFeatureLabel, specialistsLabel } from '../../../src-main/domain/club/specialists';
import { useFeature } from '../../app/stores';
import { withRules } from '../../ui/confirmed-write';
import { ProgrammeTable } from './ProgrammeTable';
import {
  ROOM_FEATURE_OPTIONS,
  SPECIALIST_OPTIONS,
  cycleMeetingHours,
  hoursNumber,
} from './club-labels';

const weeksText = (m: ClubModule) =>
  m.weekFrom === null && m.weekTo === null
    ? 'cały cykl'
    : `${m.weekFrom ?? 1}–${m.weekTo ?? 'koniec'}`;

/** "Program": the modules with their hours, and whether they fit in the cycle's meetings. */
export function ModulesTab({ programme, canSave }: { programme: ClubProgramme; canSave: boolean }) {
  const deleteModule = useFeature('club', (s) => s.deleteModule);
  const saveModule = useFeature('club', (s) => s.saveModule);
  const { modules, edition } = programme;
  const total = modules.reduce((sum, m) => sum + m.hours, 0);
  const cycleHours = cycleMeetingHours(edition);
  const longest = longestSlotMinutes(edition.meetings, ...programme.groups.map((g) => g.meetings));
  const schema = withRules(moduleInput, (v) => [
    ...weekWindowIssues(v.weekFrom, v.weekTo, edition.weeks),
    ...(sessionTooLongProblem(v.maxSession, longest)
      ? [{ path: ['maxSession'], message: sessionTooLongProblem(v.maxSession, longest)! }]
      : []),
  ]);

  const columns: TableColumnsType<ClubModule> = [
    { title: 'Moduł', dataIndex: 'name' },
    { title: 'Godziny', dataIndex: 'hours', align: 'right', render: (h: number) => `${h} h` },
    { title: 'Prowadzi', key: 'specialists', render: (_, m) => specialistsLabel(m.specialists) },
    {
      title: 'Zajęcia',
      key: 'session',
      render: (_, m) =>
        m.minSession === m.maxSession ? `${m.minSession} h` : `${m.minSession}–${m.maxSession} h`,
    },
    {
      title: 'Rytm',
      dataIndex: 'pattern',
      render: (p: ClubModule['pattern']) => MODULE_PATTERN_LABELS[p],
    },
    { title: 'Tygodnie', key: 'weeks', render: (_, m) => weeksText(m) },
    {
      title: 'Sala',
      key: 'room',
      render: (_, m) =>
        m.roomFeatures.length ? m.roomFeatures.map(roomFeatureLabel).join(', ') : 'dowolna',
    },
    { title: 'Dyżur', dataIndex: 'duty', render: (d: boolean) => (d ? <Tag>dyżur</Tag> : 'nie') },
  ];

  return (
    <ProgrammeTable
      editionId={edition.id}
      canSave={canSave}
      noun={{ accusative: 'moduł', nominative: 'Moduł', fresh: 'Nowy moduł' }}
      rows={modules}
      columns={columns}
      emptyText="Program nie ma jeszcze modułów"
      remove={{
        consequence: 'Moduł zniknie z programu, a jego zajęcia z harmonogramu.',
        call: deleteModule,
      }}
      summary={(columnCount) =>
        modules.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>Razem na grupę</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {total} h
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={columnCount - 2}>
              w cyklu jest {hoursNumber(cycleHours)} h spotkań
              {total > cycleHours && (
                <Typography.Text type="danger">
                  {' '}
                  — program nie zmieści się w spotkaniach
                </Typography.Text>
              )}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
      dialog={{
        width: 720,
        schema,
        toInput: (v) => ({
          ...v,
          weekFrom: v.weekFrom ?? null,
          weekTo: v.weekTo ?? null,
          minAttendancePercent: v.minAttendancePercent ?? null,
        }),
        save: saveModule,
        initialValues: (module) =>
          module
            ? { ...module }
            : {
                specialists: [],
                pattern: 'free',
                roomFeatures: [],
                duty: false,
                minSession: 2,
                maxSession: 4,
                position: modules.length,
              },
        fields: () => <ModuleFields edition={edition} />,
      }}
    />
  );
}

function ModuleFields({ edition }: { edition: ClubEdition }) {
  return (
    <>
      <Form.Item name="name" label="Nazwa modułu" required>
        <Input autoFocus placeholder="np. Psychoedukacja" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="hours" label="Godziny na grupę" required>
            <InputNumber style={{ width: '100%' }} suffix="h" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="minSession" label="Zajęcia najkrócej (h)" required>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="maxSession" label="Zajęcia najdłużej (h)" required>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="specialists"
        label="Kto prowadzi"
        required
        extra="Kilku specjalistów: zajęcia może prowadzić którykolwiek z nich."
      >
        <Select mode="multiple" options={SPECIALIST_OPTIONS} placeholder="Wybierz specjalistę" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="pattern" label="Rytm zajęć">
            <Select
              options={MODULE_PATTERNS.map((value) => ({
                value,
                label: MODULE_PATTERN_LABELS[value],
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="weekFrom" label="Od tygodnia" extra="Puste: od początku cyklu">
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="weekTo"
            label="Do tygodnia"
            extra={`Puste: do końca (tydzień ${edition.weeks})`}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item name="roomFeatures" label="Wymagania co do sali">
            <Select mode="multiple" options={ROOM_FEATURE_OPTIONS} placeholder="Dowolna sala" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="minAttendancePercent"
            label="Minimalna obecność w module"
            extra={`Puste: tylko zasada edycji (${edition.minAttendancePercent}% wszystkich godzin)`}
          >
            <InputNumber style={{ width: '100%' }} suffix="%" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="duty"
        valuePropName="checked"
        extra="Specjalista jest w klubie na rozmowy indywidualne; harmonogram grupy to pokazuje."
      >
        <Checkbox>Dyżur (konsultacje indywidualne)</Checkbox>
      </Form.Item>
    </>
  );
}
