import { abaRoutingRecognizer } from "./recognizers/aba-routing.ts";
import { creditCardRecognizer } from "./recognizers/credit-card.ts";
import { dateOfBirthRecognizer } from "./recognizers/date-of-birth.ts";
import { deaRecognizer } from "./recognizers/dea.ts";
import { emailRecognizer } from "./recognizers/email.ts";
import { healthPlanIdRecognizer } from "./recognizers/health-plan-id.ts";
import { ibanRecognizer } from "./recognizers/iban.ts";
import { ipAddressRecognizer } from "./recognizers/ip-address.ts";
import { mbiRecognizer } from "./recognizers/mbi.ts";
import { mrnRecognizer } from "./recognizers/mrn.ts";
import { npiRecognizer } from "./recognizers/npi.ts";
import { personRecognizer } from "./recognizers/person.ts";
import { phoneRecognizer } from "./recognizers/phone.ts";
import { streetAddressRecognizer } from "./recognizers/street-address.ts";
import { swiftBicRecognizer } from "./recognizers/swift-bic.ts";
import { ukNhsRecognizer } from "./recognizers/uk-nhs.ts";
import { usBankAccountRecognizer } from "./recognizers/us-bank-account.ts";
import { usDriverLicenseRecognizer } from "./recognizers/us-driver-license.ts";
import { usItinRecognizer } from "./recognizers/us-itin.ts";
import { usPassportRecognizer } from "./recognizers/us-passport.ts";
import { usSsnRecognizer } from "./recognizers/us-ssn.ts";
import type { Recognizer } from "./types.ts";

/** The built-in recognizers, registered by explicit import (add new ones here). */
export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = [
  usSsnRecognizer,
  creditCardRecognizer,
  abaRoutingRecognizer,
  usBankAccountRecognizer,
  ibanRecognizer,
  mrnRecognizer,
  npiRecognizer,
  usItinRecognizer,
  swiftBicRecognizer,
  deaRecognizer,
  mbiRecognizer,
  ukNhsRecognizer,
  healthPlanIdRecognizer,
  ipAddressRecognizer,
  dateOfBirthRecognizer,
  streetAddressRecognizer,
  usPassportRecognizer,
  usDriverLicenseRecognizer,
  emailRecognizer,
  phoneRecognizer,
  personRecognizer,
];
