/** What the passkeys module runs: each account's passkeys, the credential index, and PasskeyService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { passkeyIndex, passkeyPolicy, passkeys } from '../../../domain/passkeys/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { passkeyService } from './passkey-service.js';

export const kinds: readonly AnyEntityKind[] = [passkeys, passkeyIndex, passkeyPolicy];

export const services: Readonly<Record<string, ServiceFactory>> = {
  'redoubt.v1.PasskeyService': passkeyService,
};

/** A credential that parses but verifies nowhere: the matrix sees only the pipeline's refusals. */
const CREDENTIAL = JSON.stringify({
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  rawId: 'AAAAAAAAAAAAAAAAAAAAAA',
  type: 'public-key',
  response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
  clientExtensionResults: {},
});

export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.PasskeyService': ({ orgId }) => ({
    StartPasskeyLogin: {},
    FinishPasskeyLogin: { credentialJson: CREDENTIAL, device: 'matrix' },
    StartPasskeyRegistration: {},
    FinishPasskeyRegistration: { credentialJson: CREDENTIAL, name: 'key' },
    StartPasskeyStepUp: {},
    FinishPasskeyStepUp: { credentialJson: CREDENTIAL },
    ListPasskeys: {},
    RenamePasskey: { id: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'key' },
    RemovePasskey: { id: 'AAAAAAAAAAAAAAAAAAAAAA' },
    SetPasskeyPolicy: { orgId, deniedAaguids: ['00000000-0000-0000-0000-000000000001'] },
    GetPasskeyPolicy: { orgId },
  }),
};
