// Waiting helpers shared by the bench pages. They only touch timers when called, so importing this
// before the leak page installs its timer instrumentation changes nothing.

/** A fast macrotask: lets promises, timers and Lit updates run without waiting for a frame. */
export const yieldTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** The next frame, and the task after it (the frame has been produced by then). */
export const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
