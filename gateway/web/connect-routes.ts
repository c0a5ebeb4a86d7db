/**
 * The API for browsers: every method of the modules' .proto files as gRPC-Web and Connect
 * (connect-node), run through the same pipeline as native gRPC, so that a call from a page is
 * rate-limited, authenticated, authorised and validated exactly like one from the console.
 * connect-node decodes into protobuf-es messages; the bridge re-encodes them and decodes with the
 * method's own @grpc/proto-loader codec, so handlers see the very shapes they see from grpc-js.
 */
import { Metadata } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { create, createFileRegistry, fromBinary, toBinary } from '@bufbuild/protobuf';
import type { DescMethod, FileRegistry } from '@bufbuild/protobuf';
import type { DescriptorProto, FieldDescriptorProto, FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import {
  file_google_protobuf_descriptor,
  FileDescriptorProtoSchema,
  FileDescriptorSetSchema,
} from '@bufbuild/protobuf/wkt';
import { Code, ConnectError, createContextKey } from '@connectrpc/connect';
import type { ConnectRouter, HandlerContext } from '@connectrpc/connect';
import type { ApiSchema } from '../api-schema.js';
import { SchemaError } from '../errors.js';
import { serveCall } from '../pipeline.js';
import type { PipelineParts, UnaryHandler } from '../pipeline.js';

/** The client's address (without port), set by the web server for each request. */
export const PEER = createContextKey('');

/** Headers that are HTTP's own, not call metadata. */
const NOT_METADATA =
  /^(?::|connection$|content-|accept|user-agent$|te$|host$|origin$|referer$|sec-|connect-|grpc-|x-grpc-web$|x-user-agent$|cookie$)/;

/**
 * Routes every method of `schema` that has a handler in `implementations`.
 * @throws SchemaError when a method of the schema is missing from the descriptors
 */
export function connectRoutes(
  schema: ApiSchema,
  implementations: ReadonlyMap<string, Record<string, UnaryHandler>>,
  pipeline: PipelineParts,
): (router: ConnectRouter) => void {
  const registry = webDescriptors(schema);
  return (router) => {
    for (const [serviceName, methods] of schema.services) {
      const service = registry.getService(serviceName);
      const handlers = implementations.get(serviceName);
      if (service === undefined || handlers === undefined) {
        throw new SchemaError(`${serviceName} is missing from the descriptors of the web API`);
      }
      for (const [name, method] of methods) {
        const described = service.methods.find((candidate) => candidate.name === name);
        const handler = handlers[name];
        if (described === undefined || handler === undefined) {
          throw new SchemaError(`${serviceName}.${name} is missing from the web API`);
        }
        router.rpc(
          described as DescMethod & { methodKind: 'unary' },
          async (request: unknown, context: HandlerContext) => {
            const decoded = method.definition.requestDeserialize(
              Buffer.from(toBinary(described.input, request as never)),
            ) as Record<string, unknown>;
            const timeoutMs = context.timeoutMs();
            try {
              const response = await serveCall(method, handler, pipeline, {
                peer: context.values.get(PEER),
                metadata: metadataOf(context.requestHeader),
                request: decoded,
                deadline: timeoutMs === undefined ? undefined : Date.now() + timeoutMs,
              });
              return fromBinary(described.output, method.definition.responseSerialize(response));
            } catch (failure) {
              throw connectErrorOf(failure as ServiceError);
            }
          },
        );
      }
    }
  };
}

/**
 * The descriptors of every file of the schema (as @grpc/proto-loader carries them), as a
 * protobuf-es registry: what connect-node serves, and what its clients need (`getService`).
 */
export function webDescriptors(schema: ApiSchema): FileRegistry {
  // The options' extensions need descriptor.proto, which proto-loader leaves out.
  const descriptor = file_google_protobuf_descriptor.proto;
  const files = new Map([[descriptor.name, descriptor]]);
  for (const entry of Object.values(schema.packageDefinition)) {
    // Every message and service of proto-loader's definition carries the descriptors of all files.
    for (const bytes of (entry as { fileDescriptorProtos?: Buffer[] }).fileDescriptorProtos ?? []) {
      const file = fromBinary(FileDescriptorProtoSchema, bytes);
      // The codecs need no options: the extensions that declare them (and protobufjs's file of
      // the fields it adds to the options' messages) stay out.
      if (file.package === 'google.protobuf') continue;
      file.extension = [];
      files.set(file.name, file);
    }
    if (files.size > 1) break;
  }
  completeDescriptors([...files.values()]);
  return createFileRegistry(create(FileDescriptorSetSchema, { file: [...files.values()] }));
}

/**
 * protobufjs writes a field's type as written in the .proto ("Access", "redoubt.v1.Tokens");
 * descriptors name it fully (".redoubt.v1.Access"). Resolved as protoc does: from the innermost
 * scope outwards. JSON names are filled in on the way.
 */
function completeDescriptors(files: readonly FileDescriptorProto[]): void {
  const known = new Set<string>();
  const collect = (scope: string, messages: readonly DescriptorProto[], enums: readonly { name: string }[]) => {
    for (const item of enums) known.add(`${scope}.${item.name}`);
    for (const message of messages) {
      known.add(`${scope}.${message.name}`);
      collect(`${scope}.${message.name}`, message.nestedType, message.enumType);
    }
  };
  for (const file of files) collect(file.package === '' ? '' : `.${file.package}`, file.messageType, file.enumType);
  const resolve = (scope: string, name: string): string => {
    if (name === '' || name.startsWith('.')) return name;
    for (let at = scope; ; at = at.slice(0, Math.max(0, at.lastIndexOf('.')))) {
      if (known.has(`${at}.${name}`)) return `${at}.${name}`;
      if (at === '') return name;
    }
  };
  const fix = (scope: string, fields: readonly FieldDescriptorProto[]) => {
    for (const field of fields) {
      // protobufjs leaves json_name empty, which would name every field "" in JSON.
      field.jsonName = field.name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
      field.typeName = resolve(scope, field.typeName);
      field.extendee = resolve(scope, field.extendee);
    }
  };
  const walk = (scope: string, messages: readonly DescriptorProto[]) => {
    for (const message of messages) {
      const inner = `${scope}.${message.name}`;
      fix(inner, message.field);
      fix(inner, message.extension);
      walk(inner, message.nestedType);
    }
  };
  for (const file of files) {
    const scope = file.package === '' ? '' : `.${file.package}`;
    walk(scope, file.messageType);
    fix(scope, file.extension);
    for (const service of file.service) {
      for (const method of service.method) {
        method.inputType = resolve(scope, method.inputType);
        method.outputType = resolve(scope, method.outputType);
      }
    }
  }
}

/** The request headers a gRPC client would have sent as metadata. */
function metadataOf(headers: Headers): Metadata {
  const metadata = new Metadata();
  headers.forEach((value, key) => {
    if (NOT_METADATA.test(key) || key.endsWith('-bin')) return;
    try {
      metadata.add(key, value);
    } catch {
      // A header gRPC would not carry (bad characters): the pipeline never reads it.
    }
  });
  return metadata;
}

/** A pipeline failure (status, message, `redoubt-*` trailers) as connect sends it. */
function connectErrorOf(failure: ServiceError): ConnectError {
  const trailers = new Headers();
  for (const [key, value] of Object.entries(failure.metadata?.getMap() ?? {})) {
    if (typeof value === 'string') trailers.set(key, value);
  }
  return new ConnectError(failure.details, (failure.code as number as Code) ?? Code.Internal, trailers);
}
