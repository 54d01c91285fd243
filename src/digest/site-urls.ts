// Site-relative URLs of every page kind; the site stage adds the path prefix.
export const storyUrl = (id: string): string => `/stories/${id}/`;
export const articleUrl = (id: string): string => `/articles/${id}/`;
export const entityUrl = (id: string): string => `/entities/${id}/`;
export const topicUrl = (id: string): string => `/topics/${id}/`;
export const archiveUrl = (month: string): string => `/archive/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
export const threadUrl = (id: string): string => `/threads/${id}/`;
