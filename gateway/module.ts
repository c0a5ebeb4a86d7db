/**
 * The module seam: a module (built-in or third party) is one folder whose `module.ts` declares, in
 * one place, its .proto files and where its runtime is; the runtime (`runtime.ts`) names its
 * entity kinds, its gRPC services and sample requests of their methods. The node hosts the kinds,
 * the gateway serves the services, the console makes commands of the protos and the role-matrix
 * test calls the samples, all from one list of modules (`nodes/modules.ts`).
 *
 * The declaration is light: reading it (and the protos it names) loads neither grpc-js, NATS nor
 * the runtime, so that `redoubt --help` and the console's help stay fast. The runtime is
 * imported only by {@link loadModules}, when a process is going to host or serve the module.
 *
 * @example
 * ```ts
 * // my-module/module.ts
 * export const notesModule = defineModule({
 *   name: 'notes',
 *   protoDir: fileURLToPath(new URL('.', import.meta.url)),
 *   protoFiles: ['notes.proto'],
 *   runtime: () => import('./runtime.js'),
 * });
 * ```
 */
import { isAbsolute, normalize } from 'node:path';
// Type-only imports (erased), and the light modules themselves: defining a module loads nothing heavy.
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { AnyEntityKind } from '../actors/index.js';
import { protoIncludeDir } from '../proto/proto-files.js';
import type { ApiProtos } from './api-schema.js';
import { ModuleError } from './errors.js';
import type { UnaryHandler } from './pipeline.js';
import type { ServiceParts } from './services/service-parts.js';

/** The values of a module's own command-line options, by name: a string, `true` for a flag, undefined when not given. */
export type ModuleOptionValues = Readonly<Record<string, string | boolean | undefined>>;

/**
 * Makes the handlers of one gRPC service, by method name, from what every service shares and the
 * module's own options.
 */
export type ServiceFactory = (parts: ServiceParts, options: ModuleOptionValues) => Record<string, UnaryHandler>;

/**
 * What sample requests are made from: an org and a project where the test's callers hold their
 * roles (guest, member, admin), an account outside the org, and a number that is new on each call.
 */
export interface SampleFixture {
  /** An org in which the guest, member and admin callers hold those roles. */
  readonly orgId: string;
  /** A project of that org: the member is a member, the guest an external guest. */
  readonly projectId: string;
  /** A verified account that belongs to no org. */
  readonly accountId: string;
  /** New on every call (for ids and addresses that must not clash). */
  readonly unique: number;
}

/**
 * Well-formed requests of a service's methods, by method name: a request may fail for business
 * reasons (nothing to find), never for its shape, so that the role matrix sees only the refusals
 * of the pipeline.
 */
export type ServiceSamples = (fixture: SampleFixture) => Readonly<Record<string, object>>;

/** A TLS key and certificate chain, PEM. */
export interface TlsMaterial {
  readonly key: string;
  readonly cert: string;
}

/** What a background task is started with. */
export interface BackgroundContext {
  /** What every service shares (entity clients, tokens, audit trail, ...). */
  readonly parts: ServiceParts;
  /** The module's logger (its lines carry `module: <name>`). */
  readonly log: Logger;
  /** The values of the module's own command-line options ({@link ModuleDefinition.options}). */
  readonly options: ModuleOptionValues;
  /** The node's metrics registry (served on its /metrics), for the module's own figures; none in tests without one. */
  readonly metrics: Registry | undefined;
  /** The address the gateway listens on: where the module's own listeners belong by default. */
  readonly host: string;
  /** The gateway's TLS certificate, for the module's own TLS listeners. */
  readonly tls: {
    current(): TlsMaterial;
    /** Calls `listener` with each renewed certificate. */
    onRenewed(listener: (material: TlsMaterial) => void): void;
  };
}

/** A background task once started. */
export interface BackgroundRun {
  /** Stops it; the gateway awaits this when it closes. */
  stop(): Promise<void>;
  /** Ports it listens on, by name (`dns-udp`), shown by the node's status and /healthz. */
  readonly endpoints?: Readonly<Record<string, number>>;
}

/**
 * Work a module does by itself while a gateway runs (e.g. scheduled directory syncs, the DNS
 * listeners), started once the gateway listens and stopped, awaited, when it closes; a task that
 * fails to start stops the gateway's start. Several gateways run it each: work that must happen
 * once must fence itself through its entities (only one gateway claims a given run).
 */
export type BackgroundTask = (context: BackgroundContext) => BackgroundRun | Promise<BackgroundRun>;

/** A command-line option a module adds to the nodes that run a gateway (as node options are declared). */
export interface ModuleOption {
  readonly type: 'string' | 'boolean';
  /** One line for --help. */
  readonly help: string;
  /** The default as --help shows it (the module applies it). */
  readonly default?: string;
}

/** What a module runs: exported by its runtime file, imported only by {@link loadModules}. */
export interface ModuleRuntime {
  /** The entity kinds of the module, hosted by data nodes. */
  readonly kinds: readonly AnyEntityKind[];
  /**
   * The module's gRPC services, by full name (`notes.v1.NoteService`). Each must be declared by
   * the module's protos, and each method of it must have a handler: the gateway refuses to start
   * otherwise.
   */
  readonly services: Readonly<Record<string, ServiceFactory>>;
  /**
   * Sample requests of the services' methods, by full service name, for the role-matrix test.
   * @default none (the matrix test then fails, naming the method without a sample)
   */
  readonly samples?: Readonly<Record<string, ServiceSamples>>;
  /** @default none */
  readonly background?: readonly BackgroundTask[];
}

/** What {@link defineModule} takes. */
export interface ModuleDefinition {
  /** The module's name: lower-case letters, digits and '-', unique among the node's modules. */
  readonly name: string;
  /**
   * The directory the module's .proto files (and their imports) are relative to. The directory of
   * Redoubt's own protos is always searched too, for `import "redoubt/v1/options.proto"`.
   * @default Redoubt's proto directory (`proto/`, holding `redoubt/v1/*.proto`)
   */
  readonly protoDir?: string;
  /**
   * The module's .proto files, relative to {@link protoDir} (e.g. `notes/v1/notes.proto`); a
   * relative name must be unique among the node's modules.
   * @default none (a module of entity kinds only)
   */
  readonly protoFiles?: readonly string[];
  /** Imports the module's runtime, e.g. `() => import('./runtime.js')`. */
  readonly runtime: () => Promise<ModuleRuntime>;
  /**
   * Command-line options of the module, taken by every node that runs a gateway and handed to its
   * background tasks: each name starts with the module's name and a dash (`dns-port`).
   * @default none
   */
  readonly options?: Readonly<Record<string, ModuleOption>>;
}

/** A module as {@link defineModule} checked it. */
export interface RedoubtModule {
  readonly name: string;
  /** Absolute. */
  readonly protoDir: string;
  readonly protoFiles: readonly string[];
  readonly options: Readonly<Record<string, ModuleOption>>;
  /** Imports the runtime once; later calls share the first import. */
  readonly runtime: () => Promise<ModuleRuntime>;
}

/** A module with its runtime imported: what a node hosts and a gateway serves. */
export interface LoadedModule extends RedoubtModule, ModuleRuntime {}

const MODULE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * Checks a module's declaration and returns it, with its runtime imported once at most.
 * @throws ModuleError when the name is malformed, the proto directory not absolute, or a proto
 *   file not a relative `.proto` path inside it
 */
export function defineModule(definition: ModuleDefinition): RedoubtModule {
  const { name } = definition;
  if (!MODULE_NAME.test(name)) {
    throw new ModuleError(`module name "${name}" must be lower-case letters, digits and '-'`);
  }
  const protoDir = definition.protoDir ?? protoIncludeDir();
  if (!isAbsolute(protoDir)) throw new ModuleError(`module ${name}: protoDir must be an absolute path`);
  const protoFiles = [...(definition.protoFiles ?? [])];
  for (const file of protoFiles) {
    const inside = normalize(file);
    if (!file.endsWith('.proto') || isAbsolute(file) || inside !== file || inside.startsWith('..')) {
      throw new ModuleError(`module ${name}: "${file}" must be a .proto file relative to its protoDir`);
    }
  }
  if (typeof definition.runtime !== 'function') throw new ModuleError(`module ${name}: runtime must be a function`);
  const options = { ...(definition.options ?? {}) };
  for (const [option, spec] of Object.entries(options)) {
    if (!option.startsWith(`${name}-`) || !MODULE_NAME.test(option)) {
      throw new ModuleError(`module ${name}: option "${option}" must be named ${name}-<lower-case words>`);
    }
    if ((spec.type !== 'string' && spec.type !== 'boolean') || typeof spec.help !== 'string') {
      throw new ModuleError(`module ${name}: option ${option} needs a type (string or boolean) and help`);
    }
  }
  let imported: Promise<ModuleRuntime> | undefined;
  return Object.freeze({
    name,
    protoDir,
    protoFiles: Object.freeze(protoFiles),
    options: Object.freeze(options),
    runtime: () => (imported ??= definition.runtime()),
  });
}

/**
 * The API that a list of modules declares: every module's proto files, and the directories that
 * resolve them and their imports (Redoubt's own proto directory first).
 * @throws ModuleError when two modules have the same name or a proto file of the same relative name
 */
export function apiProtosOf(modules: readonly RedoubtModule[]): ApiProtos {
  checkNames(modules);
  const owner = new Map<string, string>();
  for (const module of modules) {
    for (const file of module.protoFiles) {
      const other = owner.get(file);
      if (other !== undefined) throw new ModuleError(`modules ${other} and ${module.name} both declare ${file}`);
      owner.set(file, module.name);
    }
  }
  return {
    files: [...owner.keys()],
    includeDirs: [...new Set([protoIncludeDir(), ...modules.map((module) => module.protoDir)])],
  };
}

/**
 * Imports the runtime of every module and checks that no two define the same entity kind or
 * service.
 * @throws ModuleError when two modules clash, or a runtime does not export kinds and services
 */
export async function loadModules(modules: readonly RedoubtModule[]): Promise<readonly LoadedModule[]> {
  checkNames(modules);
  const loaded = await Promise.all(
    modules.map(async (module): Promise<LoadedModule> => {
      const runtime = await module.runtime();
      if (!Array.isArray(runtime.kinds) || typeof runtime.services !== 'object' || runtime.services === null) {
        throw new ModuleError(`module ${module.name}: its runtime must export kinds and services`);
      }
      // Only what the seam names: a runtime's other exports are its own business.
      const { kinds, services, samples, background } = runtime;
      if (
        background !== undefined &&
        (!Array.isArray(background) || !background.every((task) => typeof task === 'function'))
      ) {
        throw new ModuleError(`module ${module.name}: background must be a list of functions`);
      }
      return Object.freeze({
        ...module,
        kinds,
        services,
        ...(samples === undefined ? {} : { samples }),
        ...(background === undefined ? {} : { background }),
      });
    }),
  );
  const kindOwner = new Map<string, string>();
  const serviceOwner = new Map<string, string>();
  for (const module of loaded) {
    for (const kind of module.kinds) claim(kindOwner, `entity kind ${kind.kind}`, kind.kind, module.name);
    for (const [service, factory] of Object.entries(module.services)) {
      if (typeof factory !== 'function') throw new ModuleError(`module ${module.name}: ${service} is not a factory`);
      claim(serviceOwner, `service ${service}`, service, module.name);
    }
    for (const service of Object.keys(module.samples ?? {})) {
      if (!Object.hasOwn(module.services, service)) {
        throw new ModuleError(`module ${module.name} has samples of ${service}, which it does not serve`);
      }
    }
  }
  return loaded;
}

function checkNames(modules: readonly RedoubtModule[]): void {
  const names = new Set<string>();
  for (const { name } of modules) {
    if (names.has(name)) throw new ModuleError(`module ${name} is listed twice`);
    names.add(name);
  }
}

function claim(owners: Map<string, string>, what: string, key: string, module: string): void {
  const other = owners.get(key);
  if (other !== undefined) throw new ModuleError(`modules ${other} and ${module} both define ${what}`);
  owners.set(key, module);
}
