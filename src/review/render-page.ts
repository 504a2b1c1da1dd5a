import type { Context } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";

/** Sends a full HTML page with its doctype; pages are never cached (they show audit data). */
export async function renderPage(context: Context, page: JSX.Element, status: 200 | 400 | 401 | 403 | 404 = 200): Promise<Response> {
  context.header("cache-control", "no-store");
  return context.html(`<!DOCTYPE html>${await page.toString()}`, status);
}
