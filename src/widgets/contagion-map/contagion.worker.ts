// Web Worker running contagion scenarios off the main thread: one request, one reply.
import { serveJobs } from '../../lib/worker-job';
import { answer } from './run-request';

serveJobs(answer);
