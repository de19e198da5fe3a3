# syntax=docker/dockerfile:1
# The production image: compiled JavaScript run by node as a non-root user under tini.
# `docker compose up --build` (docker-compose.yml) runs it with PostgreSQL and Redis; alone,
# `docker run -p 4000:4000 -e JWT_SECRET=... <image>` runs it on the embedded database in /app/.data.

# ── build: every dependency, the Prisma client generated, src/ compiled to dist/ ──
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts run below, once the sources are in (postinstall is `prisma generate`, which needs prisma/).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx prisma generate && npm run build

# ── production dependencies only ──
# --omit=optional too: the TypeScript compiler is an optional peer of Prisma's (devOptional in the
# lock), and nothing else optional runs on the server. --omit=peer drops GraphiQL's editor peers
# (the page is served from graphiql's own bundle) and PGlite's extensions (none is loaded).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --omit=peer --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ── runtime ──
FROM node:20-bookworm-slim
# tini is PID 1: it hands SIGTERM (docker stop) to node, which drains, and reaps zombies.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    EMBEDDED_DATA_DIR=/app/.data \
    CHECKPOINT_DISABLE=1
# Everything is root's and read-only to the server; only the embedded database's directory is its.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# package.json says "type": "module"; migrations run through the Prisma CLI with prisma.config.ts;
# GraphiQL's saved tabs and PERSISTED_OPERATIONS read client/ at run time.
COPY --from=build /app/package.json /app/prisma.config.ts ./
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/client/operations ./client/operations
COPY --from=build /app/client/generated/persisted-documents.json ./client/generated/
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
# Ready means the database answers; a first start migrates first, hence the start period.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--no-regexp-tier-up", "dist/app/main.js"]
