// The whole schema, for drizzle-kit and for the typed client.
export * from "./enums";
export * from "./property";
export * from "./staff";
export * from "./stays";
export * from "./catalogue";
export * from "./bookings";
export * from "./auth";
export * from "./guest-experience";
export * from "./webhooks";
export * from "./relations";
