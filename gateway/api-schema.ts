/**
 * The API as the gateway enforces it, read at start from the .proto files of the modules it serves
 * (which files, and where, is {@link ApiProtos}, from `apiProtosOf` in module.ts): every method with its
 * declared access (permission, scope, least role) and every request field with its validation
 * rules. A method without an access option, a scoped method whose request lacks the field
 * naming its org or project, or a rule naming a format the vocabulary does not know, stops the
 * gateway at start: no RPC can go unguarded by omission.
 */
import type { AssuranceNeed } from '../domain/session/assurance.js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as ProtoLoader from '@grpc/proto-loader';
import type { PackageDefinition, MethodDefinition } from '@grpc/proto-loader';
import protobuf from 'protobufjs';
// The vocabulary module itself, not the folder's index: the console's help reads describeApi()
// without loading the runtime.
import { isFormat } from '../actors/vocabulary.js';
import type { Format } from '../actors/vocabulary.js';
import { SchemaError } from './errors.js';

/**
 * Which .proto files declare an API, and where they are: what the modules a node runs declare
 * (`apiProtosOf` in module.ts). Every service of these files is the API, nothing else.
 */
export interface ApiProtos {
  /** The files, relative to one of {@link includeDirs} (e.g. `redoubt/v1/org.proto`). */
  readonly files: readonly string[];
  /** Absolute directories that resolve the files and their imports, searched in order. */
  readonly includeDirs: readonly string[];
}

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
  /** The assurance the caller's session must hold (step-up); level 0 asks nothing. */
  readonly assurance: AssuranceNeed;
}

export type { AssuranceNeed };

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

/** A method as the .proto files declare it. */
export interface MethodDescription {
  /** e.g. `redoubt.v1.OrgService` */
  readonly service: string;
  /** e.g. `CreateOrg` */
  readonly name: string;
  /** The gRPC path, e.g. `/redoubt.v1.OrgService/CreateOrg`. */
  readonly path: string;
  readonly access: MethodAccess;
  readonly request: MessageSchema;
  readonly response: MessageSchema;
  /** The method's comment in the .proto (for help texts). */
  readonly comment: string;
}

/** A method as the gateway serves it and clients call it: its description and its gRPC definition. */
export interface ApiMethod extends MethodDescription {
  readonly definition: MethodDefinition<object, object>;
}

/**
 * The API as the .proto files declare it, without gRPC method definitions: what help texts need,
 * read with protobufjs alone (no @grpc/proto-loader, no grpc-js).
 */
export interface ApiDescription {
  /** Service name → method name → method, in the order of the .proto files. */
  readonly services: ReadonlyMap<string, ReadonlyMap<string, MethodDescription>>;
  /** The protobufjs root, with comments. */
  readonly root: protobuf.Root;
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
export const LOADER_OPTIONS: ProtoLoader.Options = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [],
};

/** Descriptions and schemas already read, by the files and directories they were read from. */
const described = new Map<string, ApiDescription>();
const cached = new Map<string, ApiSchema>();

function cacheKey(protos: ApiProtos): string {
  return JSON.stringify([protos.files, protos.includeDirs]);
}

/**
 * Reads the .proto files with protobufjs: every service's methods with their access, request and
 * response fields, rules and comments, checked as {@link loadApiSchema} checks them.
 * @param protos - the API's files, from the modules (`apiProtosOf(modules)`)
 * @throws SchemaError when a method lacks its access option, a scoped request lacks org_id/project_id
 *   of their formats, a rule names an unknown format, or two services have the same short name
 *   (the console and the client name services by it)
 */
export function describeApi(protos: ApiProtos): ApiDescription {
  const key = cacheKey(protos);
  const known = described.get(key);
  if (known !== undefined) return known;
  const root = new protobuf.Root();
  // google/protobuf/descriptor.proto (custom options extend it) ships with protobufjs, also as
  // JSON, which loads without parsing (a third of the parse: `redoubt console --help` waits for it).
  const shipped = createRequire(import.meta.url);
  root.resolvePath = (_origin, target) =>
    target.startsWith('google/protobuf/')
      ? shipped.resolve(`protobufjs/${target.replace(/\.proto$/, '.json')}`)
      : resolveIn(protos.includeDirs, target);
  root.loadSync([...protos.files], { keepCase: false, alternateCommentMode: true });
  root.resolveAll();

  const services = new Map<string, Map<string, MethodDescription>>();
  const shortNames = new Map<string, string>();
  for (const service of servicesOf(root)) {
    const name = service.fullName.replace(/^\./, '');
    if (!name.endsWith('Service')) continue;
    const short = service.name;
    const clash = shortNames.get(short);
    if (clash !== undefined) throw new SchemaError(`${clash} and ${name} have the same name ${short}: rename one`);
    shortNames.set(short, name);
    const byName = new Map<string, MethodDescription>();
    for (const reflected of service.methodsArray) {
      const where = `${name}.${reflected.name}`;
      if (reflected.requestStream === true || reflected.responseStream === true) {
        throw new SchemaError(`${where}: streaming methods are not supported yet`);
      }
      const access = accessOf(reflected, where);
      const request = messageSchema(root.lookupType(reflected.requestType));
      requireScopeFields(access, request, where);
      byName.set(reflected.name, {
        service: name,
        name: reflected.name,
        path: `/${name}/${reflected.name}`,
        access,
        request,
        response: messageSchema(root.lookupType(reflected.responseType)),
        comment: reflected.comment ?? '',
      });
    }
    services.set(name, byName);
  }
  const description = { services, root };
  described.set(key, description);
  return description;
}

/**
 * The API as the gateway serves it: {@link describeApi} with each method's gRPC definition from
 * @grpc/proto-loader (loaded here, on first use, so that describeApi() alone never loads it).
 * @param protos - the API's files, from the modules (`apiProtosOf(modules)`)
 * @throws SchemaError as describeApi() does, or when a method lacks its gRPC definition
 */
export function loadApiSchema(protos: ApiProtos): ApiSchema {
  const key = cacheKey(protos);
  const known = cached.get(key);
  if (known !== undefined) return known;
  const description = describeApi(protos);
  const protoLoader = createRequire(import.meta.url)('@grpc/proto-loader') as typeof ProtoLoader;
  const packageDefinition = protoLoader.loadSync([...protos.files], {
    ...LOADER_OPTIONS,
    includeDirs: [...protos.includeDirs],
  });
  const methods = new Map<string, ApiMethod>();
  const services = new Map<string, Map<string, ApiMethod>>();
  for (const [name, declared] of description.services) {
    const entry = packageDefinition[name] as Record<string, MethodDefinition<object, object>> | undefined;
    const byName = new Map<string, ApiMethod>();
    for (const [methodName, method] of declared) {
      const definition = entry?.[methodName];
      if (definition === undefined)
        throw new SchemaError(`${name}.${methodName} is missing from the package definition`);
      const served: ApiMethod = { ...method, path: definition.path, definition };
      methods.set(served.path, served);
      byName.set(methodName, served);
    }
    services.set(name, byName);
  }
  const schema = { packageDefinition, methods, services, root: description.root };
  cached.set(key, schema);
  return schema;
}

/** The first of `dirs` that holds `file`; the first dir when none does (protobufjs then says which file is missing). */
function resolveIn(dirs: readonly string[], file: string): string {
  const found = dirs.find((dir) => existsSync(join(dir, file)));
  return join(found ?? dirs[0] ?? '.', file);
}

/** Every service under `namespace`, in the order the .proto files declare them. */
function servicesOf(namespace: protobuf.NamespaceBase): protobuf.Service[] {
  return namespace.nestedArray.flatMap((nested) =>
    nested instanceof protobuf.Service
      ? [nested]
      : nested instanceof protobuf.Namespace && !(nested instanceof protobuf.Type)
        ? servicesOf(nested)
        : [],
  );
}

/**
 * A custom option of package redoubt.v1, as written inside that package (`(access)`) or in a
 * module's own package (`(redoubt.v1.access)`).
 */
function optionOf(
  parsed: readonly Record<string, unknown>[] | undefined,
  name: string,
): Record<string, unknown> | undefined {
  const names = [`(${name})`, `(redoubt.v1.${name})`, `(.redoubt.v1.${name})`];
  for (const option of parsed ?? []) {
    const found = names.find((n) => n in option);
    if (found !== undefined) return option[found] as Record<string, unknown>;
  }
  return undefined;
}

function accessOf(method: protobuf.Method, where: string): MethodAccess {
  const option = optionOf(method.parsedOptions as Record<string, unknown>[] | undefined, 'access');
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
  return { permission, scope: scope as Scope, role: role as ProtoRole, assurance: assuranceOf(option, where) };
}

function assuranceOf(access: Record<string, unknown>, where: string): AssuranceNeed {
  const need = (access['assurance'] ?? {}) as Record<string, unknown>;
  const level = Number(need['level'] ?? 0);
  const maxAgeS = Number(need['max_age_s'] ?? need['maxAgeS'] ?? 0);
  const phishingResistant = need['phishing_resistant'] === true || need['phishingResistant'] === true;
  if (![0, 1, 2].includes(level)) throw new SchemaError(`${where}: (access).assurance.level must be 0, 1 or 2`);
  if (!Number.isSafeInteger(maxAgeS) || maxAgeS < 0) {
    throw new SchemaError(`${where}: (access).assurance.max_age_s must be a whole number of seconds`);
  }
  if (level === 0 && (phishingResistant || maxAgeS > 0)) {
    throw new SchemaError(`${where}: (access).assurance asks for a factor, so it needs a level`);
  }
  if (level > 0 && access['scope'] === Scope.public) {
    throw new SchemaError(`${where}: a public method has no caller whose assurance could be checked`);
  }
  return { level, phishingResistant, maxAgeS };
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
  const option = optionOf(field.parsedOptions as Record<string, unknown>[] | undefined, 'rules');
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
