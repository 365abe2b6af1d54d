import { graphql } from '~/gql';
import { mutate, type MutationResult } from './api.server';

const Enroll = graphql(`
  mutation Enroll($pathId: ID!) {
    enroll(pathId: $pathId) {
      id
      status
      completedModuleIds
    }
  }
`);

/**
 * Enrols the caller in a path (the API returns the existing certification
 * when there is one, and starts a new round when it expired).
 */
export function enroll(request: Request, pathId: string): Promise<MutationResult<{ enroll: { id: string; status: string; completedModuleIds: string[] } }>> {
  return mutate(request, Enroll, { pathId });
}
