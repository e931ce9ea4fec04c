export { readHtml, UnreadablePageError, type ReadPage } from "./read-html";
