# syntax=docker/dockerfile:1
# RCP Exchange, production image: the app's server (`npm start`) on an external PostgreSQL.
#
#   docker build -t rcp-exchange .
#   docker run --rm --env-file .env.production rcp-exchange npm run db:deploy   # once per release
#   docker run -d -p 3000:3000 --env-file .env.production -v rcp-documents:/data/documents rcp-exchange
#
# See "Deployment" in README.md for the variables and the checks.

ARG NODE_VERSION=22

# Dependencies, with the Prisma client generated (package.json's postinstall) from the schema.
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci

# The production build, then the development-only packages dropped.
FROM deps AS build
COPY . .
RUN npx prisma generate \
  && npx next build \
  && npm prune --omit=dev \
  && rm -rf .next/cache

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DOCUMENTS_DIR=/data/documents
WORKDIR /app
# The server writes Next's page cache under .next and uploaded files under /data: both belong to
# the unprivileged user it runs as.
COPY --from=build --chown=node:node /app ./
RUN mkdir -p /data/documents && chown -R node:node /data
USER node
VOLUME ["/data/documents"]
EXPOSE 3000
# Liveness only: a database outage shows in readiness (/api/health), which load balancers check;
# restarting the container would not bring the database back.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL, SMTP_URL and TRUSTED_PROXY_HOPS come from the
# environment; `npm start` refuses to start without them.
CMD ["npm", "start"]
