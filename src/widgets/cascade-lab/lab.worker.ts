// Web Worker running the labs' simulations off the main thread: a scenario in, a condensed run out.
import { serveRuns } from '../../lib/worker-job';
import { digestBuffers, digestLab } from './lab-digest';

serveRuns(digestLab, digestBuffers);
