// Errors cross the API boundary as values, never as thrown exceptions, so that a bad call
// can always be answered and never takes a process down.

export type ApiErrorCode = 'invalid_input' | 'unknown_call' | 'not_found' | 'conflict' | 'cancelled' | 'unavailable' | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services for failures a learner can act on; turned into an ApiResult at the boundary. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
