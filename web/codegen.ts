import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file, so codegen runs from any directory.
const here = dirname(fileURLToPath(import.meta.url));
const apiSchema = join(here, '../api/schema.graphql');
const pending = join(here, 'graphql/pending.graphql');

// The API's emitted schema is the source of truth. Until it defines the
// fields the web already relies on, graphql/pending.graphql fills them in.
const apiText = existsSync(apiSchema) ? readFileSync(apiSchema, 'utf8') : '';
const schema = /\binvitationPreview\s*\(/.test(apiText) ? [apiSchema] : [apiSchema, pending];

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
