import { organizationsOf } from "../organizations";
import { memoAt, type Ctx } from "./anchor-spans";
import { orgHeadTrie, placeHeadTrie, officeHeadTrie } from "./vocabulary";

/** Whether a role head, a place head or an organization head starts at a token, memoised per token. */

export function isRoleHeadAt(ctx: Ctx, i: number): boolean {
  return memoAt(ctx, "roleHead", i, readRoleHead);
}

export function isPlaceHeadAt(ctx: Ctx, i: number): boolean {
  return memoAt(ctx, "placeHead", i, readPlaceHead);
}

export function isOrgHeadAt(ctx: Ctx, i: number): boolean {
  return memoAt(ctx, "orgHead", i, readOrgHead);
}

function readRoleHead(ctx: Ctx, i: number): boolean {
  return !!officeHeadTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text);
}

function readPlaceHead(ctx: Ctx, i: number): boolean {
  return ctx.doc.tokens[i]!.arabic && !!placeHeadTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text);
}

function readOrgHead(ctx: Ctx, i: number): boolean {
  return !!orgHeadTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text);
}

/** The last token of the organization the article names from token i, or -1 when none opens there. */
export function listedBodyEnd(ctx: Ctx, i: number): number {
  return memoAt(ctx, "bodyFrom", i, readListedBodyEnd);
}

function readListedBodyEnd(ctx: Ctx, i: number): number {
  return organizationsOf(ctx).mentions.find((o) => o.first === i)?.last ?? -1;
}
