/**
 * People named in a sentence: a surname and one or two given characters, recognised by what surrounds them: a title
 * before ("市人大常委会副主任谭喜华"), a title after ("区民政局李明局长"), a verb after ("李明率…", "王军一行",
 * "刘松涛陪同", and a bare name that starts its clause before 陪同), or a name already known. The title is taken as written.
 */
import { COMPOUND_SURNAMES, NOT_IN_GIVEN_NAME, SURNAMES, TITLE_ENDINGS } from './lexicon';

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  /** The title as written, or null. */
  title: string | null;
  /** Where the title and name are quoted together. */
  quoteStart: number;
  quoteEnd: number;
  /** A name written apart around its title ("鄭區長正忠"): where the given name begins; the surname is at `start`. */
  givenStart?: number;
}

const SURNAME_SET = new Set(SURNAMES.split(''));
const TITLE_ALT = [...TITLE_ENDINGS].sort((a, b) => b.length - a.length).join('|');
export const TITLE_BEFORE_RE = new RegExp(`(?:${TITLE_ALT})$`);
/** An organization right before a name whose title follows it ("区民政局李明局长"). */
const ORG_TAIL = /(?:局|委|会|办|部|院|厅|政府|公司|镇|乡|街道|社区|村|区|县|市|所|站|中心)$/;
/** After a name, only a title proper ("李明局长"); "负责人", "代表" after a word are no sign of a name ("县文联负责人"). */
const TITLE_AFTER_RE = new RegExp(
  // (A deputy's title too: "刘志强副处长一行".)
  `^副?(?:${TITLE_ENDINGS.filter(
    (t) => !['负责人', '代表', '同志', '委员', '成员', '领导', '常委'].includes(t),
  )
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
);
/** What may follow a name. */
const AFTER_NAME_RE =
  /^(?:的(?:带领|率领|陪同|组织|带队)|(?:今日|今天|昨日|昨天|当天|当日)|[(（]|\d{1,2}[月日]|首站|首先(?=来到|前往|到|赴|深入|走进|视察|察看|查看|看望|慰问|走访)|视察|一线|正在|汇报|奔赴|赶赴|上午|下午|联同|会同|向|给|将|把|率|带领|带队|一行|等|冒|以|又|再|早上|中午|晚上|今早|稍后|随即|顶着|不顾|专程|亲自|一起|主动|再次|近日|日前|于|等人|认为|介绍|看到|察看|查看|了解|听取|仔细|认真|实地|率先|坚持|、|,|，|。|;|；|赴|到|来到|前往|深入|走进|走访|看望|慰问|受|委托|陪同|一同|参加|同志|在|先后|分别|也|还|和|与|及|就|对|为|详细|实地|听取|强调|要求|指出|叮嘱|嘱咐|勉励|鼓励|激励|致辞|讲话|宣读|感谢|祝愿|希望|表示|说|主持|偕同|偕|今[(（]|督查|督导|检查|调研|指导|冒雨|带着|提着|拎着|端着|捧着|抱着|扛着|背着|和|来(?!自)|当场|当即|随即|立即|马上|现场|亲切|笑着|赶到|赶往|赶来|开展|一边|昨午|今午|抽查|考察|参观|拜访|访视|暗访|采取|按照|根据|沿(?:着|线|河|江|途)|进(?=行(?![程动前至驶走李人列长署]))|计划|围绕|\)|）|\s|$)/;
/**
 * After a name with no title that starts its clause: "陪同", maybe after other such names ("王建国陪同。",
 * "王建国、李明陪同。"). A bulletin often names those who went along so, after the visit sentence.
 */
const BARE_ACCOMPANY_RE = /^(?:、[\u4e00-\u9fa5]{2,4})*等?(?:陪同|随同)/;
/** "、刘志勇、李晓梅等县领导", "、单玉芬、顾长林等市人大代表": a list of bare names closed by 等 and their title. */
const LISTED_THEN_TITLED_RE =
  /^(?:[、和][\u4e00-\u9fa5]{2,3})+等([省市县区镇乡]?(?:领导|人大代表|政协委员|代表|委员)(?:同志)?)/;
/** After a name in a photo caption ("图为刘振邦（左二）在双河村…"). */
const CAPTION_AFTER_RE =
  /^(?:[(（][^)）]{0,8}[)）])?(?:一行)?(?:在|与|和|向|为|看望|慰问|走访|检查|察看|查看|来到)/;
/** Verbs that follow a name at the start of a heading ("谭喜华赴洪家村督导…"). */
const HEADING_VERB_RE =
  /^\s*(?:赴|到|来到|前往|深入|走进|走访|看望|慰问|督导|督查|检查|调研|指导|带队|率队|一行|在|访|探访|落区)/;

/** A title, then the body the person belongs to ("委员、海湾二支部温立群"). */
const MEMBER_OF_RE = new RegExp(
  `(?:${TITLE_ALT})、[\u4e00-\u9fa5]{2,12}(?:支部|委员会|协会|商会|学会|工作室|党支部|总支)$`,
);
const NOT_A_NAME = /^(?:务|位|人大|人民|政协|政府|委会|常委|联|党委|干部|代表|机关|领导|街道|社区|括|总)/;

/** Surnames that are more often words ("和", "都", "公"): a name only right after a title ("县委副书记和春林"). */
const WORDLIKE_SURNAMES = new Set(['和', '都', '公']);

function candidateAt(text: string, i: number): string[] {
  const names: string[] = [];
  const two = text.slice(i, i + 2);
  const titled = () => TITLE_BEFORE_RE.test(text.slice(Math.max(0, i - 12), i));
  const surnameLen = COMPOUND_SURNAMES.includes(two)
    ? 2
    : SURNAME_SET.has(text[i]!) || (WORDLIKE_SURNAMES.has(text[i]!) && titled())
      ? 1
      : 0;
  if (surnameLen === 0) return names;
  // ("党总支李建国书记": 支 ends 党总支, a branch, and starts no name.)
  if (text[i] === '支' && /[总党]$/.test(text.slice(0, i))) return names;

  for (const given of [2, 1]) {
    const name = text.slice(i, i + surnameLen + given);
    if (name.length !== surnameLen + given) continue;
    let ok = true;
    // (镇 and 村 stand in names right after a title: "宣传部长李镇东".)
    // (记 opens a given name of two right after a title, "县长张记平", though it ends 书记.)
    for (const [k, ch] of [...name.slice(surnameLen)].entries())
      if (
        (NOT_IN_GIVEN_NAME.has(ch) &&
          !(/[镇村]/.test(ch) && titled()) &&
          !(
            ch === '记' &&
            k === 0 &&
            given === 2 &&
            titled() &&
            !/^[者录忆得住着]/.test(text.slice(i + surnameLen + 1))
          )) ||
        !/[\u4e00-\u9fa5]/.test(ch)
      )
        ok = false;
    // Words that read as a name after a surname-like character ("区人大", "文联") are not one.
    // "代表和省人大代表", "书记和县长": the word "和", not a surname.
    if (
      ok &&
      WORDLIKE_SURNAMES.has(name[0]!) &&
      (/^[省市县区镇乡村街社人大党政群干职各全有其相基广部老工志家企单向在为给对把将是要能会已]/.test(
        name.slice(1),
      ) ||
        /^[\u4e00-\u9fa5](?:层|众|民|部|员|级|体|关|他|作|属|位|业)/.test(name.slice(1)) ||
        // (and only where what follows is what follows a leader's name: "和春林一行到…")
        !/^(?:一行|率|带|到|赴|来到|前往|深入|走访|看望|慰问|在|同志|[,，、(（])/.test(
          text.slice(i + name.length),
        ))
    )
      ok = false;
    // "白兔镇卫生院院长": a name does not end as a place's suffix does.
    // ("领导班子成员": a word, not 班子成.)
    // ("镇长洪灾过后", "河长洪水过后": a word of floods, not the surname 洪.)
    if (
      ok &&
      !NOT_A_NAME.test(name.slice(surnameLen)) &&
      !/[院站所局室厂校]$/.test(name) &&
      !/^班子/.test(name) &&
      !/^洪(?:灾|水|涝|峰|汛|区)/.test(name) &&
      // ("社区冯主任": the 区 of 社区, 小区 or 辖区, no surname.)
      !(name[0] === '区' && /[社小辖城街景园郊片校厂]$/.test(text.slice(0, i))) &&
      // ("负责人严格落实…", "书记全面部署…": a word of manner after a title, not a name; only those whose first
      // character is also a surname could be taken for one.)
      !/^(?:严格|全面|高度|强化|强调|关于|关注|关键|连夜|连续|连日|马上|时刻|常常|经常|时常|陆续|多次|曾经|随后|冒雨|顶着)/.test(
        name,
      ) &&
      // ("回应代表关切", "纪检组长何静", "向督查组汇报", "两位老师": words, not names.)
      !/^关切/.test(name) &&
      !/^(?:关心|关注|关怀|关爱)(?=[的和与及、,，。；;]|$)/.test(text.slice(i)) &&
      !/^纪检(?=组|监察|委)/.test(text.slice(i)) &&
      !/^(?:督查|检查|调研|视察|慰问|考察|督导|巡查|工作)(?:组|团|队)/.test(text.slice(i + 1)) &&
      !(name[0] === '位' && /[两一二三四五六七八九十几\d]$/.test(text.slice(0, i)))
    )
      names.push(name);
  }
  // A married woman's name in Hong Kong keeps both surnames ("叶刘淑仪", "林郑月娥"): tried last.
  const married = text.slice(i, i + 4);
  if (
    surnameLen === 1 &&
    SURNAME_SET.has(text[i + 1] ?? '') &&
    married.length === 4 &&
    [...married.slice(2)].every((ch) => /[\u4e00-\u9fa5]/.test(ch) && !NOT_IN_GIVEN_NAME.has(ch)) &&
    !NOT_A_NAME.test(married.slice(2)) &&
    // ("孙平两位同志": a name and a count, not a married woman's name; nor "赵平一边把…".)
    !/[两二三四五六七八九十][位名]$/.test(married) &&
    !/一[边起同行道并]$/.test(married) &&
    !/[府区县市镇乡村]/.test(married)
  )
    names.push(married);
  return names;
}

/**
 * Whether the last character of a name of three is the start of the word after it: a day ("市长林海今(3)日") or what
 * the person did ("何丽提着两床棉被").
 */
function lastStartsAWord(name: string, after: string): boolean {
  return (
    name.length >= 3 &&
    ((/[今昨]$/.test(name) && /^(?:[日天早晨晚午]|[(（]\d)/.test(after)) ||
      (/[提带拿端捧拎扛抱背握拉牵推]$/.test(name) && /^着/.test(after)) ||
      // ("孙平两位老师": a count of those named.)
      (/[两二三四五六七八九十]$/.test(name) && /^(?:位|名)/.test(after)) ||
      // ("孙海以及…", "刘涛汇报", "刘强奔赴", "吴明采取": a word the last character starts.)
      // (Not where the words after start a word of their own: "王志强调研" is 王志强 and 调研.)
      (LAST_STARTS_RE.test(name.slice(-1) + after.slice(0, 1)) &&
        !LAST_STARTS_RE.test(after.slice(0, 2)) &&
        (name.slice(-1) + after.slice(0, 1) !== '进行' || DID_RE.test(after))) ||
      // ("吴明采取暗访方式": a name read to four characters that ends with such a word.)
      (name.length >= 4 && LAST_STARTS_RE.test(name.slice(-2))))
  );
}

/** A surname and a leader's title, before what the leader did ("孙县长一行先后到…", "冯局长来到…"). */
const SURNAME_TITLE_RE =
  /^([\u4e00-\u9fa5])((?:副)?(?:县长|市长|区长|镇长|乡长|书记|主任|主席|局长|部长|厅长|省长))(?=一行|带队|率队|先后|随后|还|又|首先|来到|前往|深入|走进|赶到|赴|到)/;
/**
 * "鄭區長正忠率…", "謝區長宏毅感謝…": a surname, a title, then the given name (Taiwan's press, in respect), before
 * what the person did. The person is the surname and the given name; `givenStart` says where the given name begins.
 */
const SURNAME_TITLE_GIVEN_RE =
  /^([\u4e00-\u9fa5])((?:副)?(?:区长|乡长|镇长|市长|县长|里长|局长|处长|理事长|主委|议长|议员|立委))([\u4e00-\u9fa5]{1,2}?)(?=特别|特地|亲自|也|并|率|带领|偕同|偕|会同|联同|与|和|于|在|今|昨|前往|到|至|来到|感谢|表示|指出|说|,|，|、|。)/;
/**
 * A "name" that ends with a head's title is none ("大雅區長和里長": 和里長); nor one that starts with it, unless a title
 * comes before it (區 is a surname: "大雅區長和…" is no 區長和, "镇党委书记区长青" is 区长青).
 */
const HEADS = '区长|县长|市长|镇长|乡长|里长|村长|局长|处长|科长';
const STARTS_WITH_A_TITLE_RE = new RegExp(`^(?:${HEADS})`);
const ENDS_IN_A_TITLE_RE = new RegExp(`(?:${HEADS})$`);
/** Words whose first character may end a name of three ("孙海以及", "刘涛汇报", "吴涛视察", "吴军一线督导"). */
const LAST_STARTS_RE =
  /^(?:以及|汇报|奔赴|介绍|表示|指出|强调|要求|讲话|陪同|带领|率领|看望|赶赴|赶来|慰问|走访|前往|深入|参加|出席|查看|察看|检查|调研|询问|主持|视察|首先|一线|实地|专程|亲自|督导|督查|正在|代表|赶到|赶往|开展|一边|抽查|考察|参观|拜访|访视|暗访|采取|计划|沿着|沿线|沿河|沿江|沿途|进行|冒着|顶着|围绕|按照|根据)$/;
/** 进行 as a verb of what was done ("李强进行了检查", "王强进行调度"), not a name ending in 进 before 行程, 行动, 行前. */
const DID_RE = /^行(?![程动前至驶走李人列长署])/;

/** Finds people in normalised text. `known`: names already found elsewhere in the bulletin. */
/**
 * A paragraph that opens with a bare name and who the person is ("冯长顺，一名个体经营户。", "陈家旺，府城镇东华社区
 * 居民。"): the person the paragraph then tells of as 他 or 她. The name's span, or null.
 */
export function portraitName(text: string): { name: string; start: number; end: number } | null {
  const m =
    /^([\u4e00-\u9fa5]{2,3})[,，](?:一名|一位|一家|一个|是|今年|现年|[^,，。]{0,16}(?:人|居民|村民|农民|负责人|经营户|店主|老板|党员|代表|委员|志愿者|企业家|职工|工人|教师|医生))/.exec(
      text,
    );
  if (!m) return null;
  const name = m[1]!;
  const surnameLen = COMPOUND_SURNAMES.includes(name.slice(0, 2)) ? 2 : SURNAME_SET.has(name[0]!) ? 1 : 0;
  if (surnameLen === 0 || name.length - surnameLen < 1) return null;
  if ([...name.slice(surnameLen)].some((ch) => NOT_IN_GIVEN_NAME.has(ch))) return null;
  return { name, start: 0, end: name.length };
}

export function findPeople(
  text: string,
  known: ReadonlySet<string> = new Set(),
  heading = false,
): PersonMention[] {
  const out: PersonMention[] = [];
  let lastEnd = 0;
  for (let i = 0; i < text.length; i++) {
    if (i < lastEnd) continue;
    const before = text.slice(lastEnd, i);
    let found: PersonMention | null = null;
    // "孙县长一行先后到…": someone named before, told of again by surname and title.
    const again = SURNAME_TITLE_RE.exec(text.slice(i));
    if (again && SURNAME_SET.has(again[1]!) && !/[\u4e00-\u9fa5]/.test(text[i - 1] ?? '')) {
      const same = [...known].filter((n) => n.length >= 2 && n.startsWith(again[1]!));
      if (same.length === 1) {
        out.push({
          name: same[0]!,
          start: i,
          end: i + again[0].length,
          title: again[2]!,
          quoteStart: i,
          quoteEnd: i + again[0].length,
        });
        lastEnd = i + again[0].length;
        i = lastEnd - 1;
        continue;
      }
    }
    const given = SURNAME_TITLE_GIVEN_RE.exec(text.slice(i));
    if (
      given &&
      SURNAME_SET.has(given[1]!) &&
      // (Not a preposition before a title and a full name: "由县长王明带领", "向镇长王明了解".)
      !/[由为在对从与和给被把将跟同]/.test(given[1]!) &&
      // (向 is a surname too, but a preposition before whom one asks or tells: "向镇长王明了解情况".)
      !(
        given[1] === '向' &&
        /^(?:了解|汇报|询问|表示|致以|致谢|致敬|问好|问候|拜年|求助|请教|道谢|赠送|送上|捐赠|介绍|反映|提出|学习)/.test(
          text.slice(i + given[0].length),
        )
      ) &&
      // (Nor an adverb after a surname and a title: "李会长特别来到", "王局长专门到", "陈区长特地到".)
      !/^(?:特|专|亲|一同|一起|一并|一道|一到|一进|一来|也|都|还|又|再次|先|就|则|已|曾|将|要|随|立即|马上|率|带|前往|到|最后|然后|接着|之后|首先|分别|继续)/.test(
        given[3]!,
      ) &&
      // (After the body's name too: "三重區公所謝區長宏毅".)
      (!/[\u4e00-\u9fa5]/.test(text[i - 1] ?? '') || /(?:公所|[区县市乡镇局处会])$/.test(text.slice(0, i))) &&
      ![...given[3]!].some((ch) => NOT_IN_GIVEN_NAME.has(ch)) &&
      // (Not what a leader named by surname did: "黎主任来到", "黎主任一行".)
      !AFTER_NAME_RE.test(text.slice(i + 1 + given[2]!.length)) &&
      !/^(?:一行|要求|强调|指出|表示|走进|实地|详细|随后|首先|亲切|充分|高度)/.test(
        text.slice(i + 1 + given[2]!.length),
      )
    ) {
      const end = i + given[0].length;
      out.push({
        name: given[1]! + given[3]!,
        start: i,
        end,
        title: given[2]!,
        quoteStart: i,
        quoteEnd: end,
        givenStart: end - given[3]!.length,
      });
      lastEnd = end;
      i = end - 1;
      continue;
    }
    // ("…4月9日讯(通讯员 陈芳)4月9日上午，…": who wrote the report, in its byline, is no one who went.)
    if (
      /[(（][^)）]{0,24}(?:记者|通讯员|摄影|摄像|编辑|作者|报道)[^)）]{0,24}$/.test(
        text.slice(Math.max(0, i - 40), i),
      )
    )
      continue;
    for (const name of candidateAt(text, i)) {
      if (
        // ("区议员和关爱队代表": a team, no name; "领导包片、干部包村": who answers for which area.)
        (name.length >= 3 && /[队团组]$/.test(name)) ||
        /^包[片村户组联点]/.test(name) ||
        ENDS_IN_A_TITLE_RE.test(name) ||
        (STARTS_WITH_A_TITLE_RE.test(name) && !TITLE_BEFORE_RE.test(clauseBefore(before)))
      )
        continue;
      // ("保安局局長鄭國雄則在…": 则 after the name, "then".)
      if (name.length >= 3 && name.endsWith('则') && AFTER_NAME_RE.test(text.slice(i + name.length)))
        continue;
      const end = i + name.length;
      const after = text.slice(end);
      if (lastStartsAWord(name, after)) continue;
      const knownName = known.has(name) && !/^[\u4e00-\u9fa5]/.test(after.replace(AFTER_NAME_RE, ''));
      const clause = clauseBefore(before);
      // "吴晓晖代表把绿豆递给…": 代表 after a name that starts its clause, before what the deputy did.
      const titleAfter =
        // (Not a body before its deputy head: "市农商行副行长".)
        (/^副/.test(after) && /[行局委会办部院厅所站社队司团处科]$/.test(name)
          ? null
          : TITLE_AFTER_RE.exec(after)) ??
        (clause === '' &&
        /^代表(?=把|将|为|向|给|来到|走进|深入|在|与|和|一行|带着|先后|还|又|也)/.test(after)
          ? /^代表/.exec(after)
          : null) ??
        // "江南商贸有限公司林志强先生向…捐赠": a donor, by the courtesy title after a full name.
        (name.length === 3
          ? /^(?:先生|女士)(?=向|为|给|将|把|来到|走进|带着|一行|专程|亲自|捐)/.exec(after)
          : null);
      // ("院长周海代表院方接收", "主席吴静代表南大街社区工会联合会": a titled name before 代表 as a verb.)
      const titled =
        (TITLE_BEFORE_RE.test(clause) || MEMBER_OF_RE.test(clause)) &&
        (AFTER_NAME_RE.test(after) || /^代表(?![们团组])/.test(after));
      const atHeading = heading && i === 0 && HEADING_VERB_RE.test(after);
      if (titled) {
        found = { name, start: i, end, title: clause, quoteStart: i - clause.length, quoteEnd: end };
      } else if (
        titleAfter &&
        /^[\u4e00-\u9fa5]*$/.test(clause) &&
        // ("偕同兩位宮廟主委": a count of people, then the body whose heads they are.)
        !/[\d一二两三四五六七八九十几数多]位$/.test(clause) &&
        // ("龙滚商会会长": a body's head, not 商会 with the title 会长.)
        !/^(?:商会|工会|协会|学会|总会|分会|农会|侨会|妇联|残联|文联|科协)$/.test(name) &&
        (ORG_TAIL.test(clause) ||
          /^(?:率|带|一行|,|、|。|深入|来到|前往|赴|到|走访|看望|慰问|冒雨|先后|首站|\d{1,2}日|在|把|将|为|向|给|与|和|还|又|也|的(?:带领|率领|陪同)下|于|今日|今天|昨日|昨天|偕同|偕|会同|特别|亲自|日前|近日|分别|分头|则|发表|致辞|讲话|表示|指出|强调)/.test(
            after.slice(titleAfter[0].length),
          ))
      ) {
        const title = clause + titleAfter[0];
        found = {
          name,
          start: i,
          end,
          title,
          quoteStart: i - clause.length,
          quoteEnd: end + titleAfter[0].length,
        };
      } else if (
        // "副主任郝春林、牛建英又一次分头来到", "副主席许春华和汪永胜分别赴…": one more name of a list that shares the
        // title before it. (After 和 or 及 only before what they did together or each: not "县长王明和李华来到",
        // "县长王明与李华交谈".)
        out.length > 0 &&
        out[out.length - 1]!.end === i - 1 &&
        out[out.length - 1]!.title !== null &&
        name.length >= 2 &&
        AFTER_NAME_RE.test(after) &&
        (text[i - 1] === '、' ||
          (/[和及]/.test(text[i - 1]!) && /^(?:分别|分头|一行|等|共同|一起|一同|先后)/.test(after)))
      ) {
        found = { name, start: i, end, title: out[out.length - 1]!.title, quoteStart: i, quoteEnd: end };
      } else if (
        // "县长王明和李华来到红星村": one more who went, whose title the text does not give.
        out.length > 0 &&
        out[out.length - 1]!.end === i - 1 &&
        out[out.length - 1]!.title !== null &&
        /[和及与]/.test(text[i - 1]!) &&
        name.length >= 2 &&
        /^(?:一行|一同|一起|来到|前往|赶到|深入|走进|赴|到)/.test(after)
      ) {
        found = { name, start: i, end, title: null, quoteStart: i, quoteEnd: end };
      } else if (
        // "省林业和草原局李文涛，市林业和草原局段红梅、普志强…等一行": a body, then a name, in a list of those who went.
        /^[\u4e00-\u9fa5]{3,16}$/.test(clause) &&
        /(?:局|厅|委|办|部|院|中心|协会|商会)$/.test(clause) &&
        /^(?:[,，、]|等|一行)/.test(after) &&
        /一行/.test(after.slice(0, 60))
      ) {
        found = { name, start: i, end, title: clause, quoteStart: i - clause.length, quoteEnd: end };
      } else if (
        // "唐建军一行首先来到梦溪镇", "邵景川来到石门村": a bare name that starts its clause, before 一行 or a verb of
        // going.
        clause === '' &&
        // (Not a group: "文艺队一行", "宣讲团一行", "解放军".)
        !/[队团组舞会部委局办站所院社班连排营]$|^(?:解放军|志愿军)$/.test(name) &&
        // (Of three characters before a verb, and not words of when or how many: "陆续走进", "高温下来到",
        // "黄昏时来到", "万余人来到", "曾专程来到".)
        (/^一行/.test(after) ||
          (name.length === 3 &&
            !/[下时中上里内外间性人天后前程际边旁处余]$/.test(name) &&
            !/[万千百余曾于]/.test(name) &&
            /^(?:首先|先后|专程|冒雨)?(?:来到|前往|深入|走进|赶赴|奔赴)(?![\u4e00-\u9fa5]{0,2}(?:的|了))/.test(
              after,
            ))) &&
        // (Not a surname and a title: "韩主席一行".)
        !TITLE_BEFORE_RE.test(name) &&
        !/[(（]$/.test(before)
      ) {
        found = { name, start: i, end, title: null, quoteStart: i, quoteEnd: end };
      } else if (clause === '' && LISTED_THEN_TITLED_RE.test(after)) {
        // "杨建华、刘志勇、李晓梅、陈国栋等县领导": bare names in a list that a title closes share it.
        const title = LISTED_THEN_TITLED_RE.exec(after)![1]!;
        found = { name, start: i, end, title, quoteStart: i, quoteEnd: end };
      } else if (
        atHeading ||
        (known.has(name) && (knownName || AFTER_NAME_RE.test(after))) ||
        (clause === '' && BARE_ACCOMPANY_RE.test(after)) ||
        (/(?:图为|图片为)$/.test(clause) && CAPTION_AFTER_RE.test(after))
      ) {
        found = { name, start: i, end, title: null, quoteStart: i, quoteEnd: end };
      }
      if (found) break;
    }
    // A titled name whose end no rule confirms ("人大代表周春燕手拿问卷…"): a name of three characters is the
    // likelier reading where the character after it starts no word the rules know.
    if (!found) {
      const clause = clauseBefore(before);
      const three = candidateAt(text, i).find(
        (n) => n.length === 3 && COMPOUND_SURNAMES.every((c) => !n.startsWith(c)),
      );
      if (
        three &&
        !STARTS_WITH_A_TITLE_RE.test(three) &&
        !ENDS_IN_A_TITLE_RE.test(three) &&
        TITLE_BEFORE_RE.test(clause) &&
        !lastStartsAWord(three, text.slice(i + 3)) &&
        /^[\u4e00-\u9fa5](?<![业司团局委会厂店部处所院校站镇乡村县区市街路])/.test(text.slice(i + 3))
      )
        found = {
          name: three,
          start: i,
          end: i + 3,
          title: clause,
          quoteStart: i - clause.length,
          quoteEnd: i + 3,
        };
    }
    if (found) {
      // "老人握着慰问组组长罗永川的手": the title starts after what someone did to the person.
      const did = found.title === null ? null : /^.*(?:握着|拉着|牵着|陪着|拉住|握住)/.exec(found.title);
      if (did && found.quoteStart === found.start - found.title!.length) {
        found.title = found.title!.slice(did[0].length);
        found.quoteStart += did[0].length;
      }
      if (found.title !== null && !/[\u4e00-\u9fa5]{2}/.test(found.title.replace(/^(?:同志)$/, '')))
        found.title = null;
      if (found.title === '同志') found.title = null;
      out.push(found);
      lastEnd = Math.max(found.end, found.quoteEnd);
      i = lastEnd - 1;
    }
  }
  return out;
}

/** The clause right before a name, back to the previous comma, stop or bracket; "、" stays inside a title. */
function clauseBefore(before: string): string {
  let k = before.length;
  while (k > 0 && !/[,，。;；:：(（《》“”"\s]/.test(before[k - 1]!)) k--;
  let clause = before.slice(k);
  // A lead-in before the title ("受", "由", a date, the "、" after a previous person) is not part of it.
  for (let again = true; again;) {
    const next = clause
      // (Not the 和 of a place's name: "和平路社区副书记苏晴".)
      .replace(/^(?:[、受由经在与及]|和(?![\u4e00-\u9fa5]{1,3}(?:社区|村|镇|街道|路|乡|小区)))/, '')
      .replace(
        /^(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:上午|下午|晚上|早上|中午)?/,
        '',
      );
    again = next !== clause;
    clause = next;
  }
  // "全体行政在校长宛志明的带领下", "慰问组在县民政局局长…的带领下": the title starts after 在.
  const at = /[^所现正存实自]在(?=[^在]{2,20}$)/.exec(clause);
  return at ? clause.slice(at.index + 2) : clause;
}
