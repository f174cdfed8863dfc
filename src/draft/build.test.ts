import { describe, expect, it } from 'vitest';
import { draftSync } from './index';

describe('a title cut from a first paragraph', () => {
  it('is cut between whole characters, never in half an emoji', () => {
    const first = `${'走'.repeat(59)}😀访问了红星村的群众。`;
    const { dataset } = draftSync(`${first}\n县人大常委会主任王大明来到红星村。`, {
      draftedAt: '2026-12-06',
    });
    const title = dataset.bulletins[0]!.title.zh;
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(title.startsWith('走'.repeat(59))).toBe(true);
  });
});

describe('the day of an activity told without a verb of going', () => {
  it('is the first a sentence of the activity gives, also after lines that open no section of their own', () => {
    const { dataset } = draftSync(
      '九九重阳 情暖桑榆\n内容丰富、形式多样的\n敬老爱老主题活动\n共度重阳佳节\n10月18日、19日，青塘镇开展走访慰问，镇党委书记卓海明、镇长邱文博走访慰问老党员，送上慰问金。',
      { draftedAt: '2026-12-06' },
    );
    const v = dataset.bulletins[0]!.visits[0]!;
    expect(v.date?.slice(5)).toBe('10-18');
    expect(v.dateCertain).toBe(false);
  });
});

describe('a place’s English name', () => {
  it('says an institution’s kind in English after the place it belongs to, and Taiwan’s 里 as Li', () => {
    const en = (t: string) =>
      draftSync(`标题\n${t}`, { draftedAt: '2026-12-06' }).dataset.places.map((p) => p.name.en);
    expect(en('1月20日，县长王强先后来到县人民医院、城关镇敬老院和县第一中学。')).toEqual(
      expect.arrayContaining([
        "County People's Hospital",
        'Chengguan Town Home for the Elderly',
        'County No. 1 Middle School',
      ]),
    );
    expect(en('1月20日，县长王强来到东湖社区党群服务中心。')).toContain(
      'Donghu Community Party and Public Service Centre',
    );
    expect(en('里長陳明前往福利里、東光里探視長輩，送上年菜。')).toEqual(
      expect.arrayContaining(['Fuli Li', 'Dongguang Li']),
    );
    expect(en('1月20日，县长王强先后来到安平县第二中学、城关乡中心卫生院和巴东自治县中心敬老院。')).toEqual(
      expect.arrayContaining([
        'Anping County No. 2 Middle School',
        'Chengguan Township Central Health Centre',
        'Badong Autonomous County Central Home for the Elderly',
      ]),
    );
    // (A venue an event is held at, and what stands before it where that too is of a kind.)
    expect(en('县政府6日上午在县府中庭举办中秋节关怀弱势活动，县长林美玲出席。')).toContain(
      'County Government Courtyard',
    );
    expect(en('1月20日，全县送温暖慰问活动在县总工会职工服务中心广场正式启动。')).toContain(
      'County Zonggonghuizhigong Service Centre Square',
    );
    // (A name of no known kind stays in pinyin.)
    expect(en('1月20日，县长王强来到红星农庄。')).toContain('Hongxingnongzhuang');
  });
});
