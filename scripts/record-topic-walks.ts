// Records test/transcripts/topic.<topic>.<lang>.yaml for every topic in the walk languages
// (one right-to-left, one non-Latin script among them). Review the diff before committing.
import { loadContent } from '../src/bundle.ts';
import { walkTopic } from '../src/transcripts/topicWalk.ts';
import { writeTranscript } from '../src/transcripts/format.ts';
import { topicIds, WALK_LANGUAGES } from '../src/content/topics.ts';

const { bundle } = loadContent({ flowsDir: 'flows', localesDir: 'locales' });
for (const topic of topicIds()) {
  for (const lang of WALK_LANGUAGES) writeTranscript(`test/transcripts/${topic}.walk-${lang}.yaml`, walkTopic(bundle, topic, lang));
}
console.log(`wrote ${topicIds().length * WALK_LANGUAGES.length} transcripts`);
