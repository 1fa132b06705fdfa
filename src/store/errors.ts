/** The database could not be reached or opened at start. One clear line, no password. */
export class StoreUnavailableError extends Error {
  readonly code: string = 'store_unavailable';
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** Another process owns the embedded store's directory: it was not opened. */
export class StoreLockedError extends StoreUnavailableError {
  override readonly code = 'store_locked';
  constructor(
    message: string,
    /** The owner's process id, as its lock file says. */
    readonly pid: number,
  ) {
    super(message);
    this.name = 'StoreLockedError';
  }
}
