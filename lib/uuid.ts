// Recognising a UUID in a URL segment before it reaches a query (a malformed one is "not found", not a database error).
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
