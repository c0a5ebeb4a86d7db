/** Encrypted backup and restore: archives of sealed records, readable only with the vault. */
export { writeBackup } from './backup.js';
export { restoreBackup } from './restore.js';
export { ArchiveReader } from './archive-reader.js';
export { openArchiveVault } from './archive-vault.js';
export { keysetStateFromStore, keysetStatusFromStore, keysetStatusViaClient, scopeStatusOf } from './scope-status.js';
export { offlineStoredNames, StoreKeysetKeyring } from './store-keyring.js';
export { keysetScopes } from './selection.js';
export { checkOrgIds, scopeOfEntity } from './selection.js';
export { ARCHIVE_FORMAT_VERSION, DEFAULT_CHUNK_SIZE } from './archive-format.js';

export type { BackupProgress, BackupReport, WriteBackupOptions } from './backup.js';
export type { RestoreOptions, RestoreReport, SkippedScope } from './restore.js';
export type { ScopeStatus, ScopeStatusOf } from './scope-status.js';
export type { ArchiveHeader, ArchiveScope, Manifest, ManifestEntity } from './archive-format.js';
