# The Rolegraph API and explorer, for docker-compose.yml (Neo4j runs in its own container).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/explorer/package.json apps/explorer/
COPY packages/schema/package.json packages/schema/
COPY packages/rules/package.json packages/rules/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "node_modules/tsx/dist/cli.mjs", "apps/api/src/server.ts"]
