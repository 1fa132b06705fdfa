export declare const TEXT: {
  q1: string;
  q2: (name: string) => string;
  q3work: string;
  q3other: string;
  q4: string;
  sayHuman: string;
  sayInfo: string;
  q5: string;
  bye: string;
};
export declare const TURNS: number;
export declare function userTurns(i: number): string[];
export declare function expectedReplies(i: number): string[][];
export declare function sameReplies(got: readonly string[], want: readonly string[]): boolean;
