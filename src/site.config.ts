/** Site-wide settings a publisher changes when deploying their own Laoqu. */
export const siteConfig = {
  /** Name of the site, shown in the header and in citations as the container. */
  title: '老区报告库',
  /** English name, for citations in APA. */
  titleEn: 'Laoqu: Reports on China’s Old Revolutionary Base Areas',
  /** One-line description for search engines and link previews. */
  description: '革命老区脱贫攻坚与振兴发展调研报告、数据与地图，每个数字可追溯到原文。',
};
