import { describe, expect, it } from 'vitest';
import {
  ConsoleCertificationPathsDocument,
  EditCertificationPathDocument,
  PartnerDetailDocument,
  PartnerEnablementDocument,
  PartnersDocument,
  PartnerTeamDocument,
  PortalCertificationsDocument,
  PortalModuleDocument,
  PortalPathDocument,
} from '~/gql/graphql';

const text = (document: { toString(): string }) => document.toString();

describe('partner and certification fragments', () => {
  it('the console partner list and detail share PartnerCard', () => {
    for (const d of [PartnersDocument, PartnerDetailDocument]) expect(text(d)).toContain('...PartnerCard');
  });

  it('the team page and the partner enablement page share TeamMember', () => {
    for (const d of [PartnerTeamDocument, PartnerEnablementDocument]) expect(text(d)).toContain('...TeamMember');
  });

  it('certification pages share the path summary, and the portal its own certification', () => {
    for (const d of [ConsoleCertificationPathsDocument, EditCertificationPathDocument, PortalCertificationsDocument, PortalPathDocument, PortalModuleDocument])
      expect(text(d)).toContain('...CertificationPathSummary');
    for (const d of [PortalCertificationsDocument, PortalPathDocument, PortalModuleDocument]) expect(text(d)).toContain('...MyCertificationFields');
    // Answers only come from examAnswerKey (vendor admins).
    expect(text(PortalModuleDocument)).not.toMatch(/\banswer\b/);
  });
});
