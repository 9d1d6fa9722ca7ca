# syntax=docker/dockerfile:1
#
# One Dockerfile for every Pollen service; SERVICE picks which one the image runs:
#
#   docker build --build-arg SERVICE=matching -t pollen-matching .
#
# SERVICE is one of the services of libs/contracts/src/services.js, which also gives each one its
# port (tools/repo-checks checks the service-* stages below against it); `nx g @pollen/tools:service`
# adds a stage for a new one. docker-compose.yml builds them all. The image is small (the webpack
# bundle plus the runtime dependencies Nx lists for it), runs as the unprivileged `node` user and
# reports its health. The gateway's image also holds the web portal's static files (apps/portal),
# which it serves under /.

ARG SERVICE

# ---- deps: the whole workspace's dependencies, cached until package*.json change ----------------
FROM node:20-bookworm-slim AS deps
WORKDIR /workspace
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- build: the service's bundle, dist/apps/$SERVICE/{main.js,package.json,package-lock.json} ---
# and, for the gateway, the portal's files in dist/apps/portal/.
FROM deps AS build
ARG SERVICE
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY . .
RUN if [ "$SERVICE" = gateway ]; then portal=,portal; fi \
 && npx nx run-many -t build --projects="$SERVICE${portal:-}"

# ---- prod-deps: only what the bundle requires at run time, from the package.json Nx generated ---
FROM node:20-bookworm-slim AS prod-deps
ARG SERVICE
WORKDIR /app
COPY --from=build /workspace/dist/apps/${SERVICE}/package*.json ./
RUN if [ -f package-lock.json ]; then npm ci --omit=dev --no-audit --no-fund; \
    else npm install --omit=dev --no-audit --no-fund; fi \
 && npm cache clean --force \
 && mkdir -p node_modules

# ---- runtime-base and one stage per service: the ports each service listens on -----------------
# A stage per service (rather than PORT build arguments) keeps SERVICE the only input: the image
# exposes the ports the service really uses (its API, and its management port for health and
# metrics) and checks the health of the latter. PORT and MANAGEMENT_PORT at run time still win.
FROM node:20-bookworm-slim AS runtime-base
# Production unless told otherwise; production only checks that Kafka topics exist (the platform
# creates them), docker-compose.yml switches that to `create` for a fresh local stack.
ENV NODE_ENV=production \
    KAFKA_TOPICS_MODE=check \
    SHUTDOWN_DRAIN_MS=5000
WORKDIR /app

FROM runtime-base AS service-gateway
ENV PORT=3000 \
    MANAGEMENT_PORT=9000
# The portal, where the gateway looks for it: PORTAL_DIR, dist/apps/portal under its working directory.
COPY --from=build /workspace/dist/apps/portal/ ./dist/apps/portal/

FROM runtime-base AS service-applications
ENV PORT=3001 \
    MANAGEMENT_PORT=9001

FROM runtime-base AS service-matching
ENV PORT=3002 \
    MANAGEMENT_PORT=9002

FROM runtime-base AS service-legal-templates
ENV PORT=3003 \
    MANAGEMENT_PORT=9003

FROM runtime-base AS service-notifications
ENV PORT=3004 \
    MANAGEMENT_PORT=9004

FROM runtime-base AS service-operations
ENV PORT=3005 \
    MANAGEMENT_PORT=9005

# ---- runtime: the service, as the `node` user (uid 1000), never root ----------------------------
FROM service-${SERVICE} AS runtime
ARG SERVICE
LABEL org.opencontainers.image.title="pollen-${SERVICE}" \
      org.opencontainers.image.description="Pollen ${SERVICE} service"
# The files stay owned by root: `node` can read them but the process cannot rewrite its own code.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /workspace/dist/apps/${SERVICE}/ ./
USER node
EXPOSE ${PORT} ${MANAGEMENT_PORT}
# Slim images have no curl: Node's own fetch asks the liveness endpoint, on the management port.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.MANAGEMENT_PORT + '/health/live', { signal: AbortSignal.timeout(4000) }).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "main.js"]
