// `waypoint chat --repro FILE`: the conversation just had, written as a golden transcript
// fixture that `npx vitest run test/transcripts` will play back.
import { basename } from 'node:path';
import type { Reply } from '../conversation/types.ts';
import { recordTurn, writeTranscript, type Transcript, type TranscriptTurn } from './format.ts';

export interface Recorder {
  onTurn: (text: string, reply: Reply) => void;
  /** Writes the file; does nothing when no turn was recorded. */
  save: () => void;
}

export function createRecorder(file: string, lang?: string): Recorder {
  const turns: TranscriptTurn[] = [];
  return {
    onTurn(text, reply) {
      // A duplicate delivery carries no step result: there is no turn to record.
      if (reply.step) turns.push(recordTurn(reply.step, { type: 'text', text }));
    },
    save() {
      if (turns.length === 0) return;
      const transcript: Transcript = {
        description: `Recorded with waypoint chat --repro ${basename(file)}: describe what this shows`,
        ...(lang ? { lang } : {}),
        // The chat went through understanding, as every channel does: the playback does too.
        understand: true,
        turns,
      };
      writeTranscript(file, transcript);
    },
  };
}
