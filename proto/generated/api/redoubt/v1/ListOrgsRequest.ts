// Original file: redoubt/v1/admin.proto


export interface ListOrgsRequest {
}

export interface ListOrgsRequest__Output {
}
