/**
 * Contacts that left through quick exit a short while ago, by contact key (an HMAC, never
 * the session id). A message already in flight when the person pressed the button could
 * otherwise land after the erase and write the contact back: such a turn is erased again,
 * and later messages with that session id are refused.
 */
export class RecentExits {
  private readonly at = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 50_000,
  ) {}

  add(contactKey: string, now: number): void {
    this.at.delete(contactKey);
    this.at.set(contactKey, now);
    // Oldest first (insertion order): drop expired entries and keep the map bounded.
    for (const [key, t] of this.at) {
      if (this.at.size <= this.max && now - t < this.ttlMs) break;
      this.at.delete(key);
    }
  }

  has(contactKey: string, now: number): boolean {
    const t = this.at.get(contactKey);
    if (t === undefined) return false;
    if (now - t >= this.ttlMs) {
      this.at.delete(contactKey);
      return false;
    }
    return true;
  }
}
