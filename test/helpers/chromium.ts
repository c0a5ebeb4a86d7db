/**
 * Debian's Chromium, driven by playwright-core (never a downloaded browser), trusting one
 * gateway's certificate by its key (so that the page is a secure context, as WebAuthn needs), with
 * a DevTools virtual authenticator for passkeys.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { connect } from 'node:tls';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserHandle extends AsyncDisposable {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
}

/** The base64 SHA-256 of a certificate's public key, as Chromium's SPKI allow-list names it. */
function spkiHash(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** The certificate a TLS server on loopback presents (PEM), e.g. the gateway's leaf. */
export async function leafCertificate(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, ca, servername: 'localhost', ALPNProtocols: ['h2'] }, () => {
      resolve(socket.getPeerX509Certificate()!.toString());
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

/** A headless Chromium whose pages trust the given leaf certificates (the gateway's, an OpenID provider's). */
export async function openChromium(...certificatePems: readonly string[]): Promise<BrowserHandle> {
  return openChromiumWith([], ...certificatePems);
}

/** The same, with more command-line switches (`--host-resolver-rules=…`). */
export async function openChromiumWith(
  args: readonly string[],
  ...certificatePems: readonly string[]
): Promise<BrowserHandle> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [`--ignore-certificate-errors-spki-list=${certificatePems.map(spkiHash).join(',')}`, '--no-sandbox', ...args],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return {
    browser,
    context,
    page,
    cdp,
    async [Symbol.asyncDispose]() {
      await browser.close();
    },
  };
}

export interface VirtualAuthenticator {
  readonly authenticatorId: string;
}

/** A platform authenticator that holds discoverable credentials and verifies its user. */
export async function addVirtualAuthenticator(cdp: CDPSession, userVerified = true): Promise<VirtualAuthenticator> {
  await cdp.send('WebAuthn.enable', { enableUI: false });
  return cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: userVerified,
      automaticPresenceSimulation: true,
    },
  });
}
