import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Certification, CertificationPath, ExamAttempt, ModuleCompletion } from '../modules/certifications/certification.entity.js';
import { MdfClaimAttachment, MdfFund, MdfRequest } from '../modules/mdf/mdf.entity.js';
import { OnboardingCompletion } from '../modules/onboarding/onboarding-completion.entity.js';
import { Upload } from '../modules/uploads/upload.entity.js';
import { Notification, TierChange, TierReview } from '../modules/tiers/tier-review.entity.js';
import { DealConflict } from '../modules/deals/deal-conflict.entity.js';
import { Deal } from '../modules/deals/deal.entity.js';
import { DirectAccount } from '../modules/deals/direct-account.entity.js';
import { PartnerEvent } from '../modules/partner-events/partner-event.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Invitation } from '../modules/invitations/invitation.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { ProgramVersion } from '../modules/program/program-version.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity, listed once (no folder discovery: the same list works from src and dist). */
export const ENTITIES = [User, Session, Invitation, Partner, ProgramVersion, AuditEntry, Deal, DealConflict, DirectAccount, PartnerEvent, CertificationPath, Certification, ModuleCompletion, ExamAttempt, OnboardingCompletion, TierReview, TierChange, Notification, MdfFund, MdfRequest, MdfClaimAttachment, Upload];
