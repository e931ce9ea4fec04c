import document from "@marsad/schema/openapi.json";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API, generated from @marsad/schema. */
export function GET(): Response {
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
