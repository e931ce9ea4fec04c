-- Trigram similarity for names in any spelling (entity search). Requires a UTF-8 LC_CTYPE:
-- under the C locale pg_trgm extracts no trigrams from Arabic.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
