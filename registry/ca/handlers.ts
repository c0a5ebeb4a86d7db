/** Validation and decisions of the internal CA. */
import { CommandRejectedError, InvalidCommandError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import {
  CA_LIFETIME_MS,
  CLOCK_SKEW_MS,
  DEFAULT_CERT_LIFETIME_MS,
  MAX_CERT_LIFETIME_MS,
  MIN_CERT_LIFETIME_MS,
} from './protocol.js';
import type { CaCertificateReply, CaCommand, CaEvent, CaReply, IssueReply } from './protocol.js';
import { evolveCa } from './state.js';
import type { CaKey, CaState } from './state.js';
import {
  CertificateRole,
  fromPem,
  p256SecretKey,
  p256Signer,
  p256Spki,
  signCertificate,
  toPem,
  verifyCsr,
  certificateSerial,
  SERIAL_LENGTH,
} from './x509.js';

/** Bytes of randomness a P-256 secret key is reduced from (FIPS 186-5 A.2.1: 64 bits extra). */
const KEY_SEED_LENGTH = 48;
const MAX_CSR_LENGTH = 8_192;

/**
 * @throws InvalidCommandError (`INVALID_COMMAND`) naming the field at fault
 * @throws CsrRejectedError (`CSR_REJECTED`) when the request is not a valid P-256 PKCS#10 request
 */
export function parseCaCommand(payload: unknown): CaCommand {
  const value = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  switch (value['type']) {
    case 'issue': {
      const { csr, role, lifetimeMs } = value;
      if (typeof csr !== 'string' || csr.length > MAX_CSR_LENGTH) {
        throw new InvalidCommandError(`csr must be a PEM string of at most ${MAX_CSR_LENGTH} characters`, {
          field: 'csr',
        });
      }
      if (typeof role !== 'string' || !Object.hasOwn(CertificateRole, role)) {
        throw new InvalidCommandError(`role must be one of ${Object.keys(CertificateRole).join(', ')}`, {
          field: 'role',
        });
      }
      if (
        lifetimeMs !== undefined &&
        (typeof lifetimeMs !== 'number' ||
          !Number.isSafeInteger(lifetimeMs) ||
          lifetimeMs < MIN_CERT_LIFETIME_MS ||
          lifetimeMs > MAX_CERT_LIFETIME_MS)
      ) {
        throw new InvalidCommandError(
          `lifetimeMs must be a whole number of milliseconds from ${MIN_CERT_LIFETIME_MS} to ${MAX_CERT_LIFETIME_MS}`,
          { field: 'lifetimeMs' },
        );
      }
      // Refuse a bad request here, before it reaches the CA's owner.
      verifyCsr(csr);
      const command = { type: 'issue', csr, role: role as CertificateRole } as const;
      return lifetimeMs === undefined ? command : { ...command, lifetimeMs };
    }
    case 'init':
    case 'certificate':
    case 'rotate':
      return { type: value['type'] };
    default:
      throw new InvalidCommandError(`unknown ca command "${String(value['type']).slice(0, 64)}"`, { field: 'type' });
  }
}

export function decideCa(state: CaState, command: CaCommand, context: EntityContext): Decision<CaEvent, CaReply> {
  switch (command.type) {
    case 'init': {
      if (state.current !== undefined) return { events: [], reply: { ...caReply(state, context.now), created: false } };
      const event = newCa('caCreated', 1, context);
      return { events: [event], reply: { ...caReply(evolveCa(state, event), context.now), created: true } };
    }
    case 'rotate': {
      const event = newCa('caRotated', (state.current?.generation ?? 0) + 1, context);
      return { events: [event], reply: caReply(evolveCa(state, event), context.now) };
    }
    case 'certificate':
      return { events: [], reply: caReply(state, context.now) };
    case 'issue': {
      const ca = currentCa(state, context);
      const csr = verifyCsr(command.csr);
      const serial = certificateSerial(context.random(SERIAL_LENGTH));
      const notBefore = seconds(context.now - CLOCK_SKEW_MS);
      const notAfter = Math.min(seconds(context.now + (command.lifetimeMs ?? DEFAULT_CERT_LIFETIME_MS)), ca.notAfter);
      if (notAfter <= context.now) {
        throw new CommandRejectedError('CA_EXPIRING', `the CA of ${context.entity} expires now: rotate it`);
      }
      const secretKey = Buffer.from(ca.key, 'base64');
      let der: Uint8Array;
      try {
        der = signCertificate(
          {
            serial,
            subject: csr,
            spki: csr.spki,
            notBefore,
            notAfter,
            profile: command.role,
            issuer: fromPem('CERTIFICATE', ca.certificate),
          },
          p256Signer(secretKey),
        );
      } finally {
        secretKey.fill(0);
      }
      const certificate = toPem('CERTIFICATE', der);
      const event: CaEvent = {
        type: 'certificateIssued',
        serial: Buffer.from(serial).toString('hex'),
        generation: ca.generation,
        role: command.role,
        commonName: csr.commonName,
        dnsNames: csr.dnsNames,
        ipAddresses: csr.ipAddresses,
        notBefore,
        notAfter,
        at: context.now,
      };
      const reply: IssueReply = {
        certificate,
        chain: certificate + ca.certificate,
        ca: caReply(state, context.now).bundle,
        serial: event.serial,
        notBefore,
        notAfter,
      };
      return { events: [event], reply };
    }
  }
}

/** Draws a CA key from the entity's randomness and self-signs its certificate. */
function newCa(type: 'caCreated' | 'caRotated', generation: number, context: EntityContext): CaEvent {
  const seed = context.random(KEY_SEED_LENGTH);
  const secretKey = p256SecretKey(seed);
  seed.fill(0);
  const serial = certificateSerial(context.random(SERIAL_LENGTH));
  const notBefore = seconds(context.now - CLOCK_SKEW_MS);
  const notAfter = seconds(context.now + CA_LIFETIME_MS);
  const der = signCertificate(
    {
      serial,
      subject: { commonName: `Redoubt CA ${context.id} g${generation}`, dnsNames: [], ipAddresses: [] },
      spki: p256Spki(secretKey),
      notBefore,
      notAfter,
      profile: 'ca',
      issuer: undefined,
    },
    p256Signer(secretKey),
  );
  const key = Buffer.from(secretKey).toString('base64');
  secretKey.fill(0);
  return { type, generation, key, certificate: toPem('CERTIFICATE', der), notAfter, at: context.now };
}

function currentCa(state: CaState, context: EntityContext): CaKey {
  if (state.current === undefined) {
    throw new CommandRejectedError('NO_CA', `${context.entity} has no CA yet: send it "init" first`);
  }
  return state.current;
}

function caReply(state: CaState, now: number): CaCertificateReply {
  const ca = state.current;
  if (ca === undefined) throw new CommandRejectedError('NO_CA', 'this CA has no key yet: send it "init" first');
  const trusted = state.retired.filter((retired) => retired.trustedUntil > now).map((retired) => retired.certificate);
  return {
    generation: ca.generation,
    certificate: ca.certificate,
    bundle: [ca.certificate, ...trusted].join(''),
    notAfter: ca.notAfter,
  };
}

/** X.509 times have whole seconds. */
function seconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
