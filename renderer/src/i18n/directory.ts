/**
 * UI strings of the directory features in every language (merged into the main tables under the
 * key `directory`). The English table defines the shape; zh-CN and vi are typed against it.
 */
const en = {
  title: 'directory',
};
export type DirectoryMessages = typeof en;

const zhCN: DirectoryMessages = {
  title: 'directory',
};

const vi: DirectoryMessages = {
  title: 'directory',
};

export const directoryMessages = { en, 'zh-CN': zhCN, vi };
