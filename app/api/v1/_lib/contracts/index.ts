// Every REST v1 operation, in the order the OpenAPI document lists them; a route's handler uses the same object.
import type { Operation } from "@/lib/openapi";
import {
  acceptWaitlistOfferOperation,
  bookPackageOperation,
  cancelBooking,
  createBooking,
  getAvailability,
  getBooking,
  getCatalogue,
  joinWaitlistOperation,
  leaveWaitlistOperation,
  listBookings,
  listWaitlist,
} from "./guest";
import { openApiDocument } from "./meta";
import {
  changeRequestStatus,
  createApiTokenOperation,
  getMe,
  getRequest,
  listApiTokensOperation,
  listRequests,
  revokeApiTokenOperation,
} from "./staff";
import { WEBHOOK_OPERATIONS } from "./webhooks";

export const OPERATIONS: readonly Operation[] = [
  getCatalogue,
  getAvailability,
  listBookings,
  createBooking,
  getBooking,
  cancelBooking,
  bookPackageOperation,
  listWaitlist,
  joinWaitlistOperation,
  acceptWaitlistOfferOperation,
  leaveWaitlistOperation,
  listRequests,
  getRequest,
  changeRequestStatus,
  getMe,
  listApiTokensOperation,
  createApiTokenOperation,
  revokeApiTokenOperation,
  ...WEBHOOK_OPERATIONS,
  openApiDocument,
];
