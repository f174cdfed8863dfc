import { z } from 'zod';
import { datasetSchema, participantSchema } from './schema';

/** The JSON Schema of the public format, as committed in public/data/dataset.schema.json. */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // A refinement has no JSON Schema of its own: this one is written out, so that the schema (and the validator
      // compiled from it, dataset-validator.gen.js) refuses what zod refuses.
      if (zodSchema === participantSchema)
        jsonSchema.anyOf = [{ required: ['personId'] }, { required: ['organizationId'] }];
    },
  });
  const withMeta = {
    $id: 'dataset.schema.json',
    title: 'Yiyang bulletin dataset',
    description:
      'Visits told by public bulletins, every fact with its verbatim evidence. Generated from src/data/schema.ts by `npm run data:schema`; do not edit by hand.',
    ...schema,
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
