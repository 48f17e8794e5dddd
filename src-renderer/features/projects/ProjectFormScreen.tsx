import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Flex, Form, Spin } from 'antd';
import {
  projectFields,
  type Project,
  type ProjectInput,
} from '../../../src-main/contract/projects';
import { useFeature } from '../../app/stores';
import { useCan } from '../accounts/can';
import { ProjectTeam } from './ProjectTeam';
import { useGuardedNavigate } from '../../ui/leave-guard';
import { useScreenForm } from '../../ui/screen-form';
import { useToast } from '../../ui/toast';
import { BudgetFields } from './BudgetFields';
import { CriteriaEditor } from './CriteriaEditor';
import { PartnersFields } from './PartnersFields';
import { PlanFields } from './PlanFields';
import { ProjectDetailsFields } from './ProjectDetailsFields';
import { ScreenTitle } from '../../ui/ScreenTitle';

type FormValues = Partial<ProjectInput>;

function emptyProject(beneficiary: string | undefined): FormValues {
  return {
    beneficiary,
    isEfs: true,
    partners: [],
    plannedWomen: 0,
    plannedMen: 0,
    indicators: [],
    criteria: [],
  };
}

/** /projects/new and /projects/:id — the project and its edition, with its recruitment criteria. */
export function ProjectFormScreen() {
  const params = useParams();
  const id = params.id === undefined ? undefined : Number(params.id);
  const current = useFeature('projects', (s) => s.current);
  const loading = useFeature('projects', (s) => s.loading);
  const error = useFeature('projects', (s) => s.error);
  const loadOne = useFeature('projects', (s) => s.loadOne);
  const office = useFeature('session', (s) => s.office);
  const sessionError = useFeature('session', (s) => s.error);

  useEffect(() => {
    if (id !== undefined) void loadOne(id);
  }, [id, loadOne]);

  const loaded = id !== undefined && current?.id === id ? current : null;
  const title = id === undefined ? 'Nowy projekt' : loaded ? `Projekt: ${loaded.title}` : 'Projekt';
  // A new project's beneficiary is the office: wait for it when the page is opened directly.
  const ready = id === undefined ? office !== null || sessionError !== null : loaded !== null;

  return (
    <Flex vertical gap="middle">
      <ScreenTitle>{title}</ScreenTitle>
      {!ready && id !== undefined && error && <Alert type="error" showIcon title={error} />}
      {!ready && (id === undefined || loading) && <Spin description="Wczytywanie…" />}
      {ready && (
        <ProjectForm
          key={id ?? 'new'}
          id={id}
          initial={id === undefined ? emptyProject(office?.officeName) : (loaded as Project)}
        />
      )}
      {ready && id !== undefined && <ProjectTeam projectId={id} />}
    </Flex>
  );
}

function ProjectForm({ id, initial }: { id: number | undefined; initial: FormValues }) {
  const [form] = Form.useForm<FormValues>();
  const toast = useToast();
  const navigate = useNavigate();
  const guardedNavigate = useGuardedNavigate();
  const save = useFeature('projects', (s) => s.save);
  const saving = useFeature('projects', (s) => s.saving);
  const screen = useScreenForm(form, projectFields);
  // Everyone may read a project; the coordinator changes it.
  const canSave = useCan(id === undefined ? 'projects.create' : 'projects.update');

  const submit = () =>
    screen.submit(
      (fields) => save(fields, id),
      (saved) => {
        toast.success(
          id === undefined
            ? `Dodano projekt: ${saved.title}`
            : `Zapisano zmiany w projekcie: ${saved.title}`,
        );
        navigate('/projects');
      },
    );

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={screen.onValuesChange}
      scrollToFirstError={false}
      disabled={!canSave}
    >
      <Flex vertical gap="middle">
        <ProjectDetailsFields />
        <BudgetFields />
        <PartnersFields />
        <PlanFields />
        <CriteriaEditor />
        {/* Plain buttons, in the participant form's order: Enter in a field saves nothing. */}
        {canSave ? (
          <Flex gap={8} className="form-actions">
            <Button type="primary" htmlType="button" loading={saving} onClick={() => void submit()}>
              Zapisz projekt
            </Button>
            <Button htmlType="button" onClick={() => guardedNavigate('/projects')}>
              Anuluj
            </Button>
          </Flex>
        ) : (
          <Flex gap={8} className="form-actions">
            {/* Outside the disabled form's reach: going back always works. */}
            <Button htmlType="button" disabled={false} onClick={() => guardedNavigate('/projects')}>
              Lista projektów
            </Button>
          </Flex>
        )}
      </Flex>
    </Form>
  );
}
