"use client";
// A button that opens the browser's print dialog; hidden on paper (the print style sheet also hides the
// navigation and the forms). `primary` where printing is the page's main job (run sheet, room cards).
export function PrintButton({ label, primary = false }: { label: string; primary?: boolean }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`no-print inline-flex min-h-11 items-center rounded-lg px-4 py-2 font-semibold ${
        primary ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-stone-300 bg-white hover:bg-stone-50"
      }`}
    >
      {label}
    </button>
  );
}
