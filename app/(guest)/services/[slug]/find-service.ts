// The service of a /services/<slug> address, looked up once per request for the layout (its 404) and the page.
import "server-only";
import { cache } from "react";
import { getServiceBySlug } from "@/server/catalogue/guest-catalogue";

export const findService = cache((propertyId: string, slug: string) => getServiceBySlug(propertyId, slug.slice(0, 100)));
