// Words that open the items of an unnumbered parallel list in Chinese policy writing: action
// verbs and effort adverbs (着力…着力…, 坚持…坚持…, 加强…加强…, 对标落实…). A repeated lead that
// opens with a modal (要突出…/要增强…/要对标落实…) is a verb phrase by construction; one without
// a modal must open with one of these words. Without this check, any noun repeated at the start
// of consecutive sentences (a person's name, a place, a topic word: 淘宝网…淘宝网…, 浙江省…)
// would read as a list. Words that are as often nouns as verbs (发展, 建设, 服务, 治理) are left
// out for the same reason. Prefix-matched against the lead after its modal.

export const LEAD_WORDS: readonly string[] = [
  // effort and manner adverbs
  '着力', '大力', '全力', '努力', '切实', '进一步', '更加', '不断', '持续', '始终', '坚决', '积极', '扎实', '全面', '深入',
  '加快', '严格', '认真', '主动', '牢牢', '充分', '统筹', '率先', '优先', '集中', '聚力', '倾力', '奋力', '合力',
  // policy verbs
  '坚持', '加强', '强化', '深化', '推进', '推动', '促进', '突出', '聚焦', '围绕', '紧扣', '紧盯', '瞄准', '立足', '锚定',
  '落实', '对标', '对照', '完善', '健全', '建立', '构建', '打造', '实施', '实行', '开展', '做好', '抓好', '抓实',
  '抓紧', '提升', '提高', '增强', '优化', '改善', '保障', '保持', '保护', '维护', '守住', '守牢', '坚守', '把握', '把准',
  '树立', '弘扬', '培育', '发挥', '激发', '释放', '创建', '创造', '引导', '引领', '带动', '拓展', '拓宽',
  '扩大', '夯实', '筑牢', '织密', '压实', '压紧', '防范', '化解', '破解', '解决', '攻坚', '狠抓', '严抓', '抓住', '用好',
  '管好', '办好', '走好', '讲好', '当好', '做到', '做强', '做优', '做大', '做实', '做精', '争当', '争做', '争创', '勇于',
  '善于', '敢于', '勇当', '力争', '确保', '实现', '全力以赴', '一体推进', '统筹推进', '系统推进', '深入推进', '扎实推进',
  '大兴', '厚植', '涵养', '擦亮', '打响', '打好', '打赢', '跑出', '跑好', '答好', '交出', '下好', '唱好', '种好', '谋划',
  '整治', '支持', '鼓励', '引进', '培养', '招引', '壮大', '振兴', '共建',
];

/** True when a lead (after its modal) opens with a lead word. */
export function opensWithLeadWord(content: string): boolean {
  return LEAD_WORDS.some((w) => content.startsWith(w));
}
