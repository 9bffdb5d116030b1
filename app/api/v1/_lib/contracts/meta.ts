// The API's description of itself.
import { z } from "zod";
import { defineOperation } from "@/lib/openapi";

export const openApiDocument = defineOperation({
  method: "GET",
  path: "/api/v1/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This document",
  tags: ["Meta"],
  access: { kind: "public" },
  responses: { 200: { description: "The OpenAPI 3.1 document of REST API v1.", schema: z.object({ openapi: z.literal("3.1.0") }).loose() } },
  problems: [],
});
