export declare function measure(o: {
  conversation: (i: number, record: boolean) => Promise<void>;
  conversations: number;
  concurrency: number;
  warmup: number;
}): Promise<{ wallMs: number; rssBefore: number; peak: number }>;

export declare function countWrong(conversations: number, repliesOf: (i: number) => string[][] | undefined): number;
