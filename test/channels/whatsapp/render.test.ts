import { describe, expect, it } from 'vitest';
import { renderWhatsApp } from '../../../src/channels/whatsapp/render.ts';
import { parseWebhook } from '../../../src/channels/whatsapp/parse.ts';
import type { Output } from '../../../src/engine/types.ts';
import { readFileSync } from 'node:fs';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
const msg = (text: string, choices: string[] = [], display?: 'list'): Output => ({
  type: 'message',
  key: 'k',
  text,
  lang: 'en',
  ...(choices.length ? { choices: choices.map((label, i) => ({ id: `c${i}`, key: `k${i}`, label })) } : {}),
  ...(display ? { display } : {}),
});
const label = (): string => 'Options';

describe('renderWhatsApp', () => {
  it('joins plain texts and sends choices as reply buttons', () => {
    const r = renderWhatsApp([msg('Hello.'), msg('More.'), msg('Safe to chat?', ['Yes', 'Not now'])], '15555550123', label);
    expect(r.messages).toHaveLength(2);
    expect(r.messages[0]).toMatchObject({ type: 'text', to: '15555550123', text: { body: 'Hello.\n\nMore.' } });
    expect(r.messages[1]).toMatchObject({
      type: 'interactive',
      interactive: { type: 'button', body: { text: 'Safe to chat?' }, action: { buttons: [{ type: 'reply', reply: { id: 'c0', title: 'Yes' } }, { reply: { id: 'c1' } }] } },
    });
  });
  it('uses a list for 4 to 10 choices, and numbered text beyond', () => {
    const four = renderWhatsApp([msg('Menu', ['a', 'b', 'c', 'd'])], '1', label).messages[0]!;
    expect(four).toMatchObject({ type: 'interactive', interactive: { type: 'list', action: { button: 'Options' } } });
    const many = renderWhatsApp([msg('Menu', Array.from({ length: 11 }, (_, i) => `item ${i}`))], '1', label);
    expect(many.messages[0]).toMatchObject({ type: 'text' });
    expect((many.messages[0] as { text: { body: string } }).text.body).toContain('11. item 10');
    expect(many.degraded).toEqual(['too_many_choices']);
  });
  it('splits a body longer than an interactive message allows', () => {
    const long = 'This is a sentence. '.repeat(80).trim();
    const r = renderWhatsApp([msg(long, ['Yes', 'No'])], '1', label);
    expect(r.messages.at(-1)).toMatchObject({ type: 'interactive' });
    expect(r.messages.length).toBeGreaterThan(1);
  });
});

describe('parseWebhook', () => {
  it('reads text, button and list replies, and counts statuses', () => {
    expect(parseWebhook(fixture('text'))).toMatchObject({ ok: true, messages: [{ from: '15555550123', input: { type: 'text' } }] });
    expect(parseWebhook(fixture('button-reply'))).toMatchObject({ ok: true, messages: [{ input: { type: 'choice', id: 'yes' } }] });
    expect(parseWebhook(fixture('list-reply'))).toMatchObject({ ok: true, messages: [{ input: { type: 'choice', id: 'wages' } }] });
    expect(parseWebhook(fixture('image'))).toMatchObject({ ok: true, messages: [{ input: { type: 'media', media: 'image' }, ignore: false }] });
    expect(parseWebhook(fixture('status'))).toEqual({ ok: true, messages: [], statuses: 1 });
  });
  it.each([
    ['image', { type: 'media', media: 'image' }],
    ['voice', { type: 'media', media: 'voice' }],
    ['sticker', { type: 'media', media: 'image' }],
    ['document-caption', { type: 'media', media: 'file', caption: 'my contract' }],
    ['location', { type: 'media', media: 'other' }],
    ['unsupported', { type: 'media', media: 'other' }],
  ])('reads %s as media by its kind only: no media id, URL, file name or place is kept', (name, input) => {
    const r = parseWebhook(fixture(name));
    expect(r).toMatchObject({ ok: true, messages: [{ ignore: false }] });
    const m = r.ok ? r.messages[0]! : null;
    expect(m!.input).toEqual(input);
    expect(JSON.stringify(m)).not.toMatch(/3000000000000|contract\.pdf|43\.65|Example St|sha256/);
  });
  it('refuses payloads of the wrong shape with field names only', () => {
    const r = parseWebhook({ object: 'page', entry: [] });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('page');
  });
});
