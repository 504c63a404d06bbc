/** The version of the report JSON's shape; kept apart from the zod schemas so that parsing need not load zod. */
export const SCHEMA_VERSION = '1.1.0';
