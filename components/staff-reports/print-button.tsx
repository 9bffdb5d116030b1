"use client";
// Prints the reports page (the print style sheet hides the navigation and the forms).
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold hover:bg-stone-50"
    >
      {label}
    </button>
  );
}
