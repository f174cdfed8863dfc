import { describe, expect, it } from 'vitest';
import { findPlaces, placesAnywhere } from './places';

const read = (text: string) => {
  const found = findPlaces(text);
  return found.map((p) => [p.name, p.kind, p.parent === null ? null : found[p.parent]!.name]);
};

describe('findPlaces', () => {
  it('reads retired officers’ homes, military subdistricts, school offices, eateries and high schools', () => {
    expect(read('先后来到县人武部、县军休所，看望慰问官兵').map((p) => p[0])).toEqual([
      '县人武部',
      '县军休所',
    ]);
    expect(read('先后到临江军分区、市武警支队走访慰问官兵').map((p) => p[0])).toEqual([
      '临江军分区',
      '市武警支队',
    ]);
    expect(read('先后走访了红星小学、红星教管办').map((p) => p[0])).toEqual(['红星小学', '红星教管办']);
    expect(read('率队深入到县人民医院、县环卫处，看望一线职工').map((p) => p[0])).toEqual([
      '县人民医院',
      '县环卫处',
    ]);
    expect(read('检查组先后走进刘记面馆及老街烧烤店').map((p) => p[0])).toEqual(['刘记面馆', '老街烧烤店']);
    expect(read('首先来到位于东桥镇的聚福酒家，查看燃气报警器').map((p) => p[0])).toEqual(['聚福酒家']);
    expect(read('到青石高中督查春季开学工作').map((p) => p[0])).toEqual(['青石高中']);
    expect(read('先后来到南关警务室和石桥派出所').map((p) => p[0])).toEqual(['南关警务室', '石桥派出所']);
    expect(read('来到湄潭供电局，慰问一线职工').map((p) => p[0])).toEqual(['湄潭供电局']);
    expect(read('来到县看守所看望值班民警').map((p) => p[0])).toEqual(['县看守所']);
    expect(read('在东门转盘和滨江公园，看望了执勤交警').map((p) => p[0])).toEqual(['东门转盘', '滨江公园']);
    expect(read('来到白沙镇翠谷生态农业观光园').map((p) => p[0])).toEqual(['白沙镇', '翠谷生态农业观光园']);
    expect(read('来到市税务局东城分局前进税务所和红旗税务所').map((p) => p[0])).toContain('红旗税务所');
    expect(read('先后来到市第二人民医院、东城中心医院、市中医医院').map((p) => p[0])).toEqual([
      '市第二人民医院',
      '东城中心医院',
      '市中医医院',
    ]);
    expect(read('首先来到东溪农商银行城北支行，看望一线员工').map((p) => p[0])).toEqual([
      '东溪农商银行城北支行',
    ]);
    expect(read('来到东岭片区和新兴村').map((p) => p[0])).toEqual(['东岭片区', '新兴村']);
    expect(read('先后到光明煤矿、新华煤矿察看了安全记录').map((p) => p[0])).toEqual(['光明煤矿', '新华煤矿']);
    expect(read('来到县黄金矿业公司调研').map((p) => p[0])).toEqual(['县黄金矿业公司']);
    expect(read('来到李家沟煤矿安全生产一线').map((p) => p[0])).toEqual(['李家沟煤矿']);
    expect(read('来到市国家安全局，看望慰问干部职工').map((p) => p[0])).toEqual(['市国家安全局']);
    expect(read('来到县委党校暨行政学院，为学员授课').map((p) => p[0])).toEqual(['县委党校暨行政学院']);
    expect(read('来到县农村信用合作联社和县农村商业银行').map((p) => p[0])).toEqual([
      '县农村信用合作联社',
      '县农村商业银行',
    ]);
    expect(read('来到县政务服务中心一楼服务大厅').map((p) => p[0])).toEqual(['县政务服务中心']);
    expect(read('来到城关一中学生食堂检查').map((p) => p[0])).toEqual(['城关一中']);
    expect(read('来到红星镇特色商品经营区域检查市场供应').map((p) => p[0])).toEqual(['红星镇']);
    // (转至 is no going: "伤者已转至县人民医院".)
    expect(read('伤者已转至县人民医院救治')).toEqual([]);
    expect(read('前往科克托边防连、边防某团工兵连开展节日慰问').map((p) => p[0])).toEqual([
      '科克托边防连',
      '边防某团工兵连',
    ]);
    expect(read('看望慰问坚守在一线的青山林局防火队员').map((p) => p[0])).toEqual(['青山林局']);
    expect(read('先后来到市第二医院、市疾病预防控制中心、市中心血站').map((p) => p[0])).toEqual([
      '市第二医院',
      '市疾病预防控制中心',
      '市中心血站',
    ]);
    expect(read('先后到安平市中心血站看望值班人员').map((p) => p[0])).toContain('安平市中心血站');
    expect(read('前往城关镇勘察受损河堤').map((p) => p[0])).toEqual(['城关镇']);
    expect(read('来到城关镇新开村走访慰问').map((p) => p[0])).toContain('新开村');
    expect(read('来到县城，检查了家家乐饭店经营户的消防设施').map((p) => p[0])).toContain('家家乐饭店');
    expect(read('来到县第一高中学生宿舍检查消防安全').map((p) => p[0])).toContain('县第一高中');
    expect(read('来到城关镇红星村文化礼堂').map((p) => p[0])).toContain('红星村');
    // (The bank of one who went along is no place: "在农行城关支行行长刘明陪同下".)
    expect(read('在农行城关支行行长刘明陪同下，来到城关镇红星村').map((p) => p[0])).toEqual([
      '城关镇',
      '红星村',
    ]);
    expect(read('实地察看制水设施、供水管道布局等情况')).toEqual([]);
    expect(read('率队到南岭镇，调研督导农村饮水安全暨东湖水厂建设工作').map((p) => p[0])).toEqual(['南岭镇']);
    expect(read('先后来到北山水厂、县农村供水服务大厅').map((p) => p[0])).toEqual([
      '北山水厂',
      '县农村供水服务大厅',
    ]);
    expect(read('前往新安社区了解防灾措施，同时也至东港抽水站巡视').map((p) => p[0])).toEqual([
      '新安社区',
      '东港抽水站',
    ]);
    expect(read('先后来到县第一中学和宏达建材有限公司').map((p) => p[0])).toEqual([
      '县第一中学',
      '宏达建材有限公司',
    ]);
    expect(read('先后来到县第一中学和宏达建材有限公司').map((p) => p[0])).toEqual([
      '县第一中学',
      '宏达建材有限公司',
    ]);
    // (A bureau is still a government's or one of a trade: not "大局".)
    expect(read('来到顾全大局')).toEqual([]);
  });
  it('goes on after "，" through works that a list ending 等地 names', () => {
    expect(read('先后来到青松水库，石桥塘水库等地，检查防溺水工作').map((p) => p[0])).toEqual([
      '青松水库',
      '石桥塘水库',
    ]);
    expect(read('来到青松水库，水位已超汛限').map((p) => p[0])).toEqual(['青松水库']);
  });
  it('reads no place in what says what sort of school, works or eatery (普通高中, 水毁护岸, 沿街饭店), nor in 环卫处理', () => {
    expect(read('看望在县城读高中的留守儿童')).toEqual([]);
    expect(read('走访了普通高中和职业高中')).toEqual([]);
    expect(read('察看了水毁护岸修复情况')).toEqual([]);
    expect(read('检查沿街饭店、城区部分烧烤店的燃气安全')).toEqual([]);
    expect(read('来到县垃圾环卫处理厂').map((p) => p[0])).toEqual(['县垃圾环卫处理厂']);
    expect(read('来到县勘察设计院，调研项目前期工作').map((p) => p[0])).toEqual(['县勘察设计院']);
    expect(read('来到红星镇教管办').map((p) => p[0])).toContain('红星镇教管办');
    // (A list after "，" that ends 等地 is a list of stops only before what was done there.)
    expect(read('来到城关镇，沿河公园，滨江路等地在节日期间将举办灯会').map((p) => p[0])).toEqual(['城关镇']);
  });
  it('reads 驶入 as going, and no place in 带来, 认识到, 强调要确保农村, 其中县 or 防疫一线社区', () => {
    expect(read('青石镇的送水车驶入柳塘村，为村民送去饮用水').map((p) => p[0])).toEqual(['柳塘村']);
    expect(read('给他们带来了省委组织部的亲切关怀和问候')).toEqual([]);
    expect(read('要求让群众认识到保护河道的重要意义')).toEqual([]);
    expect(read('为五保户送去桶装饮用水，强调要确保农村社会稳定')).toEqual([]);
    expect(read('深入红星社区、东风社区，看望奋战在防疫一线社区工作者').map((p) => p[0])).toEqual([
      '红星社区',
      '东风社区',
    ]);
  });
  it('reads 会勘 as inspecting, not as a name, and no place in a body named for what it does (督查服务中心)', () => {
    expect(read('前往东溪村会勘堤防').map((p) => p[0])).toEqual(['东溪村']);
    expect(read('前往现地会勘文德里护岸').map((p) => p[0])).toEqual(['文德里护岸']);
    expect(read('县长吴明进行暗访，县政府办、督查服务中心等单位负责同志参加')).toEqual([]);
  });
  it('reads a river, a polder and a polder district as places, and a village named after a river as a village', () => {
    expect(read('副县长何正清到横埠河南岸检查指导防汛抢险工作')).toEqual([['横埠河', 'site', null]]);
    expect(read('在漳江垸和木塘垸，武吉海来到大堤').map((p) => p[0])).toEqual(['漳江垸', '木塘垸']);
    expect(read('在三姓圩段，他仔细查看圩堤渗漏')).toEqual([['三姓圩', 'site', null]]);
    expect(read('先后来到石家河村储有福老人家中')).toEqual([['石家河村', 'village', null]]);
  });
  it('reads 向阳 as the start of a name, not as 向 before a place given to', () => {
    expect(read('来到向阳村')).toEqual([['向阳村', 'village', null]]);
    expect(read('调研组先后实地察看了向阳乡西岭村委会')).toEqual([
      ['向阳乡', 'township', null],
      ['西岭村委会', 'village', '向阳乡'],
    ]);
    expect(read('向红星村捐赠口罩')).toEqual([['红星村', 'village', null]]);
  });
  it('reads a district named by its direction alone, not the last of a list that shares its suffix', () => {
    expect(read('新竹市长林志宏日前来到东区，探望3位百岁人瑞')).toEqual([['东区', 'district', null]]);
    expect(read('到南区探访长者')).toEqual([['南区', 'district', null]]);
    expect(read('分別到訪觀塘、沙田、荃灣及北區')).toEqual([]);
    expect(read('深入东区域')).toEqual([]);
  });
  it('reads works named by their village, village groups, 街办, lakes, and goes on with the list after them', () => {
    expect(read('先后来到长河镇红星村泵站和白鹤镇青竹村塘坝，查看旱情').map((p) => p[0])).toEqual([
      '长河镇',
      '红星村',
      '红星村泵站',
      '白鹤镇',
      '青竹村',
      '青竹村塘坝',
    ]);
    expect(read('先后来到红岭村泵站提水现场和白沙村塘坝提水现场').map((p) => p[0])).toEqual([
      '红岭村',
      '红岭村泵站',
      '白沙村',
      '白沙村塘坝',
    ]);
    expect(read('深入青松镇白石村上坪组、红岩镇岭头村').map((p) => p[0])).toEqual([
      '青松镇',
      '白石村',
      '白石村上坪组',
      '红岩镇',
      '岭头村',
    ]);
    expect(read('检查寨岗镇白芒村茶坑组和石坑组地质灾害隐患点').map((p) => p[0])).toEqual([
      '寨岗镇',
      '白芒村',
      '白芒村茶坑组',
      '石坑组',
    ]);
    expect(read('来到红星村工作组驻地').map((p) => p[0])).toEqual(['红星村']);
    expect(read('来到长乐镇双桥村民兵执勤点').map((p) => p[0])).toContain('双桥村');
    // (Not a lake before 大堤, works before 管理所, a team named 组, nor 了解 after a verb of going: 来到了解放村.)
    expect(read('来到白石湖大堤').map((p) => p[0])).toEqual(['白石湖大堤']);
    expect(read('来到东湖路中转站').map((p) => p[0])).toEqual(['东湖路', '东湖路中转站']);
    expect(read('实地查看了李家村污水泵站').map((p) => p[0])).toEqual(['李家村', '李家村污水泵站']);
    expect(read('来到红星村水库管理所').map((p) => p[0])).not.toContain('红星村水库');
    expect(read('看望红星村防疫组的工作人员').map((p) => p[0])).toEqual(['红星村']);
    expect(read('来到了解放村').map((p) => p[0])).toEqual(['解放村']);
    expect(
      placesAnywhere('县委常委、常务副县长丁晓雨率相关部门负责同志来到周小梅家中').map((p) => p.name),
    ).toEqual([]);
    expect(read('先后来到了解家村和石门村').map((p) => p[0])).toEqual(['解家村', '石门村']);
    expect(
      read('分别捐给城东区河口街办和城西区柳林街办')
        .map((p) => p[0])
        .join('、'),
    ).toBe('城东区、河口街办、城西区、柳林街办');
    expect(read('实地查看了青山水库、白石湖等地库容状况').map((p) => p[0])).toEqual(['青山水库', '白石湖']);
    expect(read('来到石角湖旅游区').map((p) => p[0])).toEqual(['石角湖旅游区']);
    expect(read('来到周慧家，随后赶往枫林村看望刘老师').map((p) => p[0])).toEqual(['枫林村']);
  });
  it('reads no place in 了解社区, 当前乡镇, 温暖和社区 or 在岗和巡堤, and reads 解放村', () => {
    expect(read('到青石社区调研，深入了解社区情况').map((p) => p[0])).toEqual(['青石社区']);
    expect(read('来到杨柳镇，指导当前乡镇防汛工作').map((p) => p[0])).toEqual(['杨柳镇']);
    expect(read('让老人感受到家的温暖和社区的关怀，来到东湖社区').map((p) => p[0])).toEqual(['东湖社区']);
    expect(read('查看水位和值班人员在岗和巡堤等情况')).toEqual([]);
    expect(read('县长到解放村了解情况').map((p) => p[0])).toEqual(['解放村']);
  });
  it('reads army, armed police and fire units and their bases, and 武警县中队 as one unit', () => {
    expect(
      read('副市长到驻江某部队、武警江州支队、市消防救援支队、江州边检站走访慰问').map((p) => p[0]),
    ).toEqual(['驻江某部队', '武警江州支队', '市消防救援支队', '江州边检站']);
    expect(read('县长一行来到石湾海军驻地').map((p) => p[0])).toEqual(['石湾海军驻地']);
    // (Not troops named by what they do.)
    expect(read('走访慰问抗洪抢险部队官兵')).toEqual([]);
    expect(read('县委书记来到武警县中队走访慰问').map((p) => p[0])).toEqual(['武警县中队']);
  });
  it('reads no place in 就农村 after a town, in 村支两委, or in the bodies that led a visit (在…的带领下)', () => {
    expect(read('深入柳林镇就农村饮水安全工作进行了调研').map((p) => p[0])).toEqual(['柳林镇']);
    expect(read('青湾村村支两委干部为村民发放口罩').map((p) => p[0])).not.toContain('青湾村村');
    expect(read('慰问团在物流园区党委书记田志强的带领下来到镇敬老院').map((p) => p[0])).toEqual(['镇敬老院']);
    // (No place in a person or a word for who people are: 林女士村, 地方人士偕同乡.)
    expect(read('市长先后前往新城乡顺安村慰问林女士与北埔村陈先生').map((p) => p[0])).not.toContain(
      '林女士村',
    );
    expect(read('县长和地方人士偕同乡长何大宝出席')).toEqual([]);
    expect(read('市议员陈立文今带着物资，南下嘉义东石、布袋等地').map((p) => p[0])).toEqual([
      '嘉义东石',
      '布袋',
    ]);
    expect(read('爱心企业在县民政局、县商务局的带领下，来到清溪镇敬老院').map((p) => p[0])).toEqual([
      '清溪镇',
      '清溪镇敬老院',
    ]);
  });
  it('reads the division after 我市, 我县 or 我镇, not the words themselves', () => {
    expect(read('赴我市安乡县、汉寿县检查指导防汛工作').map((p) => p[0])).toEqual(['安乡县', '汉寿县']);
    expect(read('来到我镇红星村')).toEqual([['红星村', 'village', null]]);
  });
  it('reads no place in a count of villages, a time of year before 分赴, or a word that ends in 路', () => {
    expect(read('镇机关干部深入到4村2社区走访慰问困难群众')).toEqual([]);
    expect(read('班子成员在建党节前夕分赴各村慰问困难老党员')).toEqual([]);
    expect(read('委员们来到红枫敬老院，并在此就社区养老服务进行座谈').map((p) => p[0])).toEqual([
      '红枫敬老院',
    ]);
    expect(read('检查组来到金禾食品厂，检查消防设施、电器线路等情况').map((p) => p[0])).toEqual([
      '金禾食品厂',
    ]);
  });
  it('keeps the county in a school or hospital it names, and ends a school before what was done there', () => {
    const names = (text: string) => read(text).map((p) => p[0]);
    expect(names('市长钱立到安平县第二中学检查校园安全')).toEqual(['安平县', '安平县第二中学']);
    expect(names('商贸公司为安平县第一人民医院送来200袋汤圆')).toEqual(['安平县', '安平县第一人民医院']);
    expect(names('市政协副主席钱立到安平市实验小学监督民生实事项目“护苗”工程')).toEqual([
      '安平市',
      '安平市实验小学',
    ]);
    expect(names('来到县市场监督管理局检查')).toContain('县市场监督管理局');
  });
  it('reads the place gone to after where it lies (位于…的), and a joint school (联校)', () => {
    expect(read('区长来到位于城西镇白石村的康乐长者照护之家，看望老人').map((p) => p[0])).toEqual([
      '康乐长者照护之家',
    ]);
    expect(read('一行来到红星小学、青山二中和白云联校').map((p) => p[0])).toEqual([
      '红星小学',
      '青山二中',
      '白云联校',
    ]);
  });
  it('reads children’s homes, hospitals and rehabilitation centres, whose names say whom they serve', () => {
    expect(read('县长到县儿童福利院、残疾儿童康复中心、县特殊教育学校开展节日慰问').map((p) => p[0])).toEqual(
      ['县儿童福利院', '残疾儿童康复中心', '县特殊教育学校'],
    );
    expect(read('来到市儿童医院看望患儿').map((p) => p[0])).toEqual(['市儿童医院']);
    // (A community's day-care centre keeps the community in its name; a management office is a place.)
    expect(read('来到东湖街道青山社区日间照料中心调研').map((p) => p[0])).toContain('青山社区日间照料中心');
    expect(read('县妇联干部来到城建管理处慰问一线职工').map((p) => p[0])).toEqual(['城建管理处']);
  });
  it('reads no division inside a bureau, but a community named after a factory or a town after a farm', () => {
    const names = read('来到青岛市公安局市南分局慰问民警').map((p) => p[0]);
    expect(names).not.toContain('公安局市');
    expect(names).toContain('市南分局');
    expect(read('来到纺织厂社区看望老人').map((p) => p[0])).toEqual(['纺织厂社区']);
    expect(read('来到新华农场镇看望老人').map((p) => p[0])).toEqual(['新华农场镇']);
  });
  it('reads no place in two things joined by 和, a way of checking, what goods do, or the body of one who went along', () => {
    expect(read('调研养老服务机构和站点')).toEqual([]);
    expect(read('察看了车间和仓库')).toEqual([]);
    expect(read('在一号门诊楼大厅，一袋袋慰问品传递着医院党委的关心').map((p) => p[0])).toEqual([
      '一号门诊楼',
    ]);
    expect(read('来到永和社区').map((p) => p[0])).toEqual(['永和社区']);
    expect(read('市长到市水务局随机抽查水库值班情况').map((p) => p[0])).toEqual(['市水务局']);
    expect(read('副县长刘明在县教育局局长王芳的陪同下到东风镇调研').map((p) => p[0])).toEqual(['东风镇']);
  });
  it('reads 为老 inside a name, an electoral district, an underground space, 邮电路, and no dam in 坝体', () => {
    expect(read('来到青松街道综合为老服务中心慰问老人').map((p) => p[0])).toContain('综合为老服务中心');
    expect(read('在长宁选区，代表们察看了垃圾分类投放情况').map((p) => p[0])).toEqual(['长宁选区']);
    expect(read('县长王刚来到邮电路，检查背街小巷环境整治情况').map((p) => p[0])).toContain('邮电路');
    expect(read('来到石门水库，察看大坝坝体和溢洪道').map((p) => p[0])).toEqual(['石门水库']);
    expect(read('区长一行先后到华源通地下空间，查看积水情况').map((p) => p[0])).toEqual(['华源通地下空间']);
  });
  it('reads on past another name of a place in brackets (长淮卫镇（淮上街道）第三社区)', () => {
    expect(read('一行来到长淮卫镇（淮上街道）第三社区走访慰问')).toEqual([
      ['长淮卫镇', 'town', null],
      ['第三社区', 'community', '长淮卫镇'],
    ]);
  });
  it('reads a chain district › street › community', () => {
    expect(read('赴资阳区大码头街道金花坪社区督查')).toEqual([
      ['资阳区', 'district', null],
      ['大码头街道', 'street', '资阳区'],
      ['金花坪社区', 'community', '大码头街道'],
    ]);
  });
  it('keeps a village name inside a community name, and a road inside a street name', () => {
    expect(read('来到会龙山街道洪家村社区')).toEqual([
      ['会龙山街道', 'street', null],
      ['洪家村社区', 'community', '会龙山街道'],
    ]);
    expect(read('前往汽车路街道城门外社区')).toEqual([
      ['汽车路街道', 'street', null],
      ['城门外社区', 'community', '汽车路街道'],
    ]);
  });
  it('reads no place from words that only end like one', () => {
    const names = (t: string) => read(t).map((p) => p[0]);
    expect(names('为150份爱心月饼街道的环卫工人送去祝福')).not.toContain('150份爱心月饼街道');
    expect(names('到城关镇凤凰社区，一页页翻看返乡人员登记本')).toEqual(['城关镇', '凤凰社区']);
    expect(names('代表们在建水利工程现场察看')).not.toContain('建水利工程');
    expect(names('走访了带病回乡的老复员军人')).toEqual([]);
    expect(names('检查了我区水库的防汛准备')).toEqual([]);
    expect(names('察看了小区门口和楼道的消杀情况')).not.toContain('小区门口和楼');
    expect(names('先后到观塘秀明楼和牛头角福和街探访')).toContain('牛头角福和街');
    expect(names('城南新区党工委委员郑国平、东湖社区党总支书记汪丽华走访慰问老党员')).not.toContain(
      '党工委委员郑国平社区',
    );
    expect(names('邓嘉雯又探访了住在同一座大厦的何婆婆')).toEqual([]);
    expect(names('这是群众出行的必经之路')).toEqual([]);
    expect(names('走进柳湾村，一行人先和柳湾村党支部书记座谈')).not.toContain('一行人先村');
    expect(names('区委编办走访慰问共建社区困难群众')).toEqual([]);
    expect(names('为户外劳动者送去冰镇绿豆汤')).toEqual([]);
    expect(names('听取了米桥学区关于全镇农村小学教育情况的汇报')).toEqual([]);
    expect(names('帮助他们理清来年的发展思路')).toEqual([]);
    expect(names('来到田岙村村干部家中')).toEqual(['田岙村']);
    expect(names('看望了生病住院的老同志')).toEqual([]);
    expect(names('何文山说，这批口罩是仓库里的存货')).toEqual([]);
    expect(names('他们从团山村、勐旨村等不同的地方赶来')).not.toContain('他们从团山村');
    expect(names('来到从江县')).toEqual(['从江县']);
    expect(names('走访邓嘉雯访爱东邨长者')).not.toContain('邓嘉雯访爱东邨');
    expect(names('打2011年起，这个村每逢年关都要上门看望老人')).toEqual([]);
    expect(names('在京企业家心系家乡 向宜章县捐赠3万个口罩')).toEqual(['宜章县']);
    expect(names('太平村在村委会院坝里摆起了坝坝宴')).not.toContain('村委会院');
    // A plan's nouns after a verb of looking, and the word 乡村 (in 896, a plan with no visit).
    expect(names('一、指导思想围绕全镇发展乡村旅游、调优农业产业结构的思路')).toEqual([]);
    expect(names('五、视察方式以现场观摩为主，边看边听边交流')).toEqual([]);
    expect(names('帮助建设美丽乡村，走访永乐乡村干部')).toEqual(['永乐乡']);
    expect(names('来到东乡村和许岭乡九井村')).toEqual(['东乡村', '许岭乡', '九井村']);
    expect(names('也顺道探望了几间老字号小店和单幢楼的街坊')).toEqual([]);
  });
  it('reads a school or kindergarten of the town named before it, and no shared suffix after a name with its own', () => {
    expect(read('来到丽春镇小学，看望学生').map((p) => p[0])).toContain('丽春镇小学');
    const names = read('分别来到丽春镇小学、丽春镇中心幼儿园、春晖幼儿园，给孩子们带去了书包').map(
      (p) => p[0],
    );
    expect(names).toEqual(expect.arrayContaining(['丽春镇小学', '丽春镇中心幼儿园', '春晖幼儿园']));
    expect(names).not.toContain('小学镇');
  });
  it('reads a list of stops with a name in quotation marks among them', () => {
    expect(
      read('察看了县消防救援大队、青岚地质公园、“海语山居”民宿、柘林湾观景台等地，听取汇报').map((p) => p[0]),
    ).toEqual(['县消防救援大队', '青岚地质公园', '“海语山居”民宿', '柘林湾观景台']);
  });
  it('reads a list of stops closed by their count and kind, without 等', () => {
    expect(
      read('慰问组先后来到民安宾馆、县党校、工业园区公寓、锦江酒店4个集中医学隔离观察点，送去物资').map(
        (p) => p[0],
      ),
    ).toEqual(['民安宾馆', '县党校', '工业园区公寓', '锦江酒店']);
  });
  it('splits a list that shares one suffix', () => {
    expect(read('分别来到东风、红星、新华等社区').map((p) => p[0])).toEqual([
      '东风社区',
      '红星社区',
      '新华社区',
    ]);
  });
  it('reads towns, townships, compounds and companies', () => {
    expect(read('深入桃江县灰山港镇龙泉村')).toEqual([
      ['桃江县', 'county', null],
      ['灰山港镇', 'town', '桃江县'],
      ['龙泉村', 'village', '灰山港镇'],
    ]);
    expect(read('走访了金色花园小区和益阳橡胶公司').map((p) => [p[0], p[1]])).toEqual([
      ['金色花园小区', 'compound'],
      ['益阳橡胶公司', 'organization'],
    ]);
  });
  it('reads a residents’ committee whose name ends in 村', () => {
    expect(read('来到桃花仑街道碧云二村')).toEqual([
      ['桃花仑街道', 'street', null],
      ['碧云二村', 'residents-committee', '桃花仑街道'],
    ]);
  });
  it('reads sibling roads after an inspection verb', () => {
    expect(read('实地督查了青年路、洪家巷、同心巷等区域').map((p) => [p[0], p[1]])).toEqual([
      ['青年路', 'road'],
      ['洪家巷', 'road'],
      ['同心巷', 'road'],
    ]);
  });
  it('does not take words for places', () => {
    expect(read('到该村了解情况,在全市范围内')).toEqual([]);
  });
});

describe('places the gazetteer knows', () => {
  it('reads a division named without its suffix after a verb of going ("来到金花坪")', async () => {
    const { draftBulletin } = await import('./index');
    const { loadChunkFromDisk } = await import('../../scripts/gazetteer-disk');
    const { dataset } = await draftBulletin(
      '资阳区人大走访社区\n2月3日，资阳区人大常委会主任李明来到金花坪，看望社区工作人员。',
      {
        loadChunk: loadChunkFromDisk,
      },
    );
    const v = dataset.bulletins[0]!.visits[0]!;
    const place = dataset.places.find((p) => p.id === v.placeId)!;
    expect([place.name.zh, place.kind, place.divisionCode]).toEqual(['金花坪', 'community', '430902005009']);
  });
  it('reads a county whose name is one character and 县, which no suffix rule reads ("前往环县督查")', async () => {
    const { draftBulletin } = await import('./index');
    const { loadChunkFromDisk } = await import('../../scripts/gazetteer-disk');
    const { dataset } = await draftBulletin(
      '市人大督查疫情防控\n2月2日清晨，庆阳市人大常委会主任马秀兰前往环县督查疫情防控工作。',
      { loadChunk: loadChunkFromDisk },
    );
    const v = dataset.bulletins[0]!.visits[0]!;
    const place = dataset.places.find((p) => p.id === v.placeId)!;
    expect([place.name.zh, place.kind]).toEqual(['环县', 'county']);
  });
});

describe('findPlaces, words that end like a place', () => {
  it('reads a bureau of a government, not 大局 or 格局', () => {
    expect(read('要牢固树立大局意识,到市交通运输局听取汇报')).toEqual([
      ['市交通运输局', 'organization', null],
    ]);
  });
  it('reads nothing the size of a village inside a community', () => {
    expect(read('先后走进缑北社区李德厚和缑南社区杜秀英家中').map((p) => p[0])).toEqual(['缑北社区']);
  });
  it('reads a verb or 包村 as no name', () => {
    expect(read('为让全镇困难群众过好年')).toEqual([]);
  });
});

describe('findPlaces, descriptions before a name', () => {
  it('reads no place from words that describe a project or a village (部分, 重点, 省级示范村)', () => {
    expect(read('对部分新农村建设项目进展情况进行视察')).toEqual([]);
  });
  // A suffix that starts a longer word, or a stem that is a phrase or a kind of place, is no place.
  it.each([
    '为了让他们感受到党组织和村集体的关心',
    '感谢部队在防汛抢险和社区治理中的支持',
    '来到改造中街道察看',
    '赶到加紧运送沙袋封堵水毁河堤',
    '为24小时坚守卡点的工作人员送去一份保障',
    '调研指导国庆假期重大项目不停工',
    '逐一查看工程进度和现场安全措施',
    '向一家妇幼保健院捐赠口罩',
    '察看了排涝泵站',
    '察看农村道路',
    '一同对辖区内山塘水库开展巡查',
    '对垸内各乡镇防汛值守情况进行暗访督查',
    '看到一段通往水库的防汛道路还是砂石路',
    '重点察看600米堤段的护坡',
    '他们收到红星村送来的锦旗',
    '志愿者们走进这家养老院',
    '当即分发给在此等候的宜昌五家医院',
    '分别进驻辖区接待旅客的6家酒店',
    '在进出村的主要路口设立卡口',
    '到配合街道开展工作的社区',
  ])('reads no place in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['来到钟楼区人武部', ['钟楼区', '钟楼区人武部']],
    ['走进上坪村颐养之家', ['上坪村', '上坪村颐养之家']],
    ['来到桂花小学安置点', ['桂花小学', '桂花小学安置点']],
    ['来到金源机械铸造车间', ['金源机械铸造车间']],
    ['来到胡集镇调解工作室', ['胡集镇', '调解工作室']],
    ['来到桂香雅苑居民区', ['桂香雅苑居民区']],
    ['来到三都镇西湖村山洪灾害点', ['三都镇', '西湖村', '山洪灾害点']],
    ['在城区滨河骑手驿站开展慰问活动', ['城区滨河骑手驿站']],
    ['来到沿河公园', ['沿河公园']],
    ['在家住涪城区南河小区的职工家中', ['涪城区', '南河小区']],
    ['视察了清水河防汛道路', ['清水河', '防汛道路']],
    ['来到白沙河边的小学', ['白沙河']],
    ['来到北京东城区', ['北京东城区']],
    ['来到良垌镇政府大院', ['良垌镇', '良垌镇政府大院']],
    ['来到市第一人民医院干部病区', ['市第一人民医院', '市第一人民医院干部病区']],
    ['来到锦程酒店隔离点', ['锦程酒店', '锦程酒店隔离点']],
    ['来到北屯区服务处', ['北屯区', '北屯区服务处']],
    ['来到东湾机埠', ['东湾机埠']],
    ['来到新兴社区老年活动室', ['新兴社区', '老年活动室']],
    ['参观了饭堂和活动室', []],
  ])('reads the kinds of place the genre visits: %s', (text, names) => {
    expect(read(text).map((p) => p[0])).toEqual(names);
  });
  it('reads farms and forest farms as places (绿丰源家庭农场, 东岭林场)', () => {
    expect(read('来到绿丰源家庭农场采摘蔬菜').map((p) => p[0])).toEqual(['绿丰源家庭农场']);
    expect(read('来到东岭林场').map((p) => p[0])).toEqual(['东岭林场']);
  });
  it('reads a village’s short name from the gazetteer, but not one that is a common word (走进群众)', () => {
    const known = new Map([
      ['群众', 'village' as const],
      ['王庄', 'village' as const],
    ]);
    expect(findPlaces('代表们平时要多走进群众', known)).toEqual([]);
    expect(findPlaces('把祝福送到新春', new Map([['新春', 'village' as const]]))).toEqual([]);
    // ("调研敬老院建设管理", "为户外劳动者送清凉": 建设 and 劳动 are words, though villages are called so.)
    const words = new Map([
      ['建设', 'village' as const],
      ['劳动', 'village' as const],
    ]);
    expect(placesAnywhere('对敬老院建设和管理情况开展调研', words).map((p) => p.name)).toEqual(['敬老院']);
    expect(placesAnywhere('为户外劳动者送去清凉', words)).toEqual([]);
    // (Short names that begin as words do ("进贤", "本溪") are names all the same; a festival with a suffix is one.)
    const more = new Map([
      ['进贤', 'county' as const],
      ['本溪', 'prefecture' as const],
    ]);
    expect(findPlaces('来到进贤', more).map((p) => p.name)).toEqual(['进贤']);
    expect(findPlaces('前往本溪', more).map((p) => p.name)).toEqual(['本溪']);
    expect(read('来到国庆村').map((p) => p[0])).toEqual(['国庆村']);
    expect(findPlaces('代表们走进王庄', known).map((p) => p.name)).toEqual(['王庄']);
  });
  it('reads no place named anywhere that starts with 加快, 推进, 由 or holds 一年 (加快推进嘉山镇建设, 由区民政局)', () => {
    expect(placesAnywhere('为充分发挥人大代表作用，加快推进嘉山镇建设').map((p) => p.name)).toEqual([]);
    expect(placesAnywhere('在确保安全的前提下加快治理工程').map((p) => p.name)).toEqual([]);
    expect(placesAnywhere('由区民政局牵头组织').map((p) => p.name)).toEqual([]);
    expect(placesAnywhere('他托朋友联系上外省厂家').map((p) => p.name)).toEqual([]);
    expect(placesAnywhere('回看了过去一年驻村帮扶干了哪些事').map((p) => p.name)).toEqual([]);
  });
  it('reads the village a work team is stationed in (驻…村工作队) as a place named anywhere', () => {
    expect(
      placesAnywhere('玉溪市政协机关驻华宁县盘溪镇大龙潭村工作队开展走访慰问').map((p) => p.name),
    ).toEqual(['玉溪市', '华宁县', '盘溪镇', '大龙潭村']);
  });
  it.each([
    '在回家路上，他说起了家常',
    '员工义工参与了超过90项本地社区活动',
    '居民们也切实感受到了政府和居委会的关怀',
    '区公所平时透过社区照顾关怀据点提供电话问安',
    '金秋时节，菊香满院。',
    '区农业农村委开展节前走访慰问',
    '邵明远一行沿途察看了泄水沟渠过水情况',
    '来到高温作业路段',
  ])('reads no place in words of a government, a habit, a poem, a bureau or a ditch: %s', (text) => {
    expect(placesAnywhere(text).map((p) => p.name)).toEqual([]);
  });
  it('still reads the places beside such words (望江社区 before ，和社区干部, 和平社区, 平舆县, a works’ name with 改造)', () => {
    expect(read('分头深入望江、河坝四个社区，和社区干部一道走进群众家中').map((p) => p[0])).toEqual([
      '望江社区',
      '河坝社区',
    ]);
    expect(read('来到和平社区')).toEqual([['和平社区', 'community', null]]);
    expect(read('到平舆县视察农村公路建设')).toEqual([['平舆县', 'county', null]]);
    expect(read('来到城北片区棚户区改造征拆现场').map((p) => p[0])).toContain('棚户区改造征拆现场');
  });
});

describe('findPlaces, institutions and counts', () => {
  it("reads a place's institution named right after it, with the place in its name", () => {
    expect(read('走进蚌埠经开区环卫所,开展慰问活动').map((p) => p[0])).toEqual([
      '蚌埠经开区',
      '蚌埠经开区环卫所',
    ]);
  });
  it('reads a quarantine site or a checkpoint named after its place as that place’s, with the place in its name', () => {
    expect(read('来到石鼓区集中隔离医学观察点，看望工作人员').map((p) => p[0])).toEqual([
      '石鼓区',
      '石鼓区集中隔离医学观察点',
    ]);
    expect(read('来到石鼓区隔离点').map((p) => p[0])).toEqual(['石鼓区', '石鼓区隔离点']);
    expect(read('先后到罗租中新村防疫卡口').map((p) => p[0])).toEqual(['罗租中新村', '罗租中新村防疫卡口']);
    expect(read('到各隔离点')).toEqual([]);
    expect(read('来到京山市新市镇G347国道疫情防控卡口，为').map((p) => p[0])).toEqual([
      '京山市',
      '新市镇',
      'G347国道疫情防控卡口',
    ]);
    expect(read('该所在辖区共设卡口4个；高海拔村落迎来降雪；做好疫情防控工作')).toEqual([]);
    // A village's gate is no place of its own, nor more of the village's name.
    expect(read('来到黄沙坪村村口防控卡点').map((p) => p[0])).toEqual(['黄沙坪村']);
  });
  it('reads no place from a title in a list or from 来自 (区委常委、黄桷坪街道党工委书记; 来自党委政府的关心)', () => {
    expect(read('来到区委常委、黄桷坪街道').map((p) => p[0])).not.toContain('区委常委街道');
    expect(read('感受到了来自党委政府的关心')).toEqual([]);
    expect(read('黄河洪峰到达该镇河段，代表们到防洪现场一线')).toEqual([]);
  });
  it('reads a long works’ name with its site, and a store of the town', () => {
    expect(
      read(
        '一行先后查看了太滆运河雪堰段潘家桥东侧堤防加固消险工程现场、城湾老闸站，并来到镇防汛应急物资储备仓库',
      ).map((p) => p[0]),
    ).toEqual(['太滆运河雪堰段潘家桥东侧堤防加固消险工程现场', '城湾老闸站', '镇防汛应急物资储备仓库']);
  });
  it('reads a count of villages as no village', () => {
    expect(read('深入埤城镇9个行政村和2个社区').map((p) => p[0])).toEqual(['埤城镇']);
  });
});

describe('findPlaces, a list of stops closed by 等 and a word for places', () => {
  it('reads every item as a place, whatever its suffix (等地, 等重点圩口, 等泵站, 等供热站)', () => {
    expect(
      read('考察团先后到县第一中学、西城区便民驿站、县公安局指挥中心、县人民医院东院区、万达城等地考察').map(
        (p) => p[0],
      ),
    ).toEqual(
      // (After a first item read as a name, the list is read as names: a part may stand for an item.)
      expect.arrayContaining(['县第一中学', '便民驿站', '指挥中心', '万达城']),
    );
    expect(read('周立群先后深入新河龙潭湾、大圩、白荡等重点圩口，实地查看水情').map((p) => p[0])).toEqual([
      '新河龙潭湾',
      '大圩',
      '白荡',
    ]);
    expect(read('察看了张家闸、李家站等泵站').map((p) => p[0])).toEqual(['张家闸', '李家站']);
    // (The last of two names of their own goes on to what lies in it: the polder 育乐垸, then its sluice.)
    // (以及 joins two names of their own.)
    const also = read('视察组先后视察了石门村党群服务中心以及红桥镇人大代表联络站。');
    expect(also.map((p) => p[0]).join('、')).toBe('石门村、石门村党群服务中心、红桥镇、红桥镇人大代表联络站');
    const polder = read('先后来到明山头安全台、育乐垸分洪闸、浪拔湖安全区等地，实地察看');
    expect(polder.map((p) => p[0]).join('、')).toBe('明山头安全台、育乐垸、分洪闸、浪拔湖安全区');
    expect(read('一行来到松柏朗立交桥下，为流浪乞讨人员送温暖')).toEqual([['松柏朗立交桥', 'site', null]]);
    expect(read('宣城市政协调研组来我县调研农村敬老院建设管理工作')).toEqual([]);
    // (Not "组先后前往…" after the 视察 of 视察组.)
    expect(read('视察组先后前往潜山市人民医院、皖江物流园等地察看').map((p) => p[0])).toEqual([
      '潜山市',
      '潜山市人民医院',
      '皖江物流园',
    ]);
    expect(read('代表们深入马家沟、荆各庄等供热站，进行现场检查').map((p) => p[0])).toEqual([
      '马家沟',
      '荆各庄',
    ]);
    expect(read('视察组先后到东山区健康驿站、银泰城等地视察')).toEqual([
      ['东山区', 'district', null],
      ['健康驿站', 'site', '东山区'],
      ['银泰城', 'site', null],
    ]);
    expect(read('对白石水库、岭下塘水及光明工业园工地等隐患点进行了检查').map((p) => p[0])).toEqual([
      '白石水库',
      '岭下塘水',
      '光明工业园工地',
    ]);
    // (Closed by a count of firms, "等3家企业", with a first item whose suffix no rule knows.)
    expect(
      read('实地走访了镇投公司共享渔排、海丰养殖场、恒泰育苗中心等3家企业，重点检查').map((p) => p[0]),
    ).toEqual(['镇投公司共享渔排', '海丰养殖场', '恒泰育苗中心']);
  });
  it('reads no place from a list of kinds of place, rooms of a building, or what is judged, not looked at', () => {
    expect(read('走访民宿、农家乐、药店等重点场所')).toEqual([]);
    expect(read('先后来到演播室、总控机房和播出平台等处察看')).toEqual([]);
    expect(read('对全县茶叶园、展销中心等重点项目的推进情况表示认可')).toEqual([]);
    expect(read('对防汛物资储备、值班值守等情况进行了检查')).toEqual([]);
    expect(
      read(
        '并对企业用电线路、消防设施、疏散通道、安全警示标识、应急器材以及员工宿舍、员工食堂等重点部位和隐患点进行排查',
      ),
    ).toEqual([]);
    expect(read('在白石村对村内山塘、小型水库、河道沟渠等防汛隐患点进行排查').map((p) => p[0])).toEqual([
      '白石村',
    ]);
  });
});

describe('findPlaces, real names that begin or end like the words the rules refuse', () => {
  it.each([
    ['县人大代表视察团结村人居环境整治工作', ['团结村']],
    ['副县长李明实地察看团山水库', ['团山水库']],
    ['视察团一行来到红星村', ['红星村']],
    ['来到吉林市丰满区', ['吉林市', '丰满区']],
    ['走访了福满村', ['福满村']],
    ['来到积水潭医院', ['积水潭医院']],
    ['市长王明来到和县中学看望教师', ['和县中学']],
    ['在城关镇回家路上，他又看望了环卫工人', ['城关镇']],
    ['查看了水位变化、设备运行等泵站的运行情况', []],
    ['先后来到资江北路至西湖桥路段察看', ['资江北路']],
    ['来到至德村', ['至德村']],
    ['为30多家单位小区送去蔬菜', []],
    ['来到村级供销社', []],
    ['视察该市社区卫生服务机构及公立医院建设工作', []],
    ['台南市长林德昌今（8）日特别前往安南区', ['安南区']],
    ['副主任王明率视察团莅临红星村', ['红星村']],
    ['县长王明来到城区，查看积水路段排水情况', []],
    ['县长一行来到城关镇中学和县中学看望师生', ['城关镇', '城关镇中学', '县中学']],
    ['来到供水运行中心', ['供水运行中心']],
    ['冒着大雨从中山运载到雷州市，指定捐赠给北和镇', ['雷州市', '北和镇']],
    ['会长余锋光代表商会向梅州市再捐11万只口罩', ['梅州市']],
  ])('%s names %j', (text, names) => {
    expect(read(text).map((p) => p[0])).toEqual(names);
  });
});

describe('findPlaces, kinds of place written short or named by who stays there', () => {
  it('reads 居委, 检查点 and a quarantine site for those who arrived (区入境人员临时集中隔离点)', () => {
    expect(read('来到华梅二居委，开展入户走访')).toEqual([['华梅二居委', 'residents-committee', null]]);
    expect(read('来到佗城出口联合防疫检查点')).toEqual([['佗城出口联合防疫检查点', 'site', null]]);
    expect(read('前往区入境人员临时集中隔离点，看望慰问工作人员')).toEqual([
      ['区入境人员临时集中隔离点', 'site', null],
    ]);
    expect(read('居委干部上门走访')).toEqual([]);
  });
});

describe('findPlaces, a suffix shared by a list', () => {
  it('reads a sluice or a bridge named after a river as one name (熊岳河闸和浮渡河闸)', () => {
    expect(read('查看了熊岳河闸和浮渡河闸').map((p) => p[0])).toEqual(['熊岳河闸', '浮渡河闸']);
  });
  it('shares only the suffix of a division, not of a site', () => {
    expect(read('走访了东风、红星社区').map((p) => p[0])).toEqual(['东风社区', '红星社区']);
    const sites = read('检查了建华街锅炉房、东湖中心换热站').map((p) => p[0]);
    expect(sites.join('、')).toBe('建华街、建华街锅炉房、东湖中心、东湖中心换热站');
    expect(read('查看了北闸口砂石围、柳湾渍堤').map((p) => p[0])).toEqual(['北闸口砂石围', '柳湾渍堤']);
  });
});

describe('findPlaces, a division after a list of places inside another', () => {
  it('reads a district after a community as a chain of its own, not a sibling inside the street', () => {
    const got = read('先后到河滨街道新民社区、惠农区综合养老服务中心等地');
    expect(got).toContainEqual(['惠农区', 'district', null]);
  });
});

describe('findPlaces, words that only look like a place', () => {
  it('reads no place in 山高路滑, 融入社区, 督导组要多下乡 or 党委联合镇…', () => {
    expect(read('来到秦岭深处，山高路滑')).toEqual([]);
    expect(read('鼓励他们多走出家门、融入社区治理')).toEqual([]);
    expect(read('督导组要多下乡、多进户')).toEqual([]);
    expect(read('在石岭镇党委联合镇退役军人服务站开展活动').map((p) => p[0])).not.toContain(
      '党委联合镇退役军人服务站',
    );
  });
});

describe('findPlaces, service areas and words of manner', () => {
  it('reads a motorway service area, and no village in 一村接一村', () => {
    expect(read('来到沪渝高速宜昌东服务区').map((p) => p[0])).toEqual(['沪渝高速宜昌东服务区']);
    expect(read('慰问队伍一村接一村走访')).toEqual([]);
  });
});

describe('findPlaces, a group and a list with an odd item', () => {
  it('reads no place after 调研组 or 视察组 (a group, not a verb), nor 新农村', () => {
    expect(read('市人大调研组这次对新农村建设重点项目开展视察评议')).toEqual([]);
  });
  it('reads a list closed by 等进行, leaving aside one item that is no place and splitting 和 in any item', () => {
    expect(
      read('视察组先后对东干渠、二支渠、柳河湾和张庄节制闸、县防汛物资库、后屯村等进行实地查看').map(
        (p) => p[0],
      ),
    ).toEqual(['东干渠', '二支渠', '柳河湾', '张庄节制闸', '后屯村']);
  });
});

describe('findPlaces, a name in quotation marks', () => {
  it('reads a name in quotation marks before its suffix, and no place in a slogan', () => {
    expect(read('来到“幸福里”小区').map((p) => p[0])).toEqual(['“幸福里”小区']);
    expect(read('看望慰问了辖区“云溪雅苑”项目工地上的工人').map((p) => p[0])).toEqual(['“云溪雅苑”项目']);
    expect(read('开展“送清凉”活动')).toEqual([]);
  });
});

describe('findPlaces, the town just named', () => {
  it('names the town’s own school or clinic after it (镇中心小学), apart from another town’s', () => {
    expect(read('来到柳泉镇初级中学和镇中心小学')).toEqual([
      ['柳泉镇', 'town', null],
      ['柳泉镇初级中学', 'site', '柳泉镇'],
      ['柳泉镇中心小学', 'organization', '柳泉镇'],
    ]);
    expect(read('到韩城镇第二初级中学').map((p) => p[0])).toEqual(['韩城镇', '韩城镇第二初级中学']);
    expect(read('走访和平镇敬老院').map((p) => p[0])).toEqual(['和平镇', '和平镇敬老院']);
    // ("城关镇镇政府", "芙蓉区区委": the body of the town just named, not a town called 城关镇镇.)
    expect(read('来到城关镇镇政府').map((p) => p[0])).toEqual(['城关镇', '城关镇政府']);
    expect(read('来到芙蓉区区委').map((p) => p[0])).toEqual(['芙蓉区']);
    expect(read('来到五家村')).toEqual([['五家村', 'village', null]]);
  });
  it('reads a road section by its name, and none in low-lying or flooded ones', () => {
    expect(read('来到解放路段查看')).toEqual([['解放路段', 'road', null]]);
    expect(read('先后到琉璃寺镇和城区部分低洼路段、排涝泵站检查').map((p) => p[0])).toEqual(['琉璃寺镇']);
    expect(read('查看雨后农村危旧房屋情况')).toEqual([]);
  });
  it('reads the places after 该乡 or 本镇, not 该乡 itself', () => {
    expect(read('对该乡杨柳坪村青龙潭水库进行了检查').map((p) => p[0])).toEqual(['杨柳坪村', '青龙潭水库']);
    expect(read('对该乡杨柳坪村青龙潭水库及三板桥村龙王洞水库开展安全巡查').map((p) => p[0])).toEqual([
      '杨柳坪村',
      '青龙潭水库',
      '三板桥村',
      '龙王洞水库',
    ]);
  });
});

describe('findPlaces, phrases with a verb or a count that end like a place', () => {
  it.each([
    ['老师们耐心地向家长介绍国家和学校各项资助政策并送去慰问金500元。', []],
    ['县民政局在充分发挥各乡镇、村服务站力量的基础上组织人员走访慰问困难群众。', []],
    ['何书记一行先来到工地现场观看工程进展，与公司负责人交谈。', ['工地现场']],
    [
      '视察组先后视察了柳塘村首个农房改善集中区一期、河湾村等现场。',
      ['柳塘村', '柳塘村首个农房改善集中区一期', '河湾村'],
    ],
    [
      '在永兴二期、博远三期及绿谷供热项目等地，何平了解了工程进度。',
      ['永兴二期', '博远三期', '绿谷供热项目'],
    ],
    ['镇人大主席郑涛、镇分管镇长吴刚一行来到老人家里', []],
    ['临江市委副书记、市驻村扶贫工作队总队长刘建华到石门镇开展走访慰问活动', ['石门镇']],
    ['市长林志远前往南山老人之家赠送春节礼金。', ['南山老人之家']],
    // (Goods closed by 等 and a verb of visiting are goods, not stops; a service centre for firms is a place.)
    ['县委书记张明来到红星村，送去大米、食用油等慰问困难群众。', ['红星村']],
    ['县委书记张明来到红星镇企业服务中心调研。', ['红星镇', '企业服务中心']],
    ['副县长钱伟来到青松化工有限公司，深入企业生产车间查看安全措施。', ['青松化工有限公司']],
    // (A list closed by 等 and a verb of visiting; kinds of place that take a longer suffix.)
    ['县领导孙平一行先后到武警中队、县人武部、通信排等走访慰问。', ['武警中队', '县人武部', '通信排']],
    ['副区长王志明带着书包来到青竹中心学校，政委林海赴青石靶场', ['青竹中心学校', '青石靶场']],
  ])('%s', (text, names) => {
    expect(read(text).map((p) => p[0])).toEqual(names);
  });
});

describe('findPlaces, a suffix shared only by short names of divisions', () => {
  it.each([
    // (A long name before a town's is the name of something else, kept where it ends as a place's does.)
    ['一行先后前往红星花海、友爱镇农科村，详细了解', ['友爱镇', '农科村']],
    [
      '委员们实地察看了潘村镇绿源生态农业园、涧溪镇污水处理厂',
      ['潘村镇', '绿源生态农业园', '涧溪镇', '涧溪镇污水处理厂'],
    ],
    ['一行来到驻长丰某部和水湖镇优抚对象家中', ['驻长丰某部', '水湖镇']],
    // (A market town's name may end in 场.)
    ['爱心企业先后来到清溪场镇、石耶镇、溶溪镇，送去方便面', ['清溪场镇', '石耶镇', '溶溪镇']],
    ['一行先后前往红星农庄、友爱镇农科村', ['红星农庄', '友爱镇', '农科村']],
    // (A members' liaison office, as a deputies' one, is the body of the place named before it.)
    [
      '一行先后来到青石县政协委员联络室、红星村委员之家',
      ['青石县', '青石县政协委员联络室', '红星村', '红星村委员之家'],
    ],
    ['检查组来到现场镇政府', []],
  ])('%s', (text, names) => {
    expect(read(text).map((p) => p[0])).toEqual(names);
  });
});

describe('findPlaces, where an event is held', () => {
  it('reads a hall, a square or a centre an event is held at, whatever its name ends with before the word', () => {
    expect(read('县政府今日上午在县府中庭举办中秋节关怀弱势活动').map((p) => p[0])).toEqual(['县府中庭']);
    expect(read('慰问活动在县总工会职工服务中心广场正式启动').map((p) => p[0])).toEqual([
      '县总工会职工服务中心广场',
    ]);
    expect(read('区公所2月7日于公所1楼大厅举办关怀活动').map((p) => p[0])).toEqual(['公所1楼大厅']);
    // (The district read at its start is the one it lies in; "该会" is no part of the name.)
    expect(read('送暖活动今天上午在北屯区公所举行')).toEqual([
      ['北屯区', 'district', null],
      ['北屯区公所', 'site', '北屯区'],
    ]);
    expect(read('启动礼今日在该会葵涌综合服务中心举行').map((p) => p[0])).toEqual(['葵涌综合服务中心']);
  });
  it('reads no venue without a name, none with 的 in it, and none where nothing is held', () => {
    expect(read('活动在广场举行')).toEqual([]);
    expect(read('活动在敬老院食堂前的小广场举行').map((p) => p[0])).toEqual(['敬老院']);
    expect(read('他在县府中庭散步')).toEqual([]);
  });
});

describe('findPlaces, read against real pages (eleventh session)', () => {
  const names = (t: string) => read(t).map((p) => p[0]);
  it('reads a vocational school, a market of Hong Kong and Macau, and a community’s service point whole', () => {
    expect(names('到青山职高视察扩建工作')).toEqual(['青山职高']);
    expect(names('首先来到祐汉街市了解小贩的营商情况')).toEqual(['祐汉街市']);
    expect(names('来到柳岸社区助餐点、北塘区福利院')).toEqual([
      '柳岸社区',
      '柳岸社区助餐点',
      '北塘区',
      '北塘区福利院',
    ]);
  });
  it('reads a firm’s name whole, whatever stands before 有限公司, and the firm on a road rather than the road', () => {
    expect(names('在临江高新区临江宏远实业集团有限公司调研')).toEqual([
      '临江高新区',
      '临江宏远实业集团有限公司',
    ]);
    expect(names('到华丰生物科技新乡有限公司')).toEqual(['华丰生物科技新乡有限公司']);
    expect(names('一起到滨河路的顺达汽修厂接受捐赠')).toEqual(['顺达汽修厂']);
    expect(names('来到解放路的路口')).toEqual(['解放路']);
  });
  it('reads the communities a body helps, and two places joined by 和 where the first has its own suffix', () => {
    expect(names('分别深入帮扶社区桃园、杏园、柳岸社区，开展走访慰问')).toEqual([
      '桃园社区',
      '杏园社区',
      '柳岸社区',
    ]);
    expect(names('带队到青石服务区、白鹭岭采石场、龙泉山景区和工业园区等地检查')).toEqual([
      '青石服务区',
      '白鹭岭采石场',
      '龙泉山景区',
      '工业园区',
    ]);
  });
  it('reads the places after 先后访 (Macau’s and Hong Kong’s press)', () => {
    expect(names('先后访关闸地下巴士站、祐汉街市了解民情')).toEqual(['关闸地下巴士站', '祐汉街市']);
  });
  it('reads no place in a phrase of manner, time or count, nor in a workshop, nor after 视察结束后', () => {
    expect(names('调研组先后参观了以桥南乡李家庄为核心的万亩梨园生产基地')).not.toContain('以桥南乡');
    expect(names('检查我县节日期间旅游景区接待、安全保障等工作')).toEqual([]);
    expect(names('分别走访慰问我县25个乡镇的残疾人')).toEqual([]);
    expect(names('走进生产车间，察看员工防护措施落实情况')).toEqual([]);
    expect(names('深入青河区调研企业和项目建设工作')).toEqual(['青河区']);
    expect(names('视察结束后张伟与市教育局相关领导交流')).toEqual([]);
  });
});

describe('findPlaces, words of time, manner or speech that end like a place', () => {
  it('reads no place in 冬至当晚上街, 也展现社区, 于社区, 找门路, 多地组织部门 or 不仅象征家园', () => {
    for (const t of [
      '在冬至当晚上街巡查',
      '也展现社区温情',
      '于社区服务贡献良多',
      '帮他找门路',
      '多地组织部门提前谋划',
      '入厝仪式不仅象征家园重建',
    ])
      expect(read(t)).toEqual([]);
  });
});
