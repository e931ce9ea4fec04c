/**
 * The lower-case words a Romance (Spanish, Portuguese, Italian) name keeps between its capitals:
 * "of" ("Vila do Porto", "Clube Naval de Ponta Delgada", "Palácio da Conceição") and the article
 * that may follow it ("Comandos de la Frontera").
 */
export const ROMANCE_OF: ReadonlySet<string> = new Set(["de", "del", "da", "do", "dos", "das", "di"]);
export const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(["la", "las", "los", "le", "les"]);
