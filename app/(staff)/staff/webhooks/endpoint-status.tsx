// An endpoint's state as a word: off (the manager's switch), paused (after failing) or active.
export function EndpointStatus({ active, paused, labels }: { active: boolean; paused: boolean; labels: { active: string; paused: string; off: string } }) {
  if (!active) return <span className="text-stone-700">{labels.off}</span>;
  if (paused) return <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-950">{labels.paused}</span>;
  return <span className="text-emerald-900">{labels.active}</span>;
}
