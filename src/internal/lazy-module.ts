/**
 * The define module of a tag loaded when it is first needed (a dialog the page opens on demand, a
 * tag the root entry defines on demand), once; after a failure (offline, a deploy that removed the chunk) the next use tries
 * again. Nothing is loaded when the tag is defined already in the page's registry (the host
 * imported it, or defined everything in a scoped registry).
 */
export class LazyModule {
  private loading?: Promise<unknown>;

  constructor(
    readonly tag: string,
    private readonly importer: () => Promise<unknown>,
  ) {}

  load(registry: CustomElementRegistry): Promise<unknown> {
    if (registry.get(this.tag)) return Promise.resolve();
    this.loading ??= this.importer().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }
}
