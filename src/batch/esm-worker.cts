// The entry of khulasa's worker threads in a build, in CommonJS. piscina loads an entry with
// require() first, and on Node 20.19+ require() of an ES module can abort the whole process
// ("v8::Module::IsGraphAsync … must be used on an instantiated module") when the pool shuts
// down while a thread is still loading it. require() loads this file plainly; it then loads the
// ES-module worker named by workerData (a file URL) with import(). That path can abort too, far
// more rarely, so the pool is closed only once every thread has loaded (`whenLoaded`).
import workerThreads = require("node:worker_threads");

type Handler = (task: unknown) => Promise<unknown>;

// Loaded at once, as piscina loads an entry when the thread starts. The entry is a promise of
// the handler, which piscina awaits (as the `default` of what it requires): the thread reports
// ready, and takes tasks, only once the worker module has loaded, with whatever it does first
// (the server's worker warms up there), so a task's time is the task's own. A module that
// fails to load gives a handler that fails every task with its error, as a task would have
// found it.
// The main thread waits for every thread to count itself here before it closes the pool: a
// thread stopped while its module is still being instantiated can abort the process (see
// `whenLoaded` in worker-entry.ts).
const data = workerThreads.workerData as { module: string; loaded: Int32Array };
const counted = <T,>(value: T): T => {
  Atomics.add(data.loaded, 0, 1);
  return value;
};
const handler: Promise<Handler> = import(data.module).then(
  (module: { default: Handler }) => counted(module.default),
  (error: unknown) => counted(() => Promise.reject(error)),
);

export = handler;
