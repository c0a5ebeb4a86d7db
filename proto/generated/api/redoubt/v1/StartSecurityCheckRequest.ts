// Original file: redoubt/v1/dns.proto


export interface StartSecurityCheckRequest {
}

export interface StartSecurityCheckRequest__Output {
}
