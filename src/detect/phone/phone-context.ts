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

/**
 * An id label right before a number ("NHS No. 943 476 5919", "order 555-123-4567", "PO 0099
 * 88776655") makes it more likely that id than a phone: a North American reading is still
 * reported, scored so that any id recognizer outranks it; an "00…" international reading,
 * weak to begin with, is dropped.
 */
export const ID_LABEL: ContextRule = {
  pattern: contextPattern([
    "nhs",
    "ssn",
    "social security",
    "mrn",
    "npi",
    "member",
    "policy",
    "invoice",
    "order",
    "ticket",
    "case",
    "reference",
    "tracking",
    "serial",
    "po",
    "ref",
  ]),
  before: 24,
  after: 0,
  columns: false,
};
