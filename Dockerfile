# syntax=docker/dockerfile:1
# Din pensjon: one image, promoted unchanged from dev to prod. Everything
# environment-specific (issuer, URLs, secrets, database) is read at run time.

# 1. Dependencies, with the dev tools needed to build.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Build: the Prisma client and the standalone Next server.
FROM deps AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npx prisma generate --no-hints && npx next build

# 3. Migrations: a separate command for the platform's init step or job,
#    never run by every replica at start. Runs as the owner role
#    (DATABASE_MIGRATION_URL) and grants the portal's role its rights.
FROM deps AS migrate
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/generated ./generated
COPY lib ./lib
COPY prisma ./prisma
COPY package.json tsconfig.json prisma.config.ts ./
USER node
CMD ["npx", "tsx", "lib/cli/db-setup.ts"]

# 4. The portal: only the standalone server and what it reads, no dev dependencies.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/internal/isalive').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=64", "server.js"]
