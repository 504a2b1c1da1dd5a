import type { Principal } from "../../auth/authenticate.ts";
import { personOfKey } from "../../auth/person-of-key.ts";
import type { Services } from "../../services.ts";
import type { VendorActor } from "../../vendors/vendor-record.ts";

/** The calling key as a two-person-rule actor: its id, and the person it acts for. */
export function adminActor(services: Services, principal: Principal): VendorActor {
  return { keyId: principal.keyId, person: personOfKey(services.keys.list(), principal.keyId) };
}
