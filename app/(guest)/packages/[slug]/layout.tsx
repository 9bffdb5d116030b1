// Answers 404 for a package that does not exist before the loading skeleton below starts the response (which fixes
// its status at 200); the page reads the same lookup.
import { notFound, redirect } from "next/navigation";
import { currentGuest } from "@/app/_server/session";
import { findPackage } from "./find-package";

export default async function PackageLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const [guest, { slug }] = await Promise.all([currentGuest(), params]);
  if (!guest) redirect("/signin");
  if (!(await findPackage(guest.propertyId, slug))) notFound();
  return children;
}
