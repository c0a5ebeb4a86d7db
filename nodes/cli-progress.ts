/**
 * Progress of long operator commands on stderr: one line redrawn in place on a terminal, a line
 * every few seconds otherwise (logs, CI), so neither floods nor stays silent.
 */
export interface ProgressLine {
  update(text: string): void;
  /** Ends the line (keeps the last text on a terminal). */
  done(): void;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr, everyMs = 2000): ProgressLine {
  let last = '';
  let shownAt = 0;
  return {
    update(text) {
      last = text;
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${text}`);
      } else if (Date.now() - shownAt >= everyMs) {
        shownAt = Date.now();
        stream.write(`${text}\n`);
      }
    },
    done() {
      if (stream.isTTY && last !== '') stream.write('\n');
      else if (last !== '' && shownAt === 0) stream.write(`${last}\n`);
    },
  };
}
