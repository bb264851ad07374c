// The entry of khulasa's worker threads in a build, in CommonJS. piscina loads an entry with
// require() first, and on Node 20.19+ require() of an ES module can abort the whole process
// ("v8::Module::IsGraphAsync … must be used on an instantiated module") when the pool shuts
// down while a thread is still loading it. require() loads this file plainly; it then loads the
// ES-module worker named by workerData (a file URL) with import(), which has no such path.
import workerThreads = require("node:worker_threads");

type Handler = (task: unknown) => Promise<unknown>;

// Loaded at once, as piscina loads an entry when the thread starts.
const handler: Promise<Handler> = import(workerThreads.workerData as string).then(
  (module: { default: Handler }) => module.default,
);

function run(task: unknown): Promise<unknown> {
  return handler.then((h) => h(task));
}

export = run;
