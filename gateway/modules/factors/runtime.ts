/** What the factors module runs: each account's factors entity and FactorService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { factors } from '../../../domain/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { factorService } from '../../services/factor-service.js';

/** `factors/<account>`: the authenticator's secret, recovery code hashes, failure counts. */
export const kinds: readonly AnyEntityKind[] = [factors];

export const services: Readonly<Record<string, ServiceFactory>> = {
  'redoubt.v1.FactorService': factorService,
};

/** Well-formed requests of every method (the codes are wrong: the matrix sees only the pipeline's refusals). */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.FactorService': () => ({
    ListFactors: {},
    StartTotp: {},
    ConfirmTotp: { code: '000000' },
    VerifyTotp: { code: '000000' },
    UseRecoveryCode: { code: '0000-0000-0000' },
    RegenerateRecoveryCodes: {},
    RemoveTotp: {},
    SetPhone: { number: '+15550000000' },
    ConfirmPhone: { code: '000000' },
    SendSmsCode: {},
    VerifySms: { code: '000000' },
    RemovePhone: {},
  }),
};
