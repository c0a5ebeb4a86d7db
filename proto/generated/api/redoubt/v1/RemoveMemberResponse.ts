// Original file: redoubt/v1/org.proto


export interface RemoveMemberResponse {
}

export interface RemoveMemberResponse__Output {
}
