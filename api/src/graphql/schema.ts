import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CertificationResolver, UserCertificationsResolver } from '../modules/certifications/certification.resolver.js';
import { DealResolver } from '../modules/deals/deal.resolver.js';
import { InvitationResolver } from '../modules/invitations/invitation.resolver.js';
import { MdfResolver } from '../modules/mdf/mdf.resolver.js';
import { OnboardingResolver } from '../modules/onboarding/onboarding.resolver.js';
import { PartnerResolver } from '../modules/partners/partner.resolver.js';
import { ProgramResolver } from '../modules/program/program.resolver.js';
import { ScoreboardResolver } from '../modules/scoreboard/scoreboard.resolver.js';
import { PartnerTierResolver, ProgramReviewResolver, TierReviewResolver } from '../modules/tiers/tier-review.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { authChecker } from './auth-checker.js';
import { refuseUnsafeText } from './safe-text.js';
import { DateTimeScalar } from './scalars.js';

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process: it holds no data). */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      AuthResolver,
      UserResolver,
      InvitationResolver,
      ProgramResolver,
      PartnerResolver,
      AuditResolver,
      DealResolver,
      CertificationResolver,
      UserCertificationsResolver,
      OnboardingResolver,
      MdfResolver,
      TierReviewResolver,
      PartnerTierResolver,
      ProgramReviewResolver,
      ScoreboardResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
    globalMiddlewares: [refuseUnsafeText],
    authMode: 'error',
    validate: false,
  });
  return schema;
}
