// Relations between the tables, for drizzle's relational queries.
import { relations } from "drizzle-orm";
import { bookingEvents, bookings, serviceSessions } from "./bookings";
import { packageItems, packages, serviceSchedules, services } from "./catalogue";
import { departments, properties } from "./property";
import { staffDepartments, staffUsers } from "./staff";
import { stays } from "./stays";

export const propertiesRelations = relations(properties, ({ many }) => ({
  departments: many(departments),
  packages: many(packages),
  services: many(services),
}));

export const departmentsRelations = relations(departments, ({ one }) => ({
  property: one(properties, { fields: [departments.propertyId], references: [properties.id] }),
}));

export const staffUsersRelations = relations(staffUsers, ({ many }) => ({
  departments: many(staffDepartments),
}));

export const staffDepartmentsRelations = relations(staffDepartments, ({ one }) => ({
  staff: one(staffUsers, { fields: [staffDepartments.staffId], references: [staffUsers.id] }),
  department: one(departments, { fields: [staffDepartments.departmentId], references: [departments.id] }),
}));

export const packagesRelations = relations(packages, ({ many }) => ({
  items: many(packageItems),
}));

export const servicesRelations = relations(services, ({ one, many }) => ({
  department: one(departments, { fields: [services.departmentId], references: [departments.id] }),
  packages: many(packageItems),
  schedules: many(serviceSchedules),
}));

export const packageItemsRelations = relations(packageItems, ({ one }) => ({
  package: one(packages, { fields: [packageItems.packageId], references: [packages.id] }),
  service: one(services, { fields: [packageItems.serviceId], references: [services.id] }),
}));

export const serviceSchedulesRelations = relations(serviceSchedules, ({ one }) => ({
  service: one(services, { fields: [serviceSchedules.serviceId], references: [services.id] }),
}));

export const bookingsRelations = relations(bookings, ({ one, many }) => ({
  stay: one(stays, { fields: [bookings.stayId], references: [stays.id] }),
  service: one(services, { fields: [bookings.serviceId], references: [services.id] }),
  session: one(serviceSessions, { fields: [bookings.sessionId], references: [serviceSessions.id] }),
  department: one(departments, { fields: [bookings.departmentId], references: [departments.id] }),
  events: many(bookingEvents),
}));

export const bookingEventsRelations = relations(bookingEvents, ({ one }) => ({
  booking: one(bookings, { fields: [bookingEvents.bookingId], references: [bookings.id] }),
}));
