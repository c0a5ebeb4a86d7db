// Original file: redoubt/v1/audit.proto


export interface ExportAuditRequest {
  'orgId'?: (string);
}

export interface ExportAuditRequest__Output {
  'orgId': (string);
}
