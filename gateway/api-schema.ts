/**
 * The API as the gateway enforces it, read from the .proto files at start: every method with its
 * declared access (permission, scope, least role) and every request field with its validation
 * rules. A method without an access option, a scoped method whose request lacks the field
 * naming its org or project, or a rule naming a format the vocabulary does not know, stops the
 * gateway at start: no RPC can go unguarded by omission.
 */
import { createRequire } from 'node:module';
import * as protoLoader from '@grpc/proto-loader';
import type { PackageDefinition, MethodDefinition } from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import { isFormat } from '../actors/vocabulary.js';
import type { Format } from '../actors/vocabulary.js';
import { apiProtoFiles, protoIncludeDir } from '../proto/index.js';
import { SchemaError } from './errors.js';

export const Scope = {
  public: 'SCOPE_PUBLIC',
  self: 'SCOPE_SELF',
  platform: 'SCOPE_PLATFORM',
  org: 'SCOPE_ORG',
  project: 'SCOPE_PROJECT',
} as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

/** Roles as the proto names them, least first. */
export const ROLE_ORDER = ['ROLE_UNSPECIFIED', 'ROLE_GUEST', 'ROLE_MEMBER', 'ROLE_ADMIN'] as const;
export type ProtoRole = (typeof ROLE_ORDER)[number];

export interface MethodAccess {
  readonly permission: string;
  readonly scope: Scope;
  /** The least role in the org or project; ROLE_UNSPECIFIED for other scopes. */
  readonly role: ProtoRole;
}

/** The rules of one field, as declared with `(rules)`; absent keys are not checked. */
export interface FieldRules {
  readonly required?: boolean;
  /** Length bounds of a string, in characters (code points, as every layer counts them). */
  readonly minLen?: number;
  readonly maxLen?: number;
  readonly pattern?: RegExp;
  /** A named format of the shared vocabulary (`org_id`, `region`, `name`, …), checked by its one parser. */
  readonly format?: Format;
  readonly email?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxItems?: number;
  readonly definedEnum?: boolean;
}

/** A field of a request message: its name (as the gateway's objects carry it) and rules. */
export interface FieldSchema {
  /** camelCase, as @grpc/proto-loader decodes it. */
  readonly name: string;
  /** snake_case, as the .proto names it and errors report it. */
  readonly protoName: string;
  readonly repeated: boolean;
  readonly kind: 'string' | 'number' | 'bool' | 'bytes' | 'enum' | 'message';
  readonly rules: FieldRules;
  /** The nested message's fields, for `message` fields. */
  readonly message?: MessageSchema;
  /** The enum's value names, for `enum` fields. */
  readonly enumValues?: readonly string[];
  /** The field's comment in the .proto (for help texts). */
  readonly comment: string;
}

export interface MessageSchema {
  readonly fullName: string;
  readonly fields: readonly FieldSchema[];
}

export interface ApiMethod {
  /** e.g. `redoubt.v1.OrgService` */
  readonly service: string;
  /** e.g. `CreateOrg` */
  readonly name: string;
  /** The gRPC path, e.g. `/redoubt.v1.OrgService/CreateOrg`. */
  readonly path: string;
  readonly access: MethodAccess;
  readonly request: MessageSchema;
  readonly response: MessageSchema;
  readonly definition: MethodDefinition<object, object>;
  /** The method's comment in the .proto (for help texts). */
  readonly comment: string;
}

export interface ApiSchema {
  readonly packageDefinition: PackageDefinition;
  /** Every method by its gRPC path. */
  readonly methods: ReadonlyMap<string, ApiMethod>;
  /** Service name → method name → method. */
  readonly services: ReadonlyMap<string, ReadonlyMap<string, ApiMethod>>;
  /** The protobufjs root, with comments (the console's help). */
  readonly root: protobuf.Root;
}

/** How the gateway and its clients decode messages: plain objects, camelCase, numbers, enum names. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [],
};

let cached: ApiSchema | undefined;

/**
 * @throws SchemaError when a method lacks its access option, a scoped request lacks org_id/project_id
 *   of their formats, or a rule names an unknown format
 */
export function loadApiSchema(): ApiSchema {
  if (cached !== undefined) return cached;
  const include = protoIncludeDir();
  const files = apiProtoFiles();
  const packageDefinition = protoLoader.loadSync(files, { ...LOADER_OPTIONS, includeDirs: [include] });
  const root = new protobuf.Root();
  // google/protobuf/descriptor.proto (custom options extend it) ships with protobufjs.
  const shipped = createRequire(import.meta.url);
  root.resolvePath = (_origin, target) =>
    target.startsWith('google/protobuf/') ? shipped.resolve(`protobufjs/${target}`) : `${include}/${target}`;
  root.loadSync(files, { keepCase: false, alternateCommentMode: true });
  root.resolveAll();

  const methods = new Map<string, ApiMethod>();
  const services = new Map<string, Map<string, ApiMethod>>();
  for (const [name, entry] of Object.entries(packageDefinition)) {
    if ('format' in entry || !name.endsWith('Service')) continue;
    const service = root.lookupService(name);
    const byName = new Map<string, ApiMethod>();
    for (const [methodName, definition] of Object.entries(entry as Record<string, MethodDefinition<object, object>>)) {
      const reflected = service.methods[methodName];
      if (reflected === undefined) throw new SchemaError(`${name}.${methodName} is missing from the reflection root`);
      if (definition.requestStream || definition.responseStream) {
        throw new SchemaError(`${name}.${methodName}: streaming methods are not supported yet`);
      }
      const access = accessOf(reflected, `${name}.${methodName}`);
      const request = messageSchema(root.lookupType(reflected.requestType));
      requireScopeFields(access, request, `${name}.${methodName}`);
      const method: ApiMethod = {
        service: name,
        name: methodName,
        path: definition.path,
        access,
        request,
        response: messageSchema(root.lookupType(reflected.responseType)),
        definition,
        comment: reflected.comment ?? '',
      };
      methods.set(method.path, method);
      byName.set(methodName, method);
    }
    services.set(name, byName);
  }
  cached = { packageDefinition, methods, services, root };
  return cached;
}

function optionOf(
  parsed: readonly Record<string, unknown>[] | undefined,
  name: string,
): Record<string, unknown> | undefined {
  return parsed?.find((option) => name in option)?.[name] as Record<string, unknown> | undefined;
}

function accessOf(method: protobuf.Method, where: string): MethodAccess {
  const option = optionOf(method.parsedOptions as Record<string, unknown>[] | undefined, '(access)');
  if (option === undefined) throw new SchemaError(`${where} declares no (access) option: every method must`);
  const permission = option['permission'];
  const scope = option['scope'];
  const role = option['role'] ?? 'ROLE_UNSPECIFIED';
  if (typeof permission !== 'string' || permission.length === 0) {
    throw new SchemaError(`${where}: (access).permission is required`);
  }
  if (!Object.values(Scope).includes(scope as Scope)) throw new SchemaError(`${where}: (access).scope is required`);
  if (!ROLE_ORDER.includes(role as ProtoRole)) throw new SchemaError(`${where}: (access).role is not a role`);
  const scoped = scope === Scope.org || scope === Scope.project;
  if (scoped !== (role !== 'ROLE_UNSPECIFIED')) {
    throw new SchemaError(`${where}: (access).role goes with org and project scopes, and only with them`);
  }
  return { permission, scope: scope as Scope, role: role as ProtoRole };
}

function requireScopeFields(access: MethodAccess, request: MessageSchema, where: string): void {
  const needed =
    access.scope === Scope.org ? ['org_id'] : access.scope === Scope.project ? ['org_id', 'project_id'] : [];
  for (const name of needed) {
    const field = request.fields.find((f) => f.protoName === name);
    // The scope's ids become entity addresses: they must be of their vocabulary format.
    if (
      field === undefined ||
      field.kind !== 'string' ||
      field.rules.required !== true ||
      field.rules.format !== name
    ) {
      throw new SchemaError(
        `${where}: a ${access.scope} method's request needs a required string ${name} of format "${name}"`,
      );
    }
  }
}

function messageSchema(type: protobuf.Type, seen = new Map<string, MessageSchema>()): MessageSchema {
  const known = seen.get(type.fullName);
  if (known !== undefined) return known;
  const fields: FieldSchema[] = [];
  const schema: MessageSchema = { fullName: type.fullName.replace(/^\./, ''), fields };
  seen.set(type.fullName, schema);
  for (const field of type.fieldsArray) {
    field.resolve();
    const resolved = field.resolvedType;
    const kind: FieldSchema['kind'] =
      resolved instanceof protobuf.Type
        ? 'message'
        : resolved instanceof protobuf.Enum
          ? 'enum'
          : field.type === 'string'
            ? 'string'
            : field.type === 'bool'
              ? 'bool'
              : field.type === 'bytes'
                ? 'bytes'
                : 'number';
    const protoName = snakeCase(field.name);
    fields.push({
      name: field.name,
      protoName,
      repeated: field.repeated,
      kind,
      rules: rulesOf(field, `${schema.fullName}.${protoName}`),
      comment: field.comment ?? '',
      ...(resolved instanceof protobuf.Type ? { message: messageSchema(resolved, seen) } : {}),
      ...(resolved instanceof protobuf.Enum ? { enumValues: Object.keys(resolved.values) } : {}),
    });
  }
  return schema;
}

function rulesOf(field: protobuf.Field, where: string): FieldRules {
  const option = optionOf(field.parsedOptions as Record<string, unknown>[] | undefined, '(rules)');
  if (option === undefined) return {};
  const number = (key: string): number | undefined => {
    const value = option[key];
    return value === undefined ? undefined : Number(value);
  };
  let pattern: RegExp | undefined;
  if (typeof option['pattern'] === 'string') {
    try {
      pattern = new RegExp(option['pattern'], 'u');
    } catch (error) {
      throw new SchemaError(`${where}: (rules).pattern is not a regular expression: ${(error as Error).message}`);
    }
  }
  const format = option['format'];
  if (format !== undefined && (typeof format !== 'string' || !isFormat(format))) {
    throw new SchemaError(`${where}: (rules).format "${String(format)}" is not a format of actors/vocabulary.ts`);
  }
  const rules: Record<string, unknown> = {
    required: option['required'] === true ? true : undefined,
    minLen: number('min_len'),
    maxLen: number('max_len'),
    pattern,
    format,
    email: option['email'] === true ? true : undefined,
    min: number('min'),
    max: number('max'),
    maxItems: number('max_items'),
    definedEnum: option['defined_enum'] === true ? true : undefined,
  };
  return Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined)) as FieldRules;
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
