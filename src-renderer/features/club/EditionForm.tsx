import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClubEdition } from '../../../src-main/contract/club';
import { createEditionInput, editionFields } from '../../../src-main/contract/club-fields';
import {
  cycleEndDate,
  cycleInProjectIssues,
  daysOffIssues,
  slotIssues,
} from '../../../src-main/contract/club-rules';
import { formatDate } from '../../../src-main/domain/dates';
import { useFeature } from '../../app/stores';
import { withRules, type FieldIssue } from '../../ui/confirmed-write';
import { DateInput } from '../../ui/DateInput';
import { useGuardedNavigate } from '../../ui/leave-guard';
import { useScreenForm } from '../../ui/screen-form';
import { useToast } from '../../ui/toast';
import { useProjectChoice } from '../projects/project-choice';
import { SlotsEditor } from './SlotsEditor';
import { cycleMeetingHours, hoursNumber } from './club-labels';

type Values = Record<string, unknown> & {
  projectId?: number;
  startDate?: string | null;
  weeks?: unknown;
  daysOff?: unknown[];
};

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isWeeks = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 104;

/** The rules the form can tell before the core: the cycle within the project, days off, slots. */
function editionRules(project: { startDate: string; endDate: string } | null | undefined) {
  return (v: Values): FieldIssue[] => [
    ...(project ? cycleInProjectIssues(v.startDate, v.weeks, project) : []),
    ...daysOffIssues(v.daysOff, v.startDate, v.weeks).map((i) => ({
      ...i,
      path: ['daysOff', ...i.path],
    })),
    ...slotIssues(v.meetings).map((i) => ({ ...i, path: ['meetings', ...i.path] })),
  ];
}

/** The "Edycja" tab: a new edition (its project chosen here) or the fields of an existing one. */
export function EditionForm(props: { edition: ClubEdition | null; canSave: boolean }) {
  const { edition, canSave } = props;
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const navigate = useNavigate();
  const guardedNavigate = useGuardedNavigate();
  const createEdition = useFeature('club', (s) => s.createEdition);
  const updateEdition = useFeature('club', (s) => s.updateEdition);
  const saving = useFeature('club', (s) => s.saving);
  const loadProjects = useFeature('projects', (s) => s.load);

  const startDate = Form.useWatch('startDate', form) as unknown;
  const weeks = Form.useWatch('weeks', form) as unknown;
  const meetings = Form.useWatch('meetings', form) as unknown;
  const daysOff = Form.useWatch('daysOff', form) as unknown;

  useEffect(() => {
    if (!edition) void loadProjects();
  }, [edition, loadProjects]);
  const { options: projectOptions, project } = useProjectChoice(form, edition?.projectId);

  const schema = useMemo(
    () => withRules(edition ? editionFields : createEditionInput, editionRules(project)),
    [edition, project],
  );
  const screen = useScreenForm(form, schema, (v) => {
    const { projectId: chosen, ...fields } = v;
    return edition ? fields : { ...fields, projectId: chosen };
  });

  // What the cycle comes to, as soon as its start, length and meetings are whole.
  const summary = useMemo(() => {
    if (!isDate(startDate) || !isWeeks(weeks)) return null;
    const parsed = editionFields.shape;
    const slots = parsed.meetings.safeParse(meetings);
    const off = (Array.isArray(daysOff) ? daysOff : []).filter(isDate);
    return {
      end: cycleEndDate(startDate, weeks),
      hours: slots.success
        ? cycleMeetingHours({ startDate, weeks, meetings: slots.data, daysOff: off })
        : null,
    };
  }, [startDate, weeks, meetings, daysOff]);

  const submit = () =>
    edition
      ? screen.submit(
          (input) => updateEdition(edition.id, input),
          (saved) => toast.success(`Zapisano edycję: ${saved.name}`),
        )
      : screen.submit(
          (input) => createEdition(input as Parameters<typeof createEdition>[0]),
          (saved) => {
            toast.success(
              `Dodano edycję: ${saved.name}. Teraz dodaj program, grupy, prowadzących i sale.`,
            );
            navigate(`/club/${saved.id}?tab=programme`, { replace: true });
          },
        );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!canSave}
      initialValues={
        edition
          ? {
              name: edition.name,
              startDate: edition.startDate,
              weeks: edition.weeks,
              meetings: edition.meetings,
              daysOff: edition.daysOff,
              minAttendancePercent: edition.minAttendancePercent,
            }
          : { meetings: [], daysOff: [], minAttendancePercent: 80 }
      }
      onValuesChange={screen.onValuesChange}
    >
      <Flex vertical gap="middle">
        <Card title="Edycja klubu" size="small">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              {edition ? (
                <Form.Item label="Projekt">
                  <Typography.Text>{edition.projectTitle}</Typography.Text>
                </Form.Item>
              ) : (
                <Form.Item name="projectId" label="Projekt" required>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="Wybierz projekt"
                    options={projectOptions}
                  />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item name="name" label="Nazwa edycji" required>
                <Input placeholder="np. KIS Radom — edycja 2026" />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="startDate" label="Początek cyklu" required>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="weeks" label="Liczba tygodni" required>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                name="minAttendancePercent"
                label="Minimalna frekwencja (% godzin)"
                required
              >
                <InputNumber style={{ width: '100%' }} suffix="%" />
              </Form.Item>
            </Col>
          </Row>
          {project && (
            <Typography.Paragraph type="secondary">
              Projekt trwa {formatDate(project.startDate)}–{formatDate(project.endDate)}; cykl musi
              się w nim zmieścić.
            </Typography.Paragraph>
          )}
          {summary && (
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'end', label: 'Koniec cyklu', children: formatDate(summary.end) },
                {
                  key: 'hours',
                  label: 'Godzin spotkań w cyklu',
                  children:
                    summary.hours === null
                      ? '—'
                      : `${hoursNumber(summary.hours)} h (bez świąt i dni wolnych)`,
                },
              ]}
            />
          )}
        </Card>
        <Card title="Terminy spotkań" size="small">
          <SlotsEditor name="meetings" label="Terminy spotkań w tygodniu" disabled={!canSave} />
        </Card>
        <Card title="Dni wolne ośrodka" size="small">
          <Typography.Paragraph type="secondary">
            Święta ustawowe program zna sam; tu wpisz tylko dni, w których ośrodek jest zamknięty.
          </Typography.Paragraph>
          <Form.List name="daysOff">
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={4}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item name={field.name} style={{ marginBottom: 4, width: '12em' }}>
                      <DateInput aria-label={`Dzień wolny ${index + 1}`} />
                    </Form.Item>
                    {canSave && (
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={`Usuń dzień wolny ${index + 1}`}
                        title="Usuń dzień wolny"
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                {canSave && (
                  <div>
                    <Button icon={<PlusOutlined />} onClick={() => add(null)}>
                      Dodaj dzień wolny
                    </Button>
                  </div>
                )}
              </Flex>
            )}
          </Form.List>
        </Card>
        {!canSave && (
          <Alert type="info" showIcon title="Edycję zmienia koordynator albo lider klubu." />
        )}
        <Flex gap={8} className="form-actions">
          {canSave && (
            <Button type="primary" htmlType="button" loading={saving} onClick={() => void submit()}>
              {edition ? 'Zapisz edycję' : 'Utwórz edycję'}
            </Button>
          )}
          <Button htmlType="button" disabled={false} onClick={() => guardedNavigate('/club')}>
            {canSave ? 'Anuluj' : 'Lista edycji'}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
