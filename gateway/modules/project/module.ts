/** The project module: projects of an org, their members, policy for externals and board (ProjectService). */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const projectModule: RedoubtModule = defineModule({
  name: 'project',
  protoFiles: ['redoubt/v1/project.proto'],
  runtime: () => import('./runtime.js'),
});
