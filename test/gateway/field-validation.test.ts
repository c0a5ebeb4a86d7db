/**
 * Every rule on every field of every request, broken one at a time in an otherwise valid request
 * from a caller who may call the method: INVALID_ARGUMENT naming the field and the rule, and no
 * handler runs (nothing is created).
 */
import t from 'tap';
import { ApiCallError, loadApiSchema, loadModules, Scope } from '../../gateway/index.js';
import type { FieldSchema, MethodAccess } from '../../gateway/index.js';
import { startTestGateway } from '../helpers/gateway.js';
import { enrolTotp } from '../helpers/step-up.js';
import { sampleRequest, setUpRoles } from '../helpers/gateway-roles.js';
import type { RoleName } from '../helpers/gateway-roles.js';

function callerFor(access: MethodAccess): RoleName {
  switch (access.scope) {
    case Scope.public:
      return 'anonymous';
    case Scope.self:
      return 'outsider';
    case Scope.platform:
      return 'superadmin';
    default:
      return 'admin';
  }
}

/** A value not of the field's format: a control sequence in a name or text, a malformed id otherwise. */
function notOfFormat(field: FieldSchema): string {
  return field.rules.format === 'name' || field.rules.format === 'text' ? 'x\u001b[2J' : 'NOT VALID!';
}

/**
 * A value that breaks exactly this rule of the field (and no rule checked before it), and the
 * field path the refusal names. Repeated fields get lists (a bad item is named by its index).
 */
function breaking(field: FieldSchema, sample: unknown): [rule: string, value: unknown, path: string][] {
  const { rules } = field;
  const path = field.protoName;
  if (field.repeated) {
    const item = Array.isArray(sample) && sample.length > 0 ? sample[0] : undefined;
    const cases: [string, unknown, string][] = [];
    if (rules.required === true) cases.push(['required', [], path]);
    if (rules.maxItems !== undefined && item !== undefined)
      cases.push(['max_items', Array(rules.maxItems + 1).fill(item), path]);
    if (rules.pattern !== undefined) cases.push(['pattern', ['NOT VALID!'], `${path}[0]`]);
    if (rules.format !== undefined) cases.push(['format', [notOfFormat(field)], `${path}[0]`]);
    return cases;
  }
  const cases: [string, unknown, string][] = [];
  if (rules.required === true) {
    cases.push(['required', field.kind === 'enum' ? 'ROLE_UNSPECIFIED' : field.kind === 'number' ? 0 : '', path]);
  }
  if (rules.minLen !== undefined && rules.minLen > 1) cases.push(['min_len', 'x'.repeat(rules.minLen - 1), path]);
  if (rules.maxLen !== undefined) cases.push(['max_len', 'x'.repeat(rules.maxLen + 1), path]);
  if (rules.pattern !== undefined) cases.push(['pattern', 'NOT VALID!', path]);
  if (rules.format !== undefined) cases.push(['format', notOfFormat(field), path]);
  if (rules.email === true) cases.push(['email', 'not-an-email', path]);
  if (rules.definedEnum === true) cases.push(['defined_enum', 'ROLE_UNSPECIFIED', path]);
  // A required number's zero is "required", not "min": start from the first value below min that is not 0.
  if (rules.min !== undefined && !(rules.required === true && rules.min - 1 === 0))
    cases.push(['min', rules.min - 1, path]);
  if (rules.max !== undefined) cases.push(['max', rules.max + 1, path]);
  return cases;
}

t.test('every declared rule is enforced with INVALID_ARGUMENT naming the field', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const schema = loadApiSchema(gw.protos);
  const modules = await loadModules(gw.modules);
  // A method that asks for a stronger sign-in refuses an AAL1 session before it validates.
  const stepped = {
    outsider: (await enrolTotp(gw.api, fixture.callers.outsider)).api,
    admin: (await enrolTotp(gw.api, fixture.callers.admin)).api,
  };
  let checked = 0;
  for (const method of schema.methods.values()) {
    const service = method.service.slice(method.service.lastIndexOf('.') + 1);
    for (const field of method.request.fields) {
      const sample = sampleRequest(modules, method.service, method.name, fixture);
      for (const [rule, value, path] of breaking(field, sample[field.name])) {
        checked++;
        const request = { ...sample, [field.name]: value };
        const role = callerFor(method.access);
        const caller =
          method.access.assurance.level > 1 && (role === 'admin' || role === 'outsider')
            ? stepped[role]
            : fixture.callers[role];
        const error = await caller.call(service, method.name, request).then(
          () => undefined,
          (e: unknown) => e,
        );
        t.ok(error instanceof ApiCallError, `${service}.${method.name} ${field.protoName} ${rule}: refused`);
        t.match(
          error,
          { code: 'INVALID_ARGUMENT', field: path, reason: rule },
          `${service}.${method.name}: ${field.protoName} breaking ${rule}`,
        );
      }
    }
  }
  t.ok(checked >= 40, `${checked} rule violations checked`);
  // Nothing was created by the refused sign-ups.
  const signUps = (await gw.outbox.read()).filter((mail) => mail.to.startsWith('sample'));
  t.same(signUps, [], 'no refused sign-up sent a mail');
});
