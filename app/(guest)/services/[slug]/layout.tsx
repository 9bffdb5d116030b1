// Answers 404 for a service that does not exist or is not offered before the loading skeleton below starts the response
// (which fixes its status at 200); the page reads the same lookup.
import { notFound, redirect } from "next/navigation";
import { currentGuest } from "@/app/_server/session";
import { findService } from "./find-service";

export default async function ServiceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const [guest, { slug }] = await Promise.all([currentGuest(), params]);
  if (!guest) redirect("/signin");
  const service = await findService(guest.propertyId, slug);
  if (!service?.active) notFound();
  return children;
}
