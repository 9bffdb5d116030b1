// The link back to the page a guest came from ("← Your stay", "← Family package"), as every guest page draws it.
import Link from "next/link";

export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center gap-1 font-medium text-brand-700 underline-offset-4 hover:underline">
      <span aria-hidden>←</span> {children}
    </Link>
  );
}
