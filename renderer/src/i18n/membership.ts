/**
 * UI strings of the membership features in every language (merged into the main tables under the
 * key `membership`). The English table defines the shape; zh-CN and vi are typed against it.
 */
const en = {
  title: 'membership',
};
export type MembershipMessages = typeof en;

const zhCN: MembershipMessages = {
  title: 'membership',
};

const vi: MembershipMessages = {
  title: 'membership',
};

export const membershipMessages = { en, 'zh-CN': zhCN, vi };
