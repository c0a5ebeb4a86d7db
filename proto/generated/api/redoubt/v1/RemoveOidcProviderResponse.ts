// Original file: redoubt/v1/oidc.proto


export interface RemoveOidcProviderResponse {
}

export interface RemoveOidcProviderResponse__Output {
}
