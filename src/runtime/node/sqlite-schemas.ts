import { EXCHANGE_LOG_SCHEMA } from "./audit-log-schema.ts";
import { KEY_STORE_SCHEMA } from "./create-sqlite-key-store.ts";
import { POLICY_STORE_SCHEMA } from "./create-sqlite-policy-store.ts";
import { VENDOR_SECRET_STORE_SCHEMA } from "./create-sqlite-vendor-secret-store.ts";
import { VENDOR_STORE_SCHEMA } from "./create-sqlite-vendor-store.ts";
import type { SqliteSchema } from "./open-database.ts";

/** Every store's tables, registered explicitly; openDatabase applies them in this order. */
export const SQLITE_SCHEMAS: readonly SqliteSchema[] = [
  KEY_STORE_SCHEMA,
  EXCHANGE_LOG_SCHEMA,
  VENDOR_STORE_SCHEMA,
  VENDOR_SECRET_STORE_SCHEMA,
  POLICY_STORE_SCHEMA,
];
