import type { EntityType } from "../detect/types.ts";
import type { DataClass } from "./data-class.ts";

/**
 * The one place entity types map to data classes. Keyed by string because rule packs may
 * name types this build does not know; those fall back to `restricted`, the conservative
 * class (see data-class.ts). A unit test checks every known entity type is listed here.
 */
const CLASS_BY_ENTITY_TYPE: Readonly<Partial<Record<EntityType, DataClass>> & Record<string, DataClass | undefined>> = {
  MRN: "phi",
  NPI: "phi",
  HEALTH_PLAN_ID: "phi",
  MBI: "phi",
  DEA: "phi",
  UK_NHS: "phi",
  CREDIT_CARD: "financial",
  IBAN: "financial",
  ABA_ROUTING: "financial",
  US_BANK_ACCOUNT: "financial",
  SWIFT_BIC: "financial",
  EMAIL: "contact",
  PHONE: "contact",
  STREET_ADDRESS: "contact",
  IP_ADDRESS: "contact",
  US_SSN: "government_id",
  US_ITIN: "government_id",
  US_PASSPORT: "government_id",
  US_DRIVER_LICENSE: "government_id",
  PERSON: "identity",
  DATE_OF_BIRTH: "identity",
};

/** The data class of an entity type; unknown types are `restricted`. */
export function dataClassOf(entityType: string): DataClass {
  return Object.hasOwn(CLASS_BY_ENTITY_TYPE, entityType) ? (CLASS_BY_ENTITY_TYPE[entityType] ?? "restricted") : "restricted";
}

/** Whether `entityType` has a class of its own (rather than the `restricted` fallback). */
export function hasDataClass(entityType: string): boolean {
  return Object.hasOwn(CLASS_BY_ENTITY_TYPE, entityType);
}
