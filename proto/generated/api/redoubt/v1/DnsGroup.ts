// Original file: redoubt/v1/dns.proto


export interface DnsGroup {
  'group'?: (string);
  'accountIds'?: (string)[];
}

export interface DnsGroup__Output {
  'group': (string);
  'accountIds': (string)[];
}
