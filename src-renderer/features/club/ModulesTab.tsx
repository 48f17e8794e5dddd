import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClubModule, ClubProgramme } from '../../../src-main/contract/club';
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
import { useClubDialog, useConfirmDelete } from './club-form';
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
  const [open, setOpen] = useState<ClubModule | 'new' | null>(null);
  const deleteModule = useFeature('club', (s) => s.deleteModule);
  const confirmDelete = useConfirmDelete();
  const { modules, edition } = programme;
  const total = modules.reduce((sum, m) => sum + m.hours, 0);
  const cycleHours = cycleMeetingHours(edition);

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
  if (canSave)
    columns.push({
      title: 'Działania',
      key: 'actions',
      render: (_, m) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={`Edytuj moduł: ${m.name}`}
            title="Edytuj"
            onClick={() => setOpen(m)}
          />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={`Usuń moduł: ${m.name}`}
            title="Usuń"
            onClick={() =>
              confirmDelete({
                title: `Usunąć moduł „${m.name}”?`,
                content: 'Moduł zniknie z programu, a jego zajęcia z harmonogramu.',
                done: `Usunięto moduł: ${m.name}`,
                remove: () => deleteModule(m.id),
              })
            }
          />
        </Flex>
      ),
    });

  return (
    <Flex vertical gap="middle">
      {canSave && (
        <div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            Dodaj moduł
          </Button>
        </div>
      )}
      <Table<ClubModule>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={modules}
        pagination={false}
        locale={{ emptyText: 'Program nie ma jeszcze modułów' }}
        summary={() =>
          modules.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>Razem na grupę</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total} h
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} colSpan={columns.length - 2}>
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
      />
      {open && (
        <ModuleDialog
          programme={programme}
          module={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
        />
      )}
    </Flex>
  );
}

function ModuleDialog(props: {
  programme: ClubProgramme;
  module: ClubModule | null;
  onClose: () => void;
}) {
  const { programme, module, onClose } = props;
  const { edition } = programme;
  const saveModule = useFeature('club', (s) => s.saveModule);
  const saving = useFeature('club', (s) => s.saving);
  const longest = longestSlotMinutes(edition.meetings, ...programme.groups.map((g) => g.meetings));
  const schema = withRules(moduleInput, (v) => [
    ...weekWindowIssues(v.weekFrom, v.weekTo, edition.weeks),
    ...(sessionTooLongProblem(v.maxSession, longest)
      ? [{ path: ['maxSession'], message: sessionTooLongProblem(v.maxSession, longest)! }]
      : []),
  ]);
  const dialog = useClubDialog({
    schema,
    toInput: (v) => ({
      ...v,
      editionId: edition.id,
      ...(module ? { id: module.id } : {}),
      weekFrom: v.weekFrom ?? null,
      weekTo: v.weekTo ?? null,
    }),
    save: saveModule,
    done: module ? `Zapisano moduł: ${module.name}` : 'Dodano moduł',
    onClose,
  });

  return (
    <Modal
      open
      width={720}
      title={module ? `Moduł: ${module.name}` : 'Nowy moduł'}
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
          module
            ? { ...module }
            : {
                specialists: [],
                pattern: 'free',
                roomFeatures: [],
                duty: false,
                minSession: 2,
                maxSession: 4,
                position: programme.modules.length,
              }
        }
        onValuesChange={dialog.onValuesChange}
      >
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
        <Form.Item name="roomFeatures" label="Wymagania co do sali">
          <Select mode="multiple" options={ROOM_FEATURE_OPTIONS} placeholder="Dowolna sala" />
        </Form.Item>
        <Form.Item
          name="duty"
          valuePropName="checked"
          extra="Specjalista jest w klubie na rozmowy indywidualne; harmonogram grupy to pokazuje."
        >
          <Checkbox>Dyżur (konsultacje indywidualne)</Checkbox>
        </Form.Item>
      </Form>
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}
