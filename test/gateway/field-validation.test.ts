/**
 * Every rule on every field of every request, broken one at a time in an otherwise valid request
 * from a caller who may call the method: INVALID_ARGUMENT naming the field and the rule, and no
 * handler runs (nothing is created).
 */
import t from 'tap';
import { ApiCallError, loadApiSchema, Scope } from '../../gateway/index.js';
import type { FieldSchema, MethodAccess } from '../../gateway/index.js';
import { startTestGateway } from '../helpers/gateway.js';
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

/** A value that breaks exactly this rule of the field (and no rule checked before it). */
function breaking(field: FieldSchema): [rule: string, value: unknown][] {
  const { rules } = field;
  const cases: [string, unknown][] = [];
  if (rules.required === true) cases.push(['required', field.kind === 'enum' ? 'ROLE_UNSPECIFIED' : '']);
  if (rules.minLen !== undefined && rules.minLen > 1) cases.push(['min_len', 'x'.repeat(rules.minLen - 1)]);
  if (rules.maxLen !== undefined) cases.push(['max_len', 'x'.repeat(rules.maxLen + 1)]);
  if (rules.pattern !== undefined) cases.push(['pattern', 'NOT VALID!']);
  if (rules.email === true) cases.push(['email', 'not-an-email']);
  if (rules.definedEnum === true) cases.push(['defined_enum', 'ROLE_UNSPECIFIED']);
  if (rules.min !== undefined) cases.push(['min', rules.min - 1]);
  if (rules.max !== undefined) cases.push(['max', rules.max + 1]);
  return cases;
}

t.test('every declared rule is enforced with INVALID_ARGUMENT naming the field', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const schema = loadApiSchema();
  let checked = 0;
  for (const method of schema.methods.values()) {
    const service = method.service.slice(method.service.lastIndexOf('.') + 1);
    for (const field of method.request.fields) {
      for (const [rule, value] of breaking(field)) {
        checked++;
        const request = { ...sampleRequest(service, method.name, fixture), [field.name]: value };
        const error = await fixture.callers[callerFor(method.access)].call(service, method.name, request).then(
          () => undefined,
          (e: unknown) => e,
        );
        t.ok(error instanceof ApiCallError, `${service}.${method.name} ${field.protoName} ${rule}: refused`);
        t.match(
          error,
          { code: 'INVALID_ARGUMENT', field: field.protoName, reason: rule },
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
