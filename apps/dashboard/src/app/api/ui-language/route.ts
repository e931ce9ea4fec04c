import { getServerDeps } from "../../../server/deps";
import { createUiLanguageHandler } from "../../../server/http/ui-language-handler";

export const dynamic = "force-dynamic";

const handler = createUiLanguageHandler((request) => getServerDeps().sourceOf(request));

export function POST(request: Request): Promise<Response> {
  return handler(request);
}
