// The back office's "not found" panel: what is missing, why, and the way back to the queue.
import Link from "next/link";

export function NotFoundPanel({ title, text, back }: { title: string; text: string; back: string }) {
  return (
    <div className="rounded-2xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-stone-700">{text}</p>
      <p className="mt-4">
        <Link href="/staff" className="inline-flex min-h-11 items-center text-brand-700 underline">
          {back}
        </Link>
      </p>
    </div>
  );
}
