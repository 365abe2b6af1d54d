import { graphql } from '~/gql';
import type { ApiError } from './errors';
import { messageForError } from './errors';

// MdfRequestFields: ~/lib/fragments.
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
      quarter
      allocated
      committed
      paid
      available
    }
  }
`);

/** An API error of an MDF action in words (the API already words amounts as money). */
export function mdfErrorMessage(error: ApiError): string {
  return messageForError(error);
}
