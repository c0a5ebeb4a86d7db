// Original file: redoubt/v1/factors.proto


export interface UseRecoveryCodeRequest {
  /**
   * As shown ("xxxx-xxxx-xxxx"); case, spaces and dashes do not matter.
   */
  'code'?: (string);
}

export interface UseRecoveryCodeRequest__Output {
  /**
   * As shown ("xxxx-xxxx-xxxx"); case, spaces and dashes do not matter.
   */
  'code': (string);
}
