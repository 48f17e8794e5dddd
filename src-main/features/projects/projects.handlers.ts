import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { getTeam, setTeam } from './project-team';
import { listProjects } from './projects.repo';
import { createProject, getProject, updateProject } from './projects.service';

type Channels = Extract<keyof HandlerTable, `projects.${string}`>;

export const projectHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'projects.list': () => listProjects(db),
  'projects.get': ({ id }) => getProject(db, id),
  'projects.create': (input, ctx) => createProject(db, ctx, input),
  'projects.update': ({ id, project }, ctx) => updateProject(db, ctx, id, project),
  'projects.team': ({ projectId }) => getTeam(db, projectId),
  'projects.setTeam': ({ projectId, staffIds }, ctx) => setTeam(db, ctx, projectId, staffIds),
});
