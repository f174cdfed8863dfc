/** Word lists of the genre: surnames, titles, supplies, units. Plain data, matched on the normalised text. */

/** Common single-character surnames (Simplified), and compound ones. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '夏侯', '令狐', '宇文', '司徒', '端木', '西门', '南宫'];

/** Characters that do not occur in a given name (they end the name instead). */
export const NOT_IN_GIVEN_NAME = new Set(
  '率带等和及与在到赴来去对为就向从将把受由陪的了是也还又并说一、，,。；;：:（）()《》“”"\'　 0123456789区市县镇乡村街道社委会局厅办部副组员长记者'.split(''),
);

/** Words a title ends with ("市人大常委会副主任", "区民政局局长"). Longest first where one contains another. */
export const TITLE_ENDINGS = [
  '主任委员', '副主任', '主任', '副书记', '书记', '副局长', '局长', '副区长', '区长', '副县长', '县长', '副市长', '市长',
  '副镇长', '镇长', '副乡长', '乡长', '副部长', '部长', '副主席', '主席', '秘书长', '委员', '组长', '所长', '院长',
  '校长', '站长', '处长', '科长', '队长', '董事长', '总经理', '经理', '常委', '代表', '负责人', '同志', '主委',
  '厅长', '副厅长', '调研员', '巡视员', '专职委员', '党组成员', '支书', '村长', '理事长', '会长',
];

/** Credit lines at the end: reporter, correspondent, editor. */
export const CREDIT_WORDS = ['责任编辑', '编辑', '记者', '通讯员', '审核', '校对', '作者', '供稿', '摄影', '撰稿', '审稿', '签发', '来源', '文/图', '文图', '图/文'];

export interface SupplyKind {
  id: string;
  zh: string;
  en: string;
  /** Words that name it, longest first. */
  words: string[];
}

export const SUPPLY_KINDS: SupplyKind[] = [
  { id: 'mask', zh: '口罩', en: 'Mask', words: ['口罩'] },
  { id: 'alcohol', zh: '酒精', en: 'Alcohol', words: ['酒精消毒液', '酒精棉片', '酒精'] },
  { id: 'disinfectant', zh: '消毒液', en: 'Disinfectant', words: ['消毒液', '消毒水', '消毒剂', '消毒片', '消毒粉', '消毒泡腾片'] },
  { id: 'hand-sanitiser', zh: '洗手液', en: 'Hand sanitiser', words: ['洗手液', '消毒凝胶', '洗手凝胶'] },
  { id: 'gloves', zh: '手套', en: 'Gloves', words: ['手套'] },
  { id: 'protective-suit', zh: '防护服', en: 'Protective suit', words: ['防护服', '隔离衣', '隔离服'] },
  { id: 'goggles', zh: '护目镜', en: 'Goggles', words: ['护目镜', '防护眼镜', '防护镜'] },
  { id: 'face-shield', zh: '防护面屏', en: 'Face shield', words: ['防护面屏', '面屏', '防护面罩'] },
  { id: 'thermometer', zh: '体温计', en: 'Thermometer', words: ['红外测温仪', '测温仪', '测温枪', '额温枪', '体温枪', '体温计', '温度计'] },
  { id: 'sprayer', zh: '喷雾器', en: 'Sprayer', words: ['喷雾器', '喷壶', '消毒喷雾机'] },
  { id: 'shoe-covers', zh: '鞋套', en: 'Shoe covers', words: ['鞋套'] },
  { id: 'water', zh: '矿泉水', en: 'Bottled water', words: ['矿泉水', '饮用水', '纯净水'] },
  { id: 'instant-noodles', zh: '方便面', en: 'Instant noodles', words: ['方便面', '泡面'] },
  { id: 'milk', zh: '牛奶', en: 'Milk', words: ['牛奶'] },
  { id: 'bread', zh: '面包', en: 'Bread', words: ['面包'] },
  { id: 'rice', zh: '大米', en: 'Rice', words: ['大米'] },
  { id: 'cooking-oil', zh: '食用油', en: 'Cooking oil', words: ['食用油', '菜籽油'] },
  { id: 'vegetables', zh: '蔬菜', en: 'Vegetables', words: ['蔬菜'] },
  { id: 'fruit', zh: '水果', en: 'Fruit', words: ['水果'] },
  { id: 'food', zh: '食品', en: 'Food', words: ['食品', '食物'] },
  { id: 'coat', zh: '大衣', en: 'Coat', words: ['军大衣', '棉大衣', '大衣', '棉衣'] },
  { id: 'tent', zh: '帐篷', en: 'Tent', words: ['帐篷'] },
  { id: 'hand-warmer', zh: '暖宝宝', en: 'Hand warmer', words: ['暖宝宝', '取暖器', '暖手宝'] },
  { id: 'raincoat', zh: '雨衣', en: 'Raincoat', words: ['雨衣'] },
  { id: 'flashlight', zh: '手电筒', en: 'Flashlight', words: ['手电筒'] },
  { id: 'megaphone', zh: '喇叭', en: 'Megaphone', words: ['扩音器', '小喇叭', '喇叭'] },
  { id: 'medicine', zh: '药品', en: 'Medicine', words: ['中药', '药品', '药物'] },
  { id: 'cash', zh: '慰问金', en: 'Cash gift', words: ['慰问金', '慰问资金'] },
];

/** Measure words that make a number a count or an amount. */
export const COUNT_UNITS = [
  '万元', '公斤', '千克', '元', '个', '只', '副', '双', '瓶', '桶', '箱', '件', '套', '包', '袋', '盒', '支', '把', '台',
  '块', '斤', '吨', '升', '份', '张', '顶', '床', '提', '条', '卷', '壶', '听', '罐', '枚', '对', '片', '粒', '辆', 'kg', 'KG', 'L',
];
/** Sizes of one item: never a quantity ("250ml酒精"). */
export const SIZE_UNITS = ['ml', 'ML', 'mL', '毫升', '%', '度', 'g', '克'];
