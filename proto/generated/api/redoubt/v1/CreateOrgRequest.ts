// Original file: redoubt/v1/org.proto


export interface CreateOrgRequest {
  /**
   * A DNS label: lower-case letters, digits and '-'.
   */
  'orgId'?: (string);
  'name'?: (string);
  /**
   * Where the org's data lives, e.g. "eu-north".
   */
  'homeRegion'?: (string);
  /**
   * The account that becomes the org's first admin.
   */
  'adminAccountId'?: (string);
}

export interface CreateOrgRequest__Output {
  /**
   * A DNS label: lower-case letters, digits and '-'.
   */
  'orgId': (string);
  'name': (string);
  /**
   * Where the org's data lives, e.g. "eu-north".
   */
  'homeRegion': (string);
  /**
   * The account that becomes the org's first admin.
   */
  'adminAccountId': (string);
}
