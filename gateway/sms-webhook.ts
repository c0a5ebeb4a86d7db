/**
 * SMS through an HTTP webhook provider: `POST <url>` with `{"to": "+E.164", "text": "…"}` as JSON,
 * signed so the provider can tell the gateway from anyone else: `x-redoubt-timestamp` (ms since the
 * epoch) and `x-redoubt-signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the
 * shared secret>`; a receiver should refuse timestamps more than a few minutes off. Any 2xx is
 * taken as sent. The URL must be https, or http on loopback (a relay on the same host).
 */
import { createHmac } from 'node:crypto';
import { UnavailableError } from '../actors/index.js';

export interface SmsSender {
  /** @throws UnavailableError when the provider did not take it (neither number nor text in it) */
  send(to: string, text: string): Promise<void>;
}

const TIMEOUT_MS = 5000;

/** What is wrong with a webhook URL: not a URL, or neither https nor http on loopback; undefined when fine. */
export function webhookUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a URL`;
  }
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopback)
    ? undefined
    : `${url.origin} must be https (http only on loopback)`;
}

export class SmsWebhook implements SmsSender {
  readonly #url: URL;
  readonly #secret: string;

  /** @throws Error when the URL is neither https nor http on loopback */
  constructor(url: string, secret: string) {
    const problem = webhookUrlProblem(url);
    if (problem !== undefined) throw new Error(`the SMS webhook: ${problem}`);
    this.#url = new URL(url);
    this.#secret = secret;
  }

  async send(to: string, text: string): Promise<void> {
    const body = JSON.stringify({ to, text });
    const timestamp = String(Date.now());
    const signature = createHmac('sha256', this.#secret).update(`${timestamp}.${body}`).digest('hex');
    let status: number;
    try {
      const response = await fetch(this.#url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-redoubt-timestamp': timestamp,
          'x-redoubt-signature': `sha256=${signature}`,
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (error) {
      // Neither the number nor the text goes into the error: both are personal or secret.
      throw new UnavailableError(`the SMS provider at ${this.#url.origin} did not answer`, { cause: error });
    }
    if (status < 200 || status > 299) {
      throw new UnavailableError(`the SMS provider at ${this.#url.origin} refused the message (HTTP ${status})`);
    }
  }
}
