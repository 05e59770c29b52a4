/** Worker thread of segment-pool.ts: indexes the runs of pages it is sent, one at a time. */
import { serveJobs } from '../../utils/worker-pool.ts';
import { indexSegment } from './segments.ts';

serveJobs(indexSegment);
