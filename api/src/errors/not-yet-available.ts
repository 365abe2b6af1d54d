import { GraphQLError } from 'graphql';

/**
 * For contract operations whose feature is still an open issue: the schema
 * already holds them (the contract is binding), but they answer with this
 * clear error until the feature lands. Role checks still apply before it.
 */
export function notYetAvailable(feature: string): never {
  throw new GraphQLError(`${feature} is not available yet in this version of Tierwise.`, {
    extensions: { code: 'NOT_IMPLEMENTED' },
  });
}
