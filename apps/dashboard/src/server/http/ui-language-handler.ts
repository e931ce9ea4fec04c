import { parseUiLanguage, UI_LANGUAGE_COOKIE } from "../../lib/ui-language";
import { isCrossSiteWrite } from "../auth/same-origin";
import type { RequestSource } from "./request-source";
import { safeReturnPath } from "./return-path";

/**
 * POST /api/ui-language (a form from the header): stores the interface language in a cookie for a
 * year and sends the reader back to the page they were on — a path on this site only. A form
 * another site posts is refused, so no site can switch a reader's language behind their back.
 */
export function createUiLanguageHandler(sourceOf: (request: Request) => RequestSource) {
  return async (request: Request): Promise<Response> => {
    if (isCrossSiteWrite(request, sourceOf(request).ownOrigin))
      return new Response("cross-site request refused", { status: 403 });
    const form = await request.formData().catch(() => null);
    const chosen = form?.get("ui");
    const ui = parseUiLanguage(typeof chosen === "string" ? chosen : undefined);
    return new Response(null, {
      status: 303,
      headers: {
        Location: safeReturnPath(form?.get("back")),
        "Set-Cookie": `${UI_LANGUAGE_COOKIE}=${ui}; Path=/; Max-Age=31536000; SameSite=Lax`,
      },
    });
  };
}
