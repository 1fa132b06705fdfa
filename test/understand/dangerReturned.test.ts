import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';
import { eachNeitherByLists } from './expectDanger.ts';

// Someone come back ("he's back", "here again") with a call to come quickly, a call for help or
// someone drunk: the short cry for help. A return that is news, a plan or a memory is nothing.
describe('someone come back, with a call to come quickly or drunk', () => {
  const yes = [
    'hes back. come quick',
    'he is here again drunk, hurry',
    'ya volvio, vengan rapido',
    'il est revenu, venez vite',
    'ele voltou, corre',
    'li tounen ankò, vin vit',
    'bumalik na naman siya, bilisan nyo',
    'wo fir aa gaya, jaldi aao',
    'वो वापस आ गया जल्दी आओ',
    'oh fer aa gya, chheti aao',
    'u feri aayo, chito aunus',
    'رجع تاني، تعالوا بسرعة',
    'він знову тут, швидко',
    'он вернулся, быстрее',
    'no quay lai roi, toi nhanh',
    'เขากลับมาอีกแล้ว มาเร็ว',
    '他又来了，快来',
    'ta you lai le, kuai lai',
    'hes bk come quick',
    'andito na naman sya, bilis',
  ];
  const ask = ['hes back and drunk', 'ya volvio borracho', 'bumalik siya, lasing', 'il est revenu bourré', 'він повернувся пяний', '他又回来了，喝醉了'];
  const no = [
    'my boss came back from vacation, when do I get paid',
    'I came back to Canada',
    'el patron ya regreso de vacaciones, cuando me pagan',
    'il est revenu de vacances, quand est-ce que je suis payé',
    'wapas aa gaya hun canada, permit kaise milega',
    'الموظف رجع من الاجازة، متى بيدفعوا',
    'ông chủ về rồi, khi nào trả lương',
    // A plain "help" about a matter of work or papers is that matter.
    'he came back from vacation, can you help me with my pay',
    'el patron volvio, ayuda con el permiso',
  ];
  it('is danger with a call to come quickly, in each language', () => {
    for (const t of yes) expect(understanding().routeOffline(t).danger, t).toBe(true);
  });
  it('asks when someone come back is drunk and nothing more', () => {
    for (const t of ask) {
      const u = understanding().routeOffline(t);
      expect(u.danger || u.dangerCheck, t).toBe(true);
    }
  });
  // Drunk, told of last night with a laugh: the learned signal may ask (ADR 0014).
  eachNeitherByLists('a drunk return told as a memory, and the boss back with a question of pay, by the lists', ['he came back drunk last night and we laughed', '老板回来了，什么时候发工资']);
  // The learned signal asks about it since t73a's lines were trained on (0.50, at its threshold).
  eachNeitherByLists('the manager back tomorrow, by the lists', ['the manager is back tomorrow']);
  it('leaves a return that is news, a plan or a memory alone', () => {
    for (const t of no) {
      const u = understanding().routeOffline(t);
      expect(u.danger || u.dangerCheck, t).toBe(false);
    }
  });
});
