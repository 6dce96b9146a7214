# One image for the API (default), the admin app and the CLI; see docker-compose.yml.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 API_WORKERS=0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
# dist/ also holds the compiled migrations (dist/migrations) and the admin views and assets.
COPY --from=build /app/dist ./dist
# /app is root-owned; DATA_DIR (default .data) must stay writable for the node user.
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3000 3001
CMD ["node", "dist/apps/api/src/main.js"]
