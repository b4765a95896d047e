/**
 * UI strings of the insights features in every language (merged into the main tables under the
 * key `insights`). The English table defines the shape; zh-CN and vi are typed against it.
 */
const en = {
  title: 'insights',
};
export type InsightsMessages = typeof en;

const zhCN: InsightsMessages = {
  title: 'insights',
};

const vi: InsightsMessages = {
  title: 'insights',
};

export const insightsMessages = { en, 'zh-CN': zhCN, vi };
