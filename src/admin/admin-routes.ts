import type { Services } from "../services.ts";
import type { AdminApp } from "./admin-env.ts";
import { registerListKeys } from "./routes/list-keys.ts";

/** Every admin route, registered explicitly: one file per route under routes/. */
export const ADMIN_ROUTES: ReadonlyArray<(app: AdminApp, services: Services) => void> = [registerListKeys];
