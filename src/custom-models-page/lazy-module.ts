/**
 * A module the page loads when it is first needed (a dialog it opens on demand), once; after a
 * failure (offline, a deploy that removed the chunk) the next use tries again.
 */
export class LazyModule {
  private loading?: Promise<unknown>;

  constructor(private readonly importer: () => Promise<unknown>) {}

  load(): Promise<unknown> {
    this.loading ??= this.importer().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }
}
