import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file, so codegen runs from any directory.
const here = dirname(fileURLToPath(import.meta.url));

// The API's emitted schema (a superset of the contract) is the source of truth.
// The generated app/gql/ is committed, so a build needs no codegen.
const schema = join(here, '../api/schema.graphql');

const config: CodegenConfig = {
  schema,
  documents: [join(here, 'app/**/*.{ts,tsx}'), `!${join(here, 'app/gql/**')}`],
  ignoreNoDocuments: true,
  generates: {
    [join(here, 'app/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', SafeInt: 'number' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: true,
      },
    },
  },
};

export default config;
