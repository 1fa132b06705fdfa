import type { ChannelPort } from '../port.ts';
import { attachLinkedAdapter, type LinkedAdapter, type LinkedClient } from './adapter.ts';
import { tryAdvisoryLock, type Release } from './lock.ts';
import { numberHint } from '../degrade.ts';
import { countryLanguages } from '../languageHints.ts';

export interface LinkedOptions {
  /** Chromium for whatsapp-web.js (PUPPETEER_EXECUTABLE_PATH). */
  executablePath: string;
  /** Where LocalAuth keeps the browser profile (DATA_DIR/whatsapp-linked). */
  dataPath: string;
  /** Which store the process shares (the advisory lock is on PostgreSQL; PGlite is one process's own). */
  store: { kind: string };
  databaseUrl?: string | undefined;
}

interface WwebClient {
  on(event: string, listener: (...args: never[]) => void): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
}

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A whatsapp-web.js Client with its session kept by LocalAuth under DATA_DIR. Loaded only when used. */
async function createClient(opts: LinkedOptions): Promise<WwebClient> {
  const { default: wweb } = await import('whatsapp-web.js');
  const client = new wweb.Client({
    authStrategy: new wweb.LocalAuth({ dataPath: opts.dataPath }),
    puppeteer: {
      executablePath: opts.executablePath,
      headless: true,
      args: BROWSER_ARGS,
    },
  });
  return client as unknown as WwebClient;
}

export interface LinkedDevice {
  adapter: LinkedAdapter;
  stop(): Promise<void>;
}

/**
 * `serve` with WHATSAPP_LINKED=true: hold the linked device (one process, by an advisory
 * lock) and answer its messages. Returns null when another process holds it.
 */
export async function startWhatsappLinked(port: ChannelPort, opts: LinkedOptions): Promise<LinkedDevice | null> {
  const log = port.logger;
  let device: LinkedDevice | null = null;
  const release = await tryAdvisoryLock(opts.store, opts.databaseUrl, () => {
    // The lock went with the connection: stop, so two processes never answer the same phone.
    log.error({ event: 'whatsapp_linked_lock_lost' }, 'lost the WhatsApp linked device lock; stopping the device');
    void device?.stop();
  });
  if (!release) {
    log.info({ event: 'whatsapp_linked_held_elsewhere' }, 'another Waypoint process holds the WhatsApp linked device');
    return null;
  }
  try {
    const client = await createClient(opts);
    client.on('qr', () => {
      log.error({ event: 'whatsapp_linked_not_linked' }, 'the WhatsApp linked device is not linked: run `waypoint whatsapp link`');
    });
    client.on('disconnected', () => {
      log.warn({ event: 'whatsapp_linked_disconnected' }, 'the WhatsApp linked device was disconnected');
    });
    const { catalog, dirOf } = port.presentation;
    const adapter = attachLinkedAdapter({
      client: client as unknown as LinkedClient,
      conversations: port.conversations,
      logger: log,
      dirOf,
      hint: numberHint(catalog),
      // "5215512345678@c.us": the number's country code is a weak language hint.
      langHints: (from) => countryLanguages(from.split('@')[0] ?? '', new Set(catalog.languages())),
    });
    await client.initialize();
    log.info({ event: 'whatsapp_linked_started' }, 'WhatsApp linked device started');
    device = {
      adapter,
      stop: async () => {
        adapter.detach();
        await client.destroy().catch(() => undefined);
        await release();
      },
    };
    return device;
  } catch (err) {
    await release();
    throw err;
  }
}

/**
 * `waypoint whatsapp link`: show the QR code in the terminal, wait until the phone has
 * linked, save the session (LocalAuth) and stop. `serve` then uses the saved session.
 */
export async function runWhatsappLink(opts: LinkedOptions & { out?: NodeJS.WritableStream }): Promise<void> {
  const out = opts.out ?? process.stdout;
  const release: Release | null = await tryAdvisoryLock(opts.store, opts.databaseUrl);
  if (!release) throw new Error('another Waypoint process holds the WhatsApp linked device; stop it first');
  try {
    const { default: qrcode } = await import('qrcode-terminal');
    const client = await createClient(opts);
    const linked = new Promise<void>((resolve, reject) => {
      client.on('qr', (qr: string) => {
        out.write('\nOn the coalition phone: WhatsApp → Settings → Linked devices → Link a device, then scan:\n\n');
        qrcode.generate(qr, { small: true }, (code: string) => out.write(code + '\n'));
      });
      client.on('ready', () => resolve());
      client.on('auth_failure', () => reject(new Error('WhatsApp refused the link; run the command again')));
    });
    await client.initialize();
    await linked;
    out.write('Linked. Start Waypoint with WHATSAPP_LINKED=true to answer messages on this number.\n');
    await client.destroy().catch(() => undefined);
  } finally {
    await release();
  }
}
