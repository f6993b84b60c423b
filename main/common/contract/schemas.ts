// Schemas and the declaration helper that more than one area of the contract uses.
import { z } from 'zod';
import { contentIdSchema } from '../content-schema';

export const noInput = z.strictObject({});
export const idInput = z.strictObject({ id: contentIdSchema });
export const uuid = z.uuid();

/** Declares one call: its input schema, and (as a type only) its result. */
export function call<I extends z.ZodType>(input: I) {
  return { returns: <R>() => ({ input, result: undefined as unknown as R }) };
}
