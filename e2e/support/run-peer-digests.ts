// Runs the daily or weekly peer digest job once against the end-to-end database, as the job queue
// would at 06:00 UTC: `node --import tsx e2e/support/run-peer-digests.ts DAILY`. A separate process,
// because the job renders mail from the JSON message files, which the test runner's loader does
// not import. It signs unsubscribe links with the running app's secret and address.
import { readFileSync } from "node:fs";
import { queuePeerDigests } from "../../src/server/peer-mail/digest";
import { e2eDb } from "./e2e-db";

const frequency = process.argv[2];
if (frequency !== "DAILY" && frequency !== "WEEKLY") throw new Error("Give DAILY or WEEKLY.");
process.env.NEXTAUTH_SECRET = readFileSync(".data/auth-secret", "utf8").trim();
const db = e2eDb();
const report = await queuePeerDigests(db, frequency, new Date());
console.log(JSON.stringify(report));
await db.$disconnect();
