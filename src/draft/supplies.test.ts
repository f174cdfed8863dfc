import { describe, expect, it } from 'vitest';
import { findSupplies } from './supplies';

const read = (text: string) =>
  findSupplies(text).map((s) => ({
    kind: s.kind?.id ?? null,
    item: text.slice(s.itemStart, s.itemEnd),
    quote: text.slice(s.start, s.end),
    quantity: s.quantity,
    ...(s.note ? { note: s.note } : {}),
  }));

/** Each item read with its count, or null. */
const items = (text: string) => read(text).map((s) => [s.item, s.quantity?.value ?? null]);

describe('findSupplies', () => {
  it('reads no giver, no rise of a sum, no place gone to and no funds that bought the goods as a supply', () => {
    expect(items('区长前往东林社区探望人瑞，并送上总统、市长、区公所的寿礼。')).toEqual([['寿礼', null]]);
    expect(items('今年发放金额比去年增加六百二十万元。')).toEqual([]);
    expect(items('会长前往北区探望长者，送上利是、日用品及家乡土产以表心意。')).toEqual([
      ['利是', null],
      ['日用品', null],
      ['家乡土产', null],
    ]);
    expect(items('防疫福袋先后派发到屯门、将军澳、旺角等地的乡亲家门口。')).toEqual([]);
    expect(items('街道干部职工筹措5万元特殊党费，购置了200支体温枪捐赠给木兰乡。')).toEqual([
      ['体温枪', 200],
    ]);
    expect(items('县总工会积极筹集资金，来到城关镇为环卫工人送去防寒服。')).toEqual([['防寒服', null]]);
    // (Funds raised and given are the gift.)
    expect(items('商会筹集资金10万元，捐赠给县红十字会。')).toEqual([['资金', 100000]]);
  });
  it('reads the one thing a verb that can only hand over gives (颁赠金戒指, 送赠福袋), not words that are no thing', () => {
    expect(items('市长到美浓区，向两位人瑞各赠新台币8千元敬老金并颁赠金戒指。')).toEqual([
      ['敬老金', 8000],
      ['金戒指', null],
    ]);
    expect(items('区议员到翠林邨探访长者，并送赠贺年福袋。')).toEqual([['贺年福袋', null]]);
    expect(items('乡长前往清水村探视清寒家庭，公所另备妥纸尿裤、卫生纸等照护用品。')).toEqual([
      ['纸尿裤', null],
      ['卫生纸', null],
    ]);
    expect(items('为老人送去一股暖流。')).toEqual([]);
    expect(items('为企业送去商机。')).toEqual([]);
    expect(items('送去米面油各50份，折合人民币8000余元。')).toEqual([
      ['米', 50],
      ['面', 50],
      ['油', 50],
    ]);
    expect(items('县长将慰问品派发到各户，包括大米100袋、食用油50桶。')).toEqual([
      ['大米', 100],
      ['食用油', 50],
    ]);
    expect(items('送上大米、食用油等生活物资和防寒物资200件。')).toEqual([
      ['大米', null],
      ['食用油', null],
      ['防寒物资', 200],
    ]);
    expect(items('鄭區長提前备妥寿礼及红包，前往大溪里')).toEqual([
      ['寿礼', null],
      ['红包', null],
    ]);
    expect(items('为老人们送去了面、油、米、棉被等生活必需品和慰问金。').map((x) => x[0])).toEqual([
      '面',
      '油',
      '米',
      '棉被',
      '慰问金',
    ]);
    expect(items('市议员林志成来到东安社区发放鸡精。')).toEqual([['鸡精', null]]);
    expect(items('返乡职工接到志愿者送来的特殊礼物——春联和福字。')).toEqual([
      ['春联', null],
      ['福字', null],
    ]);
    // (Another kind after the kind that closed a list is no item; the last item before a closing quotation mark is.)
    expect(items('给他们送去了口罩、牛奶、水果等防疫物资和生活物资。')).toEqual([
      ['口罩', null],
      ['牛奶', null],
      ['水果', null],
    ]);
    expect(items('向困难家庭发放“爱心米、面、油”。')).toEqual([
      ['爱心米', null],
      ['面', null],
      ['油', null],
    ]);
    expect(items('送去慰问金及采购的生活物资。')).toEqual([
      ['慰问金', null],
      ['生活物资', null],
    ]);
    expect(items('乡长分派3个抢险小组巡查堤坝。')).toEqual([]);
    expect(items('会议要求备妥2000个沙袋。')).toEqual([]);
    expect(items('向居民赠送倡议。')).toEqual([]);
  });
  it('reads goods given one by one with no count (一个个福字), after 筹集到 and up to 并捐赠给, and a list opened by a stray quotation mark', () => {
    expect(items('将一个个福字送到环卫工人手上。')).toEqual([['福字', null]]);
    expect(items('将一个个红包递到孩子们手中。')).toEqual([['红包', null]]);
    // (Not 个人, nor 并发症: "一个个人护理包" is one pack; "治疗糖尿病并发症的药品" one item.)
    expect(items('为每位老人送去一个个人护理包。')).toEqual([['个人护理包', 1]]);
    expect(items('为老人送去治疗糖尿病并发症的药品。')).toEqual([['药品', null]]);
    expect(
      items('江北校友会筹集到300个N95口罩、200套防护服、800只一次性医用手套并捐赠给县人民医院。'),
    ).toEqual([
      ['N95口罩', 300],
      ['防护服', 200],
      ['一次性医用手套', 800],
    ]);
    expect(items('给他们送去大米、食用油和“毛巾、香皂等洗护用品”慰问品。')).toEqual([
      ['大米', null],
      ['食用油', null],
      ['毛巾', null],
      ['香皂', null],
    ]);
  });
  it('reads no goods in who received them after 把…送给, nor in a wider campaign’s tally after 据统计', () => {
    expect(
      read('并把大米、食用油等物资送给全县公路、电业、环卫三大系统的800多名一线职工。').map((s) => s.item),
    ).toEqual(['大米', '食用油']);
    expect(read('送上米和油；据统计，全县各级工会共发放慰问物资80多万元。').map((s) => s.item)).toEqual([
      '米',
      '油',
    ]);
  });
  it('reads goods after 捐 and 合捐 before a count or 现金', () => {
    expect(items('为检测点捐现金2000元，刘一鸣合捐30件矿泉水。')).toEqual([
      ['现金', 2000],
      ['矿泉水', 30],
    ]);
    expect(read('他捐款5万元。').map((s) => s.item)).not.toContain('款');
  });
  it('reads no goods in a figure of speech (送上一份“温暖”, 送来了各单位的深厚情谊)', () => {
    expect(read('为师生送上一份“温暖”。')).toEqual([]);
    expect(
      read('送来了饮料、西瓜等慰问品，同时也送来了各单位及人民群众的深厚情谊。').map((s) => s.item),
    ).toEqual(['饮料', '西瓜']);
  });
  it('lists items without quantities', () => {
    expect(read('为社区送去了医用口罩、酒精、84消毒液等防疫物资。')).toEqual([
      { kind: 'mask', item: '医用口罩', quote: '医用口罩', quantity: null },
      { kind: 'alcohol', item: '酒精', quote: '酒精', quantity: null },
      { kind: 'disinfectant', item: '84消毒液', quote: '84消毒液', quantity: null },
    ]);
  });
  it('reads quantities before and after the item, and a size that is not a count', () => {
    expect(read('捐赠口罩800个、250ml酒精40瓶、20箱矿泉水和消毒液10公斤。')).toEqual([
      { kind: 'mask', item: '口罩', quote: '口罩800个', quantity: { value: 800, unit: '个' } },
      { kind: 'alcohol', item: '250ml酒精', quote: '250ml酒精40瓶', quantity: { value: 40, unit: '瓶' } },
      { kind: 'water', item: '矿泉水', quote: '20箱矿泉水', quantity: { value: 20, unit: '箱' } },
      { kind: 'disinfectant', item: '消毒液', quote: '消毒液10公斤', quantity: { value: 10, unit: '公斤' } },
    ]);
  });
  it('reads Chinese numerals and 万, and never takes N95 or 84 for a count', () => {
    expect(read('送来两千只N95口罩、1.5万只一次性口罩和84消毒液。')).toEqual([
      { kind: 'mask', item: 'N95口罩', quote: '两千只N95口罩', quantity: { value: 2000, unit: '只' } },
      {
        kind: 'mask',
        item: '一次性口罩',
        quote: '1.5万只一次性口罩',
        quantity: { value: 15000, unit: '只' },
      },
      { kind: 'disinfectant', item: '84消毒液', quote: '84消毒液', quantity: null },
    ]);
  });
  it('ignores items mentioned outside a hand-over ("出门戴口罩")', () => {
    expect(read('要求群众出门戴口罩,不扎堆聚集。')).toEqual([]);
  });
  it('reads a list placed before 送到', () => {
    expect(read('将口罩、消毒液等防疫物资送到社区便民服务中心').map((s) => s.kind)).toEqual([
      'mask',
      'disinfectant',
    ]);
  });
  it('keeps an unknown item that sits between known ones', () => {
    expect(read('送去口罩、蒲扇、酒精等物资').map((s) => [s.kind, s.item])).toEqual([
      ['mask', '口罩'],
      [null, '蒲扇'],
      ['alcohol', '酒精'],
    ]);
  });
  it.each([
    [
      '慰问品有火腿肠、方便面、矿泉水、八宝粥、卤鸡蛋等。',
      ['火腿肠', '方便面', '矿泉水', '八宝粥', '卤鸡蛋'],
    ],
    ['据了解，慰问品有大米和食用油。', ['大米', '食用油']],
    ['送去火腿肠、方便面、矿泉水、卤鸡蛋。', ['火腿肠', '方便面', '矿泉水', '卤鸡蛋']],
    ['送去了大米、食用油、温暖。', ['大米', '食用油']],
    ['送去了方便面、矿泉水和满满的爱心。', ['方便面', '矿泉水']],
    ['他说物资有很多。', []],
    ['在镇中心敬老院，一箱箱苹果、纯牛奶等物资也及时送到。', ['苹果', '纯牛奶']],
    ['他们手提粽子、牛奶、现金红包等慰问品，先后来到和顺巷。', ['粽子', '牛奶', '现金红包']],
    ['大家凑钱，买来暖宝宝、保温杯和方便面等慰问物资。', ['暖宝宝', '保温杯', '方便面']],
    ['一位带着两个孩子来的妈妈说，儿童口罩买不到。', []],
    ['工作人员将方便面、火腿肠送到村检查站。', ['方便面', '火腿肠']],
    ['目前，防疫物资有口罩、消毒液等，仍然紧缺。', []],
    ['据悉，物资包括口罩、酒精等，将于下周发放。', []],
    ['为孩子们送去小说100本', ['小说']],
    ['为他们送去区委、区政府的牵挂，并致以新春祝福', []],
    ['给顶着烈日上岗的职工送去一份凉意', []],
    ['为他们送去现场急救手册和米面油', ['现场急救手册', '米', '面', '油']],
    ['为老人发放领取卡和米面油', ['领取卡', '米', '面', '油']],
    ['为群众送去排队叫号机一台', ['排队叫号机']],
    ['发放现场按村排了队，每位老人领到保暖棉被一床、大米一袋', ['保暖棉被', '大米']],
    ['把口罩、温暖送到群众手中。', ['口罩']],
    ['两人得知后，买了牛奶、水果等营养品，来到他们家中。', ['牛奶', '水果']],
    ['居民们买了水果送到老人家中。', []],
    ['志愿者把大礼包逐户送到87户返乡家庭门口。', ['大礼包']],
    ['工作人员将20件矿泉水和30个西瓜搬进工地。', ['矿泉水', '西瓜']],
    ['还为敬老院食堂送去猪后腿、羊肉、带鱼、冻虾、苹果等年货。', ['猪后腿', '羊肉', '带鱼', '冻虾', '苹果']],
    [
      '罗先生带着自己多方筹集的防护物资（260个外科口罩、600副医用手套及12套防护服）来到市人民医院。',
      ['外科口罩', '医用手套', '防护服'],
    ],
    ['送去慰问品（大米20袋、食用油10桶）。', ['大米', '食用油']],
    ['送去慰问品（含大米、食用油、棉被）。', ['大米', '食用油', '棉被']],
    ['企业带了30箱牛奶、30箱方便面，慰问防疫一线的工作人员。', ['牛奶', '方便面']],
    ['这份关爱包里装的都是环卫工人最需要的生活用品：大米、面条、食用油。', ['大米', '面条', '食用油']],
    ['他为全村带了个好头。', []],
    ['红星村为全县带了一个好头。', []],
    ['县委书记王明带了3个工作组来到红星村。', []],
    ['党员李建军拿着自己买的慰问品来到红山防控点。', ['慰问品']],
    ['他拿着手机拍照。', []],
    ['商会向公明街道捐献了400支洗手液和200件雨衣用于一线防疫。', ['洗手液', '雨衣']],
    ['送去口罩（800个）、酒精（20瓶）。', ['口罩', '酒精']],
    ['商会捐赠医用外科口罩4000个给市人民医院，另捐赠图书500本给红星村小学。', ['医用外科口罩', '图书']],
    ['委员们带著月饼、水果分头来到城关派出所。', ['月饼', '水果']],
    ['募集的物资有漂白水、清洁剂、雨鞋等，合计718箱。', ['漂白水', '清洁剂', '雨鞋']],
    ['一位帶著兩個孩子來的媽媽說，兒童口罩跑了好幾家藥局都買不到。', []],
  ])(
    'reads a list of goods wherever it stands (an unknown first or last item, the sentence’s opening, after a comma, after 手提, 买来 or 买了 on the way to a visit, before 分头, after 募集的物资有, before 搬进, fish by name, in brackets after their kind, before 给 and who received them, after 带了 or 拿着, what a pack holds), and no goods in a mother who speaks, a feeling (一份凉意), the handout’s site (发放现场) or who received them (老人领到): %s',
    (text, items) => {
      expect(read(text).map((s) => s.item)).toEqual(items);
    },
  );
  it('knows vegetables, meats and drinks by name (青菜, 西兰花, 火腿肠, 鸡腿, 冰红茶)', () => {
    expect(read('送去青菜、西兰花、火腿肠、鸡腿和冰红茶。').map((s) => [s.item, s.kind])).toEqual([
      ['青菜', 'vegetables'],
      ['西兰花', 'vegetables'],
      ['火腿肠', 'meat'],
      ['鸡腿', 'meat'],
      ['冰红茶', 'drinks'],
    ]);
  });
  it('keeps an item the lexicon does not know where a count goes with it', () => {
    expect(read('为困难群众送去150副对联、80对手套和保温杯20个。').map((s) => [s.item, s.quantity])).toEqual([
      ['对联', { value: 150, unit: '副' }],
      ['手套', { value: 80, unit: '对' }],
      ['保温杯', { value: 20, unit: '个' }],
    ]);
  });
  it('shares "各" among the items it ends, and splits 米面油', () => {
    expect(read('送去米面油各50份。').map((s) => [s.item, s.quote, s.quantity?.value])).toEqual([
      ['米', '米面油各50份', 50],
      ['面', '面油各50份', 50],
      ['油', '油各50份', 50],
    ]);
    expect(read('送上月饼、牛奶各2盒和慰问金300元。').map((s) => [s.item, s.quantity])).toEqual([
      ['月饼', { value: 2, unit: '盒' }],
      ['牛奶', { value: 2, unit: '盒' }],
      ['慰问金', { value: 300, unit: '元' }],
    ]);
  });
  it('reads bracketed, separated and spaced counts, and says why a value or "数百" is no quantity', () => {
    expect(
      read('捐赠口罩（800个）、手套1,000副、酒精 40 瓶和价值2000多元的蔬菜瓜果。').map((s) => [
        s.item,
        s.quantity,
        s.note ?? null,
      ]),
    ).toEqual([
      ['口罩', { value: 800, unit: '个' }, null],
      ['手套', { value: 1000, unit: '副' }, null],
      ['酒精', { value: 40, unit: '瓶' }, null],
      ['蔬菜瓜果', null, '原文写的是价值（“价值2000多元”），不是数量。'],
    ]);
    expect(read('送去数百个口罩。').map((s) => [s.item, s.quantity, s.note])).toEqual([
      ['口罩', null, '原文没有写确切数量（“数百个”）。'],
    ]);
  });
  it('shares "各" with an item the lexicon does not know, saying nothing in their notes', () => {
    expect(read('送去春卷、汤圆各2盒。')).toEqual([
      { kind: null, item: '春卷', quote: '春卷、汤圆各2盒', quantity: { value: 2, unit: '盒' } },
      { kind: 'festive-food', item: '汤圆', quote: '汤圆各2盒', quantity: { value: 2, unit: '盒' } },
    ]);
  });
  it('reads what each household was given in brackets after the visit, and no time words as goods', () => {
    expect(items('走访慰问困难退役军人（每户一袋米，一桶油）。')).toEqual([
      ['米', 1],
      ['油', 1],
    ]);
    expect(read('在送上慰问金和节日祝福的同时，详细询问了生活情况。').map((s) => s.item)).toEqual(['慰问金']);
    expect(read('并送来了消暑降温用品。').map((s) => s.item)).toEqual(['消暑降温用品']);
    // (A festival gift of money, and flowers.)
    expect(read('为老人送上春节礼金，总计发放2万8,800元。').map((s) => s.item)).toEqual(['春节礼金']);
    expect(read('并为30年教龄的教师献上鲜花。').map((s) => s.item)).toEqual(['鲜花']);
    // (What they did next, and a channel offered, are no goods.)
    expect(read('给老人们送来了生活用品，并亲自下厨包饺子。').map((s) => s.item)).toEqual(['生活用品']);
    expect(read('为选民提供了一个反映问题的有效渠道。')).toEqual([]);
    // (The list's kind written right after its last item.)
    expect(read('送去米、面、油慰问品及慰问金。').map((s) => s.item)).toEqual(['米', '面', '油', '慰问金']);
  });
  it('keeps the listed items before "等慰问品" and goes on after it', () => {
    expect(read('送去月饼、牛奶等慰问品和慰问金。').map((s) => s.item)).toEqual(['月饼', '牛奶', '慰问金']);
    // (The kind may carry the value of all of them, or be written 物质, a slip for 物资.)
    expect(read('送去大米、食用油、猪肉等价值50余万元的慰问品和慰问金。').map((s) => s.item)).toEqual([
      '大米',
      '食用油',
      '猪肉',
      '慰问金',
    ]);
    expect(read('还送上了水果、糕点等过年物质及慰问金。').map((s) => s.item)).toEqual([
      '水果',
      '糕点',
      '慰问金',
    ]);
  });
  it('takes the count the same sentence gives for goods handed over without one, saying where it came from', () => {
    expect(
      read('现场，50箱矿泉水码放整齐，300斤西瓜个个饱满，志愿者把矿泉水和西瓜递到环卫工人手中。').map((s) => [
        s.item,
        s.quantity,
        s.note,
      ]),
    ).toEqual([
      ['矿泉水', { value: 50, unit: '箱' }, '数量取自同一句中的“50箱矿泉水”；交付写在“矿泉水”。'],
      ['西瓜', { value: 300, unit: '斤' }, '数量取自同一句中的“300斤西瓜”；交付写在“西瓜”。'],
    ]);
    // Goods received, or a count per person, are not the count handed over.
    expect(read('社区收到1860只口罩后，按每人10只的标准把口罩送到居民手中。').map((s) => s.quantity)).toEqual(
      [null],
    );
  });
  // The cases below share the shape read(…).map(…) and differ in what they read; each reads alone.
  it('reads a list that goes on after a comma with 还有, and an item named on after its kind word', () => {
    expect(
      read('为学生带来了书包文具套装150套，还有图书柜3个，乒乓球台两张。').map((s) => [s.item, s.quantity]),
    ).toEqual([
      ['书包文具套装', { value: 150, unit: '套' }],
      ['图书柜', { value: 3, unit: '个' }],
      ['乒乓球台', { value: 2, unit: '张' }],
    ]);
    // The item goes on past a word the lexicon knows (保暖衣) up to the count, not through its 共 or 约.
    expect(read('为老人送去保暖衣物共300余件、保暖衣物约80件。').map((s) => [s.item, s.quantity])).toEqual([
      ['保暖衣物', { value: 300, unit: '件' }],
      ['保暖衣物', { value: 80, unit: '件' }],
    ]);
  });
  it('reads goods after 将 up to the verb that gives them, and where 给 after the kind of goods starts who received them', () => {
    expect(read('随后将300只口罩捐赠给城南派出所。').map((s) => [s.item, s.quantity])).toEqual([
      ['口罩', { value: 300, unit: '只' }],
    ]);
    expect(read('将新年礼包和120箱牛奶送给了孩子们。').map((s) => [s.item, s.quantity])).toEqual([
      ['新年礼包', null],
      ['牛奶', { value: 120, unit: '箱' }],
    ]);
    expect(read('并赠送年菜和生活物资给长者。').map((s) => s.item)).toEqual(['年菜', '生活物资']);
    expect(read('社工们端着包好的粽子慰问走访了困难居民。').map((s) => s.item)).toEqual(['粽子']);
  });
  it('counts the pieces over the boxes they came in, and notes a total that is a weight or a value', () => {
    expect(read('将6箱共计2万只口罩送到医院。')).toEqual([
      {
        kind: 'mask',
        item: '口罩',
        quote: '6箱共计2万只口罩',
        quantity: { value: 20000, unit: '只' },
        note: '原文另写了装箱的数量（“6箱”）。',
      },
    ]);
    expect(read('送去60桶共计3000斤医用酒精。').map((s) => [s.item, s.quantity, s.note])).toEqual([
      ['医用酒精', { value: 60, unit: '桶' }, '原文另写了总重（“共计3000斤”）。'],
    ]);
    expect(read('送去20份共计2万元的慰问品。').map((s) => [s.item, s.quantity, s.note])).toEqual([
      ['慰问品', { value: 20, unit: '份' }, '原文另写了“共计2万元”。'],
    ]);
  });
  it('reads a numeral inside a name the lexicon does not know, and no second gift in a currency', () => {
    // A numeral in a name the lexicon does not know starts no count (三七花茶); a single staple still does (米100袋).
    expect(read('为工人送去了三七花茶168盒及矿泉水。').map((s) => [s.item, s.quantity])).toEqual([
      ['三七花茶', { value: 168, unit: '盒' }],
      ['矿泉水', null],
    ]);
    expect(read('送去米100袋。').map((s) => [s.item, s.quantity])).toEqual([
      ['米', { value: 100, unit: '袋' }],
    ]);
    // (A single character and its count in Chinese numerals is no name: not 书二.)
    expect(read('为孩子们送去书二十本。').map((s) => s.item)).not.toContain('书二');
    // The currency after an amount is no second gift (捐款5万元人民币).
    expect(read('已捐款5万元人民币、向总商会捐赠5万元人民币。').map((s) => s.item)).toEqual(['捐款']);
  });
  it('knows the goods of the genre beyond staples: summer, winter, study, money in cards', () => {
    expect(read('为环卫工人送去草帽、花露水、电风扇。').map((s) => s.kind)).toEqual([
      'cooling',
      'cooling',
      'cooling',
    ]);
    expect(read('送去棉袄、羽绒被和购物卡。').map((s) => s.item)).toEqual(['棉袄', '羽绒被', '购物卡']);
    expect(read('为学生送去课外书、台灯。').map((s) => s.kind)).toEqual(['books', 'books']);
  });
  it('reads goods carried in (提着, 拎着) or made ready (准备了) for those visited, up to the verb of going', () => {
    expect(read('代表们提着米、面、油来到老人家中。').map((s) => s.item)).toEqual(['米', '面', '油']);
    expect(read('拎着两桶食用油走进困难户家中。').map((s) => [s.item, s.quantity])).toEqual([
      ['食用油', { value: 2, unit: '桶' }],
    ]);
    expect(read('为老人准备了月饼和牛奶。').map((s) => s.item)).toEqual(['月饼', '牛奶']);
    expect(read('准备了会议材料。')).toEqual([]);
  });
  it('reads the goods listed after the kind of goods (：, 有, 包括, ——) in a sentence that hands them over', () => {
    expect(
      read('此次共发放慰问物资：大米20袋、食用油20桶、棉被10床。').map((s) => [s.item, s.quantity]),
    ).toEqual([
      ['大米', { value: 20, unit: '袋' }],
      ['食用油', { value: 20, unit: '桶' }],
      ['棉被', { value: 10, unit: '床' }],
    ]);
    expect(read('送去的慰问品有大米、食用油。').map((s) => s.item)).toEqual(['大米', '食用油']);
    expect(read('给老人们送去了节日慰问品——月饼和水果。').map((s) => s.item)).toEqual(['月饼', '水果']);
    expect(read('捐赠物资包括：N95口罩1000只、防护服200套。').map((s) => s.item)).toEqual([
      'N95口罩',
      '防护服',
    ]);
    expect(read('大米、食用油等慰问物资送到了困难群众手中。').map((s) => s.item)).toEqual(['大米', '食用油']);
    // Not where nothing is handed over.
    expect(read('防控物资包括储备口罩。')).toEqual([]);
  });
});

describe('findSupplies, read against real pages (eleventh session)', () => {
  it('reads each item where the verb is said again before it, and New Year dishes', () => {
    expect(items('为困难住户周先生送米、送面、送食用油。')).toEqual([
      ['米', null],
      ['面', null],
      ['食用油', null],
    ]);
    expect(items('送上围巾、贴春联，祝福长辈新年平安。')).toEqual([
      ['围巾', null],
      ['春联', null],
    ]);
    expect(items('探视独居的王阿嬷，送上年菜。')).toEqual([['年菜', null]]);
  });
  it('reads the list after 物资内容包括, and the count for each household after the item', () => {
    expect(items('此次发送物资内容包括白米、麦片、饼干等民生用品。')).toEqual([
      ['白米', null],
      ['麦片', null],
      ['饼干', null],
    ]);
    expect(read('农会提供礼券每户600元。')).toMatchObject([
      { item: '礼券', quantity: { value: 600, unit: '元' }, note: expect.stringContaining('每户') },
    ]);
  });
  it('reads no item in a verb of support or a head count', () => {
    expect(items('乡公所并捐助3万元响应。')).toEqual([]);
    expect(items('县长到新和乡协助发放物资，今天来参加物资发放约有120户。')).toEqual([['物资', null]]);
  });
});

describe('findSupplies, a probe of 拉来', () => {
  it('reads no supply in funds a visitor secured (拉来了300万元项目资金)', () => {
    expect(items('县长王强到红星村调研，为村里拉来了300万元产业项目资金。')).toEqual([]);
  });
});

describe('findSupplies, who received the goods', () => {
  it('reads no item in the households given to (发放给500户家庭), but a family pack is one', () => {
    expect(items('并将物资发放给500户家庭。')).toEqual([['物资', null]]);
    expect(items('送去家庭包50个。')).toEqual([['家庭包', 50]]);
  });
});
