// Site-relative URLs of every page kind; the site stage adds the path prefix.
export const storyUrl = (id: string): string => `/stories/${id}/`;
export const articleUrl = (id: string): string => `/articles/${id}/`;
/** The id of an article's section on its story page (`article-<id>`): its source entry, or its text. */
export const articleAnchor = (articleId: string): string => `article-${articleId}`;
/**
 * Where an article is read: its own page, or, when it is its story's only source, its story's
 * page, which then holds its text (a second page of the same text was a tenth of an archive's
 * bytes, issue 16). When a second source joins, the article gets its page and the old address
 * still finds it, on the story page's list of sources.
 */
export const articleHome = (articleId: string, storyId: string, soleSource: boolean): string =>
  soleSource ? `${storyUrl(storyId)}#${articleAnchor(articleId)}` : articleUrl(articleId);
export const entityUrl = (id: string): string => `/entities/${id}/`;
export const topicUrl = (id: string): string => `/topics/${id}/`;
export const archiveUrl = (month: string): string => `/archive/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
export const threadUrl = (id: string): string => `/threads/${id}/`;
