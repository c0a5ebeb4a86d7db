// Original file: redoubt/v1/directory.proto


export interface RemoveDirectoryResponse {
}

export interface RemoveDirectoryResponse__Output {
}
