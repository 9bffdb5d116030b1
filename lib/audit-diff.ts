// What an edit changed, field by field, for the audit log's detail: { field: { from, to } }.

export type FieldChange = { from: unknown; to: unknown };

/** JSON with object keys sorted: jsonb hands keys back in its own order, which must not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  // Texts per locale and weekday lists are JSON values: compare them by content.
  return canonical(a) === canonical(b);
}

/** The fields of `after` whose value differs from `before`; fields absent from `after` are not compared. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  for (const key of Object.keys(after)) {
    const to = after[key];
    if (to === undefined) continue;
    if (!same(before[key], to)) out[key] = { from: before[key] ?? null, to };
  }
  return out;
}
