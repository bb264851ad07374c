// Worker entry when khulasa runs from its TypeScript sources (tests, `tsx`): Node 20 does not
// pass tsx's module hooks on to worker threads, so register them here, then load the worker.
// Builds in dist/ load worker.js directly and never read this file.
import { register } from "tsx/esm/api";

register();
const worker = await import("./worker.ts");

export default worker.default;
