// The package of a /packages/<slug> address, looked up once per request for the layout (its 404) and the page.
import "server-only";
import { cache } from "react";
import { getPackageWithItems } from "@/server/catalogue/guest-catalogue";

export const findPackage = cache((propertyId: string, slug: string) => getPackageWithItems(propertyId, slug.slice(0, 100)));
