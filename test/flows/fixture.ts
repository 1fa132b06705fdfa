// Small content fixtures written to a temp dir: a clean base that every test bends one way.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, type LoadedContent } from '../../src/bundle.ts';
import { CODE_KEYS } from '../../src/content/codeKeys.ts';

export const ROUTES = `routes:
  entry: main.menu
  menu: main.menu
  language: main.language
  human: main.info
  emergency: main.info
  help: main.info
  suggest: main.menu
  check: main.menu
keys:
  draft_notice: draft-notice
  erased: erased
  stopped: stopped
  recovered: recovered
  input_refused: input-refused
  input_trimmed: input-trimmed
  back_unavailable: back-unavailable
  too_many_misses: too-many-misses
  retry: retry
  handoff_claimed: handoff-claimed
  handoff_closed: handoff-closed
  handoff_cancelled: handoff-cancelled
  handoff_waiting: handoff-waiting
  handoff_emergency: handoff-emergency
  language_offer: language-offer
  open_neutral: open-neutral
  media_not_read: media-not-read
  media_handoff: media-handoff
`;

export const MAIN = `id: main
start: menu
nodes:
  menu:
    type: ask
    prompt: menu-prompt
    display: buttons
    choices:
      - { id: info, label: menu-info, next: info }
      - { id: lang, label: menu-language, next: language }
  info:
    type: say
    say: info-text
    next: menu
  language:
    type: ask
    prompt: language-prompt
    languages: true
    display: list
    next: menu
`;

const COMMANDS = ['menu', 'back', 'language', 'human', 'erase', 'stop', 'start', 'help', 'emergency', 'open'];

function catalogue(lang: 'en' | 'fr'): string {
  const t = (en: string, fr: string): string => (lang === 'en' ? en : fr);
  return [
    `### @status reviewed`,
    `### @last-reviewed 2026-01-10`,
    ...COMMANDS.map((c) => `cmd-${c} = ${c.toUpperCase()}\n    .synonyms = ${c}`),
    ...[
      'draft-notice',
      'erased',
      'stopped',
      'recovered',
      'input-refused',
      'input-trimmed',
      'back-unavailable',
      'too-many-misses',
      'retry',
      'handoff-claimed',
      'handoff-closed',
      'handoff-cancelled',
      'handoff-waiting',
      'handoff-emergency',
      'language-offer',
      'open-neutral',
      'media-not-read',
      'media-handoff',
      ...CODE_KEYS.map((k) => k.key),
    ].map(
      (k) => `${k} = ${t('Text', 'Texte')} ${k}`,
    ),
    `menu-prompt = ${t('Pick one.', 'Choisissez.')}`,
    `menu-info = ${t('Information', 'Information')}\n    .synonyms = ${t('info', 'infos')}`,
    `menu-language = ${t('Language', 'Langue')}`,
    `info-text = ${t('Some information.', 'Des informations.')}`,
    `language-prompt = ${t('Choose a language.', 'Choisissez une langue.')}`,
    `language-en = English\n    .synonyms = english`,
    `language-fr = Francais\n    .synonyms = french`,
    '',
  ].join('\n');
}

export const EN = catalogue('en');
export const FR = catalogue('fr');

export const LANGUAGES = `source: en
default: en
languages:
  - { code: en, name: English, english: English, dir: ltr, sms: gsm7 }
  - { code: fr, name: Francais, english: French, dir: ltr, sms: ucs2 }
`;

export interface FixtureFiles {
  flows?: Record<string, string>;
  routes?: string;
  en?: string;
  fr?: string;
}

/** Write the fixture; returns the directories. `flows` replaces or adds flow files by id. */
export function writeFixture(files: FixtureFiles = {}): { flowsDir: string; localesDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'waypoint-lint-'));
  const flowsDir = join(root, 'flows');
  const localesDir = join(root, 'locales');
  mkdirSync(flowsDir);
  mkdirSync(join(localesDir, 'en'), { recursive: true });
  mkdirSync(join(localesDir, 'fr'));
  writeFileSync(join(flowsDir, '_routes.yaml'), files.routes ?? ROUTES);
  for (const [id, text] of Object.entries({ main: MAIN, ...files.flows })) writeFileSync(join(flowsDir, `${id}.yaml`), text);
  writeFileSync(join(localesDir, 'languages.yaml'), LANGUAGES);
  writeFileSync(join(localesDir, 'sources.yaml'), 'IRCC: { org: IRCC, title: Fixture source }\n');
  writeFileSync(join(localesDir, 'en', 'waypoint.ftl'), files.en ?? EN);
  writeFileSync(join(localesDir, 'fr', 'waypoint.ftl'), files.fr ?? FR);
  return { flowsDir, localesDir };
}

export function fixture(files: FixtureFiles = {}): LoadedContent {
  return loadContent(writeFixture(files));
}

/** Both catalogues with one more message (and `extraFr` for French when it differs). */
export function withMessages(extraEn: string, extraFr = extraEn): Pick<FixtureFiles, 'en' | 'fr'> {
  return { en: `${EN}${extraEn}\n`, fr: `${FR}${extraFr}\n` };
}
