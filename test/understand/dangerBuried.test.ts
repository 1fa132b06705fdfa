import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';

// Danger told at the end of a long message, after a question about something else: the opening's
// question, past and general words must not lower what the ending tells of now (`buried` in
// src/understand/danger.ts). And its limits: an ending that asks something, tells of no time, or
// follows an opening that already tells of the harm, is read with the whole message.

describe('danger told at the end, after something else', () => {
  // Each is only the question without this reading: the opening's past, question and "how many" lower it.
  eachFlagged('is danger: the ending tells of harm now, the opening of no harm', [
    "Hello, sorry for the long message. I came last year on a study permit and I work at a restaurant. I wanted to ask how many hours a student can work. But tonight my boss took my passport and said pack now, we leave for another city tonight, he won’t say where.",
    "Hola, perdón por el mensaje tan largo. Vine el año pasado con permiso de estudiante y trabajo en una cocina. Quería preguntar cuántas horas puede trabajar un estudiante. Pero esta noche el jefe me quitó el pasaporte y dijo que empaque ya, que nos vamos hoy a otra ciudad, y no dice a dónde.",
    "Bonjour, désolée pour le long message. Je suis arrivée l'an dernier avec un permis d'études et je travaille dans un salon. Je voulais savoir combien d'heures un étudiant peut travailler. Mais ce soir l'agent a pris mon passeport et dit de faire mes valises maintenant, on part ce soir dans une autre ville, il dit pas où.",
    "مرحبا، آسف على الرسالة الطويلة. جيت السنة الماضية بفيزا دراسة وبشتغل بمطعم. كنت بدي اسأل كم ساعة بيسمحوا للطالب يشتغل. بس الليلة صاحب الشغل أخد جوازي وقال جهز أغراضك هلق، رح ننتقل الليلة لمدينة تانية وما قال وين.",
    "Chào anh chị, xin lỗi tin nhắn dài. Em qua đây năm ngoái bằng visa du học, làm ở tiệm nail. Em muốn hỏi sinh viên được làm bao nhiêu giờ. Nhưng tối nay ông chủ lấy hộ chiếu của em và bảo dọn đồ ngay, tối nay đi thành phố khác, không nói đi đâu.",
  ]);

  eachLeftAlone('is not danger: the ending asks, tells of no time, or the opening holds the harm', [
    // the ending is a question about the rules
    'I work on the kill floor at the plant, knives all day. Is the company supposed to pay for my knife sharpening?',
    // the opening already tells of the fall; the ending says it has not happened
    'Si yon jou m tonbe sou chantye a, se kiyès k ap peye lopital? M poko tonbe, m ap pran prekosyon.',
    // a story long over, then a question
    'Last year my old boss hit me. Now I work somewhere else and everything is fine. Can I still complain?',
    // the news, then a question about fire exits
    'I saw a fire on the news in Winnipeg. Everything is fine here. What are the rules on fire exits in staff housing?',
  ]);

});
