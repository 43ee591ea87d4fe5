// Runs once when the server starts: an invalid environment stops it with a line naming the variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./env");
  }
}
