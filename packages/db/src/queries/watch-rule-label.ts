import { watchRules } from "@marsad/schema/tables";
import { getTableColumns, sql } from "drizzle-orm";

/**
 * The label a rule is named by when read. A saved search is named by its query as typed: the
 * quotation marks belong to the interface's language (the dashboard's catalogues), not to the
 * data. Rules saved before that carried English quotes in `label` (“…”); reading the query
 * instead names old and new rows alike without rewriting them.
 */
export const ruleLabel = sql<string>`case when ${watchRules.kind} = 'search' and ${watchRules.query} is not null then ${watchRules.query} else ${watchRules.label} end`;

/** Every column of a rule, with `label` read as above. */
export const ruleColumns = { ...getTableColumns(watchRules), label: ruleLabel };
