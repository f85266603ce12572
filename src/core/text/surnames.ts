// Chinese surnames as data, most frequent first (the order is used to break ties when a run of names such as
// `王琦李稹` can be split more than one way). Single-character surnames cover well over 99% of people; the
// compound ones are listed separately because they change where a name ends.
export const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'.split('');

export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '钟离', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '澹台', '公冶', '太史', '申屠', '濮阳',
  '淳于', '单于', '闻人', '东郭', '赫连', '拓跋', '司空', '左丘', '第五', '谷梁', '宗政', '羊舌', '梁丘', '公羊',
];

/** Less common single surnames, appended after the ranked list. */
const MORE_SINGLE = '萧邴暴郦谯笪逄钭阎嵇风凤言鄂酆晁訾桓钮别习宦鱼慎庾终暨步弘禄殳沃蔚越夔厍融毋乜养须巢蒯后红竺益充幺仉琴达续佴麴';

const RANK = new Map<string, number>();
[...SINGLE_SURNAMES, ...MORE_SINGLE].forEach((s, i) => {
  if (!RANK.has(s)) RANK.set(s, i);
});
COMPOUND_SURNAMES.forEach((s, i) => RANK.set(s, 50 + i));

/** Frequency rank of a surname (0 = most common), or undefined when the string is not a surname. */
export function surnameRank(s: string): number | undefined {
  return RANK.get(s);
}
