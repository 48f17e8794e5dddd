import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { z } from 'zod';
import { courseInput, type Course } from '../../../src-main/contract/courses';
import {
  COURSE_RESULT_KINDS,
  COURSE_RESULT_LABELS,
  topicsSumProblem,
} from '../../../src-main/domain/courses/course-rules';
import { formatDate } from '../../../src-main/domain/dates';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { withRules, type FieldIssue } from '../../ui/confirmed-write';
import { DateInput } from '../../ui/DateInput';
import { useGuardedNavigate } from '../../ui/leave-guard';
import { useScreenForm } from '../../ui/screen-form';
import { useToast } from '../../ui/toast';
import { useCan } from '../accounts/can';
import { useProjectChoice } from '../projects/project-choice';
import { ProviderDialog } from './ProvidersScreen';
import { TopicsTable } from './TopicsTable';

type Values = Record<string, unknown> & {
  startDate?: unknown;
  endDate?: unknown;
  totalHours?: unknown;
  topics?: { title?: unknown; hours?: unknown }[];
};

const FORM_OPTIONS = ['kurs', 'szkolenie', 'warsztaty', 'kurs doskonalący'].map((value) => ({
  value,
}));
const RESULT_OPTIONS = COURSE_RESULT_KINDS.map((value) => ({
  value,
  label: COURSE_RESULT_LABELS[value],
}));

/** The contract's input, with the two choices asked for in words rather than as ids. */
const schemaBase = courseInput.extend({
  projectId: z.number({ error: 'Wybierz projekt' }).int().positive('Wybierz projekt'),
  providerId: z
    .number({ error: 'Wybierz organizatora szkolenia' })
    .int()
    .positive('Wybierz organizatora szkolenia'),
});

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isHours = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** What the form can tell before the core: dates in order and in the project, the programme's sum. */
function courseRules(project: { startDate: string; endDate: string } | null | undefined) {
  return (v: Values): FieldIssue[] => {
    const issues: FieldIssue[] = [];
    if (isDate(v.startDate) && isDate(v.endDate) && v.endDate < v.startDate)
      issues.push({
        path: ['endDate'],
        message: 'Koniec kursu nie może być przed jego początkiem',
      });
    if (project) {
      const span = `${formatDate(project.startDate)}–${formatDate(project.endDate)}`;
      for (const field of ['startDate', 'endDate'] as const) {
        const d = v[field];
        if (isDate(d) && (d < project.startDate || d > project.endDate))
          issues.push({
            path: [field],
            message: `Kurs musi się odbyć w czasie projektu (${span})`,
          });
      }
    }
    const topics = (v.topics ?? []).map((t) => ({ hours: isHours(t?.hours) ? t.hours : 0 }));
    if (isHours(v.totalHours) && topics.length > 0) {
      const problem = topicsSumProblem(topics, v.totalHours);
      if (problem) issues.push({ path: ['totalHours'], message: problem });
    }
    return issues;
  };
}

/** "Dane kursu": a new course (then the other tabs follow) or the data of an existing one. */
export function CourseForm({ course }: { course: Course | null }) {
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const navigate = useNavigate();
  const guardedNavigate = useGuardedNavigate();
  const canSave = useCan('courses.save');
  const saveCourse = useFeature('courses', (s) => s.saveCourse);
  const saving = useFeature('courses', (s) => s.saving);
  const providers = useFeature('courses', (s) => s.providers);
  const loadProviders = useFeature('courses', (s) => s.loadProviders);
  const loadProjects = useFeature('projects', (s) => s.load);
  const [addingProvider, setAddingProvider] = useState(false);

  useEffect(() => {
    void loadProjects();
    void loadProviders();
  }, [loadProjects, loadProviders]);
  const { options: projectOptions, project } = useProjectChoice(form, course?.projectId);
  const schema = useMemo(() => withRules(schemaBase, courseRules(project)), [project]);
  const screen = useScreenForm(form, schema, (v) => ({
    ...v,
    ...(course ? { id: course.id } : {}),
  }));

  const submit = () =>
    screen.submit(saveCourse, (saved) => {
      if (course) toast.success(`Zapisano kurs: ${saved.name}`);
      else {
        toast.success(`Dodano kurs: ${saved.name}. Teraz wybierz jego uczestników.`);
        navigate(`/courses/${saved.id}?tab=participants`, { replace: true });
      }
    });

  const providerOptions = [...providers]
    .sort((a, b) => comparePolish(a.name, b.name))
    .map((p) => ({ value: p.id, label: p.name }));

  return (
    <>
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!canSave}
        initialValues={
          course
            ? {
                projectId: course.projectId,
                name: course.name,
                form: course.form,
                providerId: course.providerId,
                place: course.place,
                startDate: course.startDate,
                endDate: course.endDate,
                totalHours: course.totalHours,
                topics: course.topics.map((t) => ({ ...t })),
                minAttendancePercent: course.minAttendancePercent,
                examRequired: course.examRequired,
                resultKind: course.resultKind,
              }
            : {
                form: 'kurs',
                minAttendancePercent: 80,
                examRequired: false,
                resultKind: 'qualification',
                topics: [{ title: '', hours: null }],
              }
        }
        onValuesChange={screen.onValuesChange}
      >
        <Flex vertical gap="middle">
          {course && course.certificates > 0 && (
            <Alert
              type="info"
              showIcon
              title="Zaświadczenia tego kursu są już wydane"
              description="Wydane zaświadczenia zachowują dane z dnia wydania. Zmiana danych kursu dotyczy tylko zaświadczeń wydawanych od teraz (także wydanych ponownie po unieważnieniu)."
            />
          )}
          <Card title="Kurs" size="small">
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Form.Item name="projectId" label="Projekt" required>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="Wybierz projekt"
                    options={projectOptions}
                    disabled={!canSave || (course?.participants.length ?? 0) > 0}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item name="name" label="Nazwa kursu" required>
                  <Input placeholder="np. Spawanie metodą MAG (135)" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8} lg={6}>
                <Form.Item
                  name="form"
                  label="Forma kształcenia"
                  required
                  extra="Tak, jak nazwie ją zaświadczenie"
                >
                  <AutoComplete options={FORM_OPTIONS} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16} lg={12}>
                <Form.Item label="Organizator szkolenia" required>
                  <Flex gap={8}>
                    <Form.Item name="providerId" noStyle>
                      <Select
                        aria-label="Organizator szkolenia"
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder="Wybierz organizatora"
                        options={providerOptions}
                        style={{ flex: 1, minWidth: 0 }}
                      />
                    </Form.Item>
                    {canSave && (
                      <Button icon={<PlusOutlined />} onClick={() => setAddingProvider(true)}>
                        Nowy organizator
                      </Button>
                    )}
                  </Flex>
                </Form.Item>
              </Col>
              <Col xs={24} lg={6}>
                <Form.Item name="place" label="Miejsce kursu" required>
                  <Input placeholder="np. Radom, ul. Warszawska 10" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="startDate" label="Początek kursu" required>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="endDate" label="Koniec kursu" required>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="totalHours" label="Liczba godzin kursu" required>
                  <InputNumber style={{ width: '100%' }} suffix="h" min={1} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="minAttendancePercent" label="Wymagana obecność" required>
                  <InputNumber style={{ width: '100%' }} suffix="%" min={1} max={100} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="resultKind" label="Co kurs daje uczestnikowi (wskaźnik)" required>
                  <Select options={RESULT_OPTIONS} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="examRequired" valuePropName="checked" label="Egzamin końcowy">
                  <Checkbox>Kurs kończy się egzaminem (wymagany do zaświadczenia)</Checkbox>
                </Form.Item>
              </Col>
            </Row>
            {project && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                Projekt trwa {formatDate(project.startDate)}–{formatDate(project.endDate)}; kurs
                musi się w nim zmieścić.
              </Typography.Paragraph>
            )}
          </Card>
          <Card title="Program kursu (na odwrocie zaświadczenia)" size="small">
            <TopicsTable form={form} canSave={canSave} />
          </Card>
          {!canSave && (
            <Alert type="info" showIcon title="Dane kursu zmienia koordynator projektu." />
          )}
          <Flex gap={8} className="form-actions">
            {canSave && (
              <Button
                type="primary"
                htmlType="button"
                loading={saving}
                onClick={() => void submit()}
              >
                {course ? 'Zapisz kurs' : 'Utwórz kurs'}
              </Button>
            )}
            <Button htmlType="button" disabled={false} onClick={() => guardedNavigate('/courses')}>
              {canSave ? 'Anuluj' : 'Lista kursów'}
            </Button>
          </Flex>
        </Flex>
      </Form>
      {addingProvider && (
        <ProviderDialog
          provider={null}
          onClose={() => setAddingProvider(false)}
          onSaved={(p) => {
            form.setFieldValue('providerId', p.id);
            screen.markDirty();
          }}
        />
      )}
    </>
  );
}
