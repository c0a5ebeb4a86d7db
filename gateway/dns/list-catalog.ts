/**
 * The filter lists a resolver offers, by the names the operator gave them: each read from a file or
 * fetched from an https URL, parsed into a Blocklist, and swapped in whole when a refresh reads it
 * again (a query sees the old list or the new one, never half of one). A list that cannot be read
 * at start stops the start, saying which; one that cannot be refreshed keeps its last version and
 * is logged.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { Blocklist } from './blocklist.js';
import type { ListCategory, NamedList } from './resolver.js';

export interface ListSource {
  readonly name: string;
  readonly category: ListCategory;
  /** An absolute file path, or an https:// URL (http:// on loopback only). */
  readonly source: string;
}

/** A list as GetDnsSettings shows it. */
export interface ListSummary {
  readonly name: string;
  readonly category: ListCategory;
  readonly domains: number;
}

/** The most a fetched list may weigh: 256 MiB holds several million domains. */
const MAX_LIST_BYTES = 256 * 1024 * 1024;

export class ListCatalog {
  readonly #lists = new Map<string, NamedList>();
  #all: readonly NamedList[] | undefined;

  private constructor(
    readonly sources: readonly ListSource[],
    private readonly log: Logger,
  ) {}

  /** Reads every list. @throws Error naming the list that could not be read */
  static async load(sources: readonly ListSource[], log: Logger): Promise<ListCatalog> {
    const catalog = new ListCatalog(sources, log);
    for (const source of sources) {
      try {
        catalog.#lists.set(source.name, await read(source));
      } catch (error) {
        throw new Error(`DNS list ${source.name} (${source.source}) could not be read: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    return catalog;
  }

  get(name: string): NamedList | undefined {
    return this.#lists.get(name);
  }

  /** Every list, in the operator's order (the same array until a refresh swaps a list). */
  all(): readonly NamedList[] {
    return (this.#all ??= this.sources.flatMap(({ name }) => this.#lists.get(name) ?? []));
  }

  has(name: string): boolean {
    return this.#lists.has(name);
  }

  summaries(): ListSummary[] {
    return [...this.#lists.values()].map(({ name, category, list }) => ({
      name,
      category,
      domains: list.stats().blocked,
    }));
  }

  /** Reads every list again, one at a time; a list that fails keeps its last version. */
  async refresh(): Promise<void> {
    for (const source of this.sources) {
      try {
        this.#lists.set(source.name, await read(source));
        this.#all = undefined;
      } catch (error) {
        this.log.warn(
          { list: source.name, err: (error as Error).message },
          'DNS list refresh failed; keeping the last version',
        );
      }
    }
  }
}

async function read(source: ListSource): Promise<NamedList> {
  const text = source.source.startsWith('/') ? await readFile(source.source, 'utf8') : await fetchList(source.source);
  return { name: source.name, category: source.category, list: Blocklist.of(text) };
}

async function fetchList(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000), redirect: 'error' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_LIST_BYTES) throw new Error(`${length} bytes is more than a list may weigh`);
  const text = await response.text();
  if (text.length > MAX_LIST_BYTES) throw new Error('more than a list may weigh');
  return text;
}
