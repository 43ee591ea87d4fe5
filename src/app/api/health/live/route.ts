export const dynamic = "force-dynamic";

/**
 * Liveness, for the container's health check and orchestrators: 200 while the server process
 * answers, whatever the database's state. Restarting the app does not bring a database back, so a
 * database outage shows in readiness (/api/health) only.
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
