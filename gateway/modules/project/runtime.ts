/** What the project module runs: projects, and ProjectService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { project } from '../../../domain/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { projectService } from '../../services/project-service.js';

/** `project/<org>/<project>`. */
export const kinds: readonly AnyEntityKind[] = [project];

/** ProjectService. */
export const services: Readonly<Record<string, ServiceFactory>> = { 'redoubt.v1.ProjectService': projectService };

/** Well-formed requests of every method. */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.ProjectService': ({ orgId, projectId, accountId, unique: n }) => ({
    CreateProject: { orgId, projectId: `p${n}`, name: `Project ${n}` },
    GetProject: { orgId, projectId },
    ListProjects: { orgId },
    AddProjectMember: { orgId, projectId, accountId, role: 'ROLE_MEMBER' },
    RemoveProjectMember: { orgId, projectId, accountId },
    SetProjectPolicy: { orgId, projectId, externalsMayExport: true },
    ConfigureBoard: { orgId, projectId, columns: ['backlog', 'doing', 'review', 'done'] },
  }),
};
