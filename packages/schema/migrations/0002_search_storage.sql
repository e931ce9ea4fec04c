-- Keep search vectors out of the article_search heap (and uncompressed, so ranking reads them
-- without decompressing): the GIN index finds matches and the heap, a few dozen bytes per row,
-- gives their dates, however large the archive.
ALTER TABLE "article_search" ALTER COLUMN "vector" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "article_search" SET (toast_tuple_target = 128);
