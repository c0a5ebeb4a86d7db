/** What changes of an account's passkeys tell its security log (see security-log/). */
import type { CommittedChange, TellMessage } from '../../actors/index.js';
import { securityEntry } from '../security-log/index.js';
import type { PasskeysCommand, PasskeysState } from './protocol.js';

export function passkeysSecurity(change: CommittedChange<PasskeysState, PasskeysCommand>): TellMessage | undefined {
  const { before, after, command, context } = change;
  const entry = (action: string, detail: string) =>
    securityEntry(context.id, { action, factor: 'webauthn', detail }, context);
  const find = (state: PasskeysState, id: string) => state.passkeys.find((passkey) => passkey.id === id);
  const nameOf = (id: string) => find(before, id)?.name ?? '';
  switch (command.type) {
    case 'register':
      return entry('factor.enrolled', command.passkey.name);
    case 'remove':
      return after.passkeys.length < before.passkeys.length ? entry('factor.removed', nameOf(command.id)) : undefined;
    case 'authenticate':
      // A passkey accepted is logged by the session it opened or stepped up; a counter that went
      // back is a cloned authenticator.
      return (find(after, command.id)?.clonesRefused ?? 0) > (find(before, command.id)?.clonesRefused ?? 0)
        ? entry('factor.cloned', `${nameOf(command.id)}: its signature counter went back; the login was refused`)
        : undefined;
    case 'rename':
    case 'startRegistration':
    case 'pendingRegistration':
    case 'credential':
    case 'list':
      return undefined;
  }
}
