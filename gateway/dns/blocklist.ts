/**
 * The DNS firewall's lists: block and allow rules read from the three formats lists come in, and
 * a lookup that answers, for a name, whether a rule blocks it and which.
 *
 * - hosts files: `0.0.0.0 ads.example.com` (or `127.0.0.1`, `::`, …) blocks that name alone;
 * - domain lists: `example.com` blocks the domain and every name under it;
 * - adblock lists: `||example.com^` likewise, `@@||example.com^` allows it. A rule with a path, a
 *   pattern or modifiers other than `$important` / `$all` says nothing about DNS and is skipped
 *   (cosmetic `##` rules are comments here).
 * - `*.example.com`, in any format, blocks the names under the domain but not the domain itself.
 *
 * An allow rule wins over every block rule. Names are matched lower-case, without the root dot;
 * a rule's name must be a valid DNS name (labels of 1–63 letters, digits, '-' or '_').
 */

import { NameSet } from './name-set.js';
import { comparableName } from './dns-message.js';

/** Why a name is blocked: the rule's name and its kind. */
export interface BlockMatch {
  readonly rule: string;
  readonly kind: 'exact' | 'domain' | 'below';
}

/** How many lines of what a load read: rules kept, lines skipped (comments excluded). */
export interface LoadStats {
  readonly blocked: number;
  readonly allowed: number;
  readonly skipped: number;
}

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
const HOSTS_ADDRESSES = new Set(['0.0.0.0', '127.0.0.1', '::', '::1', '0:0:0:0:0:0:0:0', '255.255.255.255']);
const DNS_MODIFIERS = new Set(['important', 'all']);
/** Names hosts files list for the machine itself, never a rule. */
const LOCAL_NAMES = new Set(['localhost', 'localhost.localdomain', 'local', 'broadcasthost', 'ip6-localhost']);

/** A rule's name checked and normalised, or undefined when it is not a DNS name. */
function nameOf(text: string): string | undefined {
  const name = comparableName(text);
  if (name.length === 0 || name.length > 253) return undefined;
  const labels = name.split('.');
  for (const label of labels) if (!LABEL.test(label)) return undefined;
  // No top-level domain is all digits: `0.0.0.0` alone is an address, not a name.
  return /^\d+$/.test(labels.at(-1)!) ? undefined : name;
}

export class Blocklist {
  /** Names blocked alone (hosts). */
  readonly #exact = new NameSet();
  /** Domains blocked with every name under them. */
  readonly #domains = new NameSet();
  /** Domains whose names below are blocked, not the domain itself (`*.`). */
  readonly #below = new NameSet();
  readonly #allowExact = new NameSet();
  readonly #allowDomains = new NameSet();
  readonly #allowBelow = new NameSet();
  #blocked = 0;
  #allowed = 0;
  #skipped = 0;

  /** Lists in any of the three formats, line by line (a format is recognised per line). */
  static of(...lists: readonly string[]): Blocklist {
    const blocklist = new Blocklist();
    for (const list of lists) blocklist.add(list);
    return blocklist;
  }

  /** Adds the rules of one list. @returns what it read */
  add(list: string): LoadStats {
    const before = this.stats();
    let start = 0;
    while (start < list.length) {
      let end = list.indexOf('\n', start);
      if (end < 0) end = list.length;
      this.#line(list.slice(start, end));
      start = end + 1;
    }
    for (const set of [
      this.#exact,
      this.#domains,
      this.#below,
      this.#allowExact,
      this.#allowDomains,
      this.#allowBelow,
    ]) {
      set.trim();
    }
    const after = this.stats();
    return {
      blocked: after.blocked - before.blocked,
      allowed: after.allowed - before.allowed,
      skipped: after.skipped - before.skipped,
    };
  }

  stats(): LoadStats {
    return { blocked: this.#blocked, allowed: this.#allowed, skipped: this.#skipped };
  }

  /** The rule that blocks `name`, or undefined when none does or an allow rule lets it through. */
  match(name: string): BlockMatch | undefined {
    const query = comparableName(name);
    if (this.allows(query)) return undefined;
    if (this.#exact.has(query)) return { rule: query, kind: 'exact' };
    if (this.#domains.has(query)) return { rule: query, kind: 'domain' };
    if (this.#domains.size === 0 && this.#below.size === 0) return undefined;
    // The parents of the name, nearest first: a rule on any of them covers it.
    for (let dot = query.indexOf('.'); dot >= 0; dot = query.indexOf('.', dot + 1)) {
      const parent = query.slice(dot + 1);
      if (this.#domains.has(parent)) return { rule: parent, kind: 'domain' };
      if (this.#below.has(parent)) return { rule: `*.${parent}`, kind: 'below' };
    }
    return undefined;
  }

  /** Whether an allow rule covers `name` (lower-case, no root dot). */
  allows(query: string): boolean {
    if (this.#allowExact.has(query) || this.#allowDomains.has(query)) return true;
    if (this.#allowDomains.size === 0 && this.#allowBelow.size === 0) return false;
    for (let dot = query.indexOf('.'); dot >= 0; dot = query.indexOf('.', dot + 1)) {
      const parent = query.slice(dot + 1);
      if (this.#allowDomains.has(parent) || this.#allowBelow.has(parent)) return true;
    }
    return false;
  }

  #line(raw: string): void {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#') || line.startsWith('!') || line.startsWith('[')) return;
    if (line.startsWith('@@')) {
      this.#rule(line.slice(2), true);
      return;
    }
    this.#rule(line, false);
  }

  #rule(text: string, allow: boolean): void {
    if (text.startsWith('||')) {
      const caret = text.indexOf('^');
      if (caret < 0) return this.#skip();
      const rest = text.slice(caret + 1);
      if (
        rest !== '' &&
        !(
          rest.startsWith('$') &&
          rest
            .slice(1)
            .split(',')
            .every((m) => DNS_MODIFIERS.has(m))
        )
      ) {
        return this.#skip();
      }
      return this.#name(text.slice(2, caret), allow, 'domain');
    }
    const fields = text.split(/\s+/);
    if (fields.length >= 2 && HOSTS_ADDRESSES.has(fields[0]!)) {
      // A hosts line may list several names after the address; a trailing comment ends it.
      for (const field of fields.slice(1)) {
        if (field.startsWith('#')) break;
        if (!LOCAL_NAMES.has(field)) this.#name(field, allow, 'exact');
      }
      return;
    }
    if (fields.length === 1) return this.#name(text, allow, 'domain');
    this.#skip();
  }

  #name(text: string, allow: boolean, kind: 'exact' | 'domain'): void {
    const below = text.startsWith('*.');
    const name = nameOf(below ? text.slice(2) : text);
    if (name === undefined) return this.#skip();
    const set = allow
      ? below
        ? this.#allowBelow
        : kind === 'exact'
          ? this.#allowExact
          : this.#allowDomains
      : below
        ? this.#below
        : kind === 'exact'
          ? this.#exact
          : this.#domains;
    if (!set.add(name)) return;
    if (allow) this.#allowed++;
    else this.#blocked++;
  }

  #skip(): void {
    this.#skipped++;
  }
}
