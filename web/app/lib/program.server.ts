import { graphql } from '~/gql';

/** Documents both program editors send (/console/program as code, /console/program/tracks/:trackKey as a form). */

export const SaveProgramDraft = graphql(`
  mutation SaveProgramDraft($input: ProgramInput!) {
    saveProgramDraft(input: $input) {
      version
    }
  }
`);

// LintFindingFields: ~/lib/fragments.
export const ProgramLint = graphql(`
  query ProgramLint {
    programLint {
      ...LintFindingFields
    }
  }
`);
