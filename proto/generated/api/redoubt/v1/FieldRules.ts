// Original file: redoubt/v1/options.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Validation rules of one field; absent keys are not checked.
 */
export interface FieldRules {
  /**
   * The field must be set (non-empty string, non-zero number, present message).
   */
  'required'?: (boolean);
  /**
   * Length bounds of a string, in characters.
   */
  'minLen'?: (number);
  'maxLen'?: (number);
  /**
   * A regular expression the whole string must match.
   */
  'pattern'?: (string);
  /**
   * The string must be an email address.
   */
  'email'?: (boolean);
  /**
   * Bounds of a number.
   */
  'min'?: (number | string | Long);
  'max'?: (number | string | Long);
  /**
   * Most items of a repeated field.
   */
  'maxItems'?: (number);
  /**
   * An enum field must not be its zero value.
   */
  'definedEnum'?: (boolean);
}

/**
 * Validation rules of one field; absent keys are not checked.
 */
export interface FieldRules__Output {
  /**
   * The field must be set (non-empty string, non-zero number, present message).
   */
  'required': (boolean);
  /**
   * Length bounds of a string, in characters.
   */
  'minLen': (number);
  'maxLen': (number);
  /**
   * A regular expression the whole string must match.
   */
  'pattern': (string);
  /**
   * The string must be an email address.
   */
  'email': (boolean);
  /**
   * Bounds of a number.
   */
  'min': (number);
  'max': (number);
  /**
   * Most items of a repeated field.
   */
  'maxItems': (number);
  /**
   * An enum field must not be its zero value.
   */
  'definedEnum': (boolean);
}
