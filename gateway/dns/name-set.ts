/**
 * A set of DNS names packed for memory: the names' bytes one after another in one buffer (each
 * after a length byte), found through an open-addressing hash index of offsets. A million names
 * take about 40 MB instead of the ~200 MB a Set of strings holds, and a lookup is one hash and,
 * mostly, one comparison. Names are lower-case ASCII of at most 253 characters (the blocklist
 * checks them before they come here).
 */

const EMPTY = 0;

export class NameSet {
  #bytes: Buffer = Buffer.allocUnsafe(1 << 12);
  #used = 0;
  /** Offset + 1 of each name's length byte, by hash slot; 0 is empty. */
  #slots = new Uint32Array(1 << 8);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  has(name: string): boolean {
    if (this.#size === 0) return false;
    const mask = this.#slots.length - 1;
    for (let slot = hashOf(name) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot]!;
      if (entry === EMPTY) return false;
      if (this.#equals(entry - 1, name)) return true;
    }
  }

  /** @returns whether the name was new */
  add(name: string): boolean {
    if (name.length === 0 || name.length > 255) throw new RangeError('a name is 1 to 255 characters');
    if ((this.#size + 1) * 2 > this.#slots.length) this.#grow();
    const mask = this.#slots.length - 1;
    let slot = hashOf(name) & mask;
    for (; this.#slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (this.#equals(this.#slots[slot]! - 1, name)) return false;
    }
    if (this.#used + 1 + name.length > this.#bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.#bytes.length * 2, this.#used + 1 + name.length));
      this.#bytes.copy(bigger, 0, 0, this.#used);
      this.#bytes = bigger;
    }
    this.#bytes[this.#used] = name.length;
    this.#bytes.write(name, this.#used + 1, 'latin1');
    this.#slots[slot] = this.#used + 1;
    this.#used += 1 + name.length;
    this.#size++;
    return true;
  }

  /** Gives back the room the buffer grew into beyond what the names use (after a load). */
  trim(): void {
    if (this.#bytes.length === this.#used) return;
    const exact = Buffer.allocUnsafe(this.#used);
    this.#bytes.copy(exact, 0, 0, this.#used);
    this.#bytes = exact;
  }

  #equals(offset: number, name: string): boolean {
    const bytes = this.#bytes;
    if (bytes[offset] !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (bytes[offset + 1 + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  #grow(): void {
    const slots = new Uint32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (const entry of this.#slots) {
      if (entry === EMPTY) continue;
      let slot = hashOfBytes(this.#bytes, entry) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.#slots = slots;
  }
}

/** FNV-1a of the name's characters. */
function hashOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The same hash of a stored name (its length byte at `entry - 1`). */
function hashOfBytes(bytes: Buffer, entry: number): number {
  const length = bytes[entry - 1]!;
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ bytes[entry + i]!, 0x01000193);
  return hash >>> 0;
}
