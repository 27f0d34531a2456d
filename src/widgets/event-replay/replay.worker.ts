// Web Worker running replays off the main thread: the October run takes too long for a frame.
import { serveJobs } from '../../lib/worker-job';
import { replayHere } from './replay-client';

serveJobs(replayHere);
