/**
 * The formats of dataset.schema.json that are no pattern, for the validator compiled from it
 * (dataset-validator.gen.js): answered by zod, the one definition, so that the compiled check refuses exactly what
 * zod refuses. "uri" is the bulletins' `sourceUrl`, the one field of that format.
 */
import { bulletinSchema } from './schema';

const sourceUrl = bulletinSchema.shape.sourceUrl.unwrap();

export const uri = (value: string): boolean => sourceUrl.safeParse(value).success;
