// Original file: redoubt/v1/dns.proto


export interface RevokeDnsDeviceResponse {
}

export interface RevokeDnsDeviceResponse__Output {
}
