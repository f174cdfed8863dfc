/**
 * Ways the genre writes a visit, a lead and what was handed over, one sentence each (invented), with what a draft
 * must read from it. A new way of writing found in a real bulletin becomes a row here.
 */
import { describe, expect, it } from 'vitest';
import { draftSync } from './index';
import { normalise } from './normalise';
import { findSupplies } from './supplies';

const firstVisit = (sentence: string) => {
  const d = draftSync(`标题\n${sentence}`).dataset;
  const v = d.bulletins[0]!.visits[0];
  const name = (id?: string | null) => d.places.find((p) => p.id === id)?.name.zh;
  const lead = v?.participants.find((p) => p.role === 'lead');
  return {
    lead: d.people.find((p) => p.id === lead?.personId)?.name.zh ?? null,
    places: v ? [name(v.placeId), ...v.inspected.map((i) => name(i.placeId))] : [],
  };
};

describe('leads', () => {
  it.each([
    ['县人大常委会主任王大明一行来到红星村，送去口罩。', '王大明'],
    ['行政長官林鄭月娥今日到訪石硤尾邨，派發防疫包。', '林鄭月娥'],
    ['县长李明来到西湖村，区人大办主任王强一同前往。', '李明'],
    ['王大明主任带队来到红星村，送去口罩。', '王大明'],
    ['区民政局李明局长带队来到东风社区，送去口罩。', '李明'],
    ['县委副书记、县长张强，县委常委、常务副县长刘伟一行深入到红星村。', '张强'],
    ['市人大常委会党组书记、主任郭晓东率队深入红星村走访。', '郭晓东'],
    ['4月3日，省林业和草原局李文涛，县林业和草原局杨国华等一行到撒营盘镇督查。', '李文涛'],
    ['12月6日，慰问组来到红星村敬老院，送去羽绒服。一位老人握着慰问组组长罗永川的手说：“谢谢！”', '罗永川'],
    ['12月6日，慰问组来到红星村敬老院，送去羽绒服。这次慰问由县人大代表、村党总支书记覃国新带头。', '覃国新'],
    [
      '6月1日，海口市金盘希望学校校长邢丽娟说，市人大代表符海燕一早来到学校，把图书送到孩子们手中。',
      '符海燕',
    ],
    ['9月12日，红星村在村党群服务中心举办敬老活动，为老人送去月饼。活动由村党支部书记陈德明主持。', '陈德明'],
    ['县人大常委会副主任张伟带领县人大代表来到红星村。', '张伟'],
    ['7月22日，沂水縣人大常委會副主任(rèn)邵景祥帶領(lǐng)督導組到高莊鎮(zhèn)督導農村公路建設。', '邵景祥'],
    [
      '5月21日，区人大常委会副主任曾德明带领部分区人大代表，对全区农村饮用水安全工作开展专题调研。\n向阳乡乡长刘国栋介绍情况\n调研组先后实地察看了向阳乡西岭村委会上屋村、石塘村委会马鞍村的饮用水安全情况。',
      '曾德明',
    ],
    [
      '沙河镇在端午节期间开展了尊老敬老活动。参加本次活动的有沙河镇副镇长韩立新、民政办主任苏玉梅。工作人员走访了特困老人，送去粽子。',
      '韩立新',
    ],
    ['在县人大常委会副主任张伟带领下，代表们来到红星村。', '张伟'],
    ['副区长陈晓华同志到红星社区检查。', '陈晓华'],
    ['县长王刚同志一行来到红星村。', '王刚'],
    ['市委常委、宣传部部长孙丽来到红星村。', '孙丽'],
    ['镇党委书记、人大主席刘刚深入红星村。', '刘刚'],
    ['市人大代表、华康公司董事长闵德胜来到市第二医院。', '闵德胜'],
    ['区人大常委会主任李明，副主任王芳、张强等来到东风社区。', '李明'],
    ['春节前夕，县人大常委会主任张三走访慰问了红星村困难群众。', '张三'],
    ['张三主任一行首先来到红星村。', '张三'],
    // A day or 首站 between the name and the verb of going.
    ['1月20日，林美华乡长首站来到东山村，探望王奶奶。', '林美华'],
    ['县长陈美玲16日下午冒雨到白沙村勘查灾情。', '陈美玲'],
    ['陈美玲县长16日到白沙村勘查灾情。', '陈美玲'],
    // A name of two before a word whose first character could end a name of three (视察, 首先, 一线).
    ['3月2日，县长吴涛视察了安河镇石桥村。', '吴涛'],
    ['3月2日，县长吴涛首先来到安河镇石桥村。', '吴涛'],
    ['2月5日上午，县委书记吴军一线督导东湖镇马庄村疫情防控工作。', '吴军'],
    // (A festival drawing near is no plan: "春节即将来临".)
    ['春节即将来临，1月25日，市政协主席林秋生带队前往江北区，走访慰问困难职工。', '林秋生'],
    // A donor named in full with a courtesy title after the name.
    ['5月6日上午，江南商贸有限公司林志强先生来到明德实验学校，捐赠了2000个医用口罩。', '林志强'],
    ['区人大常委会副主任、区总工会主席赵敏带队到东风社区。', '赵敏'],
    ['区委书记周正、区长吴强等区领导分别到东风社区、红星村。', '周正'],
    ['县人大常委会主任谭建国带领机关干部到联系点红星村。', '谭建国'],
    // Who organised the outing, told before it; who took others along (偕同), told after it.
    [
      '4月19日下午，县政协副主席魏家良组织部分政协委员开展民主监督视察。委员们先后来到岗集镇金桥社区、双墩镇草莓产业园。',
      '魏家良',
    ],
    ['12月3日，志工来到红星社区，为独居长辈送上年菜。区长陈明德偕同各里里长到场探视长辈。', '陈明德'],
    // Someone titled who carries the goods into the homes, where the visit's sentence names nobody.
    [
      '10月17日上午，社区工作人员和义工们在福寿社区包水饺。随后，福寿社区党委书记郑丽娟和义工们端着水饺入户，把水饺送到老人手中。',
      '郑丽娟',
    ],
    // Who leads the outing on, named after the sentence that opened it named nobody (the first of a list).
    [
      '1月25日上午，街道离退休党支部在光明社区党群服务中心开展“写春联、送祝福”活动。活动结束后，街道党工委副书记赵慧敏带领社区工作人员，把写好的春联送到困难群众家中。',
      '赵慧敏',
    ],
    [
      '1月20日，区委编办在东关社区开展“新春送温暖”活动。当天上午，区委编办副主任郑晓燕、孙立强一行逐户走进困难群众家中。',
      '郑晓燕',
    ],
    ['由县人大常委会主任谭建国带队的慰问组来到红星村。', '谭建国'],
    ['县人大常委会主任谭建国在镇党委书记李华的陪同下来到红星村。', '谭建国'],
    ['日前，县人大常委会主任谭建国深入红星村。', '谭建国'],
    ['谭建国主任深入红星村调研。', '谭建国'],
    ['1月20日，县人大常委会主任冯小刚到红星村看望慰问困难群众。', '冯小刚'],
    ['县人大常委会副主任欧阳红一行冒雨来到红星村。', '欧阳红'],
    ['省人大常委会副主任、党组成员宋立新前往红星村调研。', '宋立新'],
    ['县人大常委会主任马超，带领部分县人大代表，来到红星村。', '马超'],
    ['乡人大主席团主席朱军深入到辖区红星村。', '朱军'],
    ['市人大常委会秘书长邓华到红星村开展走访。', '邓华'],
    ['县人大常委会主任覃明来到红星村，在村委会召开座谈会。', '覃明'],
    ['区人大常委会主任韦强走进红星社区。', '韦强'],
    ['县人大常委会党组成员、副主任黎明亮带队赴红星村。', '黎明亮'],
    ['市人大常委会常务副主任欧阳立实地察看了河湾镇塘口村。', '欧阳立'],
    ['1月16日上午，省退役军人事务厅党组书记、厅长韩振东在泗洪县看望慰问在乡老复员军人和烈属。', '韩振东'],
    ['9月7日，爱心女士林秀英来到区社会福利院和区光荣院，看望孤儿和老军人。', '林秀英'],
    ['5月31日上午，县委副书记和春林一行到石鼓乡岩口卡点看望工作人员。', '和春林'],
    ['1月21日上午，县人民法院三级高级法官邓凯文以县级领导身份来到杉木冲村。', '邓凯文'],
    ['县人民检察院党组书记、检察长吴刚来到红星村，送去慰问金。', '吴刚'],
    ['县图书馆馆长周立来到红星村，送去图书。', '周立'],
    ['2月6日，县人大常委会主任贾志宏，副主任郝春林、牛建英又一次分头来到所包联的郑庄镇。', '贾志宏'],
    ['在汉正街道长堤街社区，吴晓晖代表把提前分装好的绿豆和白糖一袋袋递给快递员和环卫工人。', '吴晓晖'],
    ['行政長官鄭家輝早上到石硤尾邨，探望獨居長者。', '鄭家輝'],
    ['1月20日，来到青石社区居民葛玉兰家中，人大代表郑秋琴拉着老人的手询问身体情况。', '郑秋琴'],
    // A bare name before 一行 or a verb of going; a title after the name in 在…的带领下; a name before 同志, 偕同 or a day.
    ['9月12日，唐建军一行首先来到梦溪镇，参观了村部。', '唐建军'],
    [
      '5月6日，省人大常委会调研组前往东湖县开展调研，省人大常委会副主任钱进率队，市人大常委会主任周平陪同。',
      '钱进',
    ],
    ['3月5日，邵景川来到石门村，看望困难群众。', '邵景川'],
    ['近日，区民政局在邵景川局长的带领下，先后走访了新桥村、河口村等地。', '邵景川'],
    ['12月29日上午，和平路社区副书记苏晴同志带领社区干部来到困难群众家中，送去棉被。', '苏晴'],
    ['2月5日，市长陈立偕同社会课长王晓明前往西湖社区，致赠春节礼金。', '陈立'],
    // (Not the one whose party escorts: "在唐建军一行的陪同下"; a name before what he carries: "何丽提着".)
    ['3月5日，在唐建军一行的陪同下，市长林海来到红星镇红星村调研。', '林海'],
    ['12月30日，红星社区网格员何丽提着两床新棉被，来到残疾人吴德山家中。', '何丽'],
    ['春节将至，市长林海今(3)日专程前往石门村探访高爷爷。', '林海'],
    ['春节即将到来，市长张大同前往北安区探望独居长辈，送上年节礼盒。', '张大同'],
    // (Words of plan that describe, or that one acts by, are no plan: "精心准备的", "按照工作安排".)
    ['1月20日，县长王强带着为老人们准备的月饼来到红星村。', '王强'],
    ['1月20日，县长王强带着可以御寒的棉被来到红星村。', '王强'],
    ['1月20日，县长王强按照工作安排来到红星村。', '王强'],
    ['中秋即將到來，市長張大同前往北安區探望獨居長輩，送上月餅。', '張大同'],
    // Who led others to a check told with no place; the next paragraph names the check's stops (此次检查…).
    [
      '1月22日，李海波部长带领镇综合执法队深入企业一线开展安全生产检查。\n此次检查实地走访了海丰养殖场、恒泰育苗中心等2家企业。',
      '李海波',
    ],
    // What the visitors carry, told before the comma of going into a home.
    ['12月30日，东风社区残疾人专干刘晓红和网格员何丽提着两床新棉被，来到残疾人吴德山家中。', '刘晓红'],
    ['10月18日，青塘镇开展走访慰问，镇党委书记卓海明、镇长邱文博走访慰问老党员。', '卓海明'],
    ['在支部主委严立新的带领下，盟员们带着精心准备的节日礼物，来到振兴街道和平社区。', '严立新'],
    ['东山街道政协工委联合区政协委员李立强走访慰问了5户困难群众。', '李立强'],
    ['慰问组首先来到城南街道清河社区。该局党组书记、局长高振宇拉着老人们的手，询问身体情况。', '高振宇'],
    ['1月5日，慰问组来到红星村敬老院，看望老人。县民政局局长高振宇把慰问金递到老人手里。', '高振宇'],
    [
      '2月16日，李渡镇关怀组给全镇返乡人员送去600个口罩。县关怀组副组长熊文斌和镇关怀组组长邹晓岚带着志愿者，把大礼包逐户送到87户返乡家庭门口。',
      '熊文斌',
    ],
    ['1月5日，帮扶单位来到龙井村。推广中心李中平主任带着工作人员把慰问品一一送到群众手中。', '李中平'],
    ['8月22日，市人大常委会副主任许慧芳、市人大教科文卫工委主任陈立群来白兔镇调研。', '许慧芳'],
    [
      '21日，县领导陈丽萍、黄建新带领县总工会慰问组，开展夏季送清凉活动。慰问组首先来到县交警大队城区中队，送去防暑降温用品。',
      '陈丽萍',
    ],
    [
      '县水利局局长邱建华带领技术人员深入现场排查隐患。在城南镇柳塘村白沙塘坝，检查组仔细查看了坝体。',
      '邱建华',
    ],
    [
      '6月19日晚，市长邹建明在副市长严国华的陪同下，不发通知、不打招呼，带队直奔兴桥镇检查防汛值守。',
      '邹建明',
    ],
    ['2月7日，商会向县中医医院捐赠了8000只口罩。一路押车过来的商会会长黄建勋总算松了口气。', '黄建勋'],
    ['2月12日，商会捐赠的物资运抵县防控指挥部。商会会长付长海带着两名会员随车把物资送回家乡。', '付长海'],
    [
      '6月8日，社区联合农商银行开展端午慰问活动，来到红星社区。随后，银行行长刘佳琪为保洁员们发放了带来的礼品。',
      '刘佳琪',
    ],
    ['冯长顺，一名个体经营户。1月28日，他第一时间把店里的800只口罩送到了枣林镇疫情防控指挥部。', '冯长顺'],
    ['赵慧敏，一家乡镇超市的负责人。2月5日，她亲自跟车，把3000斤消毒液送到了刘府镇。', '赵慧敏'],
    // (A name before 开展 or 一边, and a visit told by 拜访 or 访视.)
    ['3月5日，县政协主席孙丽开展节前走访慰问活动，来到石桥村看望困难群众，送上慰问金。', '孙丽'],
    ['3月5日，在青山镇敬老院，县政协主席赵平一边把3000元慰问金交给院长，一边询问老人们的生活。', '赵平'],
    ['重阳节前夕，乡长林正德拜访东兴村百岁老人，送上敬老金2万元。', '林正德'],
    ['10月20日，议员刘建华来到东港区访视百岁老人王李春。', '刘建华'],
    // (A body's head on its own round who speaks; a head of the firm, hospital or station that went, who speaks.)
    [
      '1月20日，莲池社区组织志愿者走访辖区困难老人，为他们送去米面油。莲池社区党委书记彭建华表示，将持续关爱辖区老人。',
      '彭建华',
    ],
    ['1月20日，红星集团员工来到城关镇敬老院，为老人送去米面油。董事长李军表示，企业将继续回馈社会。', '李军'],
    ['1月20日，县中医院组织医护人员来到县敬老院，为老人义诊。医院院长张明表示，医院将定期上门服务。', '张明'],
    ['1月20日，县救助管理站工作人员来到城南火车站，看望流浪人员。站长李军表示，将做好救助工作。', '李军'],
    ['3月5日，县委书记王强抽查了红光化工有限公司。', '王强'],
    // (The head of the body that went, named among those who took part; not a deputy listed first.)
    [
      '2月3日，县总工会来到城南环卫所，为职工送去新春礼包。县委常委、县总工会主席孙立平参加慰问活动。',
      '孙立平',
    ],
    [
      '1月20日，县总工会来到红星村走访慰问困难职工。县总工会副主席李四、县总工会主席孙立平参加慰问活动。',
      '孙立平',
    ],
    // (The head of a body that went, who speaks: not the head of the place visited.)
    ['1月20日，驻村工作队来到红星村，送去大米。驻村工作队队长何明表示，将全力做好帮扶工作。', '何明'],
    ['1月20日，镇卫生院医护人员来到光明敬老院，为老人体检。镇卫生院院长张明表示，将定期上门服务。', '张明'],
    ['1月20日，东风村村民来到镇敬老院，送去鸡蛋。东风村党支部书记王强表示，要常来看看。', '王强'],
    // (One of the visiting body who speaks, and one of a place's own round who hands the goods over.)
    [
      '1月20日，县民政局来到红星村，为困难群众送去大米。县民政局局长王大海表示，将把温暖传递到每一户。',
      '王大海',
    ],
    [
      '2月8日，莲池社区工作人员为居家隔离居民送去元宵。莲池社区党总支书记彭建华把元宵递到居民手中。',
      '彭建华',
    ],
    ['1月20日，县民政局来到红星村，为困难群众送去大米。该局局长王大海表示，将把温暖传递到每一户。', '王大海'],
    // The first of those the text lists, before the visit, as taking part in the activity, where nobody leads it.
    [
      '1月26日，区妇联开展春节走访慰问活动。区委副书记钱立华参加活动。慰问组先后来到东兴社区、新华社区。',
      '钱立华',
    ],
    [
      '10月24日，红星镇人大组织代表开展视察。镇人大主席孙丽娟、副主席韩国平，部分镇人大代表参加视察。代表们首先来到红星村。',
      '孙丽娟',
    ],
    [
      '1月20日，县总工会组织开展送温暖活动，县委副书记王建国、副县长赵丽参加活动。慰问组来到东风村，送去米面油。',
      '王建国',
    ],
    ['在春节到来之际，县委副书记王建国参加活动。慰问组来到东风村，为困难群众送去米面油。', '王建国'],
    // (Not where a lead was announced before them, or is named on the visit, or in the bulletin's title.)
    [
      '4月7日，市人大常委会主任严振国带队开展专题视察。市人大常委会副主任柯丽华参加。视察组先后到市实验中学。',
      '严振国',
    ],
    [
      '1月20日，副县长王建国参加活动。慰问组来到东风村，为困难群众送去米面油。在东风村，县长王明与困难群众亲切交谈。',
      '王明',
    ],
    [
      '1月20日，县委副书记钱立华参加活动。县民政局来到红星村，为困难群众送去大米。该局局长王大海表示，将把温暖传递到每一户。',
      '王大海',
    ],
  ])('%s: %s', (sentence, lead) => {
    expect(firstVisit(sentence).lead).toBe(lead);
  });
});

describe('those who went along, told between the lead and the visit', () => {
  it('joins them to the visit told next (…参加慰问活动。…首站来到…; …陪同调研。调研组先后赴…)', () => {
    const roles = (t: string) => {
      const d = draftSync(`标题\n${t}`).dataset;
      return d.bulletins[0]!.visits[0]!.participants.flatMap((x) =>
        x.personId ? [[d.people.find((p) => p.id === x.personId)!.name.zh, x.role]] : [],
      );
    };
    expect(
      roles(
        '2月8日下午，区委书记程亮带队开展集中走访慰问。区领导曾海林、李江华参加慰问活动。慰问活动首站来到西苑公园。',
      ),
    ).toEqual([
      ['程亮', 'lead'],
      ['曾海林', 'accompanying'],
      ['李江华', 'accompanying'],
    ]);
    // (Not one who did not go, went elsewhere, or was the one visited.)
    expect(
      roles(
        '2月8日，区委书记程亮带队开展集中走访慰问。区委副书记曾海林因参加全市会议未能参加。慰问活动首站来到西苑社区。',
      ),
    ).toEqual([['程亮', 'lead']]);
    expect(
      roles(
        '2月8日，区委书记程亮带队开展集中走访慰问。原区人大常委会副主任王德顺参加过抗美援朝战争。慰问组首站来到红星村，看望了王德顺。',
      ),
    ).toEqual([['程亮', 'lead']]);
    expect(
      roles(
        '2月8日，区委书记程亮带队开展集中走访慰问。区慈善总会会长王大海参加捐赠仪式。慰问组首站来到西苑社区。',
      ),
    ).toEqual([['程亮', 'lead']]);
    expect(
      roles(
        '9月10日，省农科院主任何立一行来县调研。县委常委、副县长姚明，县政协副主席周云陪同调研。调研组先后赴东坡乡、石桥镇。',
      ),
    ).toEqual([
      ['何立', 'lead'],
      ['姚明', 'accompanying'],
      ['周云', 'accompanying'],
    ]);
  });
});

describe('no lead from those who took part where someone named before them led the activity', () => {
  it('leaves 县委书记李明开展… to its lead, not to one who only took part (王建国参加活动)', () => {
    expect(
      firstVisit('县委书记李明开展春节走访慰问活动。县委副书记王建国参加活动。慰问组来到东风村，送去米面油。')
        .lead,
    ).not.toBe('王建国');
  });
});

describe('no lead where the text names none', () => {
  // A host who receives the visitors, someone who leads a habit or a round of the year, who organised something else,
  // is not the lead of a visit whose sentence names nobody.
  it.each([
    '1月20日，慰问组来到东风村，为困难群众送去米面油。东风村党支部书记张建军带领村两委干部全程陪同。',
    '1月20日，慰问组来到东风村，为困难群众送去米面油。近年来，在村党支部书记张建军的带领下，东风村由贫困村变成了示范村。',
    '1月20日，慰问组来到东风村，为困难群众送去米面油。据悉，今年以来，县民政局局长李建华带领工作人员走访困难家庭200余户。',
    '为做好春节期间困难群众帮扶工作，县委副书记李建华组织相关部门开展排查。1月20日，工作人员来到东风村，看望慰问困难群众，送去米面油。',
    '1月20日，慰问组来到东风村，为困难群众送去米面油。村党支部书记张建军偕同村两委成员到村口迎接。',
    '1月20日，慰问组来到东风村，为困难群众送去米面油。村党支部书记张建军偕同村两委成员早早来到村口等候。',
    '1月18日，镇长刘德明组织开展安全生产大检查。1月20日，慰问组来到红旗村，为困难党员送去慰问金。',
    '春节前夕，县委书记王建国组织召开专题会议部署开展走访慰问工作。1月20日，慰问组来到东风村，为困难群众送去米面油。',
    '1月10日，县政协副主席陈国平组织部分政协委员开展民生实事视察。\n1月20日，慰问组来到东风村，为困难群众送去米面油。',
    '1月20日，慰问组来到红旗村，为困难党员送去慰问金。1月22日，镇党委书记孙立明组织镇村干部开展走访慰问。',
    '1月20日，慰问组走进东风村，为困难群众送去米面油。村党支部书记张建军带领慰问组来到五保户王大爷家中。',
    '1月20日，慰问组来到县福利院，为老人送去米面油。福利院院长陈芳带领慰问组走进老人房间。',
    // (One of the institution visited, who speaks for it: "医院后勤科科长方志远表示".)
    '2月3日，云河乳业有限公司向县人民医院捐赠了300箱牛奶，医院后勤科科长方志远表示感谢。',
    // (A head of the place visited who only speaks, by a title of its kind: "村党支部书记…表示", "该校校长…表示".)
    '1月20日，县民政局工作人员来到红星村，为困难群众送去大米。村党支部书记王大海表示，将把温暖传递到每一户。',
    '9月10日，区教育局一行来到实验小学，看望慰问一线教师。该校校长刘芳表示，感谢上级的关心。',
    '1月15日，慰问组来到光明敬老院，送去米面油。院长陈刚表示感谢。',
    // (One who thanks the visitors or promises to mend what they found received them, whoever went.)
    '1月20日，县人民医院组织医护人员来到红星镇卫生院开展义诊活动。院长王五表示，感谢县人民医院的支持。',
    '1月20日，县应急管理局联合县供电公司来到红星化工有限公司开展安全检查。董事长王五表示，将立即整改到位。',
    '1月20日，县民政局工作人员在红星村干部陪同下走访慰问红星村困难群众。红星村党支部书记王五表示，感谢县民政局的关心。',
    '7月5日，县总工会来到城东建筑工地，送去清凉物资。项目经理周强表示，一定做好防暑工作。',
    '1月20日，工作人员来到东风村，为困难群众送去米面油。1月22日，县委书记王建国带领县直部门负责人看望慰问了老干部。',
    '1月20日，慰问组来到东风村，为困难群众送去米面油。受助学生代表王小明一行来到县妇联送上锦旗。',
    // (Not a surname and a title, nor a word that starts with a surname: "韩主席一行", "陆续走进".)
    '3月8日，韩主席首先来到瑞丰公司包装车间，看望慰问单亲女职工。',
    '3月8日，工会干部们陆续走进红星村，看望慰问困难职工。',
    '3月5日，文艺队一行来到红星镇红星村开展文艺演出。',
    '3月5日，高温下来到绿水村察看抗旱情况的群众不少。',
    // (Not one who took part in a meeting, a ceremony, another activity or a war, on another day or half-day, nor
    // one visited, a volunteer or a donor, nor where a lead is named by title alone.)
    '1月20日，县委书记王建国参加会议并讲话。慰问组来到东风村，为困难群众送去米面油。',
    '1月20日，副县长钱立华参加启动仪式。慰问组来到东风村，为困难群众送去米面油。',
    '1月20日，县委副书记王建国参加了座谈会。慰问组来到东风村，为困难群众送去米面油。',
    '1月20日，县委副书记王建国参加“情暖寒冬”活动启动仪式。慰问组来到东风村，为困难群众送去米面油。',
    '1月20日上午，县委副书记王建国参加了文艺汇演活动。下午，慰问组来到东风村，为困难群众送去米面油。',
    '1月20日，县委副书记王建国参加县委常委会（扩大）会议。\n1月21日，慰问组来到东风村，为困难群众送去米面油。',
    '退役军人、原县武装部部长刘大山参加过对越自卫反击战。1月20日，慰问组来到东风村，看望慰问刘大山。',
    '1月20日，志愿者代表李红梅参加活动。慰问组来到东风村，为困难群众送去米面油。',
    '1月20日，华兴公司董事长陈志强参加活动。慰问组来到东风村，为困难群众送去米面油。',
    '县委书记带队开展春节走访慰问活动。县委副书记王建国参加活动。慰问组来到东风村，送去米面油。',
    '1月20日，县委副书记王建国随同参加。慰问组来到东风村，为困难群众送去米面油。',
  ])('%s', (text) => {
    expect(firstVisit(text).lead).toBeNull();
  });
});

describe('a body that went, where nobody is named', () => {
  it.each([
    ['近日，县红十字会走进柳溪乡敬老院，为老人们送去100份慰问品。', '县红十字会'],
    ['5月1日，县总工会来到城北环卫所，送去清凉饮品。', '县总工会'],
    ['3月12日，南河乡乡民代表会前往东兴村听取意见。', '南河乡乡民代表会'],
    ['2月8日，区政协机关干部来到青石社区，送去口罩。', '区政协机关'],
    // (Never two bodies joined, a body named through another, or people for a body.)
    ['5月1日，县总工会和县妇联来到城北环卫所，送去清凉饮品。', null],
    ['5月1日，爱心人士通过县慈善会来到红星村，送去大米。', null],
    ['5月1日，干部来到红星村，送去大米。', null],
  ])('%s: %s', (sentence, body) => {
    const d = draftSync(`标题\n${sentence}`).dataset;
    const went = d.bulletins[0]!.visits[0]!.participants.map((p) => [
      d.organizations.find((o) => o.id === p.organizationId)?.name.zh,
      p.role,
    ]);
    if (body === null) expect(went.filter(([name]) => name !== undefined)).toEqual([]);
    else expect(went).toEqual([[body, 'delegation']]);
  });
});

describe('who went, on a visit found only as an activity', () => {
  it('reads the role the text gives by the role rules (由区长…偕同…前往: the lead), not "went along"', () => {
    const d = draftSync(
      '大安区公所启动低温关怀行动\n12月18日，区公所为确保独居长者在寒冬中获得关怀，启动“低温关怀行动”，由区长许宏绮偕同里长及区公所同仁，前往区内独居长者家中进行访视，发放暖暖包、毛帽及棉被等御寒物资。',
    ).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    const roles = v.participants.map((p) => [d.people.find((x) => x.id === p.personId)?.name.zh, p.role]);
    expect(roles).toEqual([['许宏绮', 'lead']]);
  });
});

describe('a Taiwanese round of neighbourhoods (里)', () => {
  it('reads 里 as a place in a text that speaks of 里長 or 公所, the list after it too, and 和里長 as no one', () => {
    expect(
      firstVisit(
        '太平區許貴芳區長於今日偕同中興里林阿爐里長及志工們前往福利里、東光里訪視獨居長輩，致贈棉被。區公所表示將持續關懷。',
      ),
    ).toEqual({ lead: '許貴芳', places: ['福利里', '福利里', '東光里'] });
    // (Not in a text that speaks of no 里 as a division: 山沟里 is "in the gully".)
    expect(firstVisit('县长李明前往山沟里的红星村走访。').places[0]).toBe('红星村');
  });
  it('keeps a visit to households told with 家中拜訪, at the district named, led by the head named by title', () => {
    expect(
      firstVisit(
        '台中市大里區鄭正忠區長號召善心人士集資。\n鄭區長正忠特別於1月26日，率大里區公所志工隊、里長一同至區里獨居長者家中拜訪。',
      ),
    ).toEqual({ lead: '鄭正忠', places: ['大里區'] });
  });
  it('keeps a visit to a home where the text names no place at all, at that home, with its lead', () => {
    expect(firstVisit('縣長周文德今日到人瑞家中送上禮金。')).toEqual({
      lead: '周文德',
      places: ['人瑞家中'],
    });
    // (A place named in the section comes first: the home is only where nothing else is named.)
    expect(
      firstVisit(
        '2月4日下午，青云路社区开展了元宵节主题党日活动。\n社区工作人员一行来到老党员家中，送上汤圆。',
      ).places,
    ).toEqual(['青云路社区']);
  });
  it('reads who went to a home as in any visit sentence (陪同, 委托, two leaders)', () => {
    const roles = (t: string) => {
      const d = draftSync(`标题\n${t}`).dataset;
      return d.bulletins[0]!.visits[0]!.participants.map((p) => [
        d.people.find((x) => x.id === p.personId)?.name.zh,
        p.role,
      ]);
    };
    expect(roles('縣長周文德今日到人瑞家中送上禮金，里長陳明陪同。')).toEqual([
      ['周文德', 'lead'],
      ['陳明', 'accompanying'],
    ]);
    expect(roles('县长李强在县委书记王明的陪同下到老党员家中送上慰问金。')).toEqual([
      ['李强', 'lead'],
      ['王明', 'accompanying'],
    ]);
    expect(roles('县委书记王明委托县民政局局长李强到老党员家中看望慰问，送上慰问金。')).toEqual([
      ['王明', 'entrusted-by'],
      ['李强', 'lead'],
    ]);
  });
  it('reads a district gone to for 关心 or 勘灾, and a visit after a meeting that ended (主持完…會議後，前往…)', () => {
    expect(firstVisit('副市長周文彬昨日前往北門區關心災民。')).toEqual({
      lead: '周文彬',
      places: ['北門區', '北門區'],
    });
    expect(firstVisit('縣長林大同主持完防災會議後，前往新港鄉巡視溪口排水。').places[0]).toBe('新港鄉');
  });
  it('reads a district visited, then who was visited there (探訪北區弱勢家庭), and one that a later clause’s 参加了活动 leaves a visit', () => {
    expect(firstVisit('議員何志強日前探訪北區弱勢家庭，送上米和油。')).toEqual({
      lead: '何志強',
      places: ['北區', '北區'],
    });
    expect(
      firstVisit('1月9日下午，市慈善会来到东城区，为环卫工人送去手套，副会长孙丽、周红、李静参加了活动。')
        .places[0],
    ).toBe('东城区');
  });
  it.each([
    // (A probe of the later rules: each of these was read right before them, and is again.)
    [
      '3月5日，县长李强来到石桥乡亲切看望慰问困难群众，送上大米。',
      { lead: '李强', places: ['石桥乡', '石桥乡'] },
    ],
    [
      '鄭區長正忠在里長的陪同下前往福利里探望人瑞，送上壽禮。',
      { lead: '鄭正忠', places: ['福利里', '福利里'] },
    ],
    ['县长李强到老党员家中送上慰问金，叮嘱村干部要经常上门看望。', { lead: '李强', places: ['老党员家中'] }],
    [
      '1月20日上午，市领导分别深入芙蓉区、天心区、岳麓区看望慰问困难群众，送去慰问金和米面油。',
      { lead: null, places: ['芙蓉区', '芙蓉区', '天心区', '岳麓区'] },
    ],
    [
      '鄭區長一平今日前往大溪里訪視獨居長者，里長陳明陪同。',
      { lead: '鄭一平', places: ['大溪里', '大溪里'] },
    ],
  ])('reads %s', (sentence, visit) => {
    expect(firstVisit(sentence)).toEqual(visit);
  });
  it('keeps a head’s round of the villages or ponds of their own place, at that place (清河乡乡长…深入到各村、各山塘察看)', () => {
    expect(firstVisit('5月6日,清河乡乡长赵明远深入到各村、各山塘察看防汛准备情况。')).toEqual({
      lead: '赵明远',
      places: ['清河乡'],
    });
  });
  it.each([
    // (赖 is a surname; 探望 starts no place's name.)
    ['2月28日下午，镇委委员赖明率队来到新联村慰问隔离人员。', { lead: '赖明', places: ['新联村', '新联村'] }],
    // (A home told again by its kind is no second stop.)
    [
      '3月6日，市人大代表走进柳河养护院看望老人。在养护院，大家查看了老人的住宿环境，并送上慰问品。',
      { lead: null, places: ['柳河养护院', '柳河养护院'] },
    ],
    [
      '2月28日下午，镇委委员陈丽华率队，前往探望柳塘镇部分隔离人员。',
      { lead: '陈丽华', places: ['柳塘镇', '柳塘镇'] },
    ],
  ])('reads %s', (sentence, visit) => {
    expect(firstVisit(sentence)).toEqual(visit);
  });
  it.each([
    // (A probe of the last rules of the ninth session: each was read right before them, and is again.)
    ['会议结束后，县长王明来到红星村，看望慰问困难群众。', { lead: '王明', places: ['红星村', '红星村'] }],
    [
      '香港民建联议员陈美玲昨日走进深水埗，探望独居长者，送上米和油。',
      { lead: '陈美玲', places: ['深水埗', '深水埗'] },
    ],
    [
      '在港石桥乡亲自发组织慰问团，来到红星村，为老人送去大米。',
      { lead: null, places: ['红星村', '红星村'] },
    ],
    [
      '慰问组成员张华、李明在县长王明的带领下来到红星村，看望困难群众。',
      { lead: '王明', places: ['红星村', '红星村'] },
    ],
    ['市长王明慰问贫困地区群众，送去米面油。', { lead: null, places: [] }],
    ['市长王明来到东城区，在东城区人民政府三楼会议室召开全区防汛工作专题会议。', { lead: null, places: [] }],
    ['谈到帮扶干部，红星村张大爷说，他们经常上门看望，送来米面油。', { lead: null, places: [] }],
    ['王市长先前往红星村看望困难群众。', { lead: null, places: ['红星村', '红星村'] }],
  ])('reads %s', (sentence, visit) => {
    expect(firstVisit(sentence)).toEqual(visit);
  });
  it('makes no one met before the going a companion, and nothing made ready on demand a supply', () => {
    const d = draftSync(
      '标题\n县长王明与市长李国强进行视频连线后，来到红星村看望困难群众。县长王明来到红星村，要求村干部提前备妥棉被、大米等救灾物资。',
    ).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    expect(v.participants.map((p) => d.people.find((x) => x.id === p.personId)?.name.zh)).toEqual(['王明']);
    expect(v.supplies).toEqual([]);
  });
  it('keeps one outing across a photo caption that says who posed (县领导与官兵合影)', () => {
    const d = draftSync(
      '标题\n7月29日上午，县委书记周海林带队看望慰问了县人武部、消防大队和武警中队的官兵。\n县领导与官兵合影\n在县消防大队，周海林一行详细了解了消防装备情况。',
    ).dataset;
    expect(d.bulletins[0]!.visits).toHaveLength(1);
  });
  it('dates a visit told 次日 the day after the date before, and says so', () => {
    const d = draftSync(
      '标题\n2026年6月3日，县长李明来到红星村。次日，李明又来到白沙村看望困难群众。',
    ).dataset;
    const [first, second] = d.bulletins[0]!.visits;
    expect([first!.date, second!.date]).toEqual(['2026-06-03', '2026-06-04']);
    expect(second!.dateCertain).toBe(false);
    expect(second!.dateNote?.zh).toContain('“2026年6月3日”的后一天');
    const activity = draftSync(
      '标题\n6月3日，红枫街道志愿者包好了粽子。次日，街道工作人员将粽子送到辖区20户老人家中。',
    ).dataset.bulletins[0]!.visits[0]!;
    expect(activity.date?.slice(5)).toBe('06-04');
  });
  it('takes the month of a day told alone from the wire’s dateline that opens the paragraph, and says so', () => {
    const v = draftSync('标题\n本报5月20日讯 区长王明19日带队前往东湖社区巡视防汛工作。').dataset
      .bulletins[0]!.visits[0]!;
    expect(v.date?.slice(5)).toBe('05-19');
    expect(v.dateCertain).toBe(false);
    expect(v.dateNote?.zh).toContain('电头');
    // (Not where the paragraph names another month before the day.)
    const other = draftSync('标题\n本报7月5日讯 6月，县长王强3日带队前往东风村看望困难群众。').dataset
      .bulletins[0]!.visits[0]!;
    expect(other.date?.slice(5, 7)).not.toBe('07');
    // (But a month of a span in a sentence before is no such month.)
    const span = draftSync(
      '标题\n本报7月5日讯 6月下旬以来，我县遭遇连续强降雨。县长王强3日带队前往柳树村查看灾情。',
    ).dataset.bulletins[0]!.visits[0]!;
    expect(span.date?.slice(5)).toBe('07-03');
  });
  it('dates a visit by its own day, not by the day of a meeting whose word it carries out', () => {
    const date = (t: string) => draftSync(`标题\n2026年3月10日\n${t}`).dataset.bulletins[0]!.visits[0]!.date;
    expect(date('为落实3月5日全市防汛工作会议精神，3月9日，副市长陈立新到东河区红星社区检查防汛工作。')).toBe(
      '2026-03-09',
    );
    // (Not where the meeting is on the visit's day, or 会议 is in a place's name.)
    expect(
      date('3月9日上午全县防汛工作会议结束后，县长王明立即带队来到红星水库，要求3月15日前完成除险加固任务。'),
    ).toBe('2026-03-09');
    expect(date('县长王明3月9日来到县会议中心，看望了3月8日入住的援助医疗队队员。')).toBe('2026-03-09');
    expect(date('为落实3月5日全市防汛工作会议精神，3月9日上午县长李明来到城关镇红星村检查防汛工作。')).toBe(
      '2026-03-09',
    );
    // (Nor a deadline after it.)
    expect(
      date(
        '为落实3月5日全县防汛工作会议精神，县长王强来到东风村检查防汛工作，要求各村于3月15日前完成隐患排查。',
      ),
    ).not.toBe('2026-03-15');
  });
  it('takes the time of day that opens a later sentence, not the one told with the date', () => {
    const v = draftSync(
      '标题\n3月4日，上午，县委书记李明主持召开县委常委会会议。下午，李明来到城关镇敬老院看望老人。',
    ).dataset.bulletins[0]!.visits[0]!;
    expect(v.timeOfDay).toBe('afternoon');
  });
  it('makes no visit of a plan made for after a meeting, and dates a period by its start', () => {
    expect(
      draftSync('标题\n3月5日，县长李强计划在全县工作会议后前往红星村调研。').dataset.bulletins[0]!.visits,
    ).toEqual([]);
    const d = draftSync(
      '标题\n2026年1月20日（星期一）起，县长李明带队到红星村开展为期三天的慰问活动，1月22日结束。',
    ).dataset;
    expect(d.bulletins[0]!.visits[0]!.date).toBe('2026-01-20');
  });
  it('makes no visit of what is done as a habit or told as remembered', () => {
    const visits = (t: string) => draftSync(`标题\n${t}`).dataset.bulletins[0]!.visits.length;
    expect(visits('3月5日，红星村老人李大爷说，村干部经常到他家里看望，送来米面。')).toBe(0);
    expect(visits('3月5日，老人回忆说，1998年县长王明曾到老党员家中看望慰问，送上慰问金。')).toBe(0);
  });
  it('reads no neighbourhood (里) in 大棚里 where 里长 is 村里长大, and keeps a place before 安排下一步', () => {
    expect(
      firstVisit('县委书记王明在大棚里查看蔬菜长势，随后来到红星村看望慰问困难群众。他在村里长大。')
        .places[0],
    ).toBe('红星村');
    expect(firstVisit('县委书记王明在红星村察看防汛工作并安排下一步防汛任务。')).toEqual({
      lead: '王明',
      places: ['红星村', '红星村'],
    });
  });
  it('makes no one named after 偕同 the lead of such a visit', () => {
    expect(
      firstVisit(
        '大雅區長和里長慰問獨居長輩。\n大雅區吳振宏區長於今日歲末迎新之際，偕同秀山里張文雄里長、橫山里林阿桃里長，以及社會課、民政課同仁和愛鄰守護隊志工們，前往轄內獨居長輩住處訪視，致贈棉被。',
      ).lead,
    ).toBe('吳振宏');
  });
});

describe('Hong Kong’s districts and areas, named without 区', () => {
  it('are places gone to in a text of Hong Kong (到深水埗探訪, 到屯門為…送去, 居於堅尼地城)', () => {
    expect(firstVisit('區議員陳志強到深水埗探訪長者，送上福袋。')).toEqual({
      lead: '陳志強',
      places: ['深水埗', '深水埗'],
    });
    expect(firstVisit('香港順德同鄉會會長陳志強帶隊到屯門為在港順德鄉親送去防疫福袋。').places[0]).toBe(
      '屯門',
    );
    expect(
      firstVisit(
        '財政司司長梁家豪今日在灣仔民政事務專員何家偉陪同下，探訪居於堅尼地城的長者家庭，並送贈賀年福袋。',
      ),
    ).toEqual({ lead: '梁家豪', places: ['堅尼地城', '堅尼地城'] });
  });
  it('make no visit of a round’s districts gone to severally, told before each one’s visit', () => {
    const d = draftSync(
      '官員落區送暖\n四名官員分別到訪觀塘、沙田、荃灣及北區，探訪長者，送上賀年福袋。\n勞工及福利局局長孫嘉明在觀塘民政事務專員梁志偉陪同下，探訪了秀茂坪邨的獨居長者。\n律政司副司長鄭家明則探訪了沙田水泉澳邨的長者。',
    ).dataset;
    const names = d.bulletins[0]!.visits.map((v) => d.places.find((p) => p.id === v.placeId)?.name.zh);
    expect(names).toEqual(['秀茂坪邨', '沙田水泉澳邨']);
  });
  it('read a list after 包括 (走訪多區包括灣仔區…), and no township in 鄉親', () => {
    expect(firstVisit('官員今日走訪多區包括灣仔區和北區，探訪不同家庭，送上賀年福袋。').places[0]).toBe(
      '灣仔區',
    );
  });
});

describe('places visited', () => {
  it.each([
    ['县人大常委会主任王大明看望慰问了红星村的困难群众，送去慰问金。', '红星村'],
    ['县人大常委会主任王大明深入红星村，走访慰问困难群众。', '红星村'],
    ['县人大常委会主任王大明到红星村开展走访慰问活动。', '红星村'],
    ['县人大常委会主任王大明一行走进红星社区，看望一线工作人员。', '红星社区'],
    ['县人大常委会主任王大明来到城关镇敬老院，看望慰问老人。', '城关镇敬老院'],
    ['镇人大主席王刚带领代表们，对罗河、石桥、双河等近十个村的汛前准备逐一进行督查。', '石桥村'],
    ['代表们先后来到红星、东风、新华等3个社区。', '新华社区'],
    // (A village whose cadres call at homes: "分头上门，看望…"; not a habit: "据了解，…上门看望…早已成了日常".)
    ['据了解，新华社区网格员上门看望空巢老人，早已成了日常的一部分。', '?'],
    // (准备 as a noun is no plan; a meeting's 各项部署 is why, not a meeting.)
    [
      '汛期将至，为检验镇防汛工作会议各项部署是否落地，近日，罗河镇人大组织人大代表对东风、石桥、双河等近十个村的汛前准备逐一进行督查。',
      '东风村',
    ],
    // (A check team, 检查小组, is a group that goes.)
    [
      '5月8日，龙门镇政府相关负责人一行对全镇境内的水库进行了安全大检查。检查小组对石牛塘水库、青山水库等水库进行了全面检查。',
      '石牛塘水库',
    ],
    // (Police officers, as volunteers, are a group that goes: every place they went is kept.)
    ['9月9日下午，民警们走进金桥社区、翠柳社区，开展中秋主题活动。', '金桥社区'],
    // (Who gave the goods, not where the visit was: "在民政局的物资提供下".)
    ['12月29日，和平路社区在民政局的物资提供下，走访慰问困难群众，送去棉被。', '和平路社区'],
    // (Why, not a meeting: "落实…会议精神"; when, not a page's label: the 日期 of "节日期间，2024年…".)
    [
      '以及全市安全生产会议精神，2024年4月28日，镇长李伟明带领应急办，到石角湖旅游区开展检查。',
      '石角湖旅游区',
    ],
    [
      '切实加强节日期间安全工作，2024年4月28日，镇长李伟明带领应急办，到北岭农旅基地开展检查。',
      '北岭农旅基地',
    ],
    ['近期，石坞镇防汛办由镇主要领导带队，重点检查了里坞水库、大坑山塘等山塘水库。', '里坞水库'],
    ['10月27日下午，县机关事务服务中心的干部职工来到定点帮扶的安固乡石梁、柏林、金鸡3个村。', '金鸡村'],
    ['市政协副主席周立群带领委员们先后来到水渡口、长东两个农贸市场。', '长东农贸市场'],
    ['县人大代表程国华将多方求购到的12000个口罩交给县疫情防控应急指挥部。', '县疫情防控应急指挥部'],
    ['下午，县人大代表何美玲把10万元捐款捐给县红十字会。', '县红十字会'],
    ['今天上午，商会会长罗志鸿代表商会，向蕉岭县捐赠5万个医用口罩，支持家乡疫情防控。', '蕉岭县'],
    ['彰化縣長林佩蓉今早專程到環保局員林清潔隊，向清潔隊員致意。', '清潔隊'],
    ['重阳节，代表王丽还给生活在桐溪镇敬老院的80多位老人送去了重阳糕。', '桐溪镇敬老院'],
    ['4月21日，志愿者来到下洋涂大桥，慰问值守人员。', '下洋涂大桥'],
    [
      '1月27日，联谊会会长彭涛带领骨干，把8000只N95口罩分别送往武汉市第一医院、第五医院和普爱医院。',
      '普爱医院',
    ],
    ['在新春佳节即将到来之际，县教育局全体干部职工分别前往林坊镇南坑、上畬、黄坊等村。', '黄坊村'],
    [
      '1月21日，县政协主席会议成员带领部分政协委员，组成5个慰问小分队，分别深入营盘镇、曹坪镇、杏坪镇等高寒偏远村组。',
      '杏坪镇',
    ],
    ['春节即将到来，县长王刚将于明天到红星村慰问。', '?'],
    ['在县红十字会的支持下，村党支部书记王刚开展慰问活动。', '?'],
    ['3月9日，市总工会主席王丽在市人力资源市场举办女职工专场招聘会，提供了1500多个岗位。', '?'],
    ['1月11日，金华乡组织人员来到白河收费站疫情防控值守点，看望慰问工作人员。', '白河收费站'],
    ['县人大常委会主任王大明先后来到城关镇敬老院、县福利院。', '城关镇敬老院'],
    ['县人大常委会主任王大明来到低保户张小花家中。', '?'],
    ['县人大常委会主任王大明来到城关镇红星村低保户张小花家中。', '红星村'],
    ['县人大常委会主任王大明到联系点红星村看望困难党员。', '红星村'],
    ['县人大常委会主任王大明赴红星村调研防汛工作。', '红星村'],
    ['县人大常委会主任王大明实地察看了红旗水库。', '红旗水库'],
    ['县人大常委会主任王大明在红星村慰问了困难群众。', '红星村'],
    ['县人大常委会主任王大明冒着严寒来到红星村。', '红星村'],
    ['县人大常委会主任王大明走访了红星村困难群众。', '红星村'],
    ['县人大常委会主任王大明一行来到县人民医院，看望医务人员。', '县人民医院'],
    ['县人大常委会主任王大明来到位于城北的红星村。', '红星村'],
    ['县人大常委会主任王大明来到全县最偏远的红星村。', '红星村'],
    ['县人大常委会主任王大明到华康药业有限公司调研。', '华康药业有限公司'],
    ['县人大常委会主任王大明慰问了奋战在抗疫一线的红星社区工作人员。', '红星社区'],
    ['县人大常委会主任王大明来到红星社区党群服务中心。', '红星社区'],
    ['县人大常委会主任王大明来到县城第二幼儿园。', '县城第二幼儿园'],
    ['县人大常委会主任王大明到建设路施工现场检查。', '建设路施工现场'],
    ['县人大常委会主任王大明来到长江大堤石首段。', '长江大堤'],
    ['县人大常委会主任王大明看望慰问了困难群众。', '?'],
    ['县人大常委会主任王大明来到城关镇政府及红星社区。', '城关镇政府'],
    ['县委副书记王小明一行先后到城区和东岭乡红星村、白石村，走访慰问困难群众。', '红星村'],
    [
      '区人大常委会副主任王大明一行先后实地查看了中岳建工滨湖天地商业综合体项目、东苑小区。',
      '中岳建工滨湖天地商业综合体项目',
    ],
    ['调研组一行先后深入澜州绿色建材产业园、芍药文化旅游区。', '澜州绿色建材产业园'],
    ['区人大代表闻少杰为杏林村18名85岁以上的老人送去了节日的问候和慰问品。', '杏林村'],
    ['区人大代表杨明珠到鱼洞峡河道督查防汛工作。', '鱼洞峡河道'],
    ['县人大常委会主任王大明来到振兴街道和平社区。', '和平社区'],
    ['市人大常委会副主任吴建平带领一个视察组到市交通运输局，听取介绍。', '市交通运输局'],
    ['11月16日，一场简短的防疫物资捐赠仪式在渭南市中心医院举行，协会会长雷振邦主持仪式。', '中心医院'],
    [
      '检查组一行深入实地，分别查看了县城青衣江左岸防洪堤、金象花园段河堤等地的防洪设施。',
      '青衣江左岸防洪堤',
    ],
    [
      '溢水镇政府联合镇民政所，在镇养老服务中心陪同特困供养老人，开展“送关爱”主题活动，送上月饼和牛奶。',
      '镇养老服务中心',
    ],
    ['县人大常委会主任王大明实地察看了河湾镇塘口村人大代表联络站。', '塘口村人大代表联络站'],
    ['视察组先后到县实验中学、城北健康驿站、银泰城等地视察。', '银泰城'],
    ['副县长李明一行对白石水库、岭下塘水及光明工业园工地等隐患点进行了检查。', '岭下塘水'],
    ['市政协副主席吴晓明带领走访组，先后到西湖区、东城区和北岸区，看望了30位老同志。', '西湖区'],
    ['代表们先后视察了禾丰合作社，参观了白溪村示范点，走进了石桥非遗工坊。', '石桥非遗工坊'],
    ['东山街道政协工委联合区政协委员李立强走访慰问了5户困难群众，留下了大米、豆油。', '东山街道'],
    ['当晚，工作人员先后走进南坝安置点、长兴村三组安置点，查看取暖安全。', '南坝安置点'],
    ['慰问组首先来到共建社区城南街道清河社区，把米、面、油送到老党员家中。', '清河社区'],
    ['指挥部一行专程来到空军95857部队，看望官兵。', '95857部队'],
    ['视察组一行先后来到龙山湖湿地公园、紫水路历史文化街区，察看建设情况。', '历史文化街区'],
    ['代表们先后视察了赛口排涝站改造工程、永兴河右岸堤防加固工程。', '永兴河右岸堤防加固工程'],
    [
      '6月20日，长城乡人大主席团组织代表在白石村对村内山塘、小型水库、水利设施、河道沟渠等防汛隐患点进行排查。',
      '白石村',
    ],
    [
      '6月1日，海口市金盘希望学校校长邢丽娟说，市人大代表符海燕一早来到学校，把图书送到孩子们手中。',
      '金盘希望学校',
    ],
    ['红星村敬老院住着32位老人。1月20日，县长王明来到敬老院，为老人送去棉被。', '红星村敬老院'],
    ['2月7日，商会通过市红十字会，向浏阳市中医医院定向捐赠了8000只口罩。', '浏阳市中医医院'],
    ['12月21日，区社工站在峪口镇峪兴家园组织开展“情暖冬至”活动，为老人送去饺子。', '峪兴家园'],
    ['●湖州市南浔区四套班子领导和有关部门负责人，近日分六路上门看望慰问了52名老干部。', '南浔区'],
    ['衢州市衢江区四套班子领导1月10日分组登门看望了14位离退休老干部，一一送上慰问金。', '衢江区'],
    ['6月19日晚，市长邹建明不发通知、不打招呼，带队直奔吉州区兴桥镇、长塘镇。', '兴桥镇'],
    // A briefing heard at a place, and nobody called on there, is a meeting (development text 93 has the visit).
    ['2月1日，在县政府，县长王强听取了各乡镇防汛工作的汇报。', '?'],
    // A county gone to, then what the visitors do there.
    ['2月2日，县长马秀兰前往华池县督查疫情防控工作。', '华池县'],
    // (A firm or a town that shares its name with someone the text names is still a place; those who go on with the
    // outing, "干部们还来到", go on with it; and people who come to be served, a tally or a habit, or a drill, are no
    // visit.)
    [
      '1月20日，副县长刘志强来到赵大勇种植专业合作社，调研特色产业发展。合作社理事长赵大勇介绍了合作社运营情况。',
      '赵大勇种植专业合作社',
    ],
    ['1月20日，市委副书记刘志强深入龙泉镇检查防汛工作，副市长龙泉陪同。', '龙泉镇'],
    [
      '1月20日，县委书记王建国带领机关干部来到东风村，看望慰问困难群众。干部们还来到红星村，帮助村民清理垃圾。',
      '红星村',
    ],
    ['1月20日，20余名困难群众来到县人民医院，接受免费健康体检。', '?'],
    ['1月20日，20余名困难党员来到县人民医院，接受免费健康体检。', '?'],
    ['2022年，在东风社区开展“邻里节”活动，吸引了500余名居民参与。', '?'],
    ['上个月，在东风社区开展了“清洁家园”活动。', '?'],
    ['1月20日，在东风中学开展地震应急疏散演习活动。', '?'],
    ['1月20日，副县长刘志强来到李大山农场，调研特色种植。农场负责人李大山介绍了经营情况。', '李大山农场'],
    ['今年以来，县妇联先后在红星村、东风村等地开展“巾帼家美积分超市”活动20余场。', '?'],
    ['据了解，每年重阳节都在东风社区日间照料中心举办敬老宴，为辖区80岁以上老人送去祝福。', '?'],
    ['1月20日，队员们在东风水库开展防汛应急演练。', '?'],
    // A count of people as the subject of the verb of going ("约60名关爱大使…前往").
    ['约60名关爱大使星期日早上前往湖畔大厦，探望独居长者。', '湖畔大厦'],
    ['在东岭林场生态文化园，老干部们参观了治沙事迹陈列馆。', '治沙事迹陈列馆'],
    // An event held at a place by bodies, nobody named ("在…开展“…”活动").
    ['12月22日，市人社局联合爱心企业，在红星社区开展“一碗热饺子”活动，为环卫工人送上饺子。', '红星社区'],
    ['6月8日，金沙社区党委携手顺通物流党支部，在锦华苑小区开展“粽情端午”趣味活动。', '锦华苑小区'],
    // Nobody named: the members who went ("委员们", "政协委员"), as "代表们".
    ['委员们先后来到岗集镇金桥社区、双墩镇草莓产业园，察看产业发展。', '金桥社区'],
    // A city gone to where nothing smaller is named; a mall, a dam, a bus station, a children's home.
    ['9月25日，省政协副主席王刚赴临沂市开展课题调研。', '临沂市'],
    // (Not a city gone to for something else: to report, to sign, to seek support.)
    ['9月25日，县长王刚赴临沂市，向市委汇报防汛工作。', '?'],
    ['9月25日，县长王刚赴深圳市开展招商引资活动。', '?'],
    // A place named after 在, then those who went there and what they looked into.
    ['4月28日下午，在白石水库，周立新一行实地了解水库库容和当前水位。', '白石水库'],
    ['1月5日，县长赵国强深入金鹰商场检查安全生产工作。', '金鹰商场'],
    ['6月8日上午，镇长刘强来到石门坝巡查。', '石门坝'],
    ['最后来到城东汽车客运站，察看车辆例检情况。', '城东汽车客运站'],
    ['1月20日，市妇联主席王丽来到东湖市儿童福利院，看望孩子们。', '东湖市儿童福利院'],
    ['镇长刘强来到丁家坝社区，察看大坝坝体。', '丁家坝社区'],
    // (Places looked at after 参观考察, 考察, 抽查; a plantation, 香蕉园, 种植园.)
    [
      '5月6日，市人大代表东湖小组开展视察活动，参观考察了青禾电子有限公司和明远机械有限公司两家企业。',
      '明远机械有限公司',
    ],
    ['11月5日，检查组抽查了红光化工有限公司、东盛材料有限公司。', '红光化工有限公司'],
    ['12月3日，省政协副主席陈立群率调研组一行前往绿岛香蕉园考察。', '绿岛香蕉园'],
    ['来到石桥镇葡萄园村看望群众。', '葡萄园村'],
    // (于 after those who went, as 在: "带领工作人员于柳湾村开展巡河活动".)
    ['5月9日上午，石桥镇河长吴振带领镇河长办工作人员于柳湾村清水溪开展巡河活动。', '柳湾村'],
    // (A meeting held after, "，随后在村委会召开座谈会", does not make the visit before it a meeting.)
    ['在分水镇东溪村，调研组走进农户家中察看自来水水压和水质，随后在村委会召开座谈会。', '东溪村'],
    ['在分水镇东溪村召开座谈会，听取村民意见。', '?'],
    // (Why, by a meeting's spirit, is no meeting.)
    ['为推动全县防汛工作会议精神落地见效，7月10日，县长李明来到红星村检查防汛工作。', '红星村'],
    // (A plan or a duty, though a meeting's deployment is cited: "将于…按照县委会议部署到…", "要按照…部署深入…".)
    ['县长张三将于1月25日按照县委会议部署到红星村走访慰问困难群众。', '?'],
    ['1月20日，县长张三计划按照会议部署前往红星村走访慰问困难群众。', '?'],
    ['1月20日，各乡镇干部要按照县委会议部署深入红星村等地走访慰问困难群众。', '?'],
    ['为将县委常委会议精神落到实处，7月10日，县长李明来到红星村检查防汛工作。', '红星村'],
    // (Those who went, then 于 and the place: "组织部分县人大代表于红星村开展视察活动".)
    ['1月20日，县人大常委会组织部分县人大代表于红星村开展视察活动。', '红星村'],
    // (A village's group whose name starts as a team's might: 后山组, 联合组.)
    ['1月20日，县长张三来到红星村后山组，看望慰问困难群众。', '红星村后山组'],
    // (What a meeting required, "会议要求，各乡镇主要领导亲自带队，深入…", is no visit.)
    [
      '1月20日，会议要求，各乡镇主要领导亲自带队，深入红星村等重点村开展安全隐患排查。会议由县长李明主持。',
      '?',
    ],
    // (Leaders who go in person, nobody named: "主要领导亲自带队".)
    ['8月21日下午，我中心主要领导亲自带队，先后来到北营村棚户区改造安置房项目。', '安置房项目'],
  ])('%s: %s', (sentence, place) => {
    const { places } = firstVisit(sentence);
    if (place === '?') expect(places).toEqual([]);
    else expect(places.some((p) => p?.includes(place))).toBe(true);
  });
  it.each([
    ['1月10日，副县长陈亮来到县儿童福利院看望孩子。在福利院，陈亮送上了书包。', ['县儿童福利院']],
    ['区慈善会组织工作人员来到松鹤养老院，叮嘱工作人员确保老人在养老院安度晚年。', ['松鹤养老院']],
    ['3月3日，区委常委罗明深入福寿园敬老院看望工作人员，并为敬老院送去了口罩。', ['福寿园敬老院']],
    // (Not a place in someone's words: "孙浩指出，教育是…的德政工程".)
    ['9月3日下午，县委书记孙浩来到城关镇，看望退休老教师。孙浩指出，教育是利在千秋的德政工程。', ['城关镇']],
    // (A place after 在 where the visitor talks with those there, then a stop of the same outing.)
    [
      '1月24日，市政协主席周明开展走访慰问。在湖南青山酒业有限公司，周明与困难职工交谈。周明还来到白沙镇泉水村，看望困难群众。',
      ['湖南青山酒业有限公司', '泉水村'],
    ],
  ])(
    'names a place once where the text tells it again by its kind, none from a remark: %s',
    (sentence, places) => {
      expect([...new Set(firstVisit(sentence).places)]).toEqual(places);
    },
  );
  it('reads no place that begins with the name of someone the text names (吴德胜听镇人大负责同志介绍)', () => {
    const { places } = firstVisit(
      '5月8日，县人大常委会副主任吴德胜到许岭镇调研。在许岭工业园，吴德胜听镇人大负责同志介绍了园区的打算。',
    );
    expect([...new Set(places)]).toEqual(['许岭镇', '许岭工业园']);
  });
});

// Each describe from here to the next table drafts one text and reads what its rule is about: they share the shape
// of a draft read (draftSync, its first visit, an expectation), not their subject, and each reads best alone.
describe('将 before the goods and the verb that takes them', () => {
  it('is 把, no plan: a visit where they were taken (将年菜送到鹿港镇、福兴乡…), but 将于… is still a plan', () => {
    const places = (t: string) => {
      const d = draftSync(`标题\n${t}`).dataset;
      return d.bulletins[0]!.visits.map((v) => d.places.find((p) => p.id === v.placeId)?.name.zh);
    };
    expect(places('1月29日，县长陈国华将年菜送到红星镇困难户家中。')).toEqual(['红星镇']);
    expect(places('1月29日，理事长陈国华带领会员，将年菜送到鹿港镇、福兴乡、秀水乡的关怀户家中。')).toEqual([
      '鹿港镇',
    ]);
    expect(places('1月29日，县长陈国华将于明天把年菜送到红星镇。')).toEqual([]);
    // (Not 将 before how or by whom they will be taken, nor plans, suggestions or invitations with 的 in them.)
    for (const plan of [
      '1月20日，县长王强将亲自带队送到红星镇困难户家中。',
      '1月20日，县长王强在会上表示，慰问物资将陆续送到红星镇困难户家中。',
      '1月20日，县长王强建议市里的专家前往红星镇调研。',
      '1月20日，县长王强欢迎广大的游客前往红星镇观光。',
      '1月20日，县长王强按照工作安排下周前往红星镇调研。',
    ])
      expect(places(plan)).toEqual([]);
  });
});

describe('an event told before the place it was held at', () => {
  it('is a visit there (…活动，10日上午在多功能社会福利大楼举办), not a meeting (…会议在县政府举行)', () => {
    const place = (t: string) => {
      const d = draftSync(`标题\n${t}`).dataset;
      const v = d.bulletins[0]!.visits[0];
      return v ? d.places.find((p) => p.id === v.placeId)?.name.zh : null;
    };
    expect(place('员山乡公所寒冬送暖活动，10日上午在多功能社会福利大楼举办，发放春节慰问金、白米。')).toBe(
      '多功能社会福利大楼',
    );
    expect(place('全县防汛工作会议，10日上午在县政府礼堂举行。')).toBeNull();
  });
});

describe('the page’s own hospital or school (我院, 我校)', () => {
  it('is the one of the title before any other named, and never the hospital those who came are from', () => {
    const place = (t: string) => {
      const d = draftSync(t).dataset;
      return d.places.find((p) => p.id === d.bulletins[0]!.visits[0]!.placeId)?.name.zh;
    };
    expect(
      place(
        '县人民医院：县领导慰问一线医护人员\n1月20日，县长王强来到我院看望医护人员。县卫健委、县中医院负责人陪同。',
      ),
    ).toBe('县人民医院');
    expect(place('县中医院\n市第一人民医院党委书记刘明带领专家团队来到我院，开展义诊。')).toBe('县中医院');
    // (The one whose head goes along, where nothing else names it; an academy, never a court.)
    expect(
      place('标题\n3月5日，县委书记张华在县中医院院长王伟的陪同下来到我院，看望慰问一线医护人员。'),
    ).toBe('县中医院');
    expect(
      place(
        '标题\n3月5日，县委书记张华来到我院调研指导工作。张华指出，县农科院要加强科技服务；要与县人民法院加强合作。',
      ),
    ).toBe('县农科院');
  });
  it('is the one the text names, in its title too; those who came from a place do not make it the place', () => {
    const d = draftSync(
      '石狮市特殊教育学校\n5月30日，湖滨街道凤里社区许美玲书记一行来到我校，看望慰问全体师生。',
    ).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    expect(d.places.find((p) => p.id === v.placeId)?.name.zh).toContain('特殊教育学校');
  });
});

describe('a firm told again without its county', () => {
  it('is no second stop (县燃气公司…燃气公司)', () => {
    const d = draftSync(
      '标题\n2月2日上午，副县长许明看望坚守岗位的县燃气公司、县热力公司一线职工。许明查看了燃气公司和热力公司的调度中心。',
    ).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    const names = [v.placeId, ...v.inspected.map((i) => i.placeId)].map(
      (id) => d.places.find((p) => p.id === id)?.name.zh,
    );
    expect(names).not.toContain('燃气公司');
    expect(names).not.toContain('热力公司');
  });
});

describe('money given to the government, not to those visited', () => {
  it('is no supply of the visit (致赠10万元予市府)', () => {
    const d = draftSync(
      '标题\n市长张大同前往北安区探望独居长辈，送上年节礼盒。另外，王小芬在年前致赠10万元予市府，专款用于长辈关怀。',
    ).dataset;
    expect(d.bulletins[0]!.visits[0]!.supplies.map((s) => s.text)).toEqual(['年节礼盒']);
  });
});

describe('a caption of a host who briefs the visitors', () => {
  it('gives the visit told under it no lead', () => {
    const d = draftSync(
      '标题\n5月21日，区人大常委会副主任曾德明带领代表开展调研。\n向阳乡乡长刘国栋介绍情况\n调研组先后实地察看了向阳乡西岭村委会的饮用水安全情况。',
    ).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    expect(d.places.find((p) => p.id === v.placeId)?.name.zh).toBe('西岭村委会');
    expect(v.participants.map((p) => d.people.find((x) => x.id === p.personId)?.name.zh)).not.toContain(
      '刘国栋',
    );
  });
});

describe('goods said of a whole round before its visits', () => {
  it('go on each visit that names none of its own, with a note; a count, the round’s total, is not shared', () => {
    const d = draftSync(
      '标题\n春节前夕，县领导分别走访困难群众，送上新春福袋。\n县长王明来到红星村。\n副县长李强来到东风社区，送去大米。',
    ).dataset;
    const [a, b] = d.bulletins[0]!.visits;
    expect(a!.supplies.map((x) => x.text)).toEqual(['新春福袋']);
    expect(a!.notes?.map((n) => n.zh).join()).toContain('写在概述整个活动的句子里');
    expect(b!.supplies.map((x) => x.text)).toEqual(['大米']);
    const counted = draftSync(
      '标题\n春节前夕，县领导分别走访困难群众，送上新春福袋200份。\n县长王明来到红星村。\n副县长李强来到东风社区。',
    );
    expect(counted.dataset.bulletins[0]!.visits.flatMap((v) => v.supplies)).toEqual([]);
    expect(counted.warnings.map((w) => w.message.zh).join()).toContain('没有找到它们属于哪次走访');
  });
});

describe('a place named with the town read before it', () => {
  it('says so in a note on the visit (镇中心小学 drafted 柳泉镇中心小学)', () => {
    const v = draftSync('标题\n2月13日上午，县长杨建国来到柳泉镇初级中学和镇中心小学，了解学生返校情况。')
      .dataset.bulletins[0]!.visits[0]!;
    expect(v.notes?.map((n) => n.zh)).toEqual([
      '原文写的是“镇中心小学”；名称按前文的“柳泉镇”补全为“柳泉镇中心小学”，请核对。',
    ]);
  });
});

describe('a place written by its kind alone', () => {
  it('is the one named in full before, with a note that quotes both', () => {
    const d = draftSync(
      '标题\n红星村敬老院住着32位老人。1月20日，县长王明来到敬老院，为老人送去棉被。',
    ).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    expect(d.places.find((p) => p.id === v.placeId)?.name.zh).toBe('红星村敬老院');
    expect(v.notes?.map((n) => n.zh).join()).toContain('原文写的是“敬老院”；取前文写出全名的“红星村敬老院”');
  });
});

describe('supplies', () => {
  it.each([
    ['为他们送去了大米、食用油等慰问品和慰问金。', '大米,食用油,慰问金'],
    ['为困难群众送上了米、油和慰问金。', '米,油,慰问金'],
    ['并为每户送去慰问金500元。', '慰问金500元'],
    ['送去价值3万元的防疫物资。', '防疫物资'],
    ['送来了1000只口罩和200瓶消毒液。', '口罩1000只,消毒液200瓶'],
    ['向他们发放了口罩2000余只。', '口罩2000只'],
    ['捐赠医用防护服100套、N95口罩500个。', '医用防护服100套,N95口罩500个'],
    ['为一线工作人员送去了方便面、矿泉水、面包等生活物资。', '方便面,矿泉水,面包'],
    ['送上节日的祝福和慰问品。', '慰问品'],
    ['看望5名援鄂医务人员，送上慰问金和慰问物品。', '慰问金,慰问物品'],
    ['爱心人士吴国梁捐献给东华街道棉被50张，棉衣30件。', '棉被50张,棉衣30件'],
    ['为该村送去米、面、油等慰问品60份，现金8000元。', '米,面,油,现金8000元'],
    ['送去大米、食用油等物资200份，折合资金2万元，受益群众300余人。', '大米,食用油'],
    ['区长林文雄到三民活动中心，代南兴宫致赠每户弱势户3000元红包及热食。', '红包3000元,热食'],
    ['为老人们送去了棉被、大米、食用油等过冬物资。', '棉被,大米,食用油'],
    ['送去慰问金共计2.4万元。', '慰问金24000元'],
    ['为该村捐赠了20吨化肥。', '化肥20吨'],
    ['慰问组为环卫工人送去了绿豆、白糖、藿香正气水等防暑降温物品。', '绿豆,白糖,藿香正气水'],
    ['为他们送去西瓜50个、矿泉水100箱。', '西瓜50个,矿泉水100箱'],
    ['送去了慰问品及慰问金共计5000元。', '慰问品,慰问金5000元'],
    ['向社区捐赠了一批口罩、消毒液和测温枪。', '口罩,消毒液,测温枪'],
    ['帶來500個口罩和100支搓手液。', '口罩500個,搓手液100支'],
    ['为敬老院送去了電視機1台。', '电视机1台'],
    ['为学生们送去了书包、文具和课外读物。', '书包,文具,课外读物'],
    // (Flowers laid before veterans.)
    ['向老战士敬献鲜花，送上慰问金。', '鲜花,慰问金'],
    ['送去大米20袋、食用油20桶、牛奶10箱。', '大米20袋,食用油20桶,牛奶10箱'],
    ['为5户困难家庭送去了米、面、油。', '米,面,油'],
    ['送去慰问金和生活用品。', '慰问金,生活用品'],
    ['为每位老人送去月饼一盒。', '月饼1盒'],
    ['给予每户1000元的慰问金。', '慰问金1000元'],
    ['并送去了价值5000元的学习用品。', '学习用品'],
    ['为他们带去了新春的问候和米面油等年货。', '米,面,油'],
    ['慰问组一行还为该村送去防汛物资编织袋500条、救生衣30件。', '编织袋500条,救生衣30件'],
    ['為每戶送上一份福袋，內有白米、食油及罐頭。', '福袋1份'],
    ['送上了大米、麵粉和食用油。', '大米,面粉,食用油'],
    ['并为他们送上了慰问金和慰问品。', '慰问金,慰问品'],
    ['为每名环卫工人送上了毛巾、草帽和清凉油各一份。', '毛巾1份,草帽1份,清凉油1份'],
    ['共发放慰问金12.8万元、大米500袋。', '慰问金128000元,大米500袋'],
    ['送去了棉衣、棉被等御寒物资300余件。', '棉衣,棉被'],
    ['为村里送来了两台抽水机。', '抽水机2台'],
    ['捐赠了价值10万元的医疗设备。', '医疗设备'],
    ['送去油、米各1袋（桶）。', '油1袋,米1袋'],
    ['为受灾群众送去帐篷50顶、折叠床100张、饮用水200箱。', '帐篷50顶,折叠床100张,饮用水200箱'],
    ['携带着口罩、消毒液等防疫物资来到社区。', '口罩,消毒液'],
    ['向学校捐赠了图书2000册、书包500个。', '图书2000册,书包500个'],
    ['发放了防汛宣传资料500余份。', '防汛宣传资料500份'],
    ['为老人们送上了棉被、大米、食用油等慰问品，总价值约2万元。', '棉被,大米,食用油'],
    ['慰问组给每户困难群众送去了500元慰问金和一袋大米。', '慰问金500元,大米1袋'],
    ['将口罩1万只、防护服500套送到县疾控中心。', '口罩10000只,防护服500套'],
    ['為區內長者送上口罩共2,000個。', '口罩2000个'],
    ['送上米、面、油等生活品和慰问金。', '米,面,油,慰问金'],
    ['为他们送上了新春祝福和慰问金、慰问品。', '慰问金,慰问品'],
    ['为他们送去温暖、送去信心、送去希望。', ''],
    ['工作人员还把一副副春联送到退役军人手中。', '春联'],
    ['此次活动共发放慰问物资折合1.8万余元。', '慰问物资'],
    ['将30箱消暑饮料，600份防暑药品及毛巾等物品送到环卫工人手中。', '消暑饮料30箱,防暑药品600份,毛巾'],
    [
      '2800个普法宣传杯子、400张普法台历和150份宪法宣传折页，和春联一道发到了群众手中。',
      '普法宣传杯子2800个,普法台历400张,宪法宣传折页150份',
    ],
    ['向东风社区捐赠口罩1,000个。', '口罩1000个'],
    ['共发放被子120条、褥子  52条，棉衣74件，米面油146袋(桶)。', '被子120条,褥子52条,棉衣74件,米面油146袋'],
    ['乡包村领导带着村干部把棉衣、棉被等物资一一送到群众手中。', '棉衣,棉被'],
    ['既为群众送去了实实在在的关怀，也把文化和法治送到了群众身边。', ''],
    ['何丽萍一行把中秋礼品一一送到老人们手中。', '中秋礼品'],
    ['热心企业也为老人们捐出了120份月饼礼盒。', '月饼礼盒120份'],
    ['随行的干部又从自己口袋里掏出200元现金，塞到了老人手中。', '现金200元'],
    ['村里的老人们领到了一桶食用油和一盒月饼。', '食用油1桶,月饼1盒'],
    ['公司捐送价值3000余元的香菇、木耳和各类蔬菜。', '香菇,木耳,蔬菜'],
    ['志愿者们把矿泉水和切好的西瓜一一递到环卫工人手中。', '矿泉水,西瓜'],
    ['盟员们带着精心准备的节日礼物，来到社区。', '节日礼物'],
    ['为环卫工人送去了防暑降温用品和十滴水。', '防暑降温用品,十滴水'],
    ['老兵说：“这副春联送到了我心坎上。”', ''],
    ['并送去慰问金和米、糖、油等年货。', '慰问金,米,糖,油'],
    ['并亲手送上传统糕点、中药预防汤剂、饮用水、方便面等慰问物资。', '传统糕点,中药预防汤剂,饮用水,方便面'],
    ['为他们送去中药包等物资。', '中药包'],
    ['縣長向清潔隊員致意，逐一發送小紅包，並致贈加菜金15萬元。', '小红包,加菜金150000元'],
    [
      '这批物资包括0.2万套隔离衣、0.15万个医用帽子、3箱消毒粉等，已清点交接。',
      '隔离衣2000套,医用帽子1500个,消毒粉3箱',
    ],
    ['仓库物资包括帐篷50顶。', ''],
    ['送去大米、走访群众的心意、油。', '大米'],
    ['把米、面、油等慰问品放到群众家中。', '米,面,油'],
    ['党支部成员带着月饼和水果上门时，陈爷爷格外高兴。', '月饼,水果'],
    [
      '代表们为养护工人送上绿豆20公斤、白糖10袋，以及毛巾、草帽各60份。',
      '绿豆20公斤,白糖10袋,毛巾60份,草帽60份',
    ],
    ['吴代表把提前分装好的绿豆和白糖一袋袋递给快递员。', '绿豆,白糖'],
    ['把慰问金和慰问品交到他们手里。', '慰问金,慰问品'],
    ['罗建军与社区干部一起为困难群众贴春联、送福字。', '春联,福字'],
    ['为老人送月饼、送温暖。', '月饼'],
    ['向他们送去了关心、问候。', ''],
    ['为他们颁发“光荣在党50年”纪念章。', '“光荣在党50年”纪念章'],
    ['为他们送去慰问品和节日问候。', '慰问品'],
    ['连续第8年为福利院送月饼，今年她订制了80多份月饼。', '月饼'],
    ['为老同志送上新春祝福和慰问金。', '慰问金'],
    ['为户外工作者送上冰棍、凉茶饮品和三伏贴。', '冰棍,凉茶饮品,三伏贴'],
    ['为听力障碍残疾人发放了价值达3000元的助听器一批。', '助听器'],
    ['文艺志愿者送上戏曲节目，书法家挥毫写下春联。', ''],
    ['也向横峰县红十字会捐款10万元，定向用于一线防控人员的生活保障。', '捐款100000元'],
    ['向花园乡疫情防控指挥部捐款人民币6000元。', '捐款6000元'],
    ['发动会员捐款捐物。', ''],
    [
      '遮阳伞、矿泉水、藿香正气水、水杯、毛巾等一件件防暑降温用品，为交巡警们送去一份清凉。',
      '遮阳伞,矿泉水,藿香正气水,水杯,毛巾',
    ],
    ['口罩、酒精等防疫物资十分紧缺。', ''],
    ['把用善款采购的8000只N95口罩和600套护目镜分别送往医院。', 'N95口罩8000只,护目镜600套'],
    ['发放“暖心包”200个。', '“暖心包”200个'],
    ['为他们送上“冬送温暖”大礼包和慰问金。', '“冬送温暖”大礼包,慰问金'],
    ['向基層家庭派發了揮春及利是封。', '揮春,利是封'],
    ['為環衛工人送上清涼包，內有涼茶、毛巾。', '清涼包'],
    ['随后，大家为老人送上了生日蛋糕。', '生日蛋糕'],
    ['社区还为每位老人准备了一份装有粽子、咸鸭蛋、绿豆糕的端午礼盒。', '粽子,咸鸭蛋,绿豆糕,端午礼盒'],
    ['镇里向困难群众集中发放过冬物资，这一轮共发出棉被64床。', '过冬物资'],
    ['为老人送去牛奶、燕麦片等营养品和毛巾、洗发水等日用品。', '牛奶,燕麦片,毛巾,洗发水'],
    ['大家把西瓜、绿豆、白糖等防暑降温物资搬下车，向消防指战员道一声辛苦。', '西瓜,绿豆,白糖'],
    ['向老人送上节日问候，老人们拿到热乎乎的粽子，一个劲儿地道谢。', '粽子'],
    ['为卡点捐赠了矿泉水和方便面，为坚守卡点的工作人员送去一份保障。', '矿泉水,方便面'],
    ['这次送来的书有科普读物、课外读物，也有字典等工具书。', '科普读物,课外读物,字典'],
    ['一早来到学校，把这批图书送到了孩子们手中。', '图书'],
    ['代表们给困难群众送上了粮、油等生活物资。', '粮,油'],
    ['既送去了粮、油等生活物资和慰问金，也送去了镇党委、人大、政府的关心和关怀。', '粮,油,慰问金'],
    ['“防暑大礼包”里装有矿泉水、十滴水、绿豆等夏季防暑的必备物品。', '矿泉水,十滴水,绿豆'],
    ['送出300份冬至大礼包，每份装有速冻饺子、毛线帽和一只保温杯。', '冬至大礼包300份,速冻饺子,毛线帽,保温杯'],
    ['今年村里备下的年货有面粉、花生油、猪肉，合计2.6万多元。', '面粉,花生油,猪肉'],
  ])('%s: %s', (sentence, want) => {
    const n = normalise(sentence).text;
    const got = findSupplies(n)
      .map((s) => `${n.slice(s.itemStart, s.itemEnd)}${s.quantity ? s.quantity.value + s.quantity.unit : ''}`)
      .join(',');
    expect(got).toBe(normalise(want).text);
  });
});

describe('a supply named in quotation marks', () => {
  it('is the name without them, its quote as written', () => {
    const d = draftSync('标题\n10月20日，青松社区居民来到敬老院，为孤寡老人送去“重阳糕”。').dataset;
    const s = d.bulletins[0]!.visits[0]!.supplies[0]!;
    expect([s.text, s.evidence.quote]).toEqual(['重阳糕', '“重阳糕”']);
  });
});

describe('a running total since long before', () => {
  it('puts it on no visit, though the text tells of one; a total of this visit stays on it', () => {
    const supplies = (text: string) =>
      draftSync(text).dataset.bulletins[0]!.visits.map((v) => v.supplies.map((s) => s.text).join(','));
    expect(
      supplies(
        '1月5日，商会会长罗志鸿向蕉岭县捐赠5万个医用口罩。疫情以来，商会已累计向梅州市捐赠防护服8000件、额温枪60个。',
      ),
    ).toEqual(['医用口罩']);
    expect(
      supplies('7月5日，慰问组来到红星村看望环卫工人。此次活动累计送出正气水580盒、菊花茶420箱。'),
    ).toEqual(['正气水,菊花茶']);
  });
});

describe('one outing told in several sentences', () => {
  const visits = (text: string) => {
    const d = draftSync(text).dataset;
    const name = (id?: string | null) => d.places.find((p) => p.id === id)?.name.zh;
    return d.bulletins[0]!.visits.map((v) => [name(v.placeId), ...v.inspected.map((i) => name(i.placeId))]);
  };
  it('keeps an outing of leaders not named before apart from the visit before it', () => {
    // (镇领导 are not the county secretary named before: their stops are an outing of their own.)
    const got = visits(
      '标题\n3月5日，县委书记张明来到红星村调研。\n镇领导先后来到绿水村、白马村开展安全检查。',
    );
    expect(got.map((v) => v[0])).toEqual(['红星村', '绿水村']);
    expect(got[0]).not.toContain('绿水村');
  });
  it('reads a leader told of again by surname and title (孙县长一行) as the same outing', () => {
    expect(
      visits('标题\n6月3日，县长孙平到石门镇检查防汛工作。孙县长一行先后到龙口站、五里圩排涝站等现场察看。'),
    ).toEqual([['石门镇', '石门镇', '龙口站', '五里圩排涝站']]);
  });
  it('gives a day written without its month the month of the range before it', () => {
    const { dataset } = draftSync(
      '标题\n4月12日至13日，副市长钱进带队调研。12日，钱进来到东湖县柳塘村。13日，钱进来到西山县白沙镇。',
    );
    expect(dataset.bulletins[0]!.visits.map((v) => v.date?.slice(5, 10))).toEqual(['04-12', '04-13']);
  });
  it.each([
    [
      '标题\n10月28日，镇人大主席团组织代表开展视察。代表们先后走进东坪蔬菜产业园等项目现场。\n在沙河村供水工程项目现场，代表们察看了新建的泵房。\n在黄草湾人居环境整治项目现场，代表们察看了新硬化的道路。',
      '东坪蔬菜产业园',
    ],
    [
      '标题\n10月12日上午，副市长梁志远带队赴营仔镇开展慰问百岁老人活动。\n慰问团分别来到营仔镇下洋村、北坡村，把慰问金交到老人手里。',
      '下洋村',
    ],
    [
      '标题\n9月27日上午，区政协副主席贺春明带队，区卫健委、缑氏镇领导陪同，到缑氏镇走访慰问百岁老人。\n一行人先后走进缑北社区李德厚和缑南社区杜秀英两位百岁老人家中。',
      '缑北社区',
    ],
    [
      '标题\n茨沟镇党委副书记、镇长程立军、人大主席孙海波、纪委书记罗文涛。2021年2月9日中午带领镇退役军人服务站工作人员，对全镇困难退役军人进行走访慰问。\n一行先后慰问了石门村屈德全、枣园社区郑自强。',
      '石门村',
    ],
    [
      '标题\n2月2日上午，常务副区长刘志刚带领区应急、消防等部门负责同志，对长乐街道春节前安全生产工作进行督导检查。\n督查组一行先后来到万象汇购物中心和中科电子有限公司，检查了消防设施。',
      '长乐街道',
    ],
  ])('%s is one visit, at %s', (text, place) => {
    const got = visits(text);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toContain(place);
  });

  it.each([
    [
      'a paragraph whose earlier sentence gives another day, though its group is "委员们"',
      '标题\n1月20日，慰问组来到东风村，为困难群众送去米面油。\n4月19日下午，县政协副主席魏家良组织部分政协委员开展民主监督视察。委员们先后来到岗集镇金桥社区、双墩镇草莓产业园。',
      ['东风村', '金桥社区'],
    ],
    [
      'the hand-overs of two bodies told one after the other after a semicolon',
      '标题\n广州市化州商会发动会员捐款购买N95口罩3000个，捐赠给化州市疫情防控指挥部；佛山市化州商会多方联系货源，捐赠医用外科口罩4000个给化州市人民医院。',
      ['化州市疫情防控指挥部', '化州市人民医院'],
    ],
    [
      'a firm’s hand-over told in a sentence of its own after a visit',
      '标题\n2月3日凌晨，三位村民开车来到汉旺镇疫情防控检查点，为执勤民警送来馒头和牛奶。还有不少企业为民警送来防疫物资。绵竹市鑫源药业有限公司向县公安局捐赠医用外科口罩5000个。',
      ['疫情防控检查点', '县公安局'],
    ],
    [
      'a visit and the hand-over of the next visit’s own host told after it (the host of the second is no lead of the first)',
      '标题\n近日，县红十字会走进柳溪乡敬老院，为老人们送去100份慰问品。\n1月20日，县民政局工作人员来到红星村，为困难群众送去大米。村党支部书记王大海表示，将把温暖传递到每一户。',
      ['柳溪乡敬老院', '红星村'],
    ],
  ])('keeps apart %s', (_what, text, places) => {
    expect(visits(text).map((v) => v[0])).toEqual(places);
  });
  it('takes no lead for a visit from the host of the next visit, who speaks after its sentence', () => {
    const d = draftSync(
      '标题\n近日，县红十字会走进柳溪乡敬老院，为老人们送去100份慰问品。\n1月20日，县民政局工作人员来到红星村，为困难群众送去大米。村党支部书记王大海表示，将把温暖传递到每一户。',
    ).dataset;
    const leads = d.bulletins[0]!.visits.map(
      (v) =>
        d.people.find((p) => p.id === v.participants.find((x) => x.role === 'lead')?.personId)?.name.zh ??
        null,
    );
    expect(leads).toEqual([null, null]);
  });
  it('gives each of two bodies told after a semicolon its own goods and count', () => {
    const d = draftSync(
      '标题\n广州市化州商会捐赠N95口罩3000个给化州市疫情防控指挥部；佛山市化州商会多方联系货源，捐赠医用外科口罩4000个给化州市人民医院。',
    ).dataset;
    expect(d.bulletins[0]!.visits.map((v) => v.supplies.map((x) => [x.text, x.quantity?.value]))).toEqual([
      [['N95口罩', 3000]],
      [['医用外科口罩', 4000]],
    ]);
  });

  it('keeps a visit told by a verb of going and what visitors do there, though nobody is named', () => {
    expect(
      visits(
        '标题\n6月18日，端午节前夕，鸾山镇开展“粽叶飘香迎端午”活动，走进鸾山镇敬老院看望老人们，为老人过集体生日。',
      ).map((v) => v[0]),
    ).toEqual(['鸾山镇敬老院']);
    expect(visits('标题\n近年来，越来越多的游客走进鸾山镇，感受乡村振兴的新变化。')).toEqual([]);
  });

  it.each([
    [
      'an activity whose only place is a district, named in passing, is at that district',
      '标题\n1月16日，江沿区城管局联合区总工会开展慰问一线环卫工人活动，送上慰问金。',
      ['江沿区'],
    ],
    [
      'an activity whose only place is in the title is at the title’s place, not at the bodies that went',
      '盘龙区开展离退休干部春节走访慰问\n1月28日，区委组织部、区委老干部局走访慰问了离退休干部，送去慰问金和新春礼包。',
      ['盘龙区'],
    ],
    [
      'what a town’s body inspects, named by no place of its own, is within the town',
      '标题\n11月9日，涂埠镇人大组织代表，对6件民生实事项目进行实地视察。',
      ['涂埠镇'],
    ],
    [
      'a place after 于 on an outing is where it went (一行先于…会址), a 同乡会 a body',
      '标题\n1月22日，总干事梁咏芝一行先于南安同乡会会址向独居长者致送福包。',
      ['南安同乡会'],
    ],
    [
      'where those visited stay (看望了驻守在…的人员) is the visit’s place, though a body went',
      '标题\n2月3日，丹东志愿者协会带着慰问品，看望了驻守在高速公路丹东东站的路政和交警执勤人员。',
      ['丹东东站'],
    ],
    [
      '在…负责同志陪同下 names who went along, not where',
      '标题\n10月7日，县委书记郑建华在县民政局负责同志陪同下来到东门村，看望百岁老人。',
      ['东门村'],
    ],
    [
      'an institution a sentence opens in (…里) is the visit’s place where goods follow',
      '标题\n6月22日端午节当天，汤沟镇敬老院里不时传出阵阵笑声。原来，汤沟镇政府给院里的老人们送来了粽子和绿豆糕。',
      ['汤沟镇敬老院'],
    ],
    [
      'an institution a sentence opens in (…里) is the visit’s place where goods follow in the same sentence',
      '标题\n10月27日，营山县社会福利中心里，一群孩子和老人们手拉手做游戏，为老人送上贺卡。',
      ['社会福利中心'],
    ],
    [
      'an institution a sentence opens in (…里) with no goods or visit after it is no visit',
      '标题\n10月27日，营山县社会福利中心里，一群孩子和老人们手拉手做游戏。',
      [],
    ],
  ])('%s', (_what, text, places) => {
    expect(visits(text).map((v) => v[0])).toEqual(places);
  });

  it('carries a lead named in a section that told no visit to the next section only', () => {
    const d = draftSync(
      '标题\n5月21日，区人大常委会副主任曾德明带领部分区人大代表，对全区农村饮用水安全工作开展专题调研。\n一、饮水工程建设有序推进\n全区共建成集中供水工程12处。\n二、民政部门慰问困难群众\n6月3日，区民政局工作人员来到东风村，送去米面油。',
    ).dataset;
    expect(d.bulletins[0]!.visits[0]!.participants.filter((p) => p.role === 'lead')).toEqual([]);
  });

  it('reads 到农场 as the farm named before, and a day’s count (当天共发放) as the count of its paragraph’s visit', () => {
    const d = draftSync(
      '标题\n近日，绿丰源家庭农场主动联系金沙路社区，决定把一整棚蔬菜捐给社区的困难群众。\n4月28日，社区党支部书记王海燕号召大家到农场一起采摘。\n4月29日上午，金沙路社区开展了爱心蔬菜发放活动。当天共发放蔬菜200份。',
    ).dataset;
    const name = (id?: string | null) => d.places.find((p) => p.id === id)?.name.zh;
    const v = d.bulletins[0]!.visits;
    expect(v.map((x) => name(x.placeId))).toEqual(['绿丰源家庭农场', '金沙路社区']);
    expect(v[1]!.supplies.map((s) => [s.text, s.quantity?.value])).toEqual([['蔬菜', 200]]);
  });

  it.each([
    [
      'a ▲ photo caption of someone handing the goods over (a caption, not a heading)',
      '2月10日，龙滚商会向龙滚镇各村捐赠首批疫情防控物资，包括医用口罩1200个。\n▲龙滚商会会长符海雄（左三）将防疫物资交到龙滚镇工作人员手中\n龙滚商会讲大局、勇担当。',
      '符海雄',
    ],
    [
      'a later sentence that tells the visit’s place again with who led it',
      '1月22日，仁爱慈善会为澳门南安同乡会的独居长者送上新春祝福，派发福包。\n该会总干事梁咏芝与同乡会会长洪志成一行先于南安同乡会会址向长者致送福包。',
      '梁咏芝',
    ],
  ])('takes the lead of the one visit from %s', (_what, text, lead) => {
    expect(visits(`标题\n${text}`)).toHaveLength(1);
    expect(firstVisit(text).lead).toBe(lead);
  });

  it('reads no visit in a meeting whose chair lists the visits to make, nor a place in "1月份各村" or "和全镇"', () => {
    expect(
      visits(
        '标题\n2月9日，鲇鱼山镇召开重点工作调度会。镇党委书记廖春华主持会议。\n廖春华强调，一是用心用情走访慰问。全面完成节前走访，把党的关怀送到群众家中。\n会议还通报了1月份各村（社区）重点工作完成情况。',
      ),
    ).toEqual([]);
    expect(
      visits(
        '标题\n2月27日，爱心企业向我镇捐赠口罩8万个。企业负责人表示，愿和全镇干部群众一道守护好家园。\n下一步，堽城镇将用好这批物资。',
      ).map((v) => v[0]),
    ).toEqual(['堽城镇']);
  });

  it.each([
    [
      'a party formed again in a paragraph of its own is a visit of its own',
      '标题\n1月20日，镇长陆文涛带队来到横山村，看望困难群众。\n陆文涛还带队来到镇敬老院，看望在院老人。',
      ['横山村', '镇敬老院'],
    ],
    [
      'a party formed again in a paragraph of its own is a visit of its own',
      '标题\n2月6日，区退役军人事务局局长黄文斌带队来到新华社区，走访慰问老兵。\n当天，区退役军人服务中心工作人员还来到区社会福利院，捐赠现金3万元。',
      ['新华社区', '区社会福利院'],
    ],
    [
      'reads groups each led by someone new, one clause each after a semicolon, as a visit each',
      '标题\n11月22日，市政协开展集中视察。第一视察分团由市政协副主席廖志诚任团长，察看了梅江区西阳镇白宫村；第二视察分团由市政协副主席丘美玲任团长，察看了兴宁电子信息产业园；第三视察分团由市政协副主席刘少康任团长，察看了平远县邹坊村。',
      ['白宫村', '兴宁电子信息产业园', '邹坊村'],
    ],
    [
      'reads a place that "welcomed guests" as the place visited (…李太珍家迎来了一群特殊的客人)',
      '标题\n3月29日下午，大雪山乡曼来村曼来组李太珍家迎来了一群特殊的客人：大雪山乡人大代表。他们从团山村、勐旨村等不同的地方相聚一起，发放慰问金2000元。',
      ['曼来村'],
    ],
    [
      'opens a visit of its own where the party splits into groups',
      '标题\n9月28日，区政协主席郭建华一行来到福寿敬老院，看望老人。\n随后，机关干部分成三组，分别深入阳郭镇、孝义镇和龙背街道，走访慰问高龄老人。',
      ['福寿敬老院', '阳郭镇'],
    ],
    [
      'opens a visit of its own where someone new goes to a place the outing went to',
      '标题\n2月3日，县人大代表程国华将12000个口罩交给县疫情防控应急指挥部。\n2月3日下午，县人大代表、恒达建材有限公司总经理汪建平来到县疫情防控应急指挥部，捐款50万元。',
      ['县疫情防控应急指挥部', '县疫情防控应急指挥部'],
    ],
  ])('%s', (_what, text, places) => {
    expect(visits(text).map((v) => v[0])).toEqual(places);
  });

  it.each([
    [
      '标题\n1月13日早上，吉林省浙江商会妇联在长春市人民大街为一线环卫工人送上了精心熬制的腊八粥。',
      '人民大街',
    ],
    ['标题\n端午节前夕，恒顺食品有限公司为和顺巷的老兵们送去粽子和牛奶，开展走访慰问活动。', '和顺巷'],
    // (A firm's union that gives: "城建投资公司工会负责人…发放".)
    [
      '标题\n7月26日上午，区总工会、城建投资公司工会联合慰问坚守在翡翠湖安置房二期项目建筑工地的职工。区总工会主席周德明和城建投资公司工会负责人分别向工地职工发放了清凉饮料。',
      '翡翠湖安置房二期项目',
    ],
    // (A road that opens its clause is where the workers were given their goods, not the firm they work for.)
    [
      '标题\n5月21日，昆明市官渡区春城路上，滇环城市服务公司的环卫工人们领到了公司发放的防暑降温慰问品——每人一箱凉茶。',
      '春城路',
    ],
  ])(
    'places a visit told only as an activity where it was held, not at the body that gave: %s',
    (text, place) => {
      expect(visits(text).map((v) => v[0])).toEqual([place]);
    },
  );

  it('gives a group that went on its own no lead from the other visit’s speaker', () => {
    const d = draftSync(
      '标题\n2月6日，区退役军人事务局局长黄文斌带队来到新华社区，走访慰问老兵。\n当天，区退役军人服务中心工作人员还来到区社会福利院，捐赠现金3万元。\n黄文斌要求，要把关爱送到每一位老兵心里。',
    ).dataset;
    const second = d.bulletins[0]!.visits[1]!;
    expect(second.participants.some((p) => p.role === 'lead')).toBe(false);
  });
});

describe('places that are the subject of their sentence', () => {
  const visits = (text: string) => {
    const r = draftSync(text);
    const d = r.dataset;
    const name = (id?: string | null) => d.places.find((p) => p.id === id)?.name.zh;
    return {
      places: d.bulletins[0]!.visits.map((v) => name(v.placeId)),
      warnings: r.warnings.map((w) => w.code),
    };
  };
  it.each([
    [
      'one visit of each street that visits or hands over',
      '标题\n东山街道政协工委联合委员李立强走访慰问了5户困难群众。\n西湖街道政协工委开展“送温暖”活动，为辖区困难家庭送去水果和挂面。',
      ['东山街道', '西湖街道'],
    ],
    [
      'a visit of a division’s body, nobody named, in that division',
      '标题\n近日，端州区城东街道退役军人服务站工作人员联合退役士兵梁俊豪、陈嘉乐，来到一等功臣黄永基老人家中，送上鲜花和月饼。\n大沙镇退役军人服务站携手镇退役军人协会，入户走访慰问了辖区烈属，送上月饼。',
      ['城东街道', '大沙镇'],
    ],
    [
      'deputies a body sent to its front line, within its town, after a byline',
      '标题\n(记者 邵林波 通讯员 张娟娟)近日,黄河洪峰到达该镇河段,东营市垦利区胜坨镇人大组织部分人大代表到防洪现场一线,就该镇河段内防洪准备工作开展调研。',
      ['胜坨镇'],
    ],
    [
      'a village whose cadres call at homes (分头上门，看望…), apart from the visit before',
      '标题\n6月22日，镇党委书记李明来到镇敬老院看望老人。\n同日，后李庄村的村干部和驻村工作队分头上门，看望村里的独居老人，送上粽子。',
      ['镇敬老院', '后李庄村'],
    ],
    [
      'a town head’s check of the firms in the town, after a clause of why',
      '标题\n为做好节后企业复工复产安全风险防控，2月19日，柳湾镇党委副书记、镇长邢卫东带领镇应急办执法人员深入辖区复工复产企业一线开展安全生产检查。',
      ['柳湾镇'],
    ],
    [
      'a caption’s place inside the area of the visit told next as a stop of that one visit',
      '标题\n图为晒口街道东关社区工作人员为辖区困难群众送去棉被等过冬物品。\n12月14日，邵武市晒口街道开展慰问活动，为辖区低保对象送去棉被、棉鞋等御寒物品。',
      ['晒口街道'],
    ],
  ])('places %s', (_what, text, places) => {
    expect(visits(text).places).toEqual(places);
  });
  it('names a Traditional place in its warning as the text writes it', () => {
    // A Traditional text's warning names the place as the text writes it.
    const r = draftSync('標題\n近日，勝坨鎮人大組織部分人大代表到防洪現場一線開展調研。');
    expect(r.warnings.find((w) => w.code === 'lead-unknown')?.message.zh).toContain('“勝坨鎮”');
    // The visit's note says what the text lacks, in both languages, and stays true once a lead is named.
    expect(r.dataset.bulletins[0]!.visits[0]!.notes).toContainEqual({
      zh: '原文没有写出这次走访的带队者。',
      en: 'The text does not name who led this visit.',
    });
  });
  it('names a Traditional place put together from parts as the text writes it', () => {
    const named = (sentence: string) => [...new Set(firstVisit(sentence).places)];
    expect(named('11月15日下午，縣婦聯主席王麗走進東山鄉中心小學，送去文具50份。')).toEqual([
      '東山鄉中心小學',
    ]);
    expect(named('10月9日，鎮長張麗帶隊深入蘇北、馬東等村走訪選民。')).toEqual(['蘇北村', '馬東村']);
    // (A character the paragraph writes two ways stays as the name's own: 台 beside 颱風.)
    expect(named('4月16日颱風過後，鄉長王剛走訪了台興、台安等村。')).toEqual(['台興村', '台安村']);
    // (And the visit's headline with it.)
    const d = draftSync('标题\n11月15日下午，縣婦聯主席王麗走進東山鄉中心小學，送去文具50份。').dataset;
    expect(d.bulletins[0]!.visits[0]!.headline.zh).toBe('王麗走访東山鄉中心小學');
  });
  it('reads 两委 as the subject, a list of subjects as a visit each, and a subject led by someone unnamed', () => {
    expect(
      visits(
        '标题\n青岭村两委走访9户困难村民，为他们送去大米。龙潭村、双井社区分别为辖区困难党员送去慰问金；凉水社区两委在挂钩领导带领下，逐户走访困难家庭。',
      ).places,
    ).toEqual(['青岭村', '龙潭村', '双井社区', '凉水社区']);
    expect(
      visits(
        '标题\n9月18日上午，中秋佳节临近，合肥市望湖社区供电新村小区党支部对特殊家庭开展入户走访慰问活动。',
      ).places,
    ).toEqual(['供电新村小区']);
    // What someone says of a visit is no visit.
    expect(visits('标题\n古松镇人大主席何志平表示，此次走访收集到了民意。').places).toEqual([]);
  });
  it('gives up a summary for the visit told after it to a place inside it, keeping its supplies in a warning', () => {
    const got = visits(
      '标题\n河埠街道的人大代表们为辖区内困难群众送去慰问品、春联。\n1月20日，来到河埠街道青石社区居民葛玉兰家中，人大代表郑秋琴拉着老人的手询问身体情况。',
    );
    expect(got.places).toEqual(['青石社区']);
    expect(got.warnings).toContain('supply-total');
  });
});

// Each case below drafts a text of its own and reads one thing from it; they share their shape, not their
// subject, and read best alone.
// Each case drafts a text and reads one thing of its visits; they share that shape and read alone.
describe('leads who went each to a place of their own', () => {
  it.each([
    '标题\n2月6日，县人大常委会主任贾志宏，副主任郝春林、牛建英又一次分头来到所包联的郑庄镇、端氏镇、嘉峰镇，逐村督导检查。',
    '标题\n2月6日，县人大常委会主任贾志宏，副主任郝春林和牛建英分别赴郑庄镇、端氏镇、嘉峰镇，逐村督导检查。',
  ])(
    'pairs 分头 or 分别 with as many leads as places, one visit each, the list sharing its title: %s',
    (text) => {
      const d = draftSync(text).dataset;
      const name = (id?: string | null) =>
        d.places.find((p) => p.id === id)?.name.zh ?? d.people.find((p) => p.id === id)?.name.zh;
      expect(
        d.bulletins[0]!.visits.map((v) => [
          name(v.placeId),
          name(v.participants.find((p) => p.role === 'lead')?.personId),
        ]),
      ).toEqual([
        ['郑庄镇', '贾志宏'],
        ['端氏镇', '郝春林'],
        ['嘉峰镇', '牛建英'],
      ]);
    },
  );
  it('gives the goods they each handed over to each of them', () => {
    const d = draftSync(
      '标题\n县长王大明、副县长李小红分别来到南湖村和北山村，为困难群众送去口罩和手套。',
    ).dataset;
    expect(d.bulletins[0]!.visits.map((v) => v.supplies.map((x) => x.text))).toEqual([
      ['口罩', '手套'],
      ['口罩', '手套'],
    ]);
  });
  it('puts what one of them looked at later on that one’s visit', () => {
    const d = draftSync(
      '标题\n7月5日，市人大常委会主任邹国良、副主任欧阳慧分别来到青山水库和长堤镇江北大堤，督导检查。\n在长堤镇江北大堤，欧阳慧沿堤察看了抢险物资仓库。',
    ).dataset;
    const name = (id?: string | null) => d.places.find((p) => p.id === id)?.name.zh;
    const visit = d.bulletins[0]!.visits.find((v) => name(v.placeId) === '江北大堤')!;
    expect(visit.inspected.map((i) => name(i.placeId))).toContain('抢险物资仓库');
  });
});

describe('a lead named in a sentence of names only', () => {
  it('leads the visit told next (a stray full stop between them)', () => {
    const d = draftSync(
      '标题\n茨沟镇党委副书记、镇长程立军、人大主席孙海波。2月9日中午带领工作人员，对全镇困难退役军人进行走访慰问。\n一行先后慰问了石门村屈德全。',
    ).dataset;
    const v = d.bulletins[0]!.visits[0]!;
    const lead = v.participants.find((p) => p.role === 'lead');
    expect(d.people.find((p) => p.id === lead?.personId)?.name.zh).toBe('程立军');
  });
  it('takes the others named with the lead in the sentence before as going along', () => {
    const d = draftSync(
      '标题\n2月17日，君山区委书记魏淑萍，区委副书记、区长李勇看望慰问疫情防控一线工作人员，区领导马志光参加。魏淑萍一行先后到定点君山医院、区妇幼保健院慰问医护人员。',
    ).dataset;
    const name = (id: string) => d.people.find((p) => p.id === id)?.name.zh;
    expect(d.bulletins[0]!.visits[0]!.participants.map((p) => [name(p.personId ?? ''), p.role])).toEqual([
      ['魏淑萍', 'lead'],
      ['李勇', 'accompanying'],
      ['马志光', 'accompanying'],
    ]);
  });
});

describe('leads who went 分别 to more places than there are leads', () => {
  it('is one visit to all the places, every lead noted as not paired with a place', () => {
    const d = draftSync(
      '标题\n1月29日，县委常委、组织部长邢志昂，县委常委、统战部长卜晓光分别深入清溪镇、马坊镇、杨庄镇看望困难群众。',
    ).dataset;
    const visits = d.bulletins[0]!.visits;
    expect(visits).toHaveLength(1);
    expect(visits[0]!.inspected).toHaveLength(3);
    expect(visits[0]!.participants.filter((p) => p.role === 'lead')).toHaveLength(2);
    expect(visits[0]!.participants[0]!.note?.zh).toContain('分别');
  });
});

describe('an event of the genre held at a place', () => {
  it('is a visit there, led by the first titled person said to attend, where nobody else leads', () => {
    expect(
      firstVisit(
        '1月20日，全县送温暖慰问活动在县总工会职工服务中心广场正式启动。县委常委罗文杰，副县长汪晓红出席。',
      ),
    ).toEqual({ lead: '罗文杰', places: ['县总工会职工服务中心广场', '县总工会职工服务中心广场'] });
    expect(
      firstVisit('县政府6日上午在县府中庭举办中秋节关怀弱势活动，县长林美玲出席颁发感谢状，并发放物资。'),
    ).toEqual({ lead: '林美玲', places: ['县府中庭', '县府中庭'] });
    expect(firstVisit('寒冬送暖送年菜活动，4日上午在北屯区公所举行。').places[0]).toBe('北屯区公所');
  });
  it('is not a meeting or a ceremony of praise, and no volunteer who attends leads', () => {
    expect(firstVisit('1月10日，全县防汛工作会议在县政府礼堂举行，县长王强出席。').places).toEqual([]);
    expect(firstVisit('1月10日，县里在县委礼堂举行表彰大会。').places).toEqual([]);
    expect(
      firstVisit('1月20日，全县送温暖慰问活动在县总工会职工服务中心广场启动。志愿者张明出席。').lead,
    ).toBeNull();
  });
});

describe('visits read against real pages (eleventh session)', () => {
  it('keeps a visit told by 在 and a group after it, however long the list of what was checked', () => {
    expect(
      firstVisit(
        '11月18日，在石桥中学，检查组对学校的校园安保、食堂卫生、消防器材、宿舍门窗等方面进行了检查。',
      ).places[0],
    ).toBe('石桥中学');
  });
  it('reads no plan in a name that ends in 明 before 日前 (郑志明日前)', () => {
    expect(
      firstVisit('立法议员林国强、冯嘉欣、郑志明日前落区，先后访关闸地下巴士站、祐汉街市了解民情。'),
    ).toEqual({ lead: '林国强', places: ['关闸地下巴士站', '关闸地下巴士站', '祐汉街市'] });
  });
  it('takes no place from the bodies of those who went along, however their titles are listed', () => {
    expect(
      firstVisit(
        '1月20日，县长王强在县政府办公室主任赵明、副主任孙亮、周平，县卫健局局长吴军的陪同下，来到县人民医院慰问医务人员。',
      ).places,
    ).toEqual(['县人民医院', '县人民医院']);
    expect(
      firstVisit('3月5日，支队政委周立新一行在东湖大队大队长何明陪同下对东湖滨江中队、南门中队开展慰问。')
        .places[0],
    ).toBe('东湖滨江中队');
  });
});

describe('a lead told after the visit', () => {
  it('is one who 带队 in a sentence of their own, or the first of those 出席者包括 lists', () => {
    expect(
      firstVisit('1月20日，检查组来到宿州火车站，检查春运安全工作。市委常委、副市长周立民带队检查。').lead,
    ).toBe('周立民');
    expect(
      firstVisit(
        '1月18日下午，分享会在顺天邨广场举行，向长者派发福袋。出席者包括观塘民众联会副理事长张志刚议员、副理事长陈佳欣。',
      ).lead,
    ).toBe('张志刚');
  });
  it('is not one whose 带队 led somewhere else, told in the middle of a sentence', () => {
    expect(
      firstVisit(
        '1月20日，检查组来到宿州火车站，检查春运安全工作。此前，副市长周立民带队检查了汽车站，要求加强管理。',
      ).lead,
    ).toBeNull();
  });
});

describe('a probe of the eleventh session’s rules', () => {
  it('keeps the lead who goes with others (与志愿者一起走访, 和市长李明一同调研)', () => {
    expect(firstVisit('1月20日，县长王强与志愿者一起走访了红星村孤寡老人。').lead).toBe('王强');
    expect(firstVisit('7月3日，市委书记张伟和市长李明一同调研红星村。')).toEqual({
      lead: '张伟',
      places: ['红星村', '红星村'],
    });
  });
  it('reads 明日前往 as a plan, places whose names start with 后, and 马站 in a list', () => {
    expect(firstVisit('7月3日，县长王强在防汛调度会上表示，明日前往红星村查看险情。').places).toEqual([]);
    expect(firstVisit('7月3日，县委书记张伟调研后港镇防汛工作。').places[0]).toBe('后港镇');
    expect(firstVisit('7月3日，县长王强先后来到马站、钱库镇调研防汛工作。').places).toEqual([
      '马站镇',
      '马站镇',
      '钱库镇',
    ]);
  });
  it('makes no visit of questions asked at one’s own seat, and keeps a named road over its nameless works', () => {
    expect(firstVisit('5月6日，在市政府，市长王强认真询问了项目进展情况。').places).toEqual([]);
    expect(firstVisit('县长王强来到人民路的施工现场检查安全生产。').places[0]).toBe('人民路');
  });
});

describe('a probe of the events held at a place', () => {
  it('makes no visit of a briefing, a notice of an event to come, a firm’s year-end dinner or a sports day', () => {
    for (const t of [
      '12日上午，县政府在县府中庭举办中秋节关怀活动说明会，县长林美玲出席并致辞。',
      '县社会局预定于本月20日上午在县府中庭举办中秋节关怀弱势活动，届时县长林美玲将亲临现场。',
      '8日晚，鸿海公司在公司会所举行年终关怀餐会，立法委员陈明出席并致辞。',
      '9日上午，县老龄委在县体育场举办重阳敬老活动暨老年人趣味运动会，副县长汪晓红出席开幕式并宣布开幕。',
    ])
      expect(firstVisit(t).places).toEqual([]);
  });
  it('reads the place a hall is a room of, and the one who presides the launch as its lead', () => {
    expect(
      firstVisit(
        '北屯区公所寒冬送暖活动，4日上午于北屯区公所1楼大厅举行，市长卢秀燕亲临致意，发放白米200包。',
      ),
    ).toEqual({
      lead: '卢秀燕',
      places: ['北屯区公所', '北屯区公所'],
    });
    expect(
      firstVisit(
        '4日上午，市总工会在职工服务中心广场举行送温暖活动启动仪式。市委常委罗文杰主持，副市长汪晓红出席并讲话。启动仪式后，罗文杰一行来到红星村看望困难职工。',
      ).lead,
    ).toBe('罗文杰');
  });
});

describe('a probe of the rules after it (a4c7394)', () => {
  it('reads places whose names start with 于, 党建 or 引领, or hold a number and 楼', () => {
    expect(firstVisit('6月20日，县长王强前往于庄村，实地察看河道清淤情况。').places[0]).toBe('于庄村');
    expect(firstVisit('春节前夕，县长刘洋到于田县木尕拉镇慰问困难群众。').places[0]).toBe('木尕拉镇');
    expect(firstVisit('2月3日，市长周华到党建村调研乡村振兴工作。').places[0]).toBe('党建村');
    expect(firstVisit('1月18日，市长周华到引领科技有限公司调研复工复产情况。').places[0]).toBe(
      '引领科技有限公司',
    );
    expect(firstVisit('1月18日，县长王强在龙山镇八楼村文化广场举办新春慰问活动。').places[0]).toContain(
      '八楼村',
    );
  });
  it('keeps an event whose result is 预计, a year-end round of 送温暖, and a mayor questioning at a township', () => {
    expect(
      firstVisit('1月18日，县长王强在社区广场举行爱心捐赠仪式，预计惠及困难群众300户，现场发放大米200袋。')
        .places[0],
    ).toBe('社区广场');
    expect(
      firstVisit('1月18日，县总工会年终送温暖慰问活动在县工人文化宫广场举行，县长王强出席。').places[0],
    ).toBe('县工人文化宫广场');
    expect(
      firstVisit('1月18日，市长周华在桃源镇政府详细询问了受灾群众安置情况和救灾物资储备情况。').places[0],
    ).toBe('桃源镇政府');
  });
  it('takes no host as the first of those listed, and reads 赶来 as going', () => {
    expect(
      firstVisit(
        '1月18日，慰问团到红星村看望困难群众。参加此次慰问的人员包括：村党支部书记张华、县民政局局长吴江。',
      ).lead,
    ).toBe('吴江');
    expect(firstVisit('6月20日晚，副县长李明赶来东风村，看望慰问受灾群众，送去矿泉水50箱。').lead).toBe(
      '李明',
    );
  });
});

describe('a campaign launched at a square (read against a real page after the session’s last probe)', () => {
  it('is a visit there, led by the one said to take part where nobody else leads', () => {
    expect(
      firstVisit(
        '8月17日，由县文明办组织举办的“清凉一夏”公益关爱行动在人民广场正式启动。副县长王强参加活动。',
      ),
    ).toEqual({ lead: '王强', places: ['人民广场', '人民广场'] });
  });
});
