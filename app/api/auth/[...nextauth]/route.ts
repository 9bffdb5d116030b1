// Auth.js endpoints (sign-in callbacks, session, sign-out).
import { handlers } from "@/auth";

export const { GET, POST } = handlers;
