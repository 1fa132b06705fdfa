/**
 * Which provider messages this process answered, for a while. Deliveries of the same message
 * that arrive together all reach the conversation service (which lets exactly one through);
 * the duplicates then wait for the first to finish and stay silent if it answered.
 */
export class Answered {
  private readonly settled = new Map<string, boolean>();
  private readonly inFlight = new Map<string, Promise<boolean>>();
  constructor(private readonly max = 10_000) {}

  /** Call before handling; resolve with whether a reply went out. */
  begin(id: string): { resolve(answered: boolean): void; promise: Promise<boolean> } {
    let resolve!: (v: boolean) => void;
    const promise = new Promise<boolean>((r) => (resolve = r));
    const first = !this.inFlight.has(id);
    if (first) this.inFlight.set(id, promise);
    return {
      promise,
      resolve: (answered: boolean) => {
        resolve(answered);
        if (!first) return;
        this.inFlight.delete(id);
        if (answered) {
          this.settled.set(id, true);
          if (this.settled.size > this.max) this.settled.delete(this.settled.keys().next().value!);
        }
      },
    };
  }

  /** True when this process answered (or is answering) the message already. */
  async wasAnswered(id: string, own: { promise: Promise<boolean>; resolve(answered: boolean): void }): Promise<boolean> {
    if (this.settled.get(id)) {
      own.resolve(false);
      return true;
    }
    const other = this.inFlight.get(id);
    if (other && other !== own.promise) {
      own.resolve(false);
      return other;
    }
    return false;
  }
}
