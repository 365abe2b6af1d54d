import { graphql } from '~/gql';

/** The scoreboard page and its CSV export ask the same (PartnerTierRow: ~/lib/fragments). */
export const ScoreboardQuery = graphql(`
  query Scoreboard($from: DateTime!, $to: DateTime!) {
    program {
      currency
    }
    scoreboard(from: $from, to: $to) {
      registeredDeals
      approvedDeals
      registeredToApprovedBps
      sourcedPipeline
      influencedPipeline
      sourcedRevenueWon
      activeReps60d
      certifiedPartners
      byTrack {
        trackKey
        trackName
        partners
        registeredDeals
        approvedDeals
        sourcedPipeline
        influencedPipeline
        sourcedRevenueWon
      }
      tierDistribution {
        trackKey
        tierKey
        tierName
        rank
        partners
      }
      inactivePartners {
        ...PartnerTierRow
      }
      overrides {
        ...PartnerTierRow
        tierOverride {
          reason
          at
          pinnedUntil
        }
      }
    }
  }
`);
