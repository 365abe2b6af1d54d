import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';

/** The contract names its scalars DateTime and SafeInt. */
export const DateTimeScalar = GraphQLDateTime;
export const SafeIntScalar = GraphQLSafeInt;
