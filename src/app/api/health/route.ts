import { checkDatabase } from "~/server/health";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const isDatabaseUp = await checkDatabase();
  return Response.json(
    { status: isDatabaseUp ? "ok" : "unavailable", database: isDatabaseUp ? "up" : "down" },
    { status: isDatabaseUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
