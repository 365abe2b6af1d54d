import { graphql } from '~/gql';

// MdfRequestFields, MdfFundFields: ~/lib/fragments.
export const MdfRequestDetail = graphql(`
  query MdfRequestDetail($id: ID!) {
    program {
      currency
    }
    mdfRequest(id: $id) {
      ...MdfRequestFields
      partner {
        id
        name
        tier {
          key
          name
          rank
        }
        track {
          name
        }
      }
      attachments {
        id
        fileName
        mimeType
        size
        createdAt
      }
    }
  }
`);

export const MdfFundQuery = graphql(`
  query MdfFund($partnerId: ID, $quarter: String) {
    mdfFund(partnerId: $partnerId, quarter: $quarter) {
      ...MdfFundFields
    }
  }
`);
