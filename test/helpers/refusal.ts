/** The refusal of an API call, for tests that look at its status, reason and trailers. */
import { ApiCallError } from '../../gateway/index.js';

/** @throws Error when the call was not refused, or failed with something other than an ApiCallError */
export async function refusal(call: Promise<unknown>): Promise<ApiCallError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiCallError) return error;
    throw error;
  }
  throw new Error('the call was not refused');
}
