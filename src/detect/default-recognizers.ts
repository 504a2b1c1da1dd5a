import { abaRoutingRecognizer } from "./recognizers/aba-routing.ts";
import { creditCardRecognizer } from "./recognizers/credit-card.ts";
import { emailRecognizer } from "./recognizers/email.ts";
import { ibanRecognizer } from "./recognizers/iban.ts";
import { mrnRecognizer } from "./recognizers/mrn.ts";
import { npiRecognizer } from "./recognizers/npi.ts";
import { phoneRecognizer } from "./recognizers/phone.ts";
import { usBankAccountRecognizer } from "./recognizers/us-bank-account.ts";
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
  emailRecognizer,
  phoneRecognizer,
];
