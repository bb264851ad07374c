// Entry point of the summarizer's worker threads (piscina loads this file by path).
import { runJob } from "./job.js";

export default runJob;
