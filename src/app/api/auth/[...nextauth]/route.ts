import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { foreignCallbackUrlResponse, hasForeignCallbackUrl } from "~/server/auth/callback-url";
import { authOptions } from "~/server/auth/options";
import { appOrigin } from "~/server/http/app-origin";

type TContext = { params: Promise<{ nextauth: string[] }> };

const nextAuth = NextAuth(authOptions) as (request: NextRequest, context: TContext) => Promise<Response>;

async function handler(request: NextRequest, context: TContext) {
  if (await hasForeignCallbackUrl(request, appOrigin())) return foreignCallbackUrlResponse();
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };
