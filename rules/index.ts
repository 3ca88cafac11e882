import type { Rule } from '../server/src/engine';
import { rule as advisorLegalMissing } from './advisor-legal-missing/rule';
import { rule as amountWordsMismatch } from './amount-words-mismatch/rule';
import { rule as advisorTaxMissing } from './advisor-tax-missing/rule';
import { rule as assetClassificationMissing } from './asset-classification-missing/rule';
import { rule as bestInClassUnsubstantiated } from './best-in-class-unsubstantiated/rule';
import { rule as bindingProvisionsUnstated } from './binding-provisions-unstated/rule';
import { rule as chinaOnlyData } from './china-only-data/rule';
import { rule as configInvalid } from './config-invalid/rule';
import { rule as counterpartyExpectation } from './counterparty-expectation/rule';
import { rule as currencyInconsistent } from './currency-inconsistent/rule';
import { rule as dataStandardsMissing } from './data-standards-missing/rule';
import { rule as dealValueMismatch } from './deal-value-mismatch/rule';
import { rule as differentiationMissing } from './differentiation-missing/rule';
import { rule as directiveReasonMissing } from './directive-reason-missing/rule';
import { rule as directiveUnknownRule } from './directive-unknown-rule/rule';
import { rule as ftoMissing } from './fto-missing/rule';
import { rule as middleEastBridging } from './middle-east-bridging/rule';
import { rule as nonCompeteMissing } from './non-compete-missing/rule';
import { rule as nonCompeteNoRemedy } from './non-compete-no-remedy/rule';
import { rule as nonCompeteVague } from './non-compete-vague/rule';
import { rule as patentCoverageGap } from './patent-coverage-gap/rule';
import { rule as patentIndiaGap } from './patent-india-gap/rule';
import { rule as payeeEntityMissing } from './payee-entity-missing/rule';
import { rule as placeholderLeft } from './placeholder-left/rule';
import { rule as regionalDataSharing } from './regional-data-sharing/rule';
import { rule as regionalRegistrationControl } from './regional-registration-control/rule';
import { rule as requiredClauseMissing } from './required-clause-missing/rule';
import { rule as reversionIncomplete } from './reversion-incomplete/rule';
import { rule as reversionMissing } from './reversion-missing/rule';
import { rule as royaltyTiersUnordered } from './royalty-tiers-unordered/rule';
import { rule as stageBuyerMismatch } from './stage-buyer-mismatch/rule';
import { rule as sublicensingUnchecked } from './sublicensing-unchecked/rule';
import { rule as syntax } from './syntax/rule';
import { rule as terminationMissing } from './termination-missing/rule';
import { rule as timelineTooShort } from './timeline-too-short/rule';
import { rule as trialDesignNonstandard } from './trial-design-nonstandard/rule';
import { rule as unknownDirective } from './unknown-directive/rule';
import { rule as unknownKey } from './unknown-key/rule';
import { rule as unreadableValue } from './unreadable-value/rule';
import { rule as unusedDirective } from './unused-directive/rule';
import { rule as upfrontRefundable } from './upfront-refundable/rule';
import { rule as upfrontShareLow } from './upfront-share-low/rule';

/** Every built-in rule, in catalog order. */
export const RULES: readonly Rule[] = [
  regionalRegistrationControl,
  regionalDataSharing,
  patentCoverageGap,
  patentIndiaGap,
  ftoMissing,
  nonCompeteMissing,
  nonCompeteVague,
  nonCompeteNoRemedy,
  terminationMissing,
  reversionMissing,
  reversionIncomplete,
  advisorTaxMissing,
  advisorLegalMissing,
  payeeEntityMissing,
  assetClassificationMissing,
  bestInClassUnsubstantiated,
  differentiationMissing,
  counterpartyExpectation,
  stageBuyerMismatch,
  chinaOnlyData,
  trialDesignNonstandard,
  dataStandardsMissing,
  middleEastBridging,
  dealValueMismatch,
  amountWordsMismatch,
  upfrontRefundable,
  upfrontShareLow,
  royaltyTiersUnordered,
  currencyInconsistent,
  timelineTooShort,
  placeholderLeft,
  requiredClauseMissing,
  bindingProvisionsUnstated,
  sublicensingUnchecked,
  unknownKey,
  unreadableValue,
  syntax,
  directiveUnknownRule,
  unknownDirective,
  unusedDirective,
  directiveReasonMissing,
  configInvalid,
];
