// The shared transit set (a fare increase and a bridge closure: a transcript with reporters' questions, a
// release with bullet lists and abbreviations, two people with one surname, a transliterated name, AP style).
import { describeSet } from './score-set';

describeSet('transit', 'the shared transit set');
