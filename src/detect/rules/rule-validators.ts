import { isAbaRoutingValid } from "../checksums/aba-routing-checksum.ts";
import { isDeaValid } from "../checksums/dea-checksum.ts";
import { ibanMod97 } from "../checksums/iban-mod97.ts";
import { isLuhnValid } from "../checksums/luhn.ts";
import { isNhsNumberValid } from "../checksums/nhs-mod11.ts";
import { isNpiValid } from "../checksums/npi-checksum.ts";
import { digitsOnly } from "../char-codes.ts";

/** Letters and digits only, upper-cased: "de89 3704-0044" → "DE8937040044". */
const alphanumericUpper = (value: string): string => value.replace(/[^A-Za-z0-9]+/g, "").toUpperCase();

/**
 * The checks a custom rule can name in its `validator` field. Each takes the matched text
 * as written (separators included) and says whether it is a real value, so "4111 1111 1111
 * 1111" and "4111-1111-1111-1111" both pass `luhn`. Registered here by name; a rule pack
 * cannot run code.
 */
export const RULE_VALIDATORS = {
  /** No check: every match of the pattern counts. */
  none: () => true,
  /** Luhn mod 10 over the digits (payment cards, IMEIs, many company ids). */
  luhn: (value: string) => isLuhnValid(digitsOnly(value)),
  /** ISO 7064 MOD 97-10 as IBANs use it: first four characters moved to the end, remainder 1. */
  mod97: (value: string) => ibanMod97(alphanumericUpper(value)) === 1,
  /** ABA routing number: nine digits, 3-7-1 weighted checksum and a Federal Reserve prefix. */
  aba: (value: string) => isAbaRoutingValid(digitsOnly(value)),
  /** National Provider Identifier: ten digits, Luhn over "80840" + the digits. */
  npi: (value: string) => isNpiValid(digitsOnly(value)),
  /** DEA registration number: two letters and seven digits with the DEA check digit. */
  dea: (value: string) => isDeaValid(alphanumericUpper(value)),
  /** NHS number: ten digits with the mod 11 check digit. */
  "nhs-mod11": (value: string) => isNhsNumberValid(digitsOnly(value)),
} as const satisfies Record<string, (value: string) => boolean>;

/** A validator's name, as written in a rule pack. */
export type RuleValidatorName = keyof typeof RULE_VALIDATORS;

/** Every validator name, for the rule-pack schema and its error messages. */
export const RULE_VALIDATOR_NAMES = Object.keys(RULE_VALIDATORS) as [RuleValidatorName, ...RuleValidatorName[]];
