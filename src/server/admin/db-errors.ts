import { Prisma } from "~/generated/prisma/client";

/** A write refused by a unique constraint: someone else holds the value (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
