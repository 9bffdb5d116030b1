// Response targets: how long an unanswered request has waited against its department's target.

export type Waiting = { minutes: number; target: number; overdue: boolean };

/** Only unanswered (requested) requests run against the department's response target. */
export function waitingOf(
  request: { status: string; createdAt: Date; responseTargetMinutes: number },
  now: number,
): Waiting | null {
  if (request.status !== "requested") return null;
  const elapsed = Math.max(0, now - request.createdAt.getTime());
  const target = request.responseTargetMinutes;
  return { minutes: Math.floor(elapsed / 60_000), target, overdue: elapsed > target * 60_000 };
}

/**
 * What the guest is told of an unanswered request: the answer is expected by the time it was promised
 * (made + the answer time stored on it), and whether that time has passed. Null once it is answered.
 */
export function answerExpected(
  request: { status: string; createdAt: Date; responseTargetMinutes: number },
  now: number,
): { by: Date; late: boolean } | null {
  if (request.status !== "requested") return null;
  const by = new Date(request.createdAt.getTime() + request.responseTargetMinutes * 60_000);
  return { by, late: now > by.getTime() };
}
