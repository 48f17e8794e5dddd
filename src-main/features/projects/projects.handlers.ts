import type { HandlerTable } from '../../dispatcher';
import { getTeam, setTeam } from './project-team';
import { listProjects } from './projects.repo';
import { createProject, getProject, updateProject } from './projects.service';

type Channels = Extract<keyof HandlerTable, `projects.${string}`>;

export const projectHandlers: Pick<HandlerTable, Channels> = {
  'projects.list': (_input, ctx) => ctx.uow.read(listProjects),
  'projects.get': ({ id }, ctx) => getProject(ctx, id),
  'projects.create': (input, ctx) => createProject(ctx, input),
  'projects.update': ({ id, project }, ctx) => updateProject(ctx, id, project),
  'projects.team': ({ projectId }, ctx) => getTeam(ctx, projectId),
  'projects.setTeam': ({ projectId, staffIds }, ctx) => setTeam(ctx, projectId, staffIds),
};
