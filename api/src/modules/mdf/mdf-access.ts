import { formatMoney } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import type { Partner } from '../partners/partner.entity.js';
import { partnerScope, type Scope } from '../scope.js';
import type { MdfRequest } from './mdf.entity.js';
import { findRequest } from './mdf.repository.js';

/** The partner a call is about: partner users their own (another id is NOT_FOUND); vendor staff must name it. */
export async function partnerFor(scope: Scope, partnerId: string | null | undefined): Promise<Partner> {
  const confinedTo = partnerScope(scope);
  if (confinedTo && partnerId && partnerId !== confinedTo) throw AppError.notFound('Partner');
  const id = confinedTo ?? partnerId;
  if (!id) throw AppError.field('partnerId', 'Choose the partner.');
  const partner = await scope.loaders.partner.load(id);
  if (!partner) throw AppError.notFound('Partner');
  return partner;
}

/** A request the caller may see: vendor staff any, partner users their partner's (else NOT_FOUND). */
export async function visibleRequest(scope: Scope, id: string): Promise<MdfRequest> {
  const request = await findRequest(scope.em, id);
  const confinedTo = partnerScope(scope);
  if (!request || (confinedTo && request.partnerId !== confinedTo)) throw AppError.notFound('MDF request');
  return request;
}

/** The program's currency: amounts in messages are money, never raw minor units. */
export async function programCurrency(scope: Scope): Promise<string> {
  const program = await scope.loaders.publishedProgram();
  return program?.document.currency ?? 'USD';
}

export async function moneyText(scope: Scope, minor: number): Promise<string> {
  return formatMoney(minor, await programCurrency(scope));
}
