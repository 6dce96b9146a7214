import { registerEnumType } from '@nestjs/graphql';

export enum ReferralCategory {
  VICTIM_ASSISTANCE_ABROAD = 'VICTIM_ASSISTANCE_ABROAD',
  SAFE_RETURN = 'SAFE_RETURN',
  MISSING_CHILD = 'MISSING_CHILD',
  LEGAL_AID = 'LEGAL_AID',
  LABOUR_EXPLOITATION = 'LABOUR_EXPLOITATION',
  /** prEUgovor: information for policy monitoring, never about a person. */
  POLICY_MONITORING = 'POLICY_MONITORING',
}

export enum ReferralUrgency {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
  CRITICAL = 'CRITICAL',
}

export enum ReferralStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum RequestedService {
  MEDICAL = 'MEDICAL',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  LEGAL = 'LEGAL',
  TECHNICAL = 'TECHNICAL',
  SHELTER = 'SHELTER',
  REINTEGRATION = 'REINTEGRATION',
  ECONOMIC_EMPOWERMENT = 'ECONOMIC_EMPOWERMENT',
}

/** IOM HTCDS `gender` values. */
export enum HtcdsGender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  TRANSGENDER_OR_NON_CONFORMING = 'TRANSGENDER_OR_NON_CONFORMING',
  UNKNOWN = 'UNKNOWN',
}

/** IOM HTCDS `ageBroad` bands. */
export enum HtcdsAgeBroad {
  AGE_0_8 = 'AGE_0_8',
  AGE_9_17 = 'AGE_9_17',
  AGE_18_20 = 'AGE_18_20',
  AGE_21_23 = 'AGE_21_23',
  AGE_24_26 = 'AGE_24_26',
  AGE_27_29 = 'AGE_27_29',
  AGE_30_38 = 'AGE_30_38',
  AGE_39_47 = 'AGE_39_47',
  AGE_48_PLUS = 'AGE_48_PLUS',
  UNKNOWN = 'UNKNOWN',
}

/** HTCDS `typeOfExploitation` (is…Exploit flags), with the forms Serbian law names for children. */
export enum TypeOfExploitation {
  SEXUAL_EXPLOITATION = 'SEXUAL_EXPLOITATION',
  FORCED_LABOUR = 'FORCED_LABOUR',
  SLAVERY_OR_SIMILAR = 'SLAVERY_OR_SIMILAR',
  SERVITUDE = 'SERVITUDE',
  REMOVAL_OF_ORGANS = 'REMOVAL_OF_ORGANS',
  FORCED_BEGGING = 'FORCED_BEGGING',
  FORCED_DOMESTIC_WORK = 'FORCED_DOMESTIC_WORK',
  FORCED_MARRIAGE = 'FORCED_MARRIAGE',
  FORCED_CRIMINALITY = 'FORCED_CRIMINALITY',
  OTHER = 'OTHER',
}

export enum ReferralOutcome {
  SUCCESSFUL = 'SUCCESSFUL',
  NOT_SUCCESSFUL = 'NOT_SUCCESSFUL',
}

registerEnumType(ReferralCategory, {
  name: 'ReferralCategory',
  valuesMap: {
    VICTIM_ASSISTANCE_ABROAD: { description: 'Assistance to a victim abroad' },
    SAFE_RETURN: { description: 'Safe return' },
    MISSING_CHILD: { description: 'Missing child: a 116000 cross-border case' },
    LEGAL_AID: { description: 'Legal aid' },
    LABOUR_EXPLOITATION: { description: 'A labour-exploitation case' },
    POLICY_MONITORING: { description: 'Information for policy monitoring (prEUgovor): no personal data at all' },
  },
});
registerEnumType(ReferralUrgency, { name: 'ReferralUrgency' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(RequestedService, { name: 'RequestedService', valuesMap: { TECHNICAL: { description: 'Transport, hygiene packages' } } });
registerEnumType(HtcdsGender, { name: 'HtcdsGender', description: 'Gender as in IOM’s Human Trafficking Case Data Standard' });
registerEnumType(HtcdsAgeBroad, { name: 'HtcdsAgeBroad', description: 'Age band as in HTCDS `ageBroad`' });
registerEnumType(TypeOfExploitation, { name: 'TypeOfExploitation' });
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome' });
