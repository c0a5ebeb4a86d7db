/**
 * The console's help, generated from the .proto files of the modules the node runs
 * (nodes/modules.ts): the overview of every service and command,
 * a service's commands, a command's flags with their rules, and `login`'s options. It reads the
 * API with describeApi() (protobufjs alone) and imports neither grpc-js nor the runtime, so that
 * `redoubt console --help` and `redoubt <service> [<command>] --help` answer at once; console.ts,
 * which makes calls, is loaded only when a call is made.
 */
import { parseArgs } from 'node:util';
// The modules themselves, not the folders' indexes: those bring grpc-js and the runtime along.
import { describeFormat } from '../actors/vocabulary.js';
import { describeApi } from '../gateway/api-schema.js';
import type { ApiDescription, FieldSchema, MethodDescription } from '../gateway/api-schema.js';
import type { RedoubtModule } from '../gateway/module.js';
import { NODE_MODULES, nodeApi } from '../nodes/modules.js';
import { fieldFlag, methodCommand, serviceCommand } from './command-names.js';

/** The gateway the console calls unless told otherwise: a standalone node's default. */
export const DEFAULT_ADDRESS = '127.0.0.1:8443';
/** The CA bundle the console trusts unless told otherwise: a standalone node's, run from its parent directory. */
export const DEFAULT_CA = 'redoubt-data/tls/ca.pem';

/** The options of `redoubt console login`. */
export const LOGIN_OPTIONS = {
  email: { type: 'string' },
  'password-file': { type: 'string' },
  address: { type: 'string' },
  ca: { type: 'string' },
  'server-name': { type: 'string' },
  help: { type: 'boolean' },
} as const;

const LOGIN_HELP = `Usage: redoubt console login --email EMAIL [--password-file FILE] [--address HOST:PORT] [--ca FILE] [< password]

Logs in to the gateway and saves the session (tokens, address, CA) in ~/.config/redoubt/console.json
(mode 0600; $REDOUBT_CONSOLE_FILE overrides). The password is read from the first line of
--password-file FILE, which must be readable by its owner only (chmod 600; \`redoubt superadmin
create --password-file FILE\` writes it so), or else from stdin; never from the command line.
Defaults: --address ${DEFAULT_ADDRESS}, --ca ${DEFAULT_CA}.
`;

/**
 * The help a console command line asks for, or `undefined` when it asks for something else (a
 * call, login, logout) or is malformed: console.ts then runs it, or says what is wrong.
 * @param argv - what follows `redoubt console` (or `redoubt`, for `redoubt <service> …`)
 * @param modules - the modules whose services are commands @default NODE_MODULES
 * @throws SchemaError when the .proto files do not declare what the gateway must enforce
 */
export function consoleHelp(
  argv: readonly string[],
  modules: readonly RedoubtModule[] = NODE_MODULES,
): string | undefined {
  const [first, second, ...rest] = argv;
  const api = () => describeApi(nodeApi(modules));
  if (first === undefined || first === '--help' || first === 'help') return overview(api());
  if (first === 'login') return loginHelpAsked(argv.slice(1)) ? LOGIN_HELP : undefined;
  if (first === 'logout') return undefined;
  const service = [...api().services].find(([name]) => serviceCommand(name) === first);
  if (service === undefined) return undefined;
  const [serviceName, methods] = service;
  if (second === undefined || second === '--help' || second === 'help') return serviceHelp(serviceName, methods);
  const method = [...methods.values()].find((m) => methodCommand(m.name) === second);
  return method !== undefined && rest.includes('--help') ? methodHelp(method) : undefined;
}

/** Whether `login`'s options ask for help; a malformed line is console.ts's to refuse. */
function loginHelpAsked(argv: readonly string[]): boolean {
  try {
    return parseArgs({ args: [...argv], options: LOGIN_OPTIONS, strict: true }).values.help === true;
  } catch {
    return false;
  }
}

function overview(description: ApiDescription): string {
  const lines = [
    'Usage: redoubt console <service> <command> [--field value …] [--json REQUEST|-] [--output json|text]',
    '       redoubt console login --email EMAIL [--password-file FILE | < password];  redoubt console logout',
    '',
    'Services and commands (from the API; `redoubt console <service> <command> --help` for flags):',
  ];
  for (const [name, methods] of description.services) {
    lines.push(`  ${serviceCommand(name)}`);
    for (const method of methods.values())
      lines.push(`    ${methodCommand(method.name).padEnd(24)} ${firstLine(method.comment)}`);
  }
  lines.push(
    '',
    'Connection: --address HOST:PORT, --ca FILE, --server-name NAME (saved by login). TLS is always verified.',
  );
  return `${lines.join('\n')}\n`;
}

function serviceHelp(name: string, methods: ReadonlyMap<string, MethodDescription>): string {
  const lines = [`Usage: redoubt console ${serviceCommand(name)} <command> [flags]`, '', 'Commands:'];
  for (const method of methods.values())
    lines.push(`  ${methodCommand(method.name).padEnd(24)} ${firstLine(method.comment)}`);
  return `${lines.join('\n')}\n`;
}

function methodHelp(method: MethodDescription): string {
  const lines = [
    `Usage: redoubt console ${serviceCommand(method.service)} ${methodCommand(method.name)} [flags]`,
    '',
    method.comment,
    '',
    `Permission: ${method.access.permission} (${method.access.scope.replace('SCOPE_', '').toLowerCase()}${method.access.role === 'ROLE_UNSPECIFIED' ? '' : `, at least ${method.access.role.replace('ROLE_', '').toLowerCase()}`})`,
    '',
    'Flags:',
  ];
  if (method.request.fields.length === 0) lines.push('  (none)');
  for (const field of method.request.fields) {
    lines.push(`  --${fieldFlag(field.protoName).padEnd(24)} ${describe(field)}`);
  }
  lines.push('', '  --json REQUEST|-            the whole request as JSON (flags override its fields)');
  lines.push('  --output json|text          how to print the response (default: text, json with --json)');
  lines.push('  --issue ID                  the issue this change serves (audit trail)');
  lines.push('  --totp CODE                 a code of your authenticator, used if the call asks for a step-up');
  lines.push('  --recovery-code CODE        a recovery code, used if the call asks for a step-up');
  return `${lines.join('\n')}\n`;
}

function describe(field: FieldSchema): string {
  const { rules } = field;
  const notes = [
    rules.required === true ? 'required' : undefined,
    field.repeated ? 'repeatable' : undefined,
    field.kind === 'enum'
      ? `one of ${(field.enumValues ?? [])
          .filter((v) => !v.endsWith('_UNSPECIFIED'))
          .map((v) => v.slice(v.lastIndexOf('_') + 1).toLowerCase())
          .join(', ')}`
      : undefined,
    rules.minLen !== undefined || rules.maxLen !== undefined
      ? `${rules.minLen ?? 0}..${rules.maxLen ?? '∞'} characters`
      : undefined,
    rules.pattern !== undefined ? `matches ${rules.pattern.source}` : undefined,
    rules.format !== undefined ? describeFormat(rules.format) : undefined,
    rules.email === true ? 'an email address' : undefined,
  ].filter((note) => note !== undefined);
  const comment = firstLine(field.comment);
  return [comment, notes.length > 0 ? `(${notes.join('; ')})` : ''].filter((part) => part.length > 0).join(' ');
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
