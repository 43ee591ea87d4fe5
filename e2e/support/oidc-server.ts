// A real OpenID Connect provider for the end-to-end tests (oidc-provider, with its development
// login pages). Any login name is accepted and becomes the account's email address; names
// starting with "unverified-" get email_verified = false.
import Provider from "oidc-provider";

const port = Number(process.env.E2E_OIDC_PORT);
const appUrl = process.env.E2E_APP_URL ?? "";
const clientId = process.env.OIDC_CLIENT_ID ?? "";
const clientSecret = process.env.OIDC_CLIENT_SECRET ?? "";

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  findAccount: (_context, id) => ({
    accountId: id,
    claims: () => ({
      sub: `sso-${id}`,
      email: id,
      email_verified: !id.startsWith("unverified-"),
      name: `SSO ${id}`,
    }),
  }),
  features: { devInteractions: { enabled: true } },
});

const server = provider.listen(port, "127.0.0.1");
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
