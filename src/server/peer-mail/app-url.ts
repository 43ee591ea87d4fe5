/** Links in queued mail point here; the same fallback as the app's mailer. */
export const peerMailAppUrl = () => process.env.NEXTAUTH_URL ?? "http://localhost:3000";
