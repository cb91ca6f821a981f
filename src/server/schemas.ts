/** JSON schemas that several routes share. */

/** The people of an interview, as posted to /api/tailor and /api/interviews. */
export const interviewersSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string' },
      role: { type: 'string' },
      notes: { type: 'string' },
    },
  },
} as const;

/** An `:id` path parameter. */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 80 } },
} as const;
