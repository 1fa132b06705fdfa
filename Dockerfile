# Waypoint as a container: Node 20 on Debian slim, production dependencies only, run as the
# image's unprivileged `node` user. No browser unless it is built with WITH_BROWSER=true (only
# the unofficial WhatsApp linked-device channel needs one). See docs/DEPLOY.md.
#
#   docker build -t waypoint .
#   docker build -t waypoint --build-arg WITH_BROWSER=true .   # with Chromium, for WHATSAPP_LINKED
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# .puppeteerrc.cjs keeps whatsapp-web.js's puppeteer from downloading a browser.
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
ARG WITH_BROWSER=false
RUN if [ "$WITH_BROWSER" = "true" ]; then \
      apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*; \
    fi
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json .puppeteerrc.cjs ./
COPY bin ./bin
COPY src ./src
COPY flows ./flows
COPY locales ./locales
COPY personas ./personas
COPY config ./config
# DATA_DIR: the embedded database and generated secrets when DATABASE_URL is not set.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# --optimize-for-size --initial-heap-size=128: as `npm start`; see docs/adr/0007-optimize-for-size.md.
CMD ["node", "--optimize-for-size", "--initial-heap-size=128", "bin/waypoint.js", "serve"]
