// Greetings, thanks and acknowledgements carry no topic: "buenos dias" had been read,
// confidently, as a question about working hours, and "hola" at a menu gave a "did you mean"
// about documents. They come off the edges of a message, never from inside it.
import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understand/index.ts';
import { loadSocialPhrases } from '../../src/understand/data.ts';
import { SocialPhrases } from '../../src/understand/social.ts';
import { walkFlows } from '../../src/rehearsal/index.ts';

const u = createUnderstanding();
const social = new SocialPhrases(loadSocialPhrases());

describe('social phrases', () => {
  it.each(['hola', 'Buenos días!', 'good morning', 'thanks :)', 'merci beaucoup', 'salamat po', '你好', 'สวัสดีครับ', 'شكرا جزيلا', 'धन्यवाद', 'дякую', 'obrigada', 'cảm ơn', 'mèsi anpil', 'ok', 'hola, buenas tardes, gracias'])(
    '"%s" alone asks about no topic and offers no "did you mean"',
    (text) => {
      expect(u.routeOffline(text)).toMatchObject({ topic: null, candidates: [], danger: false, via: 'none' });
    },
  );

  // Saying there is a question, before asking it, names no topic either: "tanong lang" (just a
  // question) had been answered about overtime.
  it.each(['tanong lang', 'tanong lang po', 'una pregunta', 'info porfa', 'quick question', 'une petite question', 'duvida rapida', 'ek sawal', '请问', 'ขอถามหน่อย'])(
    '"%s" alone asks about no topic',
    (text) => {
      expect(u.routeOffline(text)).toMatchObject({ topic: null, candidates: [], danger: false });
    },
  );

  it.each([
    ['buenos dias, mi jefe no me paga', 'mi jefe no me paga'],
    ['tanong lang po, pwede ba akong lumipat ng employer?', 'pwede ba akong lumipat ng employer?'],
    ['hola, me quitaron el pasaporte. gracias', 'me quitaron el pasaporte'],
    ['你好，老板不给我工资', '老板不给我工资'],
    ['สวัสดีครับ นายจ้างไม่จ่ายเงิน', 'นายจ้างไม่จ่ายเงิน'],
  ])('"%s" is routed as "%s" would be', (text, rest) => {
    const a = u.routeOffline(text);
    const b = u.routeOffline(rest);
    expect(a.topic).not.toBeNull();
    // The language guess still reads the whole text, so scores may differ a little; the topic does not.
    expect(a.topic).toBe(b.topic);
  });

  it('takes phrases off the edges only, never from inside the message', () => {
    expect(social.strip('mi jefe dice hola y no me paga')).toBeNull();
    expect(social.strip('Hola! mi jefe dice hola y no me paga')).toBe('mi jefe dice hola y no me paga');
    // A phrase must end at a word boundary: "okay" is not "ok" + "ay", "hiring" is not "hi".
    expect(social.strip('hiring fee')).toBeNull();
  });

  it('danger is still checked on the whole message first', () => {
    expect(u.routeOffline('hola, ayuda, me quiere matar')).toMatchObject({ danger: true, topic: 'emergency' });
  });

  it('"hola" at the menu is asked again for a number, not offered an unrelated topic', () => {
    const turns = walkFlows('es', ['hola', '#safe', 'hola'], { understand: u });
    expect(turns[1]!.outputs.at(-1)!.key).toBe('menu-prompt');
    const keys = turns[2]!.outputs.map((o) => o.key);
    expect(keys).not.toContain('suggest-prompt');
    expect(keys).toEqual(['retry']);
  });
});
