/**
 * Cross-validated scores of a training recipe: each fold of the training documents is tagged by
 * a model trained on the other folds, and the tags are scored against the gold. The development
 * part holds some 850 entities, so a change of about a point of F1 there is noise; the folds
 * together hold ten times as many, which makes choosing features by them steadier (and keeps the
 * development part for reporting).
 */
import { viterbi } from "./decode";
import { addSentence, newScores, type Scores } from "./score";
import { TAG_COUNT, TAGS } from "./tags";
import type { TrainedWeights, TrainingSentence } from "./train";
import { EDGE_WIDTH, Weights } from "./weights";

/** The tag indices a model reads in one training sentence (its features already extracted). */
function tagWith(tokens: Weights, edges: Weights, s: TrainingSentence): Uint8Array {
  const n = s.tags.length;
  const em = new Float32Array(n * TAG_COUNT);
  const ee = s.edges ? new Float32Array(n * EDGE_WIDTH) : undefined;
  for (let k = 0; k < n; k++) {
    tokens.emit(s.features[k]!, em, k * TAG_COUNT);
    if (ee) edges.emit(s.edges![k]!, ee, k * EDGE_WIDTH);
  }
  return viterbi(em, n, tokens.transitions, ee);
}

export interface CrossValidation {
  /** Training documents, each a list of sentences. */
  docs: readonly (readonly TrainingSentence[])[];
  /** Fold of each document. */
  foldOf: (doc: number) => number;
  folds: number;
  /** Whether a document's tags are scored (all documents are trained on). */
  scored: (doc: number) => boolean;
  types: readonly string[];
  /** Trains a model on the sentences given. */
  train: (sentences: TrainingSentence[]) => TrainedWeights;
  /**
   * How a trained model is read (default: its weights as trained). The committed model is
   * quantized, which drops the weights that round to zero and so prunes it; scoring the folds
   * through the same encoding chooses a recipe by the model that is shipped.
   */
  load?: (w: TrainedWeights) => { weights: Weights; edges: Weights };
}

function asTrained(w: TrainedWeights): { weights: Weights; edges: Weights } {
  return { weights: new Weights(w.features, w.values, w.transitions), edges: new Weights(w.edges.features, w.edges.values, w.transitions, EDGE_WIDTH) };
}

export function crossValidate(cv: CrossValidation): Scores {
  const scores = newScores();
  const names = (tags: Uint8Array) => Array.from(tags, (t) => TAGS[t]!);
  for (let k = 0; k < cv.folds; k++) {
    const { weights: tokens, edges } = (cv.load ?? asTrained)(cv.train(cv.docs.filter((_, i) => cv.foldOf(i) !== k).flat()));
    cv.docs.forEach((sentences, i) => {
      if (cv.foldOf(i) !== k || !cv.scored(i)) return;
      for (const s of sentences) addSentence(scores, names(s.tags), names(tagWith(tokens, edges, s)), cv.types);
    });
  }
  return scores;
}
