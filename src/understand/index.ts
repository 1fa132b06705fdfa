// Free-text understanding: language, danger, topic. See understanding.ts for the call order.
export { createUnderstanding, asUnderstanding, type Understand, type RouteResult, type RouteOptions, type UnderstandingOptions } from './understanding.ts';
// The LangChain adapter (./retriever.ts) is not re-exported: importing it loads LangChain.
export { TopicIndex, type TopicHit } from './topicIndex.ts';
export { DangerDetector } from './danger.ts';
export { LanguageDetector, type LanguageGuess } from './language.ts';
export { OpenAICompatibleChooser, llmConfigOf, llmConfigFromEnv, type TopicChooser, type LlmConfig, type LlmSettings } from './llm.ts';
export { runUnderstand, type RunUnderstandOptions } from './cli.ts';
export { topicIds, languages, isTopic, isLang, type TopicId, type Lang } from '../content/topics.ts';
