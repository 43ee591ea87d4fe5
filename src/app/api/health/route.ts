import { checkDatabase } from "~/server/health";

export const dynamic = "force-dynamic";

/** Readiness, for load balancers: 200 when the database answers, 503 otherwise (liveness: ./live). */
export async function GET() {
  const isDatabaseUp = await checkDatabase();
  return Response.json(
    { status: isDatabaseUp ? "ok" : "unavailable", database: isDatabaseUp ? "up" : "down" },
    { status: isDatabaseUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
