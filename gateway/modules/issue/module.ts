/** The issue module: the issues of a project's kanban (IssueService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const issueModule: RedoubtModule = defineModule({
  name: 'issue',
  protoFiles: ['redoubt/v1/issue.proto'],
  runtime: () => import('./runtime.js'),
});
