/**
 * "Are you secure?": a client starts a check and gets a probe name of its own
 * (`<id>.check.<resolver name>`), resolves it the way it resolves everything, and asks for the
 * verdict. The resolver records how the name reached it: over DoH or DoT from one of the org's
 * devices (secure), over plain DNS (readable on the network), through someone else's recursive
 * resolver (it sees every name), or not at all (another resolver answered). The TLS path is
 * checked by the certificate the client saw: another one than the gateway's means something in
 * between decrypts the traffic. Each verdict says exactly what to do about it.
 */
import { randomBytes, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import type { DecodedPacket, Packet } from 'dns-packet';
import { dnsProbe, dnsSettings } from '../../../domain/dns/index.js';
import type { DnsSettingsState, ProbeSeen } from '../../../domain/dns/index.js';
import type { Asker } from '../../dns/asker.js';
import { answer, comparableName } from '../../dns/dns-message.js';
import type { TlsMaterial } from '../../module.js';
import type { ServiceParts } from '../../services/service-parts.js';
import type { DnsConfig } from './dns-config.js';
import type { Who } from './who-asks.js';

const PROBE_TTL_MS = 5 * 60_000;
const ASK_TIMEOUT_MS = 3_000;

export type DnsPath = 'org-encrypted' | 'org-plain' | 'other-resolver' | 'unseen';
export type TlsPath = 'org' | 'intercepted' | 'unchecked';

export interface SecurityStatus {
  readonly secure: boolean;
  readonly dns: DnsPath;
  readonly transport: string;
  readonly orgId: string;
  readonly deviceName: string;
  readonly tls: TlsPath;
  /** What to do, one step per line; empty when all is well. */
  readonly advice: readonly string[];
  /** Where devices point their encrypted DNS (a device token goes in place of <token>). */
  readonly dohUrlTemplate: string;
  readonly dotHostnameTemplate: string;
}

export class SecurityCheck {
  readonly #suffix: string;

  constructor(
    private readonly parts: ServiceParts,
    private readonly config: DnsConfig,
    private readonly certificate: () => TlsMaterial,
  ) {
    this.#suffix = `.check.${config.name}`;
  }

  async start(): Promise<{ probeId: string; probeName: string; expiresAt: number }> {
    const probeId = randomBytes(10).toString('hex');
    const expiresAt = Date.now() + PROBE_TTL_MS;
    await this.parts.client.ask(dnsProbe, probeId, { type: 'issue', expiresAt }, { timeoutMs: ASK_TIMEOUT_MS });
    return { probeId, probeName: `${probeId}${this.#suffix}`, expiresAt };
  }

  /** Whether the query asks for a probe's name (one under `check.<resolver name>`). */
  isProbe(query: DecodedPacket): boolean {
    return comparableName(query.questions![0]!.name).endsWith(this.#suffix);
  }

  /** The answer to a probe's name, recording how it came. */
  async answer(query: DecodedPacket, who: Who | undefined, asker: Asker): Promise<Packet> {
    const question = query.questions![0]!;
    const name = comparableName(question.name);
    const probeId = name.slice(0, -this.#suffix.length);
    if (/^[0-9a-f]{20}$/.test(probeId)) {
      const seen = {
        type: 'observe',
        transport: asker.transport,
        viaResolver: query.flag_rd !== true,
        orgId: who === undefined || who.kind === 'public' ? '' : who.orgId,
        deviceId: who?.kind === 'member' ? who.deviceId : '',
      } as const;
      // Recorded before the answer goes out, so a status asked after it sees it (a probe that was
      // never issued is refused there, and answered all the same).
      await this.parts.client.ask(dnsProbe, probeId, seen, { timeoutMs: ASK_TIMEOUT_MS }).catch(() => undefined);
    }
    // The probe's name leads to this resolver's own address, when it listens on one.
    const family = isIP(this.config.host);
    const type = family === 4 ? 'A' : family === 6 ? 'AAAA' : undefined;
    const records =
      type !== undefined && type === question.type && this.config.host !== '0.0.0.0' && this.config.host !== '::'
        ? [{ name: question.name, type, ttl: 0, data: this.config.host } as const]
        : [];
    return answer(query, 'NOERROR', records);
  }

  async status(probeId: string, tlsFingerprint: string): Promise<SecurityStatus> {
    // A probe never issued, or long expired, is NOT_FOUND.
    const { seen } = (await this.parts.client.ask(
      dnsProbe,
      probeId,
      { type: 'get' },
      { timeoutMs: ASK_TIMEOUT_MS },
    )) as {
      seen?: ProbeSeen;
    };
    const dns: DnsPath =
      seen === undefined
        ? 'unseen'
        : seen.viaResolver
          ? 'other-resolver'
          : seen.transport === 'dot' || seen.transport === 'doh'
            ? 'org-encrypted'
            : 'org-plain';
    const tls: TlsPath =
      tlsFingerprint === '' ? 'unchecked' : normalise(tlsFingerprint) === this.#fingerprint() ? 'org' : 'intercepted';
    const deviceName = seen?.deviceId ? await this.#deviceName(seen.orgId, seen.deviceId) : '';
    const advice: string[] = [];
    const setup = `Add a device (DnsService.AddDnsDevice; the console's add-dns-device) and use its DoH URL (${this.config.dohUrl}/<token>) in your browser or an Apple profile, or its host name <token>.${this.config.name} as Android's Private DNS.`;
    if (dns === 'unseen')
      advice.push(
        `Your device did not ask this resolver: another one (your network's, a public one, or your browser's own) sees every name you visit. ${setup}`,
      );
    if (dns === 'other-resolver')
      advice.push(
        `Your names reach this resolver through another recursive resolver, which sees every name you visit. ${setup}`,
      );
    if (dns === 'org-plain')
      advice.push(
        `You use this resolver over plain DNS: anyone on your network can read and change the names you ask. ${setup}`,
      );
    if (dns === 'org-encrypted' && seen?.deviceId === '')
      advice.push(
        `Your DNS is encrypted but not tied to a device of yours: your filtering and report are your network's. ${setup}`,
      );
    if (tls === 'intercepted')
      advice.push(
        'Something between you and Redoubt presented another certificate: a TLS-inspecting proxy or an attacker reads your traffic. Use another network, or remove the proxy and its CA from this device.',
      );
    return {
      secure: dns === 'org-encrypted' && tls !== 'intercepted',
      dns,
      transport: seen?.transport ?? '',
      orgId: seen?.orgId ?? '',
      deviceName,
      tls,
      advice,
      dohUrlTemplate: `${this.config.dohUrl}/<token>`,
      dotHostnameTemplate: `<token>.${this.config.name}`,
    };
  }

  /** SHA-256 of the gateway's leaf certificate, lower-case hex. */
  #fingerprint(): string {
    return normalise(new X509Certificate(this.certificate().cert).fingerprint256);
  }

  async #deviceName(orgId: string, deviceId: string): Promise<string> {
    const state = (await this.parts.client.ask(
      dnsSettings,
      orgId,
      { type: 'get' },
      { timeoutMs: ASK_TIMEOUT_MS },
    )) as DnsSettingsState;
    return state.devices[deviceId]?.name ?? '';
  }
}

function normalise(fingerprint: string): string {
  return fingerprint.replaceAll(':', '').toLowerCase();
}
