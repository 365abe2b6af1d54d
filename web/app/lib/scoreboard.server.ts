import { graphql } from '~/gql';

/** The scoreboard page and its CSV export ask the same. */
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
        id
        name
        track {
          name
        }
        tier {
          name
          rank
        }
      }
      overrides {
        id
        name
        track {
          name
        }
        tier {
          name
          rank
        }
        tierOverride {
          reason
          at
          pinnedUntil
        }
      }
    }
  }
`);
