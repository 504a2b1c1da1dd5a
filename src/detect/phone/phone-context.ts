import { contextPattern } from "../context/context-pattern.ts";
import type { ContextRule } from "../context/has-context.ts";

/**
 * Words that make a run of digits a telephone number rather than an id: English, plus the
 * labels and verbs of European and Latin American forms and signatures ("Tél.", "appelez",
 * "Telefon", "Mobil",
 * "Handy", "Portable", "móvil", "celular", "tlf") and the telecom field name "msisdn".
 */
export const PHONE_CONTEXT: ContextRule = {
  pattern: contextPattern([
    "phone*",
    "tel",
    "telephone",
    "cell*",
    "mobile*",
    "call*",
    "ring",
    "appel*",
    "text",
    "fax",
    "contact*",
    "reach*",
    "ph",
    "mob",
    "sms",
    "whatsapp",
    "tél",
    "téléphone",
    "telefon*",
    "teléfono",
    "mobil",
    "handy",
    "móvil",
    "movil",
    "celular",
    "tlf",
    "portable",
    "msisdn",
  ]),
  before: 40,
  after: 20,
};
