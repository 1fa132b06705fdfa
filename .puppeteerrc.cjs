// whatsapp-web.js brings puppeteer. Never let an install download a browser: the linked-device
// channel uses the system Chromium (PUPPETEER_EXECUTABLE_PATH, default /usr/bin/chromium).
module.exports = { skipDownload: true };
