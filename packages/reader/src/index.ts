export { readHtml, UnreadablePageError, type ReadPage } from "./read-html";
export { articleFromHtml, type HtmlArticle } from "./article-from-html";
