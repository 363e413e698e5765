# The Rolegraph API and explorer, for docker-compose.yml (Neo4j runs in its own container).
# The build stage compiles the API (and the packages it uses) to JavaScript and builds the
# explorer; the runtime stage has the compiled output and production dependencies only, and
# runs plain node: no TypeScript loader, no sources.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/explorer/package.json apps/explorer/
COPY packages/schema/package.json packages/schema/
COPY packages/rules/package.json packages/rules/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/explorer/package.json apps/explorer/
COPY packages/schema/package.json packages/schema/
COPY packages/rules/package.json packages/rules/
# The API's dependencies (and the workspace packages it uses) only: no Vite, React or TypeScript.
RUN npm ci --omit=dev --workspace @rolegraph/api --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/packages/schema/dist packages/schema/dist
COPY --from=build /app/packages/rules/dist packages/rules/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/explorer/dist apps/explorer/dist
# The example team and organisation seeded into an empty graph; the CLI entry (it runs dist/ when up to date).
COPY seed/dpos-data-team.yaml seed/
COPY seed/examples/org/ seed/examples/org/
COPY apps/api/bin apps/api/bin
COPY scripts/build-api.mjs scripts/
EXPOSE 4000
# --conditions=compiled: workspace packages export their dist/ under it (their sources otherwise).
CMD ["node", "--conditions=compiled", "apps/api/dist/server.js"]
