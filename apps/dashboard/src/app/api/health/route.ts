import { healthHandler } from "../../../server/http-handlers";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return healthHandler();
}
