// The shared development set (the seed's story), scored with its own scorer.
import { describeSet } from './score-set';

describeSet('dev', 'the shared development set');
