/**
 * FactorService: the signed-in account's authenticator app (TOTP) and recovery codes. The
 * `factors` entity proves codes (once each, with a lockout after repeated failures); a proof made
 * here is recorded in the caller's session, whose assurance rises, and the answer carries a new
 * access token that says so. Recovery codes reach the entity only as peppered hashes.
 */
import {
  account,
  addSessionFactor,
  assuranceOf,
  factors,
  maskedPhone,
  recoveryCodeHash,
  smsCodeHash,
} from '../../domain/index.js';
import type { AccountProfile, FactorKind, FactorsReply, FactorsSummary } from '../../domain/index.js';
import { callerOf } from '../call-context.js';
import type { CallContext } from '../call-context.js';
import { CommandRejectedError } from '../../actors/index.js';
import type { CommandOf } from '../../actors/index.js';
import { InvalidArgumentError, PermissionDeniedError } from '../errors.js';
import type { UnaryHandler } from '../pipeline.js';
import type { SmsSender } from '../sms-webhook.js';
import { workflowOf } from './service-parts.js';
import type { ServiceParts } from './service-parts.js';
import { sessionTokens, usedFactorMessages } from './session-tokens.js';

type Request = Record<string, unknown>;

const REFUSALS = {
  CODE_INVALID: 'the code is not valid',
  CODE_REUSED: 'that code was used already: wait for the next one',
  LOCKED: 'too many wrong codes',
} as const;

export function factorService(parts: ServiceParts): Record<string, UnaryHandler> {
  const pepperOf = (context: CallContext) => parts.pepper('recovery-code', callerOf(context).accountId);
  const smsPepperOf = (context: CallContext) => parts.pepper('sms-code', callerOf(context).accountId);
  /** The peppered hash of the SMS code in the request, as the factors entity compares it. */
  const smsCodeHashOf = (context: CallContext, request: Request) =>
    smsCodeHash(smsPepperOf(context), String(request['code']));

  /** Changes the caller's factors entity (a step of the call's workflow). */
  const changeFactors = async (context: CallContext, command: CommandOf<typeof factors>): Promise<FactorsReply> =>
    (await workflowOf(parts, context).change(factors, callerOf(context).accountId, command)) as FactorsReply;

  /** The deployment's SMS provider. @throws CommandRejectedError (SMS_OFF) when there is none */
  function smsSender(): SmsSender {
    if (parts.sms === undefined) {
      throw new CommandRejectedError('SMS_OFF', 'this deployment sends no SMS (the gateway has no --sms-webhook)');
    }
    return parts.sms;
  }

  /** Has the factors entity draw a code (`command`) and sends it to the phone it names. @returns that phone, masked */
  async function sendCode(context: CallContext, command: CommandOf<typeof factors>): Promise<string> {
    const sender = smsSender();
    const { code, phone } = (await changeFactors(context, command)) as { code: string; phone: string };
    // A retried call draws no new code (its reply is replayed) and sends the same one again.
    await sender.send(
      phone,
      `Your Redoubt code: ${code}\nIt works once, for 10 minutes. Nobody from Redoubt asks for it.`,
    );
    return maskedPhone(phone);
  }

  /** Asks the caller's factors entity; a refused proof becomes PERMISSION_DENIED with its reason. */
  async function prove(
    context: CallContext,
    permission: string,
    command: CommandOf<typeof factors>,
  ): Promise<FactorsReply> {
    const reply = await changeFactors(context, command);
    if ('ok' in reply && !reply.ok) {
      const until =
        reply.lockedUntil === undefined ? '' : `: try again after ${new Date(reply.lockedUntil).toISOString()}`;
      throw new PermissionDeniedError(`${REFUSALS[reply.reason]}${until}`, permission, reply.reason);
    }
    return reply;
  }

  /** Records the proven factor in the caller's session and answers tokens with its new assurance. */
  async function stepUp(context: CallContext, factor: FactorKind): Promise<object> {
    const { accountId, sessionId, superadmin } = callerOf(context);
    const used = await addSessionFactor(workflowOf(parts, context), sessionId, factor);
    return sessionTokens(parts.tokens, { accountId, sessionId, superadmin, factors: used });
  }

  return {
    async ListFactors(_request, context) {
      const caller = callerOf(context);
      const summary = (await workflowOf(parts, context).read(factors, caller.accountId, {
        type: 'list',
      })) as FactorsSummary;
      const { level } = assuranceOf(caller.factors);
      return {
        totp: summary.totp,
        totpEnrolledAt: summary.enrolledAt,
        recoveryCodesLeft: summary.recoveryCodesLeft,
        phone: summary.phone,
        assuranceLevel: level,
        sessionFactors: usedFactorMessages(caller.factors),
      };
    },

    async StartTotp(_request, context) {
      const { accountId } = callerOf(context);
      const flow = workflowOf(parts, context);
      const profile = (await flow.read(account, accountId, { type: 'profile' })) as AccountProfile;
      return flow.change(factors, accountId, { type: 'startTotp', label: profile.email });
    },

    async ConfirmTotp(request, context) {
      const reply = await prove(context, 'factors.totp.enrol', {
        type: 'confirmTotp',
        code: String(request['code']),
        pepper: pepperOf(context),
      });
      return { recoveryCodes: recoveryCodesOf(reply), tokens: await stepUp(context, 'totp') };
    },

    async VerifyTotp(request, context) {
      await prove(context, 'factors.totp.verify', { type: 'verifyTotp', code: String(request['code']) });
      return stepUp(context, 'totp');
    },

    async UseRecoveryCode(request, context) {
      const codeHash = recoveryCodeHash(pepperOf(context), String(request['code']));
      if (codeHash === undefined) {
        throw new InvalidArgumentError(
          'code',
          'format',
          'is not a recovery code (12 letters and digits, xxxx-xxxx-xxxx)',
        );
      }
      await prove(context, 'factors.recovery.use', { type: 'useRecoveryCode', codeHash });
      return stepUp(context, 'recovery_code');
    },

    async RegenerateRecoveryCodes(_request, context) {
      const reply = await changeFactors(context, { type: 'regenerateRecoveryCodes', pepper: pepperOf(context) });
      return { recoveryCodes: recoveryCodesOf(reply) };
    },

    async RemoveTotp(_request, context) {
      await changeFactors(context, { type: 'removeTotp' });
      return {};
    },

    async SetPhone(request, context) {
      const number = String(request['number']);
      return { phone: await sendCode(context, { type: 'setPhone', number, pepper: smsPepperOf(context) }) };
    },

    async ConfirmPhone(request, context) {
      await prove(context, 'factors.sms.enrol', { type: 'confirmPhone', codeHash: smsCodeHashOf(context, request) });
      return {};
    },

    async SendSmsCode(_request, context) {
      return { phone: await sendCode(context, { type: 'sendSmsCode', pepper: smsPepperOf(context) }) };
    },

    async VerifySms(request, context) {
      await prove(context, 'factors.sms.verify', { type: 'verifySms', codeHash: smsCodeHashOf(context, request) });
      return stepUp(context, 'sms');
    },

    async RemovePhone(_request, context) {
      await changeFactors(context, { type: 'removePhone' });
      return {};
    },
  };
}

function recoveryCodesOf(reply: FactorsReply): readonly string[] {
  if (!('recoveryCodes' in reply) || reply.recoveryCodes === undefined) {
    throw new Error('the factors entity answered no recovery codes');
  }
  return reply.recoveryCodes;
}
