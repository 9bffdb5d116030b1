// REST: the hotel's packages with their items, for guests and staff (session or token).
import { getPackageWithItems, getProperty, listPackages } from "@/server/catalogue/guest-catalogue";
import { AppError } from "@/lib/errors";
import { apiRoute } from "../_lib/handler";
import { getCatalogue } from "../_lib/contracts/guest";

export const GET = apiRoute(getCatalogue, async ({ caller }) => {
  const property = await getProperty(caller.propertyId);
  if (!property) throw new AppError("not_found", "Property not found.");
  const cards = await listPackages(caller.propertyId);
  const packages = await Promise.all(cards.map((card) => getPackageWithItems(caller.propertyId, card.slug)));
  return {
    status: 200,
    body: { currency: property.currency, packages: packages.filter((p) => p !== null) },
  };
});
