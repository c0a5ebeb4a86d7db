/** Errors of the registry: the vault (master key, unseal) and the key service. */
import { RedoubtError } from '../actors/index.js';

/**
 * Thrown when keys are needed while the vault is sealed. Not retried by clients on their own: only
 * an operator's `redoubt unseal` ends it, so callers are told at once.
 */
export class VaultSealedError extends RedoubtError {
  constructor(message = 'the vault is sealed: unseal it with `redoubt unseal`') {
    super('VAULT_SEALED', message);
    this.name = 'VaultSealedError';
  }
}

/** Thrown when an unseal attempt fails: wrong passphrase, wrong share set, unreadable key file, TPM refusal. */
export class UnsealError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions & { details?: Record<string, string> }) {
    super('UNSEAL_FAILED', message, options);
    this.name = 'UnsealError';
  }
}

/** Thrown when a vault document is missing, malformed, or of an unknown version. */
export class VaultFileError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('VAULT_INVALID', message, options);
    this.name = 'VaultFileError';
  }
}

/** Thrown by `init` when a vault already exists: a second master key would orphan the data. */
export class VaultExistsError extends RedoubtError {
  constructor(where: string) {
    super('VAULT_EXISTS', `a vault already exists at ${where}: unseal it instead, or restore from a backup`);
    this.name = 'VaultExistsError';
  }
}

/** Thrown when the TPM cannot be reached or refuses an operation. */
export class TpmError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('TPM_FAILED', message, options);
    this.name = 'TpmError';
  }
}

/** Thrown when a scope's keys are needed before they were fetched from the registry (a bug in the caller). */
export class KeysNotLoadedError extends RedoubtError {
  constructor(scope: string) {
    super('KEYS_NOT_LOADED', `the data keys of scope "${scope}" are not loaded yet`, {
      retryable: true,
      details: { scope },
    });
    this.name = 'KeysNotLoadedError';
  }
}

/** Blobs under older key versions remained after a rotation re-sealed its scope; nothing was retired. */
export class RotationIncompleteError extends RedoubtError {
  constructor(scope: string, versions: readonly number[], census: Readonly<Record<string, number>>) {
    super(
      'ROTATION_INCOMPLETE',
      `scope ${scope || '(platform)'}: blobs under key version(s) ${versions.join(', ')} remain after re-sealing ` +
        `(${JSON.stringify(census)}); a node may still have written with an older key. Nothing was retired; run the rotation again`,
      { retryable: true },
    );
    this.name = 'RotationIncompleteError';
  }
}

/**
 * Thrown by the internal CA when a certificate signing request is refused: not a PKCS#10 PEM
 * (`MALFORMED`), not a P-256 key (`UNSUPPORTED_KEY`), a signature that does not verify
 * (`BAD_SIGNATURE`), a name it may not carry (`FORBIDDEN_NAME`) or no name at all (`NO_NAME`).
 */
export class CsrRejectedError extends RedoubtError {
  constructor(reason: string, message: string, options?: ErrorOptions) {
    super('CSR_REJECTED', message, { ...options, details: { reason, field: 'csr' } });
    this.name = 'CsrRejectedError';
  }
}

/**
 * Thrown by a `TokenVerifier` when a JWT is refused. `details.reason` says why: `EXPIRED`,
 * `UNKNOWN_KEY` (no published key has its `kid`), `BAD_SIGNATURE`, `CLAIM_INVALID` (issuer,
 * audience, not-before; `details.claim` names it), `ALG_NOT_ALLOWED` or `MALFORMED`.
 */
export class TokenInvalidError extends RedoubtError {
  constructor(reason: string, message: string, options?: ErrorOptions & { details?: Record<string, string> }) {
    super('TOKEN_INVALID', message, { ...options, details: { ...options?.details, reason } });
    this.name = 'TokenInvalidError';
  }
}

/** Thrown by a `TokenSigner` when asked for a token it may not make (a reserved claim, a bad lifetime). */
export class TokenRequestError extends RedoubtError {
  constructor(message: string, details: Record<string, string> = {}) {
    super('INVALID_TOKEN_REQUEST', message, { details });
    this.name = 'TokenRequestError';
  }
}

/**
 * Thrown when a command to the registry carries what looks like private key material (a field
 * named like a private key, or a key of a private key's size): the registry keeps public keys only.
 */
export class PrivateKeyRefusedError extends RedoubtError {
  constructor(field: string) {
    super(
      'PRIVATE_KEY_REFUSED',
      `"${field.slice(0, 64)}" looks like private key material: the registry keeps public keys only; never send private keys`,
      { details: { field: field.slice(0, 64) } },
    );
    this.name = 'PrivateKeyRefusedError';
  }
}

/** Thrown when a file is not a backup archive, is of another format version, or its header is malformed. */
export class BackupFormatError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('BACKUP_INVALID', message, options);
    this.name = 'BackupFormatError';
  }
}

/**
 * Thrown when a backup archive does not authenticate: a changed byte, a chunk missing, repeated or
 * out of order, a cut-off or extended file, or a manifest that does not match the contents.
 */
export class BackupTamperedError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('BACKUP_TAMPERED', message, options);
    this.name = 'BackupTamperedError';
  }
}

/** Thrown when a backup archive was made with another vault, or a master-key version this vault no longer has. */
export class BackupVaultMismatchError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('BACKUP_WRONG_VAULT', message, options);
    this.name = 'BackupVaultMismatchError';
  }
}

/** Thrown when a restore would overwrite entities that already have records in the target; nothing is written. */
export class RestoreConflictError extends RedoubtError {
  constructor(entities: readonly string[]) {
    const shown = entities.slice(0, 5).join(', ');
    const more = entities.length > 5 ? ` and ${entities.length - 5} more` : '';
    super(
      'RESTORE_CONFLICT',
      `${entities.length} entit${entities.length === 1 ? 'y' : 'ies'} of the archive already have records in the target (${shown}${more}): ` +
        'restore into a fresh node or cluster; nothing was written',
      { details: { count: String(entities.length) } },
    );
    this.name = 'RestoreConflictError';
  }
}

/** Thrown when a backup cannot be made: an entity of an unknown kind, or an entity compacted while it was read. */
export class BackupError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('BACKUP_FAILED', message, options);
    this.name = 'BackupError';
  }
}

/** Thrown when a node's certificate files (key.pem, cert.pem, ca.pem) are missing or do not belong together. */
export class CertificateFilesError extends RedoubtError {
  constructor(message: string, options?: ErrorOptions) {
    super('CERTIFICATE_FILES_INVALID', message, options);
    this.name = 'CertificateFilesError';
  }
}

/**
 * Thrown when moving an org stops short: a copy that does not read back equal, data already in
 * the new region that is not the org's. Nothing is switched or shredded; run the move again.
 */
export class OrgMoveError extends RedoubtError {
  constructor(message: string) {
    super('MOVE_FAILED', message);
    this.name = 'OrgMoveError';
  }
}
