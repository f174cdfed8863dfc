import { describe, expect, it } from 'vitest';
import { findDateline, findDates } from './dates';
import { draftSync } from './index';
import { isHeading, layout, splitParagraphs } from './sections';

describe('findDates', () => {
  it('reads 元月, 本月, 廿 and 卅, 10月9上午 (日 left out), a year in Chinese numerals, a date written with dots or dashes, and 晚 as evening', () => {
    expect(findDates('元月5日,县长来到红星村')[0]).toMatchObject({ month: 1, day: 5 });
    expect(findDates('本月5日,县长来到红星村')[0]).toMatchObject({ month: null, day: 5, start: 0 });
    expect(findDates('仁爱慈善会于本月廿二日举办活动')[0]).toMatchObject({ month: null, day: 22 });
    expect(findDates('工作组自本月5日起驻村')[0]).toMatchObject({ month: null, day: 5 });
    expect(findDates('10月9上午，民政局来到蒋庄村')[0]).toMatchObject({
      month: 10,
      day: 9,
      timeOfDay: 'morning',
    });
    expect(findDates('元月卅日,县长来到红星村')[0]).toMatchObject({ month: 1, day: 30 });
    expect(findDates('二〇二三年一月五日,县长来到红星村')[0]).toMatchObject({ year: 2023, month: 1, day: 5 });
    expect(findDates('2023.1.5,县长来到红星村')[0]).toMatchObject({ year: 2023, month: 1, day: 5 });
    expect(findDates('2023-01-05,县长来到红星村')[0]).toMatchObject({ year: 2023, month: 1, day: 5 });
    expect(findDates('1月5日晚,县长来到红星村')[0]).toMatchObject({ month: 1, day: 5, timeOfDay: 'evening' });
    expect(findDates('5日晚会上')[0]!.timeOfDay).toBeNull();
    expect(findDates('版本1.5.3发布')).toEqual([]);
    expect(findDates('2023 年 1 月 25 日,县长来到红星村')[0]).toMatchObject({
      year: 2023,
      month: 1,
      day: 25,
    });
  });
  it('reads a year of the Republic, as Taiwan writes it (107年8月15日, 民國109年6月9日), as 1911 years on', () => {
    expect(findDates('107年8月15日上午，區長來到公所')[0]).toMatchObject({ year: 2018, month: 8, day: 15 });
    expect(findDates('民國109年6月9日，鎮長到榮民之家')[0]).toMatchObject({ year: 2020, month: 6, day: 9 });
    // (Not a count of years: "已有120年。8月9日…"; not a number glued to a longer one.)
    expect(findDates('这所学校已有120年，8月9日县长来到学校')[0]).toMatchObject({ year: null, month: 8 });
    expect(findDateline('發布日期：107-08-15')).toMatchObject({ year: 2018, month: 8, day: 15 });
    expect(findDateline('电话：110-12-30')).toBeNull();
    // (Not a count of years inside a sentence: "在建党100年7月1日到来之际", "建校120年".)
    expect(findDates('在建党100年7月1日到来之际')[0]).toMatchObject({ year: null, month: 7, day: 1 });
    expect(findDates('值此建校110年9月10日教师节之际')[0]).toMatchObject({ year: null, month: 9, day: 10 });
  });
  it('reads a month and day glued together only where one split is a date, and says so', () => {
    expect(findDates('75日上午,县委常委彭志刚到鹤龙湖镇督查')[0]).toMatchObject({
      month: 7,
      day: 5,
      glued: true,
    });
    expect(findDates('1128日,区政协副主席孙红梅来到文峰社区')[0]).toMatchObject({ month: 11, day: 28 });
    expect(findDates('128日上午,代表们来到敬老院')).toEqual([]); // 1月28日 or 12月8日
    expect(findDates('12日上午,县长来到红星村')[0]).toMatchObject({ month: null, day: 12 });
    const v = draftSync('标题\n发布时间：2016-07-08\n75日上午，县委常委彭志刚到鹤龙湖镇督查防汛工作。')
      .dataset.bulletins[0]!.visits[0]!;
    expect(v.date).toBe('2016-07-05');
    expect(v.dateCertain).toBe(false);
    expect(v.dateNote?.zh).toContain('读作7月5日');
  });
  it('reads a holiday of a fixed day on that day, not on its eve', () => {
    expect(findDates('“八一”建军节当天上午,县委书记来到县消防救援大队')[0]).toMatchObject({
      month: 8,
      day: 1,
      timeOfDay: 'morning',
    });
    expect(findDates('元旦当天,代表们来到红星村')[0]).toMatchObject({ month: 1, day: 1 });
    expect(findDates('八一前夕,县长来到部队')).toEqual([]);
    expect(findDates('国庆节来临之际,县长来到红星村')).toEqual([]);
  });
  it.each([
    [
      'a media centre’s name and a time',
      '南漳县融媒体中心  2022-01-07 17:26\n1月5日，县委常委田致远先后到惠民超市、城南农贸市场检查疫情防控工作。',
      '2022-01-05',
    ],
    [
      'a paper’s masthead with its page',
      '竹溪报 2015-01-20 第3版\n1月16日，泉溪镇干部来到石门村，看望五保老人。',
      '2015-01-16',
    ],
    [
      'a date and a source only',
      '2022-07-25 08:30　来源：深圳新闻网\n7月24日下午，区委副书记陈国梁来到大芬社区看望医护人员。',
      '2022-07-24',
    ],
    [
      'a line labelled as the publication time, over a bare date copied above the title',
      '2024-11-23 01:24:22\n县委书记连夜赶赴泄洪一线\n文章来源：燕赵在线　发布时间：2016-07-26 14:19\n7月25日凌晨，县委书记邢建军到南营镇查看群众转移。',
      '2016-07-25',
    ],
    [
      'a long line of a page’s labels, with spaces',
      '慰问一线人员\n2021-08-09 22:29:44          来源：区融媒体中心 | 编辑：罗某某 李某某 | 作者：唐某          浏览量：2472\n8月9日，区委副书记李一帆来到石鼓区隔离点，看望工作人员。',
      '2021-08-09',
    ],
    [
      'the year of a yearly round of work, where the text names no other',
      '集中视察\n11月22日，市政协开展2023年度集中视察，市政协副主席廖志诚带队来到白宫村。',
      '2023-11-22',
    ],
    [
      'the dates of the round, not the day a running count is told as of',
      '送福袋\n2022年10月1日\n截至今日（10月1日），义工共上门探访了红星村300多户长者。活动于9月27日至10月1日举行。',
      '2022-09-27',
    ],
  ])('dates the visit from %s', (_what, text, date) => {
    expect(draftSync(text).dataset.bulletins[0]!.visits[0]!.date).toBe(date);
  });
  it('takes no title from a masthead, and a Hong Kong page’s date before its title', () => {
    const section = draftSync(
      '现代快报 2022-04-19 08:03 第A07版：苏州新闻\n区人大代表为一线医护家庭送上暖心菜\n4月12日，区人大代表陆美华来到临湖镇，看望医护家庭。',
    ).dataset.bulletins[0]!;
    expect(section.title.zh).toBe('区人大代表为一线医护家庭送上暖心菜');
    expect(section.visits[0]!.date).toBe('2022-04-12');
    const hk = draftSync(
      ' date 2024-09-14 梁詠詩落區探訪興華邨長者\n撰文：何嘉欣\n勞工及福利局局長梁詠詩今日落區，到柴灣興華（二）邨探訪獨居長者。',
    ).dataset.bulletins[0]!;
    expect(hk.visits[0]!.date).toBe('2024-09-14');
    expect(hk.visits[0]!.participants.length).toBeGreaterThan(0);
  });
  it('reads month, day and time of day', () => {
    const [d] = findDates('2月13日下午,区人大常委会主任王军来到东风社区');
    expect(d).toMatchObject({ month: 2, day: 13, timeOfDay: 'afternoon', since: false, start: 0, end: 7 });
    // (The time of day in a clause of its own.)
    expect(findDates('3月4日，早上，县长高建来到县供电公司')[0]).toMatchObject({
      day: 4,
      timeOfDay: 'morning',
    });
    expect(findDates('3月4日，晚会在县文化馆举行')[0]).toMatchObject({ day: 4, timeOfDay: null });
    // (A day without its month right before the going: "区长王明19日带队前往…"; not "王明19日的讲话".)
    expect(findDates('区长王明19日带队前往东湖社区')[0]).toMatchObject({ month: null, day: 19 });
    expect(findDates('区长王明19日的讲话')).toEqual([]);
    // (Not a day of others, a deadline, a length or an ordinal: "工作队25日前往", "22日率先", "连续3日深入", "第2日赴".)
    expect(findDates('要求驻村工作队25日前往各户完成核查')).toEqual([]);
    expect(findDates('东风村22日率先完成危房排查')).toEqual([]);
    expect(findDates('县长王强连续3日深入东风村一线')).toEqual([]);
    // (A name of four, or with 一行 or a title after it: "区长欧阳建国3日", "局长王强一行3日", "王强书记3日".)
    for (const t of ['区长欧阳建国3日带队前往', '局长王强一行3日来到', '王强书记3日带队前往'])
      expect(findDates(t)[0]).toMatchObject({ day: 3 });
  });
  it('reads a period start and a full date', () => {
    expect(findDates('从1月27日起,各社区实行封闭管理')[0]).toMatchObject({ month: 1, day: 27, since: true });
    expect(findDates('2020年1月28日,镇党委书记')[0]).toMatchObject({ year: 2020, month: 1, day: 28 });
  });
  it('keeps a day without month, flagged by month null', () => {
    expect(findDates('27日上午,市人大常委会副主任')[0]).toMatchObject({
      month: null,
      day: 27,
      timeOfDay: 'morning',
    });
  });
  it('reads the first of several days, flagged, and a date after an ellipsis', () => {
    expect(findDates('8月24、26日,院领导分批来到保卫科')[0]).toMatchObject({
      month: 8,
      day: 24,
      several: true,
    });
    expect(findDates('2月9日至11日,县领导分组走访')[0]).toMatchObject({ month: 2, day: 9, several: true });
    expect(findDates('4月20—22日,省防汛办工作组赴安乡县')[0]).toMatchObject({
      month: 4,
      day: 20,
      several: true,
    });
    expect(findDates('2月9日,县领导走访')[0]!.several).toBeUndefined();
    expect(findDates('“被褥备好了没有?”......10月4日上午,代表们走进敬老院')[0]).toMatchObject({
      month: 10,
      day: 4,
      timeOfDay: 'morning',
    });
    expect(findDates('增长2.5日')).toEqual([]);
  });
  it('reads today or yesterday with its day in brackets (今（8）日, 昨（7）日下午) as that day of a month to be found', () => {
    expect(findDates('台南市长林德昌今（8）日特别前往安南区').map((d) => [d.month, d.day])).toEqual([
      [null, 8],
    ]);
    expect(findDates('区长昨（7）日下午来到东势里')[0]).toMatchObject({
      month: null,
      day: 7,
      timeOfDay: 'afternoon',
    });
    // (Its day in Chinese numerals too.)
    expect(findDates('今（二十六）日上午九点，市长前往东兴社区')[0]).toMatchObject({
      month: null,
      day: 26,
      timeOfDay: 'morning',
    });
  });
  it('reads 次日 as the day after the one the text last named, but not as the end of a span (至次日凌晨)', () => {
    expect(findDates('次日，街道工作人员将粽子送到老人家中')[0]).toMatchObject({ relative: 'next-day' });
    expect(findDates('当晚22时至次日凌晨1时许，市长带队直奔兴桥镇')).toEqual([]);
  });
  it('reads no day in a site’s line that it reported (华阳网3月10日报道)', () => {
    expect(findDates('华阳网3月10日报道 近日，镇人大主席林海涛带领代表视察')).toEqual([]);
  });
  it('reads no day in the name of a paper or an app (今日郧西网消息, 今日头条)', () => {
    expect(findDates('今日郧西网消息 7月29日下午，老兵们来到县光荣院').map((d) => [d.month, d.day])).toEqual([
      [7, 29],
    ]);
    expect(findDates('今日头条讯').length).toBe(0);
    expect(findDates('今日上午，县长来到红星村')[0]?.relative).toBe('today');
    expect(findDates('今日上午社区网格员来到红星村')[0]?.relative).toBe('today');
  });
  it("skips a wire's dateline (…网1月13日讯, …1月13日电) for the day the text tells of", () => {
    expect(findDates('岚江新闻网1月13日讯(记者 俞晓晨)1月12日下午,市政协主席来到')).toMatchObject([
      { month: 1, day: 12, timeOfDay: 'afternoon' },
    ]);
    expect(findDates('新华社北京3月2日电 3月1日,代表们来到')).toMatchObject([{ month: 3, day: 1 }]);
  });
  it('reads Chinese numerals and ignores numbers that are not dates', () => {
    expect(findDates('二月七日上午')[0]).toMatchObject({ month: 2, day: 7 });
    expect(findDates('送去口罩800个、84消毒液20瓶')).toEqual([]);
    expect(findDates('第12日报社')).toEqual([]);
  });
});

describe('findDateline', () => {
  it('reads the publication line', () => {
    expect(findDateline('(2020年02月08日 14:07)')).toMatchObject({
      year: 2020,
      month: 2,
      day: 8,
      time: '14:07',
    });
    expect(findDateline('发布时间:2020-02-14 09:30:00 来源:区人大')).toMatchObject({
      month: 2,
      day: 14,
      time: '09:30',
    });
    expect(findDateline('没有日期')).toBeNull();
  });
});

describe('the year of a visit date written without one', () => {
  const firstVisit = (text: string) =>
    draftSync(text, { draftedAt: '2026-12-06' }).dataset.bulletins[0]!.visits[0]!;
  it('comes from a labelled first line, which is no title', () => {
    const v = firstVisit(
      '发布时间：2025-01-21 09:42 信息来源：县新闻网\n1月20日，县人大常委会主任王大明来到红星村，送去慰问金。',
    );
    expect(v.date).toBe('2025-01-20');
    expect(v.dateCertain).toBe(false);
  });
  it.each([
    [
      '【发布时间】2022-04-30 【来源】青山路街道 【字体】大 中 小\n4月29日上午，社区书记王海燕来到红星村，送去蔬菜。',
      '2022-04-29',
    ],
    [
      '佳节又重阳 |\n县领导走访慰问百岁老人 |\nhttp://www.xsnews.com.cn 象山新闻网 2016-10-08 09:12 |\n昨日上午，县委书记郑建华来到东门村，送上慰问金。',
      '2016-10-07',
    ],
    [
      '周宇航　湖南日报·新湖南客户端　2024-07-29 18:42:10\n入伏以来，交警们坚守在路口。\n7月27日，社区代表来到红星社区，送去矿泉水。',
      '2024-07-27',
    ],
    [' date 2025-01-21 \n太平区公所春节送暖\n1月20日，区长吴振兴来到太平区公所，送去红包。', '2025-01-20'],
    ['作者：  发布日期：2024-07-05\n6月26日上午，市政协委员来到红星社区调研。', '2024-06-26'],
    ['青浦区开展防汛物资专项检查　2024-08-26\n8月22日，区防汛指挥中心来到西洋淀水闸检查。', '2024-08-22'],
    [
      '八一慰问\n8月1日下午，县委政研室党支部到县人武部慰问官兵。 美篇制作：韦国良（会长） 2022.8.1.',
      '2022-08-01',
    ],
    [
      '康复中心\n专注语言训练\n定点机构\n咨询热线\n0315-XXXXXXX\n您当前的位置：首页 > 新闻动态\n市人大领导到我县调研\n2023-07-14 10:32:17\n7月12日，市人大代表邢国栋来到东王庄村调研。\n他察看了幸福食堂。\n他与老人交谈。\n县人大常委会主任陪同。\n分享到：',
      '2023-07-12',
    ],
    [
      '云南网 2020-02-09 10:21:37 来源：云南网\n爱心蔬菜送到居民家门口\n2月8日上午，区侨联来到书林社区，送去蔬菜。',
      '2020-02-08',
    ],
  ])(
    'comes from a publication line in brackets, beside the page’s address, after the maker at the text’s end, or on a line of its own below the page’s furniture: %s',
    (text, date) => {
      expect(firstVisit(text).date).toBe(date);
    },
  );
  it.each([
    ['2021年3月1日讯', '2021-02-28'],
    ['6月3日讯', '2026-06-02'],
  ])(
    'reads yesterday from a wire’s date that opens the paragraph where the page gives no dateline: %s',
    (wire, date) => {
      const v = firstVisit(`慰问一线职工\n${wire}（记者 王明）昨日，县妇联主席李红来到城关供水站慰问职工。`);
      expect([v.date, v.dateCertain, v.dateNote?.zh.includes(`电头“${wire}”`)]).toEqual([date, false, true]);
    },
  );
  it('takes no day from someone’s words (“今天有多少人出入？”)', () => {
    const v = firstVisit(
      '森林防火检查\n3月31日，东岭乡护林员正在林区开展巡查。\n“今天有多少人出入？”在青石村森林防火检查站，乡党委副书记刘芳检查了值班情况。',
    );
    expect(v.date).toBe('2026-03-31');
  });
  it('takes no wire’s date from a date inside a sentence (自6月1日电力中断…昨日)', () => {
    const v = firstVisit(
      '抢修\n受强降雨影响，东山村自6月1日电力中断。昨日，县长王刚来到东山村察看电力抢修情况。',
    );
    expect(v.date).toBeNull();
  });
  it('takes no year from someone’s life for a visit that gives none (1950年入伍)', () => {
    const v = firstVisit('看望老党员\n10月9日，副县长周明德来到东岭村，看望老党员郑长山，他1950年入伍。');
    expect(v.date).toBe('2026-10-09');
  });
  it('takes no year from what is planned or since when (预计将在2027年6月完工, 自2015年3月挂牌成立以来)', () => {
    expect(
      firstVisit('视察\n11月20日，县人大代表视察组来到大河水库视察。该工程预计将在2027年6月完工。').date,
    ).toBe('2026-11-20');
    expect(
      firstVisit(
        '捐书\n6月9日，市妇联来到白沙小学，捐赠图书。白沙小学自2015年3月挂牌成立以来，开展了多项活动。',
      ).date,
    ).toBe('2026-06-09');
  });
  it('takes the year of a season since when (2023年入汛以来), where the text gives no other', () => {
    expect(
      firstVisit('防汛\n2023年入汛以来，我县降雨偏多。7月10日，县长李明来到红星村检查防汛工作。').date,
    ).toBe('2023-07-10');
  });
  it('gives no later day to a visit its sentence dates only as 近日', () => {
    const d = draftSync(
      '慰问\n近日，县红十字会走进柳溪乡敬老院，为老人们送去100份慰问品。\n1月20日，县民政局工作人员来到红星村，为困难群众送去大米。',
      { draftedAt: '2026-12-06' },
    ).dataset;
    expect(d.bulletins[0]!.visits.map((v) => v.date)).toEqual([null, '2026-01-20']);
  });
  it('takes no year from since when (自2018年结对帮扶以来), and a day told right after 近日 in the same paragraph', () => {
    expect(
      firstVisit(
        '帮扶\n自2018年结对帮扶以来，县长张三每年春节都到红星村看望困难群众。1月20日，张三再次来到红星村。',
      ).date,
    ).toBe('2026-01-20');
    expect(
      firstVisit(
        '慰问\n近日，县长张三来到红星村走访慰问困难群众。1月20日上午，张三在红星村召开座谈会，送去大米20袋。',
      ).date,
    ).toBe('2026-01-20');
  });
  it('reads 昨午 as yesterday, from the dateline', () => {
    expect(firstVisit('探访\n2018-06-12\n民政局局长张明昨午到南区石湖邨探访长者。').date).toBe('2018-06-11');
  });
  it('takes no date and time from the links to other articles after the text', () => {
    const v = firstVisit(
      '县长调研春耕\n2月3日，县长王明来到红星村调研春耕生产，察看了育秧大棚和农资储备，要求抓好春耕备耕各项工作。\n相关阅读\n王明调研春耕生产\n2019-03-01 10:20:00\n上一篇\n下一篇\n分享到\n打印本页\n返回顶部',
    );
    expect(v.date).toBe('2026-02-03');
  });
  it('leaves a first line with a date at its end the title (社区服务中心开展重阳节慰问活动 2023-10-23)', () => {
    const text = '社区服务中心开展重阳节慰问活动 2023-10-23\n10月22日，社区工作人员来到红星村，送去月饼。';
    expect(layout(splitParagraphs(text)).title).toBe(0);
  });
  it('takes the title below a page’s trail of links, and its date before where it came from', () => {
    const text =
      '首页>资讯 > 快讯 >\n溪口镇徐书记带队巡查山塘水库 2022-06-21 10:42:16  来源:龙游县人民政府\n6月19日，镇党委书记徐建军来到灵山水库巡查。';
    const l = layout(splitParagraphs(text));
    expect(l.title).toBe(1);
    expect(l.dateline?.paragraph).toBe(1);
    expect(firstVisit(text).date).toBe('2022-06-19');
    expect(
      layout(splitParagraphs('当前位置：首页 > 新闻中心\n县长调研春耕\n2月3日，县长王明来到红星村。')).title,
    ).toBe(1);
    // (Under the trail, a newspaper's masthead; the title is the line below that.)
    expect(
      layout(
        splitParagraphs(
          '首页 > 新闻\n现代快报 2022-04-19 08:03 第A07版：苏州新闻\n县长调研春耕\n2月3日，县长王明来到红星村。',
        ),
      ).title,
    ).toBe(2);
    // (The trail is no part of the body: no place in it.)
    expect(
      layout(
        splitParagraphs('当前位置：首页> 新闻中心> 基层动态\n县长调研春耕\n2月3日，县长王明来到红星村。'),
      ).sections.flatMap((x) => x.body),
    ).toEqual([2]);
  });
  it('comes from a year the text writes elsewhere where it has no dateline, flagged', () => {
    const v = firstVisit(
      '走访全国人大代表\n2月24日，市人大常委会委员蒙德安到红星村走访全国人大代表。全国人大会议将于2025年3月5日开幕。',
    );
    expect(v.date).toBe('2025-02-24');
    expect(v.dateCertain).toBe(false);
    expect(v.dateNote?.zh).toContain('2025年');
  });
  it('takes the month of a day written without one from the date before it, or from the publication, flagged', () => {
    const d = draftSync(
      '发布时间：2024-01-30 09:00\n1月26日，县长王大明来到红星村，送去慰问金。\n27日上午，副县长李小红来到白石村，送去棉被。',
    ).dataset.bulletins[0]!.visits;
    expect(d.map((v) => v.date)).toEqual(['2024-01-26', '2024-01-27']);
    expect(d[1]!.dateCertain).toBe(false);
    expect(d[1]!.dateNote?.zh).toContain('1月26日');
    const only = firstVisit('发布时间：2024-02-08 09:00\n27日上午，县长王大明来到红星村，送去慰问金。');
    expect(only.date).toBe('2024-01-27');
    expect(only.dateNote?.zh).toContain('发布日期');
    // The note says it in English too, for the English page.
    expect(only.dateNote?.en).toBe(
      'The text says only “27日上午”, without a month; the month is taken as January, from the publication date (2024-02-08). Please check.',
    );
    // Never a day after the publication: "2月7日…27日" in a bulletin of 2月8日 stays unread.
    const after = draftSync(
      '发布时间：2020-02-08 14:07\n2月7日上午，县长王大明来到红星村。\n27日上午，副县长李小红来到白石村。',
    ).dataset.bulletins[0]!.visits;
    expect(after[1]!.date).toBeNull();
  });
  it('is the drafting year, flagged, where the text writes none at all', () => {
    const v = firstVisit('走访\n2月24日，市人大常委会委员蒙德安到红星村走访。');
    expect(v.date).toBe('2026-02-24');
    expect(v.dateNote?.zh).toContain('起草');
    // A day without its month takes the month of the date before it, then the year as any date without one.
    const day = firstVisit(
      '防汛\n7月10日夜间，全县普降暴雨。11日一早，县委书记赵振东到琉璃寺镇检查防汛工作。',
    );
    expect(day.date).toBe('2026-07-11');
    expect(day.dateCertain).toBe(false);
    expect(day.dateNote?.zh).toContain('7月10日');
    expect(day.dateNote?.zh).toContain('起草');
    expect(v.dateNote?.en).toBe(
      'Neither the text nor its publication details give a year; it is set to 2026, the year of drafting, for now. Please check.',
    );
    expect(day.dateNote?.en).toMatch(
      /^The text says only “11日”, without a month; the month is taken from “7月10日夜间” before it\. Neither/,
    );
  });
});

describe('findDates, a bare day after a group that went', () => {
  it('is a date right before the going ("省救灾工作组12日来到…"), not a count of days', () => {
    expect(findDates('省救灾工作组12日来到青山县白水村')[0]).toMatchObject({ month: null, day: 12 });
    expect(findDates('省救灾工作组连续12日坚守')).toEqual([]);
  });
});

describe('a line that gives only a time of publication', () => {
  it('is no section heading ("08-19 15:05"), where a short line of words is', () => {
    expect(isHeading('08-19 15:05')).toBe(false);
    expect(isHeading('2024/03/05 10:20')).toBe(false);
    expect(isHeading('县领导走访慰问困难群众')).toBe(true);
  });
});
