/**
 * Where the gateway's mail goes until the SMTP relay exists: one file per message (mode 0600) in
 * an outbox directory, for an operator or a test to read. The messages carry one-time tokens, so
 * the directory is as sensitive as a mailbox; nothing of them is logged.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface MailSink {
  send(mail: OutgoingMail): Promise<void>;
}

export class OutboxDirectory implements MailSink {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async send(mail: OutgoingMail): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const name = `${Date.now()}-${randomBytes(6).toString('hex')}.eml`;
    const body = `To: ${mail.to}\nSubject: ${mail.subject}\nDate: ${new Date().toUTCString()}\n\n${mail.text}\n`;
    // Written whole, then renamed: a reader never sees half a message.
    await writeFile(join(this.dir, `.${name}.tmp`), body, { mode: 0o600 });
    await rename(join(this.dir, `.${name}.tmp`), join(this.dir, name));
  }

  /** Every message so far, oldest first. */
  async read(): Promise<OutgoingMail[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((name) => name.endsWith('.eml')).sort();
    } catch {
      return [];
    }
    return Promise.all(
      names.map(async (name) => {
        const text = await readFile(join(this.dir, name), 'utf8');
        const [head = '', ...body] = text.split('\n\n');
        const header = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(head)?.[1] ?? '';
        return { to: header('To'), subject: header('Subject'), text: body.join('\n\n').trimEnd() };
      }),
    );
  }
}
