/**
 * The live progress line of a run, on stderr: rewritten in place on a terminal, one line every
 * few seconds otherwise (CI logs). Events (faults, phase changes) are printed as their own lines
 * so they stay in the scrollback.
 */
export interface ProgressFigures {
  readonly elapsedS: number;
  readonly durationS: number;
  readonly ok: number;
  readonly errors: number;
  readonly p99Ms: number;
  readonly inFlight: number;
}

export class ProgressLine {
  readonly #stream: NodeJS.WriteStream;
  readonly #tty: boolean;
  readonly #everyMs: number;
  #lastWrite = 0;
  #open = false;

  /** @param everyMs - interval between lines when not on a terminal @default 5000 */
  constructor(stream: NodeJS.WriteStream = process.stderr, everyMs = 5_000) {
    this.#stream = stream;
    this.#tty = stream.isTTY === true;
    this.#everyMs = everyMs;
  }

  update(f: ProgressFigures): void {
    const now = performance.now();
    if (!this.#tty && now - this.#lastWrite < this.#everyMs) return;
    this.#lastWrite = now;
    const rate = f.elapsedS > 0 ? f.ok / f.elapsedS : 0;
    const line =
      `[${f.elapsedS.toFixed(1)}s/${f.durationS}s] ${f.ok} ok (${rate.toFixed(1)}/s) · ${f.errors} errors · ` +
      `p99 ${f.p99Ms.toFixed(1)} ms (last 5 s) · ${f.inFlight} in flight`;
    if (this.#tty) {
      this.#stream.write(`\r\x1b[2K${line}`);
      this.#open = true;
    } else this.#stream.write(`${line}\n`);
  }

  /** A line of its own, e.g. "kill sim-n2". */
  event(message: string): void {
    this.#endLine();
    this.#stream.write(`${message}\n`);
  }

  /** Ends the in-place line so that what follows starts on a new one. */
  done(): void {
    this.#endLine();
  }

  #endLine(): void {
    if (this.#open) this.#stream.write('\n');
    this.#open = false;
  }
}
