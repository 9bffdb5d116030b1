"use client";
// A header link that says which page you are on (aria-current), and shows it.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 hover:bg-brand-700 ${current ? "bg-white/15 underline decoration-2 underline-offset-8" : ""}`}
    >
      {children}
    </Link>
  );
}
