// Original file: redoubt/v1/audit.proto


export interface VerifyAuditRequest {
  'orgId'?: (string);
}

export interface VerifyAuditRequest__Output {
  'orgId': (string);
}
