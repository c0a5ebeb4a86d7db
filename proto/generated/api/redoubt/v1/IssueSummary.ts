// Original file: redoubt/v1/issue.proto


export interface IssueSummary {
  'number'?: (number);
  'title'?: (string);
  'column'?: (string);
}

export interface IssueSummary__Output {
  'number': (number);
  'title': (string);
  'column': (string);
}
