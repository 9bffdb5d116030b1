// The package of a /packages/<slug> address and its hotel, looked up once per request for the layouts (their 404) and the pages.
import "server-only";
import { cache } from "react";
import { getPackageWithItems, getProperty } from "@/server/catalogue/guest-catalogue";

export const findPackage = cache((propertyId: string, slug: string) => getPackageWithItems(propertyId, slug.slice(0, 100)));

/** The hotel, read once per request for the package's header (the layout) and its items (the page). */
export const findProperty = cache((propertyId: string) => getProperty(propertyId));
