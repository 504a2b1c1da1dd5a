import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { JsonObject } from "./json-value.ts";

/** {@link slotAt} as a list (empty when there is no string), so callers can spread it. */
export function stringSlot(container: JsonObject, key: string | number): TextSlot[] {
  const slot = slotAt(container, key);
  return slot ? [slot] : [];
}
