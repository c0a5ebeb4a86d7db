/**
 * Checks a decoded request against the rules its .proto declares (`(rules)` on fields), nested
 * messages included. The first broken rule is reported, naming the field by its proto path
 * (`member.account_id`) and the rule. Lengths are counted in code points and formats are checked
 * by the shared vocabulary (actors/vocabulary.ts), exactly as the entities check them.
 */
import { codePointLength, formatProblem, isEmail } from '../actors/index.js';
import type { FieldSchema, MessageSchema } from './api-schema.js';
import { InvalidArgumentError } from './errors.js';

/** @throws InvalidArgumentError (`INVALID_ARGUMENT`, details.field and details.reason) */
export function validateMessage(schema: MessageSchema, message: Record<string, unknown>, prefix = ''): void {
  for (const field of schema.fields) {
    const path = `${prefix}${field.protoName}`;
    const value = message[field.name];
    if (field.repeated) {
      const items = Array.isArray(value) ? value : [];
      const { maxItems } = field.rules;
      if (maxItems !== undefined && items.length > maxItems) {
        throw new InvalidArgumentError(path, 'max_items', `at most ${maxItems} items`);
      }
      if (field.rules.required === true && items.length === 0) {
        throw new InvalidArgumentError(path, 'required', 'at least one item is required');
      }
      items.forEach((item, index) => checkValue(field, item, `${path}[${index}]`, false));
      continue;
    }
    checkValue(field, value, path, true);
  }
}

function checkValue(field: FieldSchema, value: unknown, path: string, single: boolean): void {
  const { rules } = field;
  const fail = (rule: string, message: string) => new InvalidArgumentError(path, rule, message);
  switch (field.kind) {
    case 'string': {
      const text = typeof value === 'string' ? value : '';
      if (single && rules.required === true && text.length === 0) throw fail('required', 'is required');
      if (text.length === 0) return;
      const length = codePointLength(text);
      if (rules.minLen !== undefined && length < rules.minLen) {
        throw fail('min_len', `must be at least ${rules.minLen} characters`);
      }
      if (rules.maxLen !== undefined && length > rules.maxLen) {
        throw fail('max_len', `must be at most ${rules.maxLen} characters`);
      }
      if (rules.pattern !== undefined && !rules.pattern.test(text)) {
        throw fail('pattern', `must match ${rules.pattern.source}`);
      }
      const problem = rules.format === undefined ? undefined : formatProblem(rules.format, text);
      if (problem !== undefined) throw fail('format', problem);
      if (rules.email === true && !isEmail(text)) throw fail('email', 'must be an email address');
      return;
    }
    case 'number': {
      const number = typeof value === 'number' ? value : Number(value ?? 0);
      if (single && rules.required === true && number === 0) throw fail('required', 'is required');
      if (rules.min !== undefined && number < rules.min) throw fail('min', `must be at least ${rules.min}`);
      if (rules.max !== undefined && number > rules.max) throw fail('max', `must be at most ${rules.max}`);
      return;
    }
    case 'enum': {
      const unset = value === undefined || value === null || value === 0 || String(value).endsWith('_UNSPECIFIED');
      if ((rules.definedEnum === true || rules.required === true) && unset) {
        throw fail(rules.definedEnum === true ? 'defined_enum' : 'required', 'must be set to a defined value');
      }
      return;
    }
    case 'message': {
      if (value === undefined || value === null) {
        if (single && rules.required === true) throw fail('required', 'is required');
        return;
      }
      validateMessage(field.message!, value as Record<string, unknown>, `${path}.`);
      return;
    }
    case 'bytes': {
      const length = (value as Uint8Array | undefined)?.length ?? 0;
      if (single && rules.required === true && length === 0) throw fail('required', 'is required');
      if (rules.maxLen !== undefined && length > rules.maxLen)
        throw fail('max_len', `must be at most ${rules.maxLen} bytes`);
      return;
    }
    case 'bool':
      if (single && rules.required === true && value !== true) throw fail('required', 'must be true');
      return;
  }
}
