/**
 * The committed Arabic model (trained on ANERcorp and Marsad's gold by `pnpm train:ner`; see
 * data/README.md for provenance and license), decoded once on first use.
 */
import encoded from "./data/ner-model.json";
import names from "./data/ner-names.json";
import { decodeModel } from "./codec";
import { nameLexicon } from "./names-lexicon";
import type { Tagger } from "./tagger";

let loaded: Tagger | undefined;

export function defaultTagger(): Tagger {
  if (!loaded) {
    const { weights, edges } = decodeModel(encoded);
    loaded = { weights, edges, names: nameLexicon(names) };
  }
  return loaded;
}

/**
 * Runs `read` with `tagger` standing in for the committed model everywhere the package reads
 * with it (extractArticle, `--conll` tagging). `pnpm eval:ner` needs it: the committed model has
 * learnt the development part, so the script scores a model trained without it.
 */
export function withTagger<T>(tagger: Tagger, read: () => T): T {
  const kept = loaded;
  loaded = tagger;
  try {
    return read();
  } finally {
    loaded = kept;
  }
}
