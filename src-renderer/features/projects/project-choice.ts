import { useEffect } from 'react';
import { Form, type FormInstance } from 'antd';
import { formatDate } from '../../../src-main/domain/dates';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';

/**
 * A form's "Projekt" field (a club's edition, a course): the projects to choose from, with
 * their dates, and the facts of the one chosen (or `saved`, the record's) — what must fit in
 * it — read as soon as it is chosen. The form loads the list of projects.
 */
export function useProjectChoice(form: FormInstance, saved: number | undefined) {
  const projects = useFeature('projects', (s) => s.projects);
  const facts = useFeature('projects', (s) => s.facts);
  const loadFacts = useFeature('projects', (s) => s.loadFacts);
  const projectId = (Form.useWatch('projectId', form) as number | undefined) ?? saved;
  useEffect(() => {
    if (projectId !== undefined) void loadFacts(projectId);
  }, [projectId, loadFacts]);

  const options = [...projects]
    .sort((a, b) => comparePolish(a.title, b.title))
    .map((p) => ({
      value: p.id,
      label: `${p.title} (${formatDate(p.startDate)}–${formatDate(p.endDate)})`,
    }));
  return { options, project: projectId === undefined ? null : facts[projectId] };
}
