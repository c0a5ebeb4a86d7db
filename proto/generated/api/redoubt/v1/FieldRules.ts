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
   * A regular expression the whole string must match, for shapes no format names. Ids, regions and
   * names use `format` instead, so that their rule is written once.
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
  /**
   * The string is of a named format of the one vocabulary every layer shares (actors/vocabulary.ts):
   * "org_id", "project_id", "account_id", "session_id", "region", "column", "label"; or "name" (one
   * line shown to people: no control characters or bidi overrides) or "text" (as "name", newlines
   * allowed). The gateway, the entities and the registry check a format with the same code, so a
   * value the gateway lets in is never refused further down for its shape.
   */
  'format'?: (string);
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
   * A regular expression the whole string must match, for shapes no format names. Ids, regions and
   * names use `format` instead, so that their rule is written once.
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
  /**
   * The string is of a named format of the one vocabulary every layer shares (actors/vocabulary.ts):
   * "org_id", "project_id", "account_id", "session_id", "region", "column", "label"; or "name" (one
   * line shown to people: no control characters or bidi overrides) or "text" (as "name", newlines
   * allowed). The gateway, the entities and the registry check a format with the same code, so a
   * value the gateway lets in is never refused further down for its shape.
   */
  'format': (string);
}
