import { parseUiLanguage, UI_LANGUAGE_COOKIE } from "../../../lib/ui-language";
import { safeReturnPath } from "../../../server/http/auth-handlers";

/**
 * POST (a form from the header): stores the interface language in a cookie for a year and sends
 * the reader back to the page they were on (a same-site path only, never another site).
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const ui = parseUiLanguage(typeof form?.get("ui") === "string" ? (form.get("ui") as string) : undefined);
  const target = safeReturnPath(form?.get("back"));
  return new Response(null, {
    status: 303,
    headers: {
      Location: target,
      "Set-Cookie": `${UI_LANGUAGE_COOKIE}=${ui}; Path=/; Max-Age=31536000; SameSite=Lax`,
    },
  });
}
