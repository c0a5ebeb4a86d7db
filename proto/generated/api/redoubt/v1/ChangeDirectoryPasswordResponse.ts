// Original file: redoubt/v1/directory.proto


export interface ChangeDirectoryPasswordResponse {
}

export interface ChangeDirectoryPasswordResponse__Output {
}
