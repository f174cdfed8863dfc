import { describe, expect, it } from 'vitest';
import { findPeople, portraitName } from './people';

const names = (text: string, known?: Set<string>, heading?: boolean) =>
  findPeople(text, known, heading).map((p) => [p.name, p.title]);

describe('findPeople', () => {
  it('reads a title before the name, with 、 inside the title', () => {
    expect(names('2月7日,区人大常委会党组副书记、副主任王建军率区人大机关干部,赴东风社区')).toEqual([
      ['王建军', '区人大常委会党组副书记、副主任'],
    ]);
  });
  it('reads the bare name a paragraph opens with, where it says who the person is', () => {
    expect(portraitName('冯长顺，一名个体经营户。1月28日，他…')?.name).toBe('冯长顺');
    expect(portraitName('陈家旺，府城镇东华社区居民。')?.name).toBe('陈家旺');
    expect(portraitName('近日，县长来到红星村。')).toBeNull();
    expect(portraitName('春节前，一名个体户送来口罩。')).toBeNull();
  });
  it('ends a name of two where its next character starts a word (汇报, 奔赴, 以及)', () => {
    expect(names('镇党委副书记刘涛汇报情况，镇长刘强奔赴红星村').map((p) => p[0])).toEqual(['刘涛', '刘强']);
    expect(names('在副县长钱立、党工委书记孙海以及政府办的陪同下').map((p) => p[0])).toEqual([
      '钱立',
      '孙海',
    ]);
    expect(names('幼儿园园长王丽将包子送到值守点')).toEqual([['王丽', '幼儿园园长']]);
    expect(names('乡党委副书记刘芳正在对检查站值班情况进行检查')).toEqual([['刘芳', '乡党委副书记']]);
  });
  it('reads no adverb after a title as a name (连夜将, 马上将), and ends no name inside a word (王志强调研)', () => {
    expect(names('副县长连夜将救灾物资送到东山村')).toEqual([]);
    expect(names('副县长马上将防汛物资送到东山村')).toEqual([]);
    expect(names('县委书记王志强调研东山村防汛工作')).toEqual([['王志强', '县委书记']]);
  });
  it('reads no name in 单位 or in 党总支 before a name (单位湖, 支李建国)', () => {
    expect(names('商会副会长单位湖南青禾餐饮公司总经理魏长春陪同慰问').map((p) => p[0])).toEqual(['魏长春']);
    expect(names('红枫社区党总支李建国书记带领社区两委班子发放口罩').map((p) => p[0])).toEqual(['李建国']);
  });
  it('reads 洪 and 訾 as surnames (会长洪志成, 副县长訾通)', () => {
    expect(names('澳门南安同乡会会长洪志成、永远会长黄天送一行来到')).toEqual([
      ['洪志成', '澳门南安同乡会会长'],
      ['黄天送', '永远会长'],
    ]);
    expect(names('副县长訾通陪同视察')).toEqual([['訾通', '副县长']]);
  });
  it.each([
    ['22日上午，石桥镇副主任科员宋家兴一行来到镇敬老院', '宋家兴'],
    ['县河长办主任、袁河县级河长刘振华深入南坑镇', '刘振华'],
    ['社区工作人员、全国劳动模范顾美华以及志愿者等走访慰问了老人', '顾美华'],
    ['江西省政协常委、联谊会召集人黄永康表示', '黄永康'],
  ])('reads a name after the titles 科员, 河长, 劳动模范, 召集人: %s', (text, name) => {
    expect(names(text).map((n) => n[0])).toEqual([name]);
  });
  it('reads bare names in a list a title closes (杨建华、刘志勇等县领导), each with that title', () => {
    const listed = names('杨建华、刘志勇、李晓梅等县领导参加活动');
    expect(listed.map((n) => `${n[1]}${n[0]}`).join('、')).toBe('县领导杨建华、县领导刘志勇、县领导李晓梅');
    expect(names('王大明、李小红等来到红星村')).toEqual([]);
  });
  it('reads no name in 包括首席顾问 (包括 is a word, not 包 and a given name)', () => {
    expect(names('星濠管理层代表包括首席顾问黄志明博士到访慈航长者综合服务中心').map((n) => n[0])).toEqual([
      '黄志明',
    ]);
  });
  it.each([
    '镇长洪灾过后第一时间来到东风村',
    '县级河长洪水过后来到大堤',
    '7月14日，在望江县长江干堤华阳段巡查',
    '要求企业负责人严格落实安全生产主体责任',
    '镇党委书记全面部署防汛工作',
  ])('reads no name in a word of floods, works or manner (洪灾, 长江干堤, 严格落实): %s', (text) =>
    expect(names(text)).toHaveLength(0),
  );
  it.each([
    [
      '县政协副主席许春华和汪永胜分别赴城关镇',
      [
        ['许春华', '县政协副主席'],
        ['汪永胜', '县政协副主席'],
      ],
    ],
    ['县长王明与李华亲切交谈', [['王明', '县长']]],
    [
      '县长王明和李华来到红星村',
      [
        ['王明', '县长'],
        ['李华', null],
      ],
    ],
    ['县委书记王明与张华握手', [['王明', '县委书记']]],
  ])(
    'gives the title before 和 to a bare name after it only where they went each or together: %s',
    (text, want) => {
      expect(names(text)).toEqual(want);
    },
  );
  it('reads no name in 公司总经理 (司 and 总 are no name)', () => {
    expect(names('公司总经理带队来到高铁北站公交休息室')).toEqual([]);
  });
  it('reads no name in 大雅区农会理事长', () => {
    expect(names('由大雅区农会理事长陈正雄代表接受').map((n) => n[0])).toEqual(['陈正雄']);
  });
  it('reads no name in a body’s head’s title (龙滚商会会长)', () => {
    expect(names('龙滚商会会长、海南鑫盛建材有限公司董事长符海雄第一时间发出倡议').map((n) => n[0])).toEqual([
      '符海雄',
    ]);
  });
  it('reads no given name in 最后 or 然后 after a surname and a title (邓区长最后来到)', () => {
    expect(names('邓区长最后来到区住建局').map((n) => n[0])).not.toContain('邓最后');
    expect(names('邓区长然后来到区住建局').map((n) => n[0])).not.toContain('邓然后');
  });
  it('reads no name in 领导班子成员', () => {
    expect(names('街道领导班子成员分头深入各社区')).toEqual([]);
    expect(names('每到一户，区领导都向老同志致以问候')).toEqual([]);
  });
  it('reads a title after the name, a deputy’s too, but no body before its deputy head', () => {
    expect(names('区民政局李明局长带队来到红星社区')).toEqual([['李明', '区民政局局长']]);
    expect(names('省民政厅刘志强副处长一行5人来到县福利院')).toEqual([['刘志强', '省民政厅副处长']]);
    expect(names('市农商行副行长、民进市委会副主委郑国强一行').map((n) => n[0])).toEqual(['郑国强']);
  });
  it('reads 立委 as a title, and ends a name before 采取, 沿河, 进行 and 计划', () => {
    expect(names('立委陈志远昨天前往东溪村')).toEqual([['陈志远', '立委']]);
    expect(names('市民政局副局长刘松、区公安分局警长吴桐深入红星社区').map((n) => n[0])).toEqual([
      '刘松',
      '吴桐',
    ]);
    expect(names('县长吴明采取暗访方式到红旗小学检查食堂')).toEqual([['吴明', '县长']]);
    expect(names('县长王明沿河堤察看险情')).toEqual([['王明', '县长']]);
    expect(names('县长李强进行了检查')).toEqual([['李强', '县长']]);
    expect(names('县长李强计划下周来到红星村')).toEqual([['李强', '县长']]);
    // (But 进 ends a name before 行程, 行动: "刘前进行程紧凑".)
    expect(names('县长刘前进行程紧凑，先后来到红星村')).toEqual([['刘前进', '县长']]);
    expect(names('县长张跃进行动迅速，带队来到红星村')).toEqual([['张跃进', '县长']]);
    expect(names('县长王强进行调度后，来到红星村')).toEqual([['王强', '县长']]);
    expect(names('县农商银行王前进行长一行来到东风村').map((n) => n[0])).toEqual(['王前进']);
  });
  it('reads several people in a list, and stops a name before 率 / 等 / 陪同', () => {
    expect(names('县人大常委会研究室主任刘洋、县卫健局局长周红梅等一同参加。镇党委书记何平陪同。')).toEqual([
      ['刘洋', '县人大常委会研究室主任'],
      ['周红梅', '县卫健局局长'],
      ['何平', '镇党委书记'],
    ]);
  });
  it('ends a name before 来, 当场 and the like, and reads no name that ends as a place does', () => {
    expect(names('县长王刚来红星村调研。')).toEqual([['王刚', '县长']]);
    expect(names('市政协委员韩静当场表示要和他结对。')).toEqual([['韩静', '市政协委员']]);
    expect(names('市人大领导来白兔镇调研基层卫生健康工作', new Set(), true)).toEqual([]);
    expect(names('走访了白兔镇卫生院院长、市人大代表蒋国庆').map((n) => n[0])).toEqual(['蒋国庆']);
  });
  it('reads 镇 or 村 in a name right after a title, and a candidate for an office as a title', () => {
    expect(names('区委常委、宣传部长李镇东，副区长候选人何一流来到隔离点')).toEqual([
      ['李镇东', '区委常委、宣传部长'],
      ['何一流', '副区长候选人'],
    ]);
    expect(names('副县长王到村里查看')).toEqual([]);
  });
  it('reads bare names after their bodies in a list of those who went (…局李文涛，…局段红梅、普志强…等一行)', () => {
    expect(names('4月3日，省林业和草原局李文涛，市林业和草原局段红梅、普志强等一行到撒营盘镇督查')).toEqual([
      ['李文涛', '省林业和草原局'],
      ['段红梅', '市林业和草原局'],
      ['普志强', '市林业和草原局'],
    ]);
    expect(names('县民政局王明说，今年将')).toEqual([]);
  });
  it('starts a title after what someone did to the person (握着慰问组组长罗永川的手)', () => {
    expect(names('一位老人握着慰问组组长罗永川的手说')).toEqual([['罗永川', '慰问组组长']]);
  });
  it('reads a surname, a title and the given name as one person (鄭區長正忠), not a leader named by surname', () => {
    expect(names('郑区长正忠特别于1月26日率志工队前往')).toEqual([['郑正忠', '区长']]);
    expect(names('三重区公所谢区长宏毅感谢两宫庙善举')).toEqual([['谢宏毅', '区长']]);
    expect(names('黎主任来到枫溪镇，黎主任一行随后来到', new Set(['黎文渊']))).not.toContainEqual([
      '黎来',
      '主任',
    ]);
  });
  it('reads no given name in an adverb or after a preposition (李会长特别, 由县长王明), and reads 区长青 after a title', () => {
    expect(names('县慈善总会李会长特别来到红星村看望慰问困难群众')).toEqual([]);
    expect(names('区公所陈区长特地到大溪里访视独居长者')).toEqual([]);
    expect(names('由县长王明带领县民政局负责人到红星村')).toEqual([['王明', '县长']]);
    expect(names('镇党委书记区长青来到红星村')).toEqual([['区长青', '镇党委书记']]);
    // (Given names that start like an adverb, 向 as a surname, and 局長 or 理事長 in Taiwan's order.)
    expect(names('陈理事长正雄今日前往大溪里探望长者')).toEqual([['陈正雄', '理事长']]);
    expect(names('社会局李局长明德今日前往大溪里').map((p) => p[0])).toEqual(['李明德']);
    expect(names('向区长明德今日前往大溪里').map((p) => p[0])).toEqual(['向明德']);
    expect(names('向镇长王明了解情况')).toEqual([['王明', '向镇长']]);
  });
  it.each([
    // (A count and a body, two titles, a team.)
    ['偕同两位宫庙主委，以及在地里长', []],
    ['大雅区长和里长慰问独居长辈。', []],
    ['联同北区区议员和关爱队代表探访居于华明邨的独居长者', []],
    ['街道采取领导包片、干部包村的办法，逐户走访困难群众', []],
    // (A name before its title and a speech.)
    ['在座谈中，吕振东局长发表讲话，勉励教师扎根乡村。', [['吕振东', '局长']]],
  ])('reads the people of %s', (text, people) => {
    expect(names(text)).toEqual(people);
  });
  it('ends a name before 则 ("then"), and reads a title after a name before 分别', () => {
    expect(names('保安局局长郑国雄则在民政事务专员陪同下到钟屋村')[0]).toEqual(['郑国雄', '保安局局长']);
    expect(names('今日上午，吴家豪市长分别前往东兴社区和西门社区')).toEqual([['吴家豪', '市长']]);
  });
  it('reads a title after a name before 于 or 偕同 (大雅区吴振宏区长于今日…偕同…)', () => {
    expect(names('大雅区吴振宏区长于今日偕同秀山里张文雄里长前往')[0]).toEqual(['吴振宏', '大雅区区长']);
  });
  it('finds a heading leader before 访 (鄧嘉雯訪愛東邨長者)', () => {
    expect(names('邓嘉雯访爱东邨长者 送上新春祝福', new Set(), true)).toEqual([['邓嘉雯', null]]);
  });
  it('reads the one who entrusts', () => {
    expect(names('受市人大常委会副主任刘时新委托,市人大农业委主任委员黄志强一行前往')).toEqual([
      ['刘时新', '市人大常委会副主任'],
      ['黄志强', '市人大农业委主任委员'],
    ]);
  });
  it('finds a heading leader and known names later', () => {
    expect(names('赵志强赴南湖村督导疫情防控工作', new Set(), true)).toEqual([['赵志强', null]]);
    expect(names('赵志强一行首先来到村卫生室', new Set(['赵志强']))).toEqual([['赵志强', null]]);
  });
  it('reads a heading leader set apart by a space, and a word-like surname only after a title', () => {
    expect(names('王洁琼　督导锦宁村', new Set(), true)).toEqual([['王洁琼', null]]);
    expect(names('县委副书记和春林一行到石鼓乡')).toEqual([['和春林', '县委副书记']]);
    expect(names('市人大代表和省人大代表来到红星村,书记和县长一同前往')).toEqual([]);
  });
  it('reads 常务副主任 as a title, not as a man named 常务', () => {
    expect(names('市人大常委会常务副主任王立实地察看了红星村')).toEqual([['王立', '市人大常委会常务副主任']]);
  });
  it('does not take words for names', () => {
    expect(names('社区工作人员和志愿者进行慰问,要求做好防控工作')).toEqual([]);
    expect(names('送去口罩。干部陪同。单位负责人陪同,全体委员陪同,相关负责人随同。')).toEqual([]);
  });
  it('reads no name in words after a title or in a count (代表关切, 纪检组长, 向督查组, 两位老师)', () => {
    expect(names('要求相关单位及时回应代表关切。')).toEqual([]);
    expect(names('镇负责人向督查组汇报了准备情况。')).toEqual([]);
    expect(names('县民政局局长马力,县民政局纪检组长何静等人来到县救助站')).toEqual([
      ['马力', '县民政局局长'],
      ['何静', '县民政局纪检组长'],
    ]);
    expect(names('副书记孙平两位老师来到仁和医院').map(([n]) => n)).not.toContain('孙平两');
    expect(names('副书记孙平两位老师来到仁和医院').map(([n]) => n)).not.toContain('位老师');
  });
  it('ends a name before 代表 as a verb, 赶到 and 赶往, and reads the surname 宛', () => {
    expect(names('院长周海代表院方接收捐赠')).toEqual([['周海', '院长']]);
    expect(names('社区工联会主席吴静代表南大街社区工会联合会,看望慰问')).toEqual([
      ['吴静', '社区工联会主席'],
    ]);
    expect(names('县文联主席高明远赶到柳湾村')).toEqual([['高明远', '县文联主席']]);
    // (A name that starts 关心 or 关爱 after a title is a name; a count after a name is no part of it.)
    expect(names('县民政局局长关心平来到红星村')).toEqual([['关心平', '县民政局局长']]);
    expect(names('主任关爱民来到红星村')).toEqual([['关爱民', '主任']]);
    expect(names('副书记孙平两位同志来到红星村').map(([n]) => n)).not.toContain('孙平两位');
    // (Not the one who wrote the report, named in its byline, though a credit line names them too; not 张明昨午.)
    expect(
      names('县融媒体中心4月9日讯(通讯员 陈芳)4月9日上午，乡人大主席团深入中心校', new Set(['陈芳'])),
    ).toEqual([]);
    expect(names('民政局局长张明昨午到南区石湖邨探访长者')).toEqual([['张明', '民政局局长']]);
    // (记 opens a given name right after a title; 王书记 is no name.)
    expect(names('县长张记平来到红旗小学')).toEqual([['张记平', '县长']]);
    expect(names('王书记来到红旗小学')).toEqual([]);
    expect(names('全体行政在校长宛志明的带领下')).toEqual([['宛志明', '校长']]);
  });
  it('reads bare names that start their clause before 陪同, alone or in a list', () => {
    expect(names('送去口罩一批、消毒液20瓶。王建国陪同。')).toEqual([['王建国', null]]);
    expect(names('检查了村卫生室,王建国、李明等陪同。')).toEqual([
      ['王建国', null],
      ['李明', null],
    ]);
    // Not a name in the middle of a clause, nor one followed by anything else.
    expect(names('送去口罩,村里王建国同样参加。李明说')).toEqual([]);
  });
});

describe('findPeople, titles after the name', () => {
  it('reads 代表 after a name that starts its clause, before what the deputy did', () => {
    expect(names('在长堤街社区,吴晓晖代表把绿豆递给快递员')).toEqual([['吴晓晖', '代表']]);
    expect(names('县文联负责人来到红星村')).toEqual([]);
  });
});

describe('findPeople, read against real pages (eleventh session)', () => {
  it('reads no name in the 区 of 社区, in 强调 or 关于, and none that takes the verb after it', () => {
    expect(names('随后社区冯主任和网格员一起到顺达汽修厂接受捐赠。').map((n) => n[0])).not.toContain('区冯');
    expect(
      names('刘志远深入部分企业走访服务，强调要深入贯彻关于统筹推进经济发展的讲话精神。').map((n) => n[0]),
    ).toEqual(['刘志远']);
    expect(names('8月8日上午，市委书记陈立赶赴安平县石桥镇柳溪村').map((n) => n[0])).toEqual(['陈立']);
  });
  it('reads a rare surname (璩)', () => {
    expect(names('8月3日，副县长璩明来到李家乡查看灾情。').map((n) => n[0])).toEqual(['璩明']);
  });
});
