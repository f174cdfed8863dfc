/**
 * Places named after a verb of movement or inspection ("赴赫山区赫山街道洪家村社区", "来到东风、红星等社区",
 * "实地查看了青年路、洪家巷等区域"): chains of places, each inside the one before it, and lists of siblings. A list
 * that shares one suffix ("东风、红星、新华等社区") is one place per name.
 */
import type { PlaceKind } from '../data/schema';
import { COUNT_UNITS } from './lexicon';
import { insideQuotes } from './normalise';

export interface PlaceMention {
  name: string;
  kind: PlaceKind;
  /** The place this one is named inside ("赫山区" for "赫山区赫山街道"), by index into the same result. */
  parent: number | null;
  /** Quote: the name, or the whole shared-suffix list it was built from. */
  start: number;
  end: number;
  /** The verb that introduced it. */
  trigger: string;
  /** A place that is the subject of its sentence: where the sentence's verb of visiting ends. */
  subjectUntil?: number;
  /** Written by its kind alone ("来到学校"): the words, and the sentence before that names it in full. */
  namedBefore?: { written: string; full: string; sentence: string };
  /** A name completed with the place read before it ("镇中心小学" after "柳泉镇"): the words as written, and that place. */
  completed?: { written: string; from: string };
}

/** Suffixes, longest first; a suffix that follows a place directly ("洪家村" + "社区") makes one longer name. */
const SUFFIXES: [string, PlaceKind][] = [
  ['中心小学', 'organization'],
  ['中心学校', 'organization'],
  ['中心幼儿园', 'organization'],
  ['中心卫生院', 'organization'],
  ['中心敬老院', 'organization'],
  ['儿童康复中心', 'organization'],
  ['儿童福利院', 'organization'],
  ['儿童医院', 'organization'],
  ['儿童之家', 'site'],
  ['康复中心', 'organization'],
  ['人大代表联络站', 'site'],
  ['人大代表之家', 'site'],
  ['人大代表工作室', 'site'],
  ['代表联络站', 'site'],
  ['代表之家', 'site'],
  ['代表工作室', 'site'],
  ['老人之家', 'site'],
  ['长者之家', 'site'],
  ['政协委员联络室', 'site'],
  ['政协委员工作室', 'site'],
  ['委员联络室', 'site'],
  ['委员工作室', 'site'],
  ['委员之家', 'site'],
  ['联络站', 'site'],
  ['产业园', 'site'],
  ['文化园', 'site'],
  ['生态园', 'site'],
  ['旅游区', 'site'],
  ['纪念馆', 'site'],
  ['陈列馆', 'site'],
  ['展览馆', 'site'],
  ['博物馆', 'site'],
  ['林场', 'site'],
  ['农场', 'site'],
  ['农庄', 'site'],
  ['靶场', 'site'],
  ['山庄', 'site'],
  ['风险防范区', 'site'],
  ['防范区', 'site'],
  ['示范区', 'site'],
  ['开发区', 'site'],
  ['工业区', 'site'],
  ['工业园', 'site'],
  ['景区', 'site'],
  ['保护区', 'site'],
  ['社区居委会', 'community'],
  ['居民委员会', 'residents-committee'],
  ['村民委员会', 'village'],
  ['便民服务中心', 'site'],
  ['卫生服务中心', 'organization'],
  ['街道办事处', 'street'],
  ['服务中心', 'site'],
  ['疾控中心', 'organization'],
  ['卫生院', 'organization'],
  ['党群服务中心', 'site'],
  ['敬老院', 'organization'],
  ['养老院', 'organization'],
  ['福利院', 'organization'],
  ['光荣院', 'organization'],
  ['幸福院', 'organization'],
  ['幼儿园', 'organization'],
  ['派出所', 'organization'],
  // Offices of a town's services ("前进税务所", "城关司法所"), banks' branches, a hospital named as a centre's.
  ['税务所', 'organization'],
  ['财政所', 'organization'],
  ['司法所', 'organization'],
  ['中心医院', 'organization'],
  ['服务大厅', 'site'],
  ['信用合作联社', 'organization'],
  ['信用联社', 'organization'],
  ['商业银行', 'organization'],
  ['支行', 'organization'],
  // Mines, the forest bureaus of the north-east, blood stations, a disease-control centre in full.
  ['煤矿', 'organization'],
  ['铁矿', 'organization'],
  ['金矿', 'organization'],
  ['林局', 'organization'],
  ['中心血站', 'organization'],
  ['血站', 'organization'],
  ['疾病预防控制中心', 'organization'],
  ['分行', 'organization'],
  ['信用社', 'organization'],
  ['片区', 'site'],
  ['警务室', 'organization'],
  ['警务站', 'organization'],
  ['事务所', 'organization'],
  // Army, armed police and fire units, and their bases ("武警江州支队", "市消防救援支队", "石湾海军驻地", "驻江某部队").
  ['消防救援站', 'organization'],
  ['边检站', 'organization'],
  ['总队', 'organization'],
  ['支队', 'organization'],
  ['大队', 'organization'],
  ['中队', 'organization'],
  ['边防连', 'organization'],
  ['工兵连', 'organization'],
  ['机炮连', 'organization'],
  ['连队', 'organization'],
  ['哨所', 'organization'],
  ['营区', 'site'],
  ['部队', 'organization'],
  ['驻地', 'site'],
  ['卫生所', 'organization'],
  ['政府', 'organization'],
  ['合作社', 'organization'],
  ['人武部', 'organization'],
  // Retired officers' homes and military subdistricts ("县军休所", "临江军分区").
  ['军休所', 'organization'],
  ['干休所', 'organization'],
  ['军分区', 'organization'],
  ['服务处', 'organization'],
  ['教管办', 'organization'],
  // Eateries, where safety checks go ("刘记面馆", "聚福酒家").
  ['面馆', 'organization'],
  ['饭馆', 'organization'],
  ['餐馆', 'organization'],
  ['餐厅', 'organization'],
  ['饭店', 'organization'],
  ['酒家', 'organization'],
  ['酒楼', 'organization'],
  ['火锅店', 'organization'],
  ['烧烤店', 'organization'],
  ['高中', 'organization'],
  ['供销社', 'organization'],
  ['活动室', 'site'],
  ['机埠', 'site'],
  ['武装部', 'organization'],
  ['照护之家', 'site'],
  ['颐养之家', 'site'],
  ['工作室', 'site'],
  ['联络室', 'site'],
  ['车间', 'site'],
  ['民宿', 'organization'],
  ['居民区', 'compound'],
  ['病区', 'site'],
  ['大坝', 'site'],
  ['商场', 'organization'],
  ['商厦', 'organization'],
  ['客运站', 'site'],
  ['汽车站', 'site'],
  ['火车站', 'site'],
  ['高铁站', 'site'],
  ['执勤点', 'site'],
  ['隐患点', 'site'],
  ['灾害点', 'site'],
  ['高速口', 'site'],
  ['锅炉房', 'site'],
  ['换热站', 'site'],
  ['家庭农场', 'organization'],
  ['农场', 'organization'],
  ['林场', 'organization'],
  ['牧场', 'organization'],
  ['养殖场', 'organization'],
  ['水库', 'site'],
  ['河道', 'site'],
  ['河段', 'site'],
  ['堤坝', 'site'],
  ['山塘', 'site'],
  ['塘坝', 'site'],
  ['电排', 'site'],
  ['排灌站', 'site'],
  ['干渠', 'site'],
  ['渠', 'site'],
  ['堤段', 'site'],
  ['闸站', 'site'],
  ['排涝站', 'site'],
  ['安置点', 'site'],
  ['统战部', 'organization'],
  ['宣传部', 'organization'],
  ['组织部', 'organization'],
  ['看守所', 'organization'],
  ['部队', 'organization'],
  ['局', 'organization'],
  ['学会', 'organization'],
  ['协会', 'organization'],
  ['商会', 'organization'],
  ['同乡会', 'organization'],
  ['联谊会', 'organization'],
  ['街坊会', 'organization'],
  ['会址', 'site'],
  ['环卫所', 'organization'],
  ['养护所', 'organization'],
  ['疫情防控应急指挥部', 'organization'],
  ['疫情防控指挥部', 'organization'],
  ['应急指挥部', 'organization'],
  ['红十字会', 'organization'],
  ['慈善总会', 'organization'],
  ['防控指挥部', 'organization'],
  ['项目部', 'site'],
  ['指挥部', 'site'],
  ['项目', 'site'],
  ['工区', 'site'],
  ['屯', 'village'],
  ['现场', 'site'],
  ['一中', 'organization'],
  ['二中', 'organization'],
  ['三中', 'organization'],
  ['四中', 'organization'],
  ['五中', 'organization'],
  ['实验小学', 'organization'],
  ['中心校', 'organization'],
  ['泵站', 'site'],
  ['电站', 'site'],
  ['防洪堤', 'site'],
  ['护岸', 'site'],
  ['河堤', 'site'],
  ['大堤', 'site'],
  ['江堤', 'site'],
  ['河堤', 'site'],
  ['堤', 'site'],
  ['闸', 'site'],
  ['基地', 'site'],
  ['工坊', 'site'],
  ['服务区', 'site'],
  ['湿地公园', 'site'],
  ['公园', 'site'],
  ['街区', 'site'],
  ['广场', 'site'],
  ['采摘园', 'site'],
  ['香蕉园', 'site'],
  ['葡萄园', 'site'],
  ['柑橘园', 'site'],
  ['猕猴桃园', 'site'],
  ['蓝莓园', 'site'],
  ['草莓园', 'site'],
  ['种植园', 'site'],
  ['示范园', 'site'],
  ['科技园', 'site'],
  ['观光园', 'site'],
  ['生态园', 'site'],
  ['产业园', 'site'],
  ['转盘', 'site'],
  ['苗圃', 'site'],
  ['观景台', 'site'],
  ['仓库', 'site'],
  ['工程', 'site'],
  ['示范点', 'site'],
  ['救援队', 'organization'],
  ['立交桥', 'site'],
  ['大桥', 'site'],
  ['清洁队', 'organization'],
  ['环卫队', 'organization'],
  ['大队', 'organization'],
  ['中队', 'organization'],
  ['园区', 'site'],
  ['工地', 'site'],
  ['大厦', 'compound'],
  ['中心', 'organization'],
  ['站', 'site'],
  ['院', 'organization'],
  ['楼', 'compound'],
  ['邨', 'compound'],
  ['居委会', 'residents-committee'],
  ['居委', 'residents-committee'],
  ['村委会', 'village'],
  ['值守点', 'site'],
  ['防控点', 'site'],
  ['观察点', 'site'],
  ['隔离点', 'site'],
  ['检测点', 'site'],
  ['采样点', 'site'],
  ['接种点', 'site'],
  ['执勤点', 'site'],
  ['劝返点', 'site'],
  ['卡口', 'site'],
  ['检查站', 'site'],
  ['检查点', 'site'],
  ['收费站', 'site'],
  ['卫生室', 'site'],
  ['街道', 'street'],
  ['社区', 'community'],
  ['小区', 'compound'],
  ['花园', 'compound'],
  ['家园', 'compound'],
  ['公寓', 'compound'],
  ['公司', 'organization'],
  ['医院', 'organization'],
  ['学校', 'organization'],
  ['中学', 'organization'],
  ['职高', 'organization'],
  ['职中', 'organization'],
  ['联校', 'organization'],
  ['管理处', 'organization'],
  ['选区', 'site'],
  ['地下空间', 'site'],
  ['地下通道', 'site'],
  ['下穿通道', 'site'],
  ['小学', 'organization'],
  ['超市', 'organization'],
  ['集团', 'organization'],
  ['工厂', 'organization'],
  ['酒店', 'organization'],
  ['宾馆', 'organization'],
  ['街市', 'organization'],
  ['农贸市场', 'organization'],
  ['市场', 'organization'],
  ['卡点', 'site'],
  ['路口', 'site'],
  ['大道', 'road'],
  ['新区', 'district'],
  ['区', 'district'],
  ['县', 'county'],
  ['市', 'prefecture'],
  ['镇', 'town'],
  ['乡', 'township'],
  ['村', 'village'],
  ['苑', 'compound'],
  ['厂', 'organization'],
  ['路段', 'road'],
  ['路', 'road'],
  ['街办', 'street'],
  ['街', 'road'],
  ['巷', 'road'],
  ['河', 'site'],
  ['湖', 'site'],
  ['圩', 'site'],
  ['垸', 'site'],
  ['坝', 'site'],
];
const SUFFIX_RE = new RegExp(`^(?:${SUFFIXES.map(([s]) => s).join('|')})`);
const KIND = new Map(SUFFIXES);
const BARE_SUFFIX_RE = new RegExp(`^(?:${SUFFIXES.map(([s]) => s).join('|')})$`);
/** Quarantine sites and checkpoints, named after the place they belong to ("石鼓区隔离点", "罗租中新村防疫卡口"). */
const QUARANTINE_SITES =
  '集中隔离医学观察点|集中隔离观察点|医学观察点|隔离观察点|集中隔离点|隔离点|核酸检测点|检测点|防疫卡口|卡口';
/** Homes and hospitals named by whom they serve, which both kinds of institution below include. */
const CARE_HOMES = '儿童福利院|儿童医院|儿童康复中心|康复中心|社会福利院';
/** Institutions every town or community has, named by the place they belong to ("城关镇敬老院"). */
const GENERIC_INSTITUTION_RE = new RegExp(
  `^(?:中心)?(?:[\\u4e00-\\u9fa5]{2,6}(?:服务站|实践站|实践所|文化站)|人大代表联络站|人大代表之家|人大代表工作室|代表联络站|代表之家|代表工作室|政协委员联络室|政协委员工作室|委员联络室|委员工作室|委员之家|疫情防控指挥部|防控指挥部|环卫所|敬老院|养老院|养护院|护理院|老年公寓|${CARE_HOMES}|福利院|光荣院|幸福院|卫生院|卫生室|卫生所|派出所|政府|人民政府|中心小学|中心校|中心学校|中心幼儿园|小学|中学|初级中学|第[一二三四五六七八九十]{1,3}(?:初级中学|中学|小学|幼儿园)|幼儿园|党群服务中心|便民服务中心|日间照料中心|老人之家|长者之家|服务中心|服务站|卫生服务中心|村委会|居委会|农贸市场|施工现场|现场|卡点|检查站|值守点|中医医院|中医院|人民医院|第[一二三四五六七八九十]{1,3}人民医院|实验小学|实验中学|实验学校|中心医院|妇幼保健院|疾控中心|疾病预防控制中心|物资仓库|仓库|政府大院|河段|河道|机关食堂|长者食堂|食堂|菜市场|服务处|执勤点|干部病区|老干部病区|病区|安置点|临时安置点|集中安置点|颐养之家|照护之家|锅炉房|换热站|人武部|武装部|教管办|中心血站|血站|财政所|税务所|司法所|联络室|防汛指挥部|防汛中队|中转站|垃圾中转站|加油站|污水处理厂|污水处理站|污水泵站|泵站|警务室|警务站|${QUARANTINE_SITES})$`,
);
/**
 * A place named only by its kind ("福利院", "敬老院", "卫生院") where one of `names` ends with it ("县儿童福利院"): the
 * place just named, told again.
 */
export const toldAgainByKind = (name: string, names: readonly string[]): boolean =>
  GENERIC_INSTITUTION_RE.test(name) && names.some((n) => n.length > name.length && n.endsWith(name));

/** "镇政府", "乡人民政府", "区隔离点": a body of the place named right before it. */
const GOVERNMENT_RE = new RegExp(
  `^((?:镇|乡|县|区|市|街道)?(?:人民)?)(政府大院|政府|新型冠状病毒感染的肺炎疫情防控应急指挥部|疫情防控应急指挥部|疫情防控指挥部|防控指挥部|应急指挥部|红十字会|慈善总会|慈善会|人大代表联络站|人大代表之家|人大代表工作室|代表联络站|代表之家|代表工作室|政协委员联络室|政协委员工作室|委员联络室|委员工作室|委员之家|环卫所|派出所|卫生院|敬老院|养老院|${CARE_HOMES}|福利院|幸福院|中心小学|中心校|中心学校|中心幼儿园|小学|初级中学|中学|幼儿园|卫生室|便民服务中心|党群服务中心|安置点|临时安置点|集中安置点|颐养之家|照护之家|执勤点|锅炉房|换热站|防汛指挥部|防汛抗旱指挥部|人武部|武装部|军休所|干休所|军干所|环卫处(?!理)|教管办|看守所|拘留所|疾病预防控制中心|疾控中心|中心血站|血站|财政所|税务所|司法所|警务室|联络室|代表联络室|机关食堂|长者食堂|食堂|菜市场|服务处|防汛中队|干部病区|老干部病区|病区|${QUARANTINE_SITES})`,
);
/**
 * "柳泉镇初级中学和镇中心小学": the town's own institution (镇中心小学) is named with the town read before it, so two
 * towns' 镇中心小学 are two places; the mention says so, for a note on the visit.
 */
function ownName(
  name: string,
  parent: number | null,
  out: PlaceMention[],
): Pick<PlaceMention, 'name' | 'completed'> {
  if (!/^[镇乡县区市]/.test(name) || !GENERIC_INSTITUTION_RE.test(name.slice(1))) return { name };
  for (let a = parent === null ? null : out[parent]; a; a = a.parent === null ? null : out[a.parent])
    if (a.name.endsWith(name[0]!))
      return { name: a.name + name.slice(1), completed: { written: name, from: a.name } };
  return { name };
}
/** "捐赠医用外科口罩4000个" before 给: goods and their count, given to the place after 给. */
const COUNTED_THEN_GIVEN_RE = new RegExp(
  `(?:捐赠|赠送|捐献|捐送)了?[^,，。;；]{1,24}?[\\d一二两三四五六七八九十百千万]+(?:${COUNT_UNITS.join('|')})$`,
);
/** Verbs after which places are named. */
export const MOVE_RE =
  /(?:先后|分别|首先|随后|又|再|还|一同|一起|专程|冒雨|深入)?(?:来到|赶到|赶往|奔赴|直奔|前往|南下|北上|深入到?|走进|走访|到访|造访|抵达|莅临|送往|运往|送至|运抵|到达|驶入|驶进|赶来|(?<=也|又)至|(?<=先后|分别|亦|再|并|又)访(?![问谈查客])|赴|(?<![看见收得受感想遇做达等直提听拿说谈用领识])到|去|(?<![带送捎寄传])来(?![自源信电]))/g;
/** What a plan writes after a verb of looking, a noun and no visit ("指导思想", "视察方式以现场观摩为主"). */
const PLAN_NOUN = '(?:思想|方式|目的|内容|时间|路线|地点|方案|原则|意见|报告|结果|安排)';
/** Verbs of a visit that name the place visited right after them ("看望慰问东风村…", "视察了某公司"). */
export const VISIT_VERB_RE = new RegExp(
  `(?:看望慰问|走访慰问|看望|慰问|探望|探访|拜访|访视|视察|调研|督导|督查|巡视)(?![组团队]|服务中心|${PLAN_NOUN}|结束|完毕|后(?=[,，。；;])|期间|过程)了?`,
  'g',
);
/** "对…进行了检查", "对…开展安全巡查": places looked at (kept only where such a verb follows them in the clause). */
export const OBJECT_RE = /对/g;
const INSPECTED_AFTER_RE =
  /^[^,，。;；]{0,16}?(?:进行|开展)了?[^,，。;；]{0,8}?(?:检查|督查|督导|调研|视察|察看|查看|慰问|走访|巡查|暗访|排查)/;
/** "向…捐赠", "给…送去", "为…送去": the place a hand-over goes to (kept only where a hand-over verb follows the place). */
export const GIVE_TO_RE = /向|给|为/g;
const HAND_OVER_AFTER_RE =
  /^[^,，。;；:：]{0,20}?(?:捐赠|赠送|送去|送来|送上|送出|带去|发放|捐献|捐助|捐款|捐资|转交|赠予|派发|再?捐(?=[\d一二两三四五六七八九十百千万]))/;
// (Not the 视察 of 视察组 or 检查团 followed by what the group did; 视察团结村 is a visit to 团结村.)
export const INSPECT_RE = new RegExp(
  `(?:实地)?(?:参观考察|督查|督导|检查|查看|察看|巡查|视察|调研|指导|参观|考察|抽查|暗访|会勘|勘查)(?!服务中心|组|队|团(?=[一先来前赴到深成全于在对莅率专冒,，])|${PLAN_NOUN}|结束|完毕|后(?=[,，。；;])|期间|过程)了?`,
  'g',
);
/** Stems that contain a verb or a common word are a phrase, not a name. */
const CHECKPOINT_RE = /^(?:卡口|检查站|检查点|观察点|隔离点|值守点|卡点|防控点|执勤点|检测点)$/;
const STEM_BAD =
  /一行|党建引领|^[也找]|^多地|不仅|象征|(?:当晚|晚上|当天|当日|上午|下午|中午|凌晨)(?=[\u4e00-\u9fa5])|[\d一二三四五六七八九十两几多]+个[\u4e00-\u9fa5]?$|^以(?=[\u4e00-\u9fa5]{2})|期间|他们|她们|我们|探望|^(?:\d+|[一二三四五六七八九十两几百]+)多家|^\d+家|^就(?!业)|包括|偕同|人士|女士|先生|女儿|儿子|搬到|搬住|^(?:老旧|城中)$|来自|分管|驻$|日前|近日|今日|^企业生产|介绍|讲解|发挥|观看|参观|观摩|^首个|^[一二三四五六七八九十\d]+期$|^党委|常委|[该此每]$|^达|[该本此每](?:镇|村|县|区|乡|市|街道|社区)|^(?:防洪|防汛|抗洪|救灾|抢险|防疫|抗疫|活动|慰问|捐赠|交接|发放)$|^携手|^(?:共设|设有|设立|共有)|^(?:村口|路口|门口|街口|入口|出口|各)|^(?:支持|建设|回报|回馈|反哺|报效|服务|情系|热爱|扎根|离开|返回|回到)家$|[\u4e00-\u9fa5]从|[\u4e00-\u9fa5]{2}访|这批|是|住$|生病|^关于|^[\d一二三四五六七八九十两]+年|一年|过去|^\d+月份|^[他她它]|^由|^(?:这|那)[家所座个处]|^一[段条座处片块]|^[\d.]+(?:米|公里|千米|亩|平方米)|推进|加快|促进|推动|[和与及][全各本该每]$|发展思|企业家|心系|冰$|送去|送来|送上|^(?:共建|结对|帮扶|对口|挂点)|^[\d一二三四五六七八九十两几多数]+[个份袋箱件名位户座处所条只]|书记|委员|主任|主席|局长|县长|区长|市长|镇长|乡长|部长|会长|^同一|^这座|^那座|之$|[\d一二三四五六七八九十两几]个$|^一(.)\1|^几[间家]|翻看|^用于|^多[个座所家处]|[回返]$|安置点$|^建(?:水利|涵闸|项目|工程|重点)|听取|察看|查看|实地|困难|留足|同时|及时|^首先|^一个|^让|^使|^把|^被|包$|^部分|进展|重点|确定|省级|市级|县级|示范村|^每|^需|^进|^个别|^组织|^设立|扶贫|^送|党和|关心|关怀|^活动|^场|场$|^研究|^派出|受灾|汛期|^去年|^今年|^两处|^年|^卡点|^项目|^联系|^挂钩|^包联|^所联系|时刻|均由|深入|走进|来到|人大|代表|政协|督查|督导|检查|指导|帮扶|调研|慰问|看望|开展|了解|工作|防控|疫情|情况|要求|落实|做好|举措|措施|协助|配合|群众|人员|干部|党员|老人|居民|村民|职工|家庭|家属|儿童|学生|志愿者|户$|^党和|^无|^各|^全|^该|^本|要多|需要|融入|进入|纳入|联合|沿着|分队|排查|^现场|^当地|移风易俗|队伍|^(?:山塘|小型|中型|大型|病险)$|^(?:村|镇|乡|垸|境|辖区)内|^河道|内各|改造中|运送|封堵|加紧|抢修|社$|小时|坚守|重大|假期|进度|召开|^一家|^路面|^(?:排涝|排灌|提灌)泵?$|视察|^农村(?:公|道)$|低洼|积水(?!潭)|易涝|易淹|^雨后|透过|通过|经常|定期|香满$|农业农$|^(?:水位|设备)(?:变化|运行|运转)|^泄水|^排水|^高温|^国网$|^(?:农村|城乡|乡村)(?:敬老|养老|卫生)?$|^超过|^逾\d|\d+项|^至[\u4e00-\u9fa5]{2,6}(?:桥|路|口|站)$|[\d一二三四五六七八九十两几]+多?家(?:单位|企业|机构)|^(?:村|镇|乡|区|街道)级|前往|奔赴|赶赴|特别|^(?:公立|私立|民营)医?$|^此|抽查|随机|会勘|^现地|叮嘱|嘱咐|督促|提醒|强调|确保|^其中|一线$|直奔|(?<![校学院馆所站心])暨|^整个|^[一二三四五六七八九十\d]+楼|^勘[察查]|经理|[\u4e00-\u9fa5]着|飘满|[及与]$|(?:机构|车间|餐厅|蓄水|养护|设施|仓库|服务|情况|站点|宿舍|食堂|教室|办公室)和$|^[^\u4e00-\u9fa5]*[\u4e00-\u9fa5]{5,}和$|前夕|分赴|监督(?!管理)|^\d+个?(?:村|镇|乡|社区|街道)|^当前|(?:温暖|关怀|关爱)和$|岗和|常务|副$|^(?:泵站|塘坝|排涝站|抗旱站|提灌站)/;
/** "在" (and "于" after words of an outing: "一行先于同乡会会址向长者致送福包"), read as 在. */
export const AT_RE =
  /在|(?<=先|又|还|也|并|均|随后|一行|人员|干部|代表|们|[日午）)])于(?=[\u4e00-\u9fa5]{2})/g;
/** "在县民政局、县商务局的带领下": the bodies that led or arranged a visit, no place of it. */
const LED_BY_BODY_RE = /^[^,，。;；在]{2,40}?的?(?:(?:带领|率领|引领)下|(?:组织|安排|协调)下(?=[,，]))/;
/** "在…的陪同下": those who went along, named with their bodies and titles. */
const ESCORT_RE = /^[^。;；在]{2,80}?的?陪同下/;
/** A title right after a body's name: the place is where that person works ("县教育局局长王芳"). */
const ESCORT_TITLE_RE =
  /^[\u4e00-\u9fa5]{0,6}?(?:局长|书记|主任|镇长|乡长|县长|区长|市长|理事长|负责人|所长|站长|院长|部长|主席|干部|同志|行长|经理|队长|政委|教导员|处长|科长)/;
const STEM_CHAR = /(?![等的了和及与在到对为并将把向给])[\u4e00-\u9fa5\dA-Za-z]/;
/** Stems that are words, not names ("该村", "辖区", "全市"). */
const NOT_A_STEM =
  /^(?:所联|包联|联系|结对|该|本|全|各|此|每|两|多|一|这|那|其|附近|周边|所在|辖|城|小|社|农|邻|城乡|基层|疫区|景|片|园|厂|校|院|当地|管|山|矿|灾|郊|市|乡|村|镇|县|区|街|路|我|他|你|街道|社区|农村|村居|村组|居|中|东|西|南|北|省|城市|城区|市区|县城|重点|小区|各个|广大|相关|有关|周围|返乡|进村|回乡|下乡|一线|防控|疫情|村民|居民|群众|工作|人员|干部|党员|村干部|乡镇|镇村|镇街|村社|社区居|所辖|外地|本地|人大|市人大|区人大|县人大|卫生|企业|单位|部门|家庭|农户|商户|门店|村庄|乡村|新农|集中|临时|附近|沿|我区|我县|我市|我镇|共建|帮扶|对口|挂点|挂钩|结对共建|这个|那个|每个|村道|会勘|勘查|勘察|勘灾|考察|察看|查看)$/;
/** Words before a kind of place that say what sort it is, not which ("普通高中", "水毁护岸", "沿街饭店"). */
const EATERIES_OF_A_SORT = /^(?:沿街|部分|城区部分|餐饮|农家|各|周边|走访)$|开$/;
const SORT_OF_RE: Record<string, RegExp> = {
  高中: /^(?:普通|职业|重点|贫困|民办|公办|示范性?|完全|寄宿制?)$|[读上考]$|年级和$|当年/,
  护岸: /^(?:水毁|生态|新建|沿河|石砌|浆砌|河道)$/,
  饭店: EATERIES_OF_A_SORT,
  饭馆: EATERIES_OF_A_SORT,
  烧烤店: EATERIES_OF_A_SORT,
  // (经营区 is where trade is done, no camp.)
  营区: /经$/,
  // (生产车间 is where a firm makes things, a room of the place visited.)
  车间: /^(?:生产|加工|包装|装配|制造|作业|施工|一线)$/,
  // (农村 is "the countryside": "县农村供水服务大厅".)
  村: /^[省市县区镇乡]?农$/,
};
/** Festivals, which are also some villages' short names (新春村, 国庆村): no place where written alone. */
const FESTIVAL_RE = /^(?:新春|新年|春节|元宵|中秋|端午|重阳|国庆)$/;
const MAX_STEM = 8;
/** "等近十个村", "3个社区": how many places a shared-suffix list holds, before their suffix. */
const COUNT_OF_DIVISIONS_RE =
  /^(?:近|约|共|多)?[\d一二两三四五六七八九十几多]+个(?=村|社区|乡镇|镇|乡|街道|小区|农贸市场|市场|学校|医院|卡点|值守点|敬老院)/;
/** Verbs of a visit, which no name holds ("安平市实验小学监督民生实事项目" is a school, then what was done there). */
const VERB_INSIDE_RE =
  /监督(?!管理)|检查|视察|调研|督导|督查|慰问|走访|看望|察看|查看|参观|开展|推进|了解|指导|巡查/;
/** What was done at a place, written right after its name ("…有限公司调研生产情况"). */
const VERB_AFTER_NAME_RE = new RegExp(`^(?:${VERB_INSIDE_RE.source}|实地|进行|考察|座谈)`);
/** A firm's, a project's or a park's proper name may be long ("中岳建工滨湖天地商业综合体项目"). */
const MAX_PROPER_STEM = 22;
const PROPER_SUFFIX_RE =
  /^(?:防洪堤|河堤|大堤|电站|项目|项目部|公司|有限公司|集团|产业园|工业园|园区|基地|示范基地|旅游区|景区|文化园|生态园|工地|农场|林场|合作社|厂|工厂|酒店|宾馆|超市|市场|广场|码头|中心|工程|公园|湿地公园|街区|示范区|仓库|现场|卡口|检查站|观察点|隔离点)$/;

const SHARED_SUFFIX_KINDS: PlaceKind[] = [
  'village',
  'community',
  'residents-committee',
  'street',
  'town',
  'township',
  'county',
  'district',
  'compound',
];

interface Token {
  stems: { text: string; start: number }[];
  /** The stems are names of their own; only the last has the suffix ("锅炉房、换热站"). */
  separate?: boolean;
  suffix: string;
  start: number;
  end: number;
}

/** One token at p: stem(s) then a suffix; stems separated by 、/和/及 share the suffix. */
function readToken(text: string, p: number): Token | null {
  // "镇政府", "乡人民政府": the government of the place named before, a place of its own.
  const government = GOVERNMENT_RE.exec(text.slice(p));
  // With nothing before it, only right after the place it belongs to ("城关镇政府"), not "党和政府".
  // (Or after a school, a compound, a reservoir, a road, a firm, a hotel or a hospital: "桂花小学安置点", "龙沙路锅炉房",
  // "锦程酒店隔离点", "市人民医院干部病区".)
  if (
    government &&
    (government[1] ||
      /(?:[镇乡县区市村道路街]|小学|中学|学校|小区|水库|公司|路口|出口|酒店|宾馆|医院)$/.test(
        text.slice(0, p),
      ))
  )
    return {
      stems: [{ text: government[1]!, start: p }],
      suffix: government[2]!,
      start: p,
      end: p + government[0].length,
    };
  // "柳泉镇初级中学和镇中心小学": 和 joins the town's school to the one before, no name starts with it.
  // (和县 is a county's name, "来到和县中学", unless 和 joins it to a place just named: "城关镇中学和县中学".)
  if (
    /^[和及与]/.test(text.slice(p)) &&
    GOVERNMENT_RE.exec(text.slice(p + 1))?.[1] &&
    (text[p + 1] !== '县' || /[学院所站村镇区园局室心部]$/.test(text.slice(0, p)))
  )
    return null;
  const stems: { text: string; start: number }[] = [];
  let q = p;
  let stemStart = p;
  for (let guard = 0; guard < 12; guard++) {
    let k = q;
    while (k < text.length && k - stemStart <= MAX_PROPER_STEM) {
      if (
        k - stemStart >= 2 ||
        (k > stemStart &&
          /^(?:村|社区|居委会|村委会|[一二三四五]中)/.test(text.slice(k)) &&
          !/[找到进入回下在全各本该每此同邻外逐驻包联和与及并也于\d几多数第]/.test(text[stemStart]!)) ||
        // "来到东区", "到南區": a district named by its direction alone (Hong Kong, Taiwan's cities).
        // (Not the last of a list, which would share its suffix: "觀塘、沙田、荃灣及北區".)
        (k === stemStart + 1 &&
          /[东西南北中]/.test(text[stemStart]!) &&
          !/[、和及与]/.test(text[stemStart - 1] ?? '') &&
          /^区(?![域长委政内外])/.test(text.slice(k)))
      ) {
        // (Not inside a name in quotation marks: "“云溪雅苑”项目工地".)
        const open =
          text.lastIndexOf('“', k - 1) >= stemStart && text.indexOf('”', text.lastIndexOf('“', k - 1)) >= k;
        const suf = open ? null : SUFFIX_RE.exec(text.slice(k));
        // "村庄", "村民", "村干部" are words, not a village's suffix.
        if (
          suf &&
          (k - stemStart <= MAX_STEM || PROPER_SUFFIX_RE.test(suf[0])) &&
          // ("双桥村民兵执勤点": 村 and the village's militia.)
          !(suf[0] === '村' && /^村(?:庄|民(?!兵)|干部|级|组干部|里的|落|寨)/.test(text.slice(k))) &&
          // "石家河村", "三圩镇": a river's or a polder's name that goes on to a division's suffix is that division's.
          !/^[河圩垸坝湖][\u4e00-\u9fa5]{0,3}?(?:村|镇|乡|社区|街道|屯|庄|湾|组)/.test(text.slice(k)) &&
          // (A lake is a short name that ends there: "白石湖等地", not "石角湖旅游区", "澎湖", "白鹤湖泵站".)
          !(
            suf[0] === '湖' &&
            (k - stemStart > 3 ||
              (/^湖[\u4e00-\u9fa5]/.test(text.slice(k)) && !/^湖(?:等|和|及|与)/.test(text.slice(k))))
          ) &&
          // ("滨河骑手驿站", "沿河公园", "熊岳河闸": a name that goes on past 河 to a site's suffix is that site's.)
          !/^河(?:[^边的沿岸防汛道\s,，。、]{0,2}(?:驿站|公园|广场|小区|花园|家园|中学|小学|医院)|闸|大桥|桥|泵站)/.test(
            text.slice(k),
          ) &&
          // A suffix that starts a longer word is none ("重要渠道", "站岗", "院长").
          // ("官渡区春城路上，": the road, where a district names it.)
          !(/^路上/.test(text.slice(k)) && !/^路上[,，]/.test(text.slice(k))) &&
          // ("电器线路", "电路", "思路": words, no road.)
          !(text[k] === '路' && /(?:[线思网]|[^邮供]电)$/.test(text.slice(stemStart, k))) &&
          !(
            /^路上[,，]/.test(text.slice(k)) &&
            (!/[区县市镇乡]$/.test(text.slice(0, stemStart)) ||
              /(?:回家|下班|上班|返程|回程|放学|上学|出差|途经)$/.test(text.slice(stemStart, k)))
          ) &&
          !/^(?:渠道|站岗|站位|坝[体顶坡基面肩区]|院长|所长|站长|区域|场所|局长|高中(?:生|部|毕业|时|阶段|年)|饭店老板|[一二三四五]中学(?!生)|[煤铁金]矿(?:业|机械|安全监察|安监)|路滑|路况|路线|路途|路面|路边|路旁|村接|院坝|院子|院内|院里|村集体|社区治理|社区管理|学校食堂|学校管理)/.test(
            text.slice(k),
          ) &&
          // ("发展乡村旅游", "美丽乡村", "永乐乡村干部": the word 乡村, or a township's villages, not a village's name.)
          !(suf[0] === '村' && /[\u4e00-\u9fa5]{2}乡$/.test(text.slice(stemStart, k))) &&
          // A bureau is a government's ("市交通运输局"), not "大局", "格局".
          // (Nor "布局", "格局", "全局": no bureau.)
          !(
            suf[0] === '局' && /(?:[布格大结开当骗饭赌时残变棋]|(?<!安)全)$/.test(text.slice(stemStart, k))
          ) &&
          !(
            suf[0] === '局' &&
            !/^(?:省|市|州|县|区|旗|镇|乡)|公安|民政|财政|卫健|卫生|教育|水利|水务|交通|运输|应急|林业|气象|税务|邮政|统计|审计|文旅|旅游|商务|住建|城管|人社|医保|监管|环境|农业|资源|工信|发改|司法|退役军人|残联|供电|电力|电业|烟草|供水|粮食|海事|铁路/.test(
              text.slice(stemStart, k),
            )
          )
        ) {
          const stem = text.slice(stemStart, k);
          // (A floor is no place: "镇政府二楼", "县水利局三楼".)
          if (
            (!NOT_A_STEM.test(stem) || (suf[0] === '区' && /^[东西南北中]$/.test(stem))) &&
            !SORT_OF_RE[suf[0]]?.test(stem) &&
            // ("G347国道疫情防控卡口": a checkpoint's name may say what it is for.)
            (!STEM_BAD.test(
              CHECKPOINT_RE.test(suf[0]) ? stem.replace(/疫情|防控|防疫|入境人员|临时|集中|联合/g, '') : stem,
            ) ||
              // ("清溪场镇", "龙场乡": a market town's name ends in 场; "现场镇" and "市场乡" are no names.)
              (/^[镇乡]$/.test(suf[0]) &&
                /^[\u4e00-\u9fa5]{1,2}场$/.test(stem) &&
                !/(?:现|市|广|会|机|农|球|商|工|赛|战|考|剧|操|牧|林|渔|道|立|在|当|下|上|到|出|进|退|登|入)场$/.test(
                  stem,
                ) &&
                !STEM_BAD.test(stem.slice(0, -1)))) &&
            !(suf[0] === '楼' && /[一二三四五六七八九十\d]$/.test(stem)) &&
            // ("在港顺德乡亲", "探访乡亲": 乡 of 乡亲, the folk of one's home, ends no township.)
            !(
              suf[0] === '乡' &&
              /^乡亲(?!切|自(?!发|愿)|手(?!里|中|上)|临|笔|身(?!边|上)|眼|赴)/.test(text.slice(k))
            ) &&
            // ("抗洪抢险部队": who the troops are, no unit's name.)
            !(suf[0] === '部队' && /^(?:抗洪|抢险|救灾|抗疫|防汛|参战|驻地|驻军|人民)+$/.test(stem)) &&
            // ("武警县中队": the armed police's county squadron, no county named 武警县.)
            !(stem === '武警' && /^[省市县区镇乡]$/.test(suf[0])) &&
            // ("致力推動的服務項目": a kind of work, no project's name.)
            !(suf[0] === '项目' && /^(?:服务|民生|重点|建设|实事|帮扶|扶贫)$/.test(stem)) &&
            // ("深入了解社区情况": 解 ends the word 了解, and starts no name.)
            !(
              text[stemStart - 1] === '了' &&
              stem[0] === '解' &&
              !/(?:到|来到|走进|前往|赴|去|进)$/.test(text.slice(0, stemStart - 1))
            ) &&
            // ("宜昌五家医院", "6家酒店": a count of hospitals or hotels, not one; "五家村" is a village's name.)
            !(
              /[\d一二三四五六七八九十两几多]家医?$/.test(stem) &&
              !SHARED_SUFFIX_KINDS.includes(KIND.get(suf[0])!)
            ) &&
            !/^(?:主要|有关|相关|其他|其它|各个|周边|附近)/.test(stem)
          ) {
            // "永兴河右岸堤防加固工程": a site's name that goes on to a works' or a firm's suffix is that name.
            if (!SHARED_SUFFIX_KINDS.includes(KIND.get(suf[0])!)) {
              for (
                let j = k + suf[0].length;
                j - stemStart <= MAX_PROPER_STEM && STEM_CHAR.test(text[j] ?? '');
                j++
              ) {
                const proper = /^(?:工程现场|工程|项目现场|项目|有限公司|公司)/.exec(text.slice(j));
                // (Not through what was done there: "实验小学监督民生实事项目".)
                if (VERB_INSIDE_RE.test(text.slice(k + suf[0].length, j))) break;
                if (
                  proper &&
                  (!STEM_CHAR.test(text[j + proper[0].length] ?? '') ||
                    // ("…集团有限公司调研生产情况": what was done there, right after the name.)
                    VERB_AFTER_NAME_RE.test(text.slice(j + proper[0].length)))
                ) {
                  stems.push({ text: text.slice(stemStart, j), start: stemStart });
                  return { stems, suffix: proper[0], start: p, end: j + proper[0].length };
                }
              }
            }
            // "华丰生物科技新乡有限公司": a firm's name, though a division's suffix ends a word inside it.
            const firm = /^(?:股份)?有限(?:责任)?公司/.exec(text.slice(k + suf[0].length));
            if (firm && SHARED_SUFFIX_KINDS.includes(KIND.get(suf[0])!) && stems.length === 0)
              return {
                stems: [{ text: text.slice(stemStart, k + suf[0].length), start: stemStart }],
                suffix: firm[0],
                start: p,
                end: k + suf[0].length + firm[0].length,
              };
            // Prefer a longer suffix that starts right after this one ("洪家村" + "社区" is read below).
            stems.push({ text: stem, start: stemStart });
            // Only divisions share a suffix ("东风、红星社区"); "锅炉房、换热站" is two names, not "锅炉房站".
            // (And only by a short name: "绿源生态农业园、涧溪镇" is a park and a town, "红星花海、友爱镇" no 红星花海镇.)
            const kind = KIND.get(suf[0])!;
            const separate =
              stems.length > 1 &&
              (!SHARED_SUFFIX_KINDS.includes(kind) ||
                (kind !== 'compound' && stems.slice(0, -1).some((x) => x.text.length > 3)));
            return {
              stems,
              suffix: suf[0],
              start: p,
              end: k + suf[0].length,
              ...(separate ? { separate } : {}),
            };
          }
        }
      }
      // "“云溪雅苑”项目工地": a name in quotation marks before its suffix.
      if (
        (text[k] === '“' && k === stemStart && /^“[\u4e00-\u9fa5\dA-Za-z]{2,10}”/.test(text.slice(k))) ||
        (text[k] === '”' && text.lastIndexOf('“', k) >= stemStart)
      ) {
        k++;
        continue;
      }
      // "石梁、柏林、金鸡3个村": the list's count ends its last name.
      if (stems.length > 0 && k - stemStart >= 2 && COUNT_OF_DIVISIONS_RE.test(text.slice(k))) break;
      // "沪陕高速金华（白河）站": a second name in brackets inside a name.
      const bracket =
        k - stemStart >= 2 ? /^[(（][\u4e00-\u9fa5]{1,6}[)）](?=[\u4e00-\u9fa5])/.exec(text.slice(k)) : null;
      if (bracket) {
        k += bracket[0].length;
        continue;
      }
      // "和" joins a list ("东风和红星社区") except near a name's start ("太和村", "和平社区") or right before its
      // suffix ("家和邨").
      if (
        !STEM_CHAR.test(text[k]!) &&
        // ("向阳乡", "向阳村": 向 starts a name, not "向…捐赠".)
        !(text[k] === '向' && text[k + 1] === '阳') &&
        // ("综合为老服务中心": 为老, for the old, inside a name.)
        !(text[k] === '为' && text[k + 1] === '老' && k > stemStart) &&
        !(
          text[k] === '和' &&
          (k - stemStart < 2 ||
            // "牛头角福和街", "家和邨": 和 inside a name; not "工会和协会", "小区门口和楼", "堤身和闸" (two things).
            (SUFFIX_RE.test(text.slice(k + 1)) &&
              !/(?:会|口|宅|职|示|人|身|门|楼|站|所|院|部|局|队|堂|室|景区|园区|厂|公司|学校|场)$/.test(
                text.slice(stemStart, k),
              )))
        )
      )
        break;
      // "河道和村庄排水主渠": 和 after a word that ends as a place's name does joins two things, not one name.
      if (
        text[k] === '和' &&
        k - stemStart >= 2 &&
        /(?:河道|水库|社区|村|镇|乡|街道|公司|学校|医院|工地|政府|企业|单位|项目|工程)$/.test(
          text.slice(stemStart, k),
        )
      )
        break;
      k++;
    }
    // A shared-suffix list: "东风、红星、新华等社区".
    const sep = /^(?:、|和|及|与)/.exec(text.slice(k));
    if (
      sep &&
      k - stemStart >= 2 &&
      k - stemStart <= MAX_STEM &&
      !STEM_BAD.test(text.slice(stemStart, k)) &&
      !NOT_A_STEM.test(text.slice(stemStart, k)) &&
      // "丽春镇小学、丽春镇中心幼儿园": a name with a suffix of its own is no stem of a shared one.
      !SUFFIXES.some(([suf]) => suf.length >= 2 && text.slice(stemStart, k).endsWith(suf)) &&
      // ("柳岸社区助餐点、北塘区福利院": a service point, no stem of 区; 马站 of "马站、钱库镇" is one.)
      !/(?:餐点|服务点|便民点)$/.test(text.slice(stemStart, k))
    ) {
      stems.push({ text: text.slice(stemStart, k), start: stemStart });
      q = k + sep[0].length;
      stemStart = q;
      continue;
    }
    // "罗河、石桥、双河等近十个村": a count of them may stand before the suffix of divisions.
    const deng = new RegExp(
      `^(?:等(?:${COUNT_OF_DIVISIONS_RE.source.slice(1)})?|${COUNT_OF_DIVISIONS_RE.source.slice(1)})`,
    ).exec(text.slice(k));
    if (deng?.[0] && stems.length > 0 && k - stemStart >= 2) {
      const suf = SUFFIX_RE.exec(text.slice(k + deng[0].length));
      if (suf) {
        stems.push({ text: text.slice(stemStart, k), start: stemStart });
        return { stems, suffix: suf[0], start: p, end: k + deng[0].length + suf[0].length };
      }
    }
    return null;
  }
  return null;
}

function kindOf(name: string, suffix: string, parentKind: PlaceKind | null): PlaceKind {
  const kind = KIND.get(suffix) ?? 'site';
  // A residents' committee in a city whose name ends in 村 ("桃花二村", "新村") sits in a street, with a numeral or 新.
  if (kind === 'village' && parentKind === 'street' && /(?:[一二三四五六七八九十]|新)村$/.test(name))
    return 'residents-committee';
  return kind;
}

/** How large a division is: 0 a prefecture, 1 a county or district, 2 a town or street, 3 a village or community. */
function sizeOf(kind: PlaceKind | undefined): number {
  if (kind === 'prefecture') return 0;
  if (kind === 'district' || kind === 'county') return 1;
  if (kind === 'town' || kind === 'township' || kind === 'street') return 2;
  if (kind === 'village' || kind === 'community' || kind === 'residents-committee') return 3;
  return 4;
}

/** Works whose site ("…加固工程现场") is the same place. */
const WORKS_SUFFIX_RE = /^(?:工程|项目|工地|施工)$/;

/** Reads the chain of places that starts at p. */
/** A village's group ("上坪组", "三组"), not a group that went ("工作组", "检查组"). */
const VILLAGE_GROUP_RE =
  /^(?!(?:工作|检查|调研|督导|督查|慰问|考察|视察|巡查|专家|专项|防疫|医疗|护理|党小|宣传|安保|后勤|综治|联防|帮扶|小)组|[各全该本每])(?:[一二三四五六七八九十\d]{1,2}|[\u4e00-\u9fa5]{1,2})组(?![长员织])/;
/**
 * Works or a service point a village's or a community's name may stand before without a name of their own ("红星村泵站",
 * "青竹村塘坝", "柳岸社区助餐点").
 */
const VILLAGE_WORKS_RE =
  /^(?:助餐点|服务点|便民点|泵站|排涝站|排灌站|抗旱站|提灌站|电排站|塘坝|山塘|水库|水塘|堤坝|河堤|堤段|渠道|水渠|闸站|水闸|电站|水厂)(?![\u4e00-\u9fa5]{0,2}(?:站长|负责人|管理员|管理所|管理处|管理站|移民))/;

export function readChain(
  text: string,
  p: number,
  trigger: string,
  out: PlaceMention[],
  known?: ReadonlyMap<string, PlaceKind>,
): number {
  let parent: number | null = null;
  let parentKind: PlaceKind | null = null;
  let q = p;
  for (let guard = 0; guard < 8; guard++) {
    const token = readToken(text, q);
    // "红星村泵站", "青竹村塘坝": a works named by the village it serves, then the list goes on ("…和白鹤镇青竹村塘坝").
    // "白石村上坪组、河口村下湾组", "白芒村茶坑组和石坑组": a village's groups, then more of the list.
    const group = parent !== null && parentKind === 'village' ? VILLAGE_GROUP_RE.exec(text.slice(q)) : null;
    if (group) {
      const up = out[parent!]!;
      let end = q + group[0].length;
      out.push({ name: up.name + group[0], kind: 'site', parent, start: up.start, end, trigger });
      for (let more = 0; more < 8; more++) {
        const sep = /^(?:、|和|及|与|以及)/.exec(text.slice(end));
        if (!sep) break;
        const next = VILLAGE_GROUP_RE.exec(text.slice(end + sep[0].length));
        if (next) {
          const start = end + sep[0].length;
          end = start + next[0].length;
          out.push({ name: next[0], kind: 'site', parent, start, end, trigger });
          continue;
        }
        if (startsChain(text, end + sep[0].length)) {
          const before = out.length;
          const stop = readChain(text, end + sep[0].length, trigger, out, known);
          return out.length > before ? stop : end;
        }
        break;
      }
      return end;
    }
    const works =
      !token && parent !== null && ['village', 'community'].includes(parentKind ?? '')
        ? VILLAGE_WORKS_RE.exec(text.slice(q))
        : null;
    if (works) {
      const up = out[parent!]!;
      const end = q + works[0].length;
      out.push({ name: up.name + works[0], kind: 'site', parent, start: up.start, end, trigger });
      // ("红岭村泵站提水现场和白沙村…": where at the works, then the next.)
      const at = end + (/^[\u4e00-\u9fa5]{0,4}现场/.exec(text.slice(end))?.[0].length ?? 0);
      const sep = /^(?:、|和|及|与|以及)/.exec(text.slice(at));
      if (sep && startsChain(text, at + sep[0].length)) {
        const before = out.length;
        const stop = readChain(text, at + sep[0].length, trigger, out, known);
        return out.length > before ? stop : end;
      }
      return end;
    }
    if (!token) {
      // A division the gazetteer knows, named without its suffix ("来到雷公滩").
      let name = known && knownAt(text, q, known);
      // (And the names listed with it that the gazetteer knows too: "前往福利里、东光里".)
      while (name) {
        out.push({ name, kind: known!.get(name)!, parent, start: q, end: q + name.length, trigger });
        q += name.length;
        const sep = /^(?:、|和|及|与|以及)/.exec(text.slice(q));
        name = sep && knownAt(text, q + sep[0].length, known!);
        if (name) q += sep![0].length;
      }
      break;
    }
    let end = token.end;
    let suffix = token.suffix;
    // "洪家村" + "社区", "东区" + "街道", "汽车路" + "街道": a suffix right after a suffix lengthens the name.
    for (let more = SUFFIX_RE.exec(text.slice(end)); more; more = SUFFIX_RE.exec(text.slice(end))) {
      const moreKind = KIND.get(more[0]);
      // "洪家村社区" + "便民服务中心": a place inside; but "…加固工程" + "现场" is the works' site, the same place.
      // ("宏远实业集团有限公司", "华丰生物科技新乡有限公司": a firm's name, whatever comes before 有限公司.)
      if (
        (moreKind === 'site' || moreKind === 'organization') &&
        !(more[0] === '现场' && WORKS_SUFFIX_RE.test(suffix)) &&
        !/^(?:股份)?有限(?:责任)?公司$/.test(more[0])
      )
        break;
      // "田岙村村干部": a word after the name, not more of it; nor "楠西区区长", "城关镇镇政府" (its head, its body).
      if (/^(?:村|社区)(?:干部|民|委|两委|支|书记|主任|工作人员|居民|口)/.test(text.slice(end))) break;
      if (more[0] === suffix && /^[区县镇乡市]$/.test(suffix)) break;
      // ("青岛市公安局市南分局": no division lies inside a bureau or a firm; 市 starts the next name. A farm may be a
      // town: 新华农场镇.)
      if (/^(?:局|公司|有限公司|集团)$/.test(suffix) && /^(?:市|区|县|镇|乡)$/.test(more[0])) break;
      suffix = more[0];
      end += more[0].length;
    }
    // Nothing the size of a village or larger lies inside a village or a community ("缑北社区李德厚和缑南社区":
    // a person, then another community); a compound may ("望湖社区供电新村小区").
    if (
      parentKind !== null &&
      ['village', 'community', 'residents-committee'].includes(parentKind) &&
      ['village', 'community', 'residents-committee', 'street', 'town', 'township'].includes(
        KIND.get(suffix) ?? 'site',
      )
    )
      break;
    // (Names of their own, each with its suffix, go on to what lies in the last: "红星农庄、友爱镇农科村".)
    const list = token.stems.length > 1 && !token.separate;
    const kindNow = kindOf(token.stems[token.stems.length - 1]!.text + suffix, suffix, parentKind);
    const firstIndex = out.length;
    for (const [k, stem] of token.stems.entries()) {
      if (token.separate) {
        const last = k === token.stems.length - 1;
        // A name without a suffix is kept only where it ends as a place's name does ("北闸口砂石围").
        if (!last && !/[圍围堤闸閘坝壩库庫场場厂廠园園馆館港湾灣桥橋塘渠堂部]$/.test(stem.text)) continue;
        out.push({
          name: last ? text.slice(stem.start, end) : stem.text,
          kind: last ? kindOf(stem.text + suffix, suffix, parentKind) : 'site',
          parent,
          start: stem.start,
          end: last ? end : stem.start + stem.text.length,
          trigger,
        });
        continue;
      }
      const written = list ? stem.text + suffix : text.slice(stem.start, end);
      // "城关镇敬老院", "红星社区党群服务中心": an institution named by its place keeps the place in its name.
      const up = parent === null ? null : out[parent]!;
      const { name, completed } =
        !list && up && GENERIC_INSTITUTION_RE.test(written) && up.end === stem.start
          ? { name: up.name + written, completed: undefined }
          : list
            ? { name: written, completed: undefined }
            : ownName(written, parent, out);
      out.push({
        name,
        ...(completed ? { completed } : {}),
        kind: list ? kindNow : kindOf(name, suffix, parentKind),
        parent,
        start: list ? token.start : stem.start,
        end,
        trigger,
      });
    }
    if (out.length === firstIndex) break;
    const after = text.slice(end);
    // "长淮卫镇（淮上街道）第三社区": another name of the place in brackets, then what lies in it.
    const alias = /^[(（][\u4e00-\u9fa5]{2,8}[)）]/.exec(after);
    if (alias && !list && readToken(text, end + alias[0].length)) {
      parent = out.length - 1;
      parentKind = out[parent]!.kind;
      q = end + alias[0].length;
      continue;
    }
    // "振兴街道和平社区": 和 starts the next name (和平社区), not a list, where it leaves a one-character name.
    const joined =
      !list &&
      /^[和与及]/.test(after) &&
      (readToken(text, end + 1)?.stems[0]?.text.length ?? 0) === 1 &&
      readToken(text, end) !== null;
    if (!joined && (list || !STEM_CHAR.test(after[0] ?? '') || /^以及/.test(after))) {
      // Siblings: "东风社区、红星社区": same parent.
      const sep = /^(?:、|和|及|与|以及)/.exec(after);
      if (sep && !list) {
        const before = out.length;
        readSiblings(text, end + sep[0].length, trigger, parent, parentKind, out, known);
        return out.length > before ? out[out.length - 1]!.end : end;
      }
      // A long list of stops goes on after "，" or "；" with another place ("…松岭村，石门乡龙潭村；黄泥铺乡…").
      // (Works too, where the list ends with 等地: "先后来到青松水库，石桥塘水库，红旗水库等地".)
      const next = /^[,，;；]/.exec(after);
      if (
        next &&
        (startsChain(text, end + 1) ||
          (readToken(text, end + 1) !== null &&
            /^[，,](?:[^，,。；;、的了在是将也和与汇报]{2,10}[，,]){0,8}[^，,。；;、的了在是将也和与汇报]{2,10}等(?:地|处|场所|点位)(?=[,，。；;]|进行|开展|检查|察看|查看|调研|视察|督查|走访|慰问|看望|巡查)/.test(
              after,
            )))
      ) {
        const before = out.length;
        const stop = readChain(text, end + 1, trigger, out, known);
        return out.length > before ? stop : end;
      }
      return end;
    }
    parent = out.length - 1;
    parentKind = out[parent]!.kind;
    q = end;
  }
  return q;
}

function readSiblings(
  text: string,
  p: number,
  trigger: string,
  parent: number | null,
  parentKind: PlaceKind | null,
  out: PlaceMention[],
  known?: ReadonlyMap<string, PlaceKind>,
): void {
  let q = p;
  for (let guard = 0; guard < 20; guard++) {
    const token = readToken(text, q);
    if (!token || token.stems.length > 1) return;
    // "河滨街道新民社区、惠农区综合养老服务中心": a division as large as the parent is no sibling inside it, but a chain
    // of its own.
    if (parentKind !== null && sizeOf(KIND.get(token.suffix)) <= sizeOf(parentKind)) {
      readChain(text, token.start, trigger, out, known);
      return;
    }
    // "朝阳社区和满城区城关村": a sibling that is itself a chain of places.
    if (
      STEM_CHAR.test(text[token.end] ?? '') &&
      SUFFIX_RE.test(text.slice(token.end).replace(/^[^、，,。]{1,8}?(?=社区|村|镇|乡|街道)/, ''))
    ) {
      readChain(text, token.start, trigger, out);
      return;
    }
    // "紫水路历史文化街区": a sibling named inside another place is a chain of its own.
    if (STEM_CHAR.test(text[token.end] ?? '') && readToken(text, token.end) !== null) {
      readChain(text, token.start, trigger, out, known);
      return;
    }
    const { name, completed } = ownName(text.slice(token.start, token.end), parent, out);
    out.push({
      name,
      ...(completed ? { completed } : {}),
      kind: kindOf(name, token.suffix, parentKind),
      parent,
      start: token.start,
      end: token.end,
      trigger,
    });
    const sep = /^(?:、|和|及|与|以及)/.exec(text.slice(token.end));
    if (!sep) {
      // The list goes on after "，" or "；" with another place ("松岭村、杨家村，石门乡龙潭村").
      if (/^[,，;；]/.test(text.slice(token.end)) && startsChain(text, token.end + 1))
        readChain(text, token.end + 1, trigger, out, known);
      return;
    }
    q = token.end + sep[0].length;
  }
}

/**
 * Places named anywhere in a sentence, not only after a verb ("青枫县白沙镇组织代表…", "日前，X公司院内暖意融融"):
 * chains that start after punctuation or a particle. For a text that tells of a visit without a verb of going.
 */
export function placesAnywhere(text: string, known?: ReadonlyMap<string, PlaceKind>): PlaceMention[] {
  const out: PlaceMention[] = [];
  let end = 0;
  for (let p = 0; p < text.length; p++) {
    if (p < end) continue;
    if (p > 0 && !/[\s,，。、;；:：“”"(（)）在到于对为向给了的和及与驻●•■◆▲○◎★☆]/.test(text[p - 1]!))
      continue;
    if (insideQuotes(text, p)) continue; // what someone says
    if (!readToken(text, p) && !(known && knownAt(text, p, known))) continue;
    end = Math.max(p + 1, readChain(text, p, '', out, known));
  }
  return out;
}

/** Whether a chain of places of the kinds a list of stops holds starts at p. */
function startsChain(text: string, p: number): boolean {
  const token = readToken(text, p);
  if (!token) return false;
  const kind = KIND.get(token.suffix);
  return kind !== undefined && !['road', 'site', 'prefecture'].includes(kind);
}

/** Words of every day that are also villages' short names ("调研敬老院建设" is no visit to 建设村). */
const EVERYDAY_WORD_RE =
  /^(?:建设|发展|团结|胜利|和平|幸福|光明|解放|民主|友谊|前进|先锋|劳动|文明|繁荣|安全|民生|农村|城市|社会|人民|群众|工作|管理|服务|生产|生活|经济|振兴|新村|中心|校园|学习|环境|金和|知识|教育|卫生|健康|文化|治理|产业|设施|项目|工程|安置|保障|宣传|培训|改革|创新|质量)$/;

/** The longest name of `known` at p, two characters at least, not followed by more of a name. */
function knownAt(text: string, p: number, known: ReadonlyMap<string, PlaceKind>): string | null {
  for (let n = Math.min(12, text.length - p); n >= 2; n--) {
    const name = text.slice(p, p + n);
    // (Not a word that is also a village's short name: "走进群众" is no visit to 群众村, "送到新春" none to 新春村.)
    if (
      known.has(name) &&
      !SUFFIX_RE.test(text.slice(p + n)) &&
      !NOT_A_STEM.test(name) &&
      !FESTIVAL_RE.test(name) &&
      !EVERYDAY_WORD_RE.test(name)
    )
      return name;
  }
  return null;
}

/**
 * "先后到市实验中学、东山区健康驿站、银泰城等地", "对青竹水库、大坳塘水及鑫达工业园工地等灾害隐患点进行了检查": a list
 * after a verb of going or looking, closed by 等 and a word for places, names one place per item, whatever its
 * suffix. An item a chain already read whole is kept as read; one read only in part ("东山区") becomes the parent of
 * the whole item.
 */
const LISTED_STOPS_RE = new RegExp(
  `(?:${MOVE_RE.source}|${INSPECT_RE.source}|${VISIT_VERB_RE.source}|对|(?<=^|[,，。;；])在)([^,，。;；:：]{5,160}?)(?:等(?:[\\d一二两三四五六七八九十]+[个家处座所])?(?:(?=进行|开展|(?:走访|慰问|看望|调研|视察|检查|察看|查看|督查|督导|巡查)(?![品金物资组团])(?!(?:和|及|、)))|[\\u4e00-\\u9fa5]{0,8}?(?:地方|地点|地|处|点位|站点|点|单位|企业|项目|工程|村组|村|社区|乡镇|街道|学校|医院|工地|现场|小区|景区|园区|基地|公司|场馆|机构|门店|市场|河段|水库|堤段|山塘|圩口|圩区|圩堤|泵站|闸站|涵闸|险段|险工险段|堤防|供热站|换热站|热源厂))|[\\d一二两三四五六七八九十]+个[\\u4e00-\\u9fa5]{0,8}?(?:地点|站点|点|卡点|单位|企业|项目|工程|学校|医院|工地|景区|园区|基地|公司|市场|宾馆|酒店))(?=[^\\u4e00-\\u9fa5]|$|[和及与]|进行|视察|调研|检查|察看|查看|督查|督导|走访|慰问|开展|实地|了解|看望|巡查|参观|考察|指导|的)`,
  'g',
);
const VERB_IN_LIST_RE = new RegExp(`${MOVE_RE.source}|${INSPECT_RE.source}|${VISIT_VERB_RE.source}|对`, 'g');
const LIST_ITEM_RE = /^[\u4e00-\u9fa5A-Za-z\d（）()·“”]{2,20}$/;
const NOT_A_PLACE_ITEM_RE =
  /情况|工作|问题|措施|落实|进展|制度|物资|储备|值班|预案|安全(?![台区])|建设|变化|运行|运转|状况|水位|设备|管理|防控|人员|干部|群众|老人|党员|职工|代表|家属|群体|[的了着在]|^[一二三四五六七八九十\d]+$|(?:科|室|间|机房|平台|设施|涵管|溢洪道|坝体|线路|器材|标识|^住院部|^门诊部)$|^(?:(?:村|镇|乡|辖区|境)内)?(?:山塘|小型水库|中小型水库|水库|山塘水库|河道沟渠|河道|沟渠|渠道|堤坝|堤防|危旧房屋?|低洼地带)$/;

function listedStops(text: string, out: PlaceMention[], quoted: (at: number) => boolean): void {
  for (const m of text.matchAll(LISTED_STOPS_RE)) {
    if (quoted(m.index)) continue;
    let body = m[1]!;
    let verb = m[0].slice(0, m[0].indexOf(body));
    // (Closed by 等 and a verb of visiting only after a verb of going: "先后到…通信排等走访慰问", not "送去大米、食用油等
    // 慰问困难群众".)
    if (
      /等$/.test(m[0]) &&
      !/^(?:进行|开展)/.test(text.slice(m.index + m[0].length)) &&
      (!new RegExp(`^(?:${MOVE_RE.source})$`).test(verb) ||
        /[送发捐带寄运递拿]$/.test(text.slice(0, m.index)))
    )
      continue;
    const bodyEnd = m.index + verb.length + body.length;
    // The verb nearest the list is its verb ("视察组先后到…": 先后到, not 视察).
    const nearer = [...body.matchAll(VERB_IN_LIST_RE)].pop();
    if (nearer) {
      verb = nearer[0];
      body = body.slice(nearer.index + nearer[0].length);
    }
    const at = bodyEnd - body.length;
    const tail = m[0].slice(m[0].length - (m.index + m[0].length - bodyEnd));
    // "东风、红星等社区": a list that shares its suffix is read by the chain.
    if (
      /^等(?:(?:近|约|共|多)?[\d一二两三四五六七八九十几多]+个)?(?:村|社区|村组|乡镇|街道|小区)$/.test(tail)
    )
      continue;
    // "对A、B等重点项目…表示认可": 对 names places looked at only where a verb of looking follows.
    if (verb === '对' && !INSPECTED_AFTER_RE.test(text.slice(m.index + m[0].length))) continue;
    // Words before the list that are not a place ("了", "降雨量较大的…").
    const lead = /^(?:了|[^、]{0,16}?的)?/.exec(body)![0];
    const items: { text: string; start: number }[] = [];
    let q = at + lead.length;
    for (const part of body.slice(lead.length).split('、')) {
      // Two may be joined by 和/及/与/以及 ("鹅公塘水库及鑫达工业园工地", "柳河湾和张庄节制闸").
      const join = /^(.{2,20}?)(?:以及|及|和|与)(.{2,20})$/.exec(part);
      // (Not where what follows 和 is a bare suffix or starts with a division's: "东风和红星村" shares it.)
      const rest = join ? part.slice(join[1]!.length + 1) : '';
      if (join && !BARE_SUFFIX_RE.test(rest) && !/^[村镇乡区县市街路邨]/.test(rest))
        items.push(
          { text: join[1]!, start: q },
          { text: join[2]!, start: q + part.length - join[2]!.length },
        );
      else items.push({ text: part, start: q });
      q += part.length + 1;
    }
    if (items.length < 2) continue;
    // A list of things, not places, where more than a third are no place ("物资储备、值班值守等"); else the odd one
    // out ("县防汛物资库") is left aside.
    const good = items.filter((i) => LIST_ITEM_RE.test(i.text) && !NOT_A_PLACE_ITEM_RE.test(i.text));
    if ((items.length - good.length) * 3 > items.length) continue;
    for (const item of good) {
      const suffix = SUFFIXES.find(([s]) => item.text.endsWith(s));
      // "市中医院北院区" is a hospital's campus, not a district: a listed item is no division above a town.
      const kind =
        suffix && !['district', 'county', 'prefecture', 'road'].includes(KIND.get(suffix[0])!)
          ? kindOf(item.text, suffix[0], null)
          : 'site';
      readWhole(out, item.text, kind, item.start, verb);
    }
  }
}

/**
 * A name read whole over the places read inside it (a listed item, a venue): kept as read where a place read already
 * ends with it; where one that starts it is no division ("县第一中" of "县第一中学"), that one becomes it; else a place
 * of its own, inside the last one read within it ("西城区" of "西城区便民驿站").
 */
function readWhole(out: PlaceMention[], name: string, kind: PlaceKind, start: number, trigger: string): void {
  const end = start + name.length;
  const inside = out.map((o, i) => ({ o, i })).filter(({ o }) => o.start >= start && o.end <= end);
  if (inside.some(({ o }) => o.end === end)) return;
  const head = inside.find(({ o }) => o.start === start);
  if (head && ['organization', 'site', 'compound', 'road'].includes(head.o.kind)) {
    out[head.i] = { ...head.o, name, kind, end };
    return;
  }
  out.push({ name, kind, parent: head ? inside[inside.length - 1]!.i : null, start, end, trigger });
}

/** Words for a hall, a square or a centre where an event is held; the name before them says whose. */
const VENUE_WORDS =
  '中庭|大厅|广场|礼堂|会堂|会所|公所|大院|前坪|操场|停车场|活动室|活动中心|服务中心|文化中心|体育馆|体育场|运动场|篮球场|大楼';
/** "在县府中庭举办…", "…活动在县总工会职工服务中心广场正式启动", "于公所1楼大厅举办": the place an event is held at. */
/** The verb an event is held by, maybe with a word of manner ("正式启动", "隆重举行"). */
export const HELD_VERB = '(?:隆重|正式|盛大)?(?:举办|举行|启动|开幕|揭幕)';
const HELD_AT_RE = new RegExp(
  `(?:在|(?<=[日午）)])于)(?:该会|本会|我会|[该本其我])?((?![该本其我])(?:(?!的)[\\u4e00-\\u9fa5A-Za-z\\d]){1,18}?(?:${VENUE_WORDS}))(?=${HELD_VERB})`,
  'g',
);

/**
 * An event held at a hall, a square or a centre ("在县府中庭举办中秋节关怀活动") names a place, though no kind of place
 * the chains know ends its name. A place read at its start ("北屯区" of "北屯区公所") is the one it lies in.
 */
function heldAt(text: string, out: PlaceMention[], quoted: (at: number) => boolean): void {
  for (const m of text.matchAll(HELD_AT_RE)) {
    if (quoted(m.index)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    // ("北屯区公所1楼大厅": the hall is a room of the place named before its floor.)
    const floor = /(?:\d+|[一二三四五六七八九十]+)[楼层](?![楼村社区镇乡])/.exec(m[1]!);
    readWhole(out, floor && floor.index >= 3 ? m[1]!.slice(0, floor.index) : m[1]!, 'site', start, '在');
  }
}

/** A text of Hong Kong: its estates (邨), district councillors, district officers, or the name itself. */
const HONG_KONG_TOLD_RE =
  /特区政府|区议员|民政事务|立法会议员|邨|关爱队|香港[^。]{0,40}(?:九龙|新界|港岛|离岛)/;
/** Hong Kong's eighteen districts by the names a text gives them without 区 ("到深水埗探访"). */
const HONG_KONG_DISTRICTS =
  '中西区 湾仔 南区 油尖旺 深水埗 九龙城 黄大仙 观塘 荃湾 屯门 元朗 大埔 西贡 沙田 葵青 离岛'.split(' ');
/** Hong Kong's well-known areas, which no suffix marks ("到旺角", "堅尼地城的長者家庭"). */
const HONG_KONG_AREAS = (
  '旺角 将军澳 坚尼地城 天水围 北角 筲箕湾 柴湾 香港仔 鸭脷洲 土瓜湾 红磡 何文田 牛头角 蓝田 秀茂坪 长沙湾 石硖尾 ' +
  '大角咀 尖沙咀 佐敦 上水 粉岭 马鞍山 大围 火炭 青衣 东涌 长洲 鲗鱼涌 跑马地 铜锣湾 西环 薄扶林 黄竹坑 ' +
  '葵涌 荔枝角 美孚 慈云山 钻石山 乐富 九龙湾 油麻地 太子 深井 大坑'
).split(' ');

/** The districts and areas of Hong Kong, in a text of Hong Kong, as names the place rules read like the gazetteer's. */
export function hongKongNames(text: string): Map<string, PlaceKind> {
  const out = new Map<string, PlaceKind>();
  // (Or a text that names 香港 and goes to one of its districts: "香港順德同鄉會…到屯門為…送去".)
  const goneTo = new RegExp(
    `(?:到|前往|赴|探访|走访|走进|在|探望|看望|慰问)(?:${HONG_KONG_DISTRICTS.join('|')})(?![江河岛湖县市镇乡山])`,
  );
  if (!HONG_KONG_TOLD_RE.test(text) && !(/香港/.test(text) && goneTo.test(text))) return out;
  for (const name of HONG_KONG_DISTRICTS) out.set(name, 'district');
  for (const name of HONG_KONG_AREAS) out.set(name, 'site');
  return out;
}

/** A text that speaks of Taiwan's neighbourhoods, 里, with their chiefs, residents, offices or district offices. */
const NEIGHBOURHOODS_TOLD_RE =
  /(?<![\d一二三四五六七八九十百千万几多]|公)里长(?!大|期|辈|年|久|远|达|度|约|征|江|城|跑|途|时|短)|里民|里办公处|里活动中心|邻长|[区乡镇市]公所/;
/**
 * "前往大溪里", "探视福利里、城东里的独居长者": a neighbourhood (里) of a Taiwanese city or township, two characters
 * and 里, named after a verb of going, a list mark or its district ("三重区福利里"); read only in a text that speaks
 * of 里 as a division, for 里 is also "in" ("山沟里", "村里的老人").
 */
const NEIGHBOURHOOD_RE =
  /(?<=[到至往赴访视在、，,。及和与(（]|[区乡镇市](?!长))([\u4e00-\u9fa5]{2})里(?![的面边头外内程路数许地间子巷弄人来去区])/g;
const NOT_A_NEIGHBOURHOOD_RE =
  /^(?:山沟|被窝|屋子|院子|心窝|心坎|脑海|城市|农村|家庭|病房|寒风|寒流|雪地|田地|田野|田间|大棚|食堂|车间|教室|宿舍|厨房|房间|屋里|大山|山里|工地|社区|村子|家中|夜色|梦想|日子|千万|公园|校园|家园|各村|各区|各乡|各镇|辖区|区内|本区|全区|这个|那个|冬日|雨中|风雨|这里|那里)$/;

/** The neighbourhoods (里) a Taiwanese text names, as names the place rules then read like the gazetteer's. */
export function neighbourhoodNames(text: string): Map<string, PlaceKind> {
  const out = new Map<string, PlaceKind>();
  if (!NEIGHBOURHOODS_TOLD_RE.test(text)) return out;
  for (const m of text.matchAll(NEIGHBOURHOOD_RE))
    if (!NOT_A_NEIGHBOURHOOD_RE.test(m[1]!) && !NOT_A_STEM.test(m[1]!) && !STEM_BAD.test(m[1]!))
      out.set(`${m[1]!}里`, 'community');
  return out;
}

/** The home of people named by who they are ("人瑞家中", "老党员家中", "独居长者住处"), no place's name before it. */
const HOME_RE =
  /^(?:[^,，。;；、的]{1,8}的)?[\u4e00-\u9fa5]{0,6}?(?:人瑞|党员|老人|长者|长辈|老兵|军人|干部|群众|居民|村民|家庭|困难户|低保户|五保户|贫困户|特困户|家属|烈属|军属|职工|学生|患者|儿童|孤儿|老师|教师)(?:家中|家里|住处|府上)/;
/**
 * "到人瑞家中送上禮金", "来到老党员家中": the home gone to, in a sentence that names no place; for a visit the text
 * tells with no place's name anywhere in its section.
 */
export function homeGoneTo(text: string): PlaceMention | null {
  for (const m of text.matchAll(MOVE_RE)) {
    const p = m.index + m[0].length + (text[m.index + m[0].length] === '了' ? 1 : 0);
    if (insideQuotes(text, m.index)) continue;
    const home = HOME_RE.exec(text.slice(p));
    if (home)
      return { name: home[0], kind: 'site', parent: null, start: p, end: p + home[0].length, trigger: m[0] };
  }
  return null;
}

/** All places introduced by a movement, inspection or "在" in one sentence; `known`: names from the gazetteer. */
export function findPlaces(text: string, known?: ReadonlyMap<string, PlaceKind>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const seen = new Set<number>();
  // What someone says ("“太阳再毒也得上街清扫”") tells of no visit.
  const quoted = (at: number) => insideQuotes(text, at);
  for (const re of [MOVE_RE, VISIT_VERB_RE, INSPECT_RE, AT_RE, GIVE_TO_RE, OBJECT_RE]) {
    for (const m of text.matchAll(re)) {
      if (quoted(m.index)) continue;
      let p = m.index + m[0].length;
      if (text[p] === '了') p++;
      // Words before a place's name that are not part of it ("联系点柳树村", "辖区内的青山村", "我市安乡县").
      p +=
        /^(?:其|所)?(?:[\u4e00-\u9fa5]{0,6}?(?:联系点|帮扶点|挂钩点|示范点|联络点)|(?:多区|多地|多处|各区|[多几数][个家所][\u4e00-\u9fa5]{1,3})[,，]?包括|(?:共建|结对|帮扶|联系|挂点|包联|对口)(?:社区|村)(?=[\u4e00-\u9fa5]{2,}(?:街道|镇|乡|社区|村)|(?:[\u4e00-\u9fa5]{2,4}、){1,6}[\u4e00-\u9fa5]{2,8}(?:社区|村))|联系的|挂点|包联|帮扶|结对|辖区内?的?|所辖|位于|地处|居于|住在|家住|(?:该|本|我)(?:省|乡|镇|县|区|市|州|街道)(?=[\u4e00-\u9fa5]{2}))?(?:(?<=[点联辖于处在])的)?/.exec(
          text.slice(p),
        )![0].length;
      // "来到位于城北的红星村", "慰问了奋战在一线的红星社区工作人员": a phrase with 的 before the place.
      // (Not a phrase of plan: "到将要开工的…".)
      const de = /^[^,，。;；、]{1,12}?的(?=[\u4e00-\u9fa5])/.exec(text.slice(p));
      if (de && /将|要|拟|计划|准备/.test(de[0])) de.length = 0;
      // ("来到位于城西镇白石村的康乐长者照护之家": where it lies, then the place gone to.)
      const lies = /(?:位于|地处|坐落于|坐落在)$/.test(text.slice(0, p));
      // ("到滨河路的顺达汽修厂": the road it stands on, then the place gone to.)
      const token = de?.[0] ? readToken(text, p) : null;
      // (Only one with a name of its own: "人民路的施工现场" is the road's works, the road the place.)
      const onRoad =
        token !== null &&
        KIND.get(token.suffix) === 'road' &&
        token.end === p + de![0].length - 1 &&
        ['organization', 'compound', 'community', 'village'].includes(
          KIND.get(readToken(text, p + de![0].length)?.suffix ?? '') ?? '',
        );
      if (de?.[0] && (token === null || lies || onRoad) && readToken(text, p + de[0].length) !== null)
        p += de[0].length;
      // "到城区和岳村乡…": a word for an area, no place's name, before the places named.
      const area = /^(?:城区|市区|县城|城乡|农村|乡村|基层|一线)(?:和|及|、|与)/.exec(text.slice(p));
      if (area && readToken(text, p) === null) p += area[0].length;
      if (seen.has(p)) continue;
      const before = out.length;
      const end = readChain(text, p, m[0] === '于' ? '在' : m[0], out, known);
      // "在县教育局局长王芳的陪同下": the body of one who went along, before the title, is no place gone to; nor
      // are the bodies that led or arranged the visit ("在县民政局、县商务局的带领下，来到…").
      if (
        re === AT_RE &&
        ((ESCORT_RE.test(text.slice(p)) &&
          out.slice(before).some((o) => ESCORT_TITLE_RE.test(text.slice(o.end)))) ||
          LED_BY_BODY_RE.test(text.slice(p)))
      )
        out.length = before;
      // "向县人民医院捐赠…": a place given to is visited; "向群众宣传" names none.
      // ("交给县疫情防控指挥部", "捐给县红十字会": the verb of handing over comes first.)
      if (
        re === GIVE_TO_RE &&
        !HAND_OVER_AFTER_RE.test(text.slice(end)) &&
        !(m[0] === '给' && /(?:交|送|捐|转交|移交|递|赠)$/.test(text.slice(0, m.index))) &&
        // ("捐赠医用外科口罩4000个给化州市人民医院": the goods and their count between the verb and 给.)
        !(m[0] === '给' && COUNTED_THEN_GIVEN_RE.test(text.slice(0, m.index)))
      )
        out.length = before;
      // "对青竹水库、红旗水库等进行了检查": the places a visit looked at.
      else if (re === OBJECT_RE && !INSPECTED_AFTER_RE.test(text.slice(end))) out.length = before;
      // "走访了白兔镇卫生院院长蒋国庆": a place before someone's post is where that person works, not a stop.
      else if (
        (re === MOVE_RE || re === VISIT_VERB_RE) &&
        out.length > before &&
        /^(?:院长|所长|站长|书记|主任|局长|镇长|乡长|村长|经理|董事长|校长|园长|负责人)/.test(text.slice(end))
      )
        out.length = before;
      else seen.add(p);
    }
  }
  // "走访慰问了后垄村特困人员甲、南塘村低保户乙": a village or community after "、" in a visit's clause is one more stop.
  for (const m of text.matchAll(/、/g)) {
    const p = m.index + 1;
    if (seen.has(p) || out.some((o) => o.start <= p && p < o.end)) continue;
    const clause = /[^。;；]*$/.exec(text.slice(0, m.index))![0];
    const verb = [...clause.matchAll(new RegExp(`${VISIT_VERB_RE.source}|${MOVE_RE.source}`, 'g'))].pop();
    if (!verb) continue;
    const token = readToken(text, p);
    if (!token || !/^(?:村|社区|居委会|村委会)$/.test(token.suffix)) continue;
    const before = out.length;
    readChain(text, p, verb[0], out, known);
    if (out.length > before) seen.add(p);
  }
  listedStops(text, out, quoted);
  heldAt(text, out, quoted);
  // Same place found through two verbs: keep the first.
  const unique: PlaceMention[] = [];
  const remap = new Map<number, number>();
  out.forEach((pl, i) => {
    const j = unique.findIndex((u) => u.start === pl.start && u.name === pl.name);
    if (j >= 0) remap.set(i, j);
    else {
      remap.set(i, unique.length);
      unique.push({ ...pl });
    }
  });
  unique.forEach((pl) => {
    if (pl.parent !== null) pl.parent = remap.get(pl.parent) ?? null;
  });
  return unique
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(
      (pl, _i, arr) => pl && { ...pl, parent: pl.parent === null ? null : arr.indexOf(unique[pl.parent]!) },
    );
}
